#!/usr/bin/env bash
# End-to-end test of cluster/slurm/ against a real one-node Slurm cluster started on this machine.
#
#   bash cluster/slurm/test-local.sh        (as root, after mvn -B -ntp -DskipTests package or mvn verify)
#
# 1. Installs Debian's slurm-wlm and munge when missing (apt-get install -y; a temporary policy-rc.d keeps
#    apt from starting the system services, unless the machine already has one).
# 2. Runs the grid (reproduce --envs pendulum --models lowrank,nn --runs 8) unsharded in one process, the
#    reference, in the background while the cluster works (the CPUs are shared; they would idle in gaps).
# 3. Starts a private cluster: munged on a private socket and key, slurmctld and slurmd (one node, this
#    host's real CPU count) with their state, spool and logs in a mktemp folder, on free ports.
# 4. Submits the same grid with submit.sh as a 4-task array plus the dependent report job; scancels one
#    task once it has finished all but the last run of its shard and is training that one; checks that
#    the other tasks completed, the report job never ran and the cancelled task kept its finished runs.
# 5. Plants what a task killed mid-write leaves (a half CSV without JSON, a .partial file) for the runs
#    it did not finish, then resubmits the whole array (what a user does): finished runs are skipped
#    (their files are untouched), the planted ones trained again, the report job runs.
# 6. Every per-episode CSV under runs/ is byte-identical to the reference's, and both trees hold the same
#    files (the JSON files hold wall times and host names, so only their presence is compared).
# 7. Bad input: a conflicting array (a labelled variant trained again under its label with other settings),
#    an array task ID outside the shards, a results folder missing on the node: each task exits 2 with one
#    line on stderr, nothing written.
#
# Whatever happens, it cancels its jobs and stops the daemons it started (by PID), then removes its
# folder; on failure it prints the daemons' and jobs' logs first. Installed packages stay. Exit status:
# 0 passed, 1 a check failed, 2 cannot run here (not root, lrpg.jar not built).
# Environment: LRPG_SLURM_TEST_TIMEOUT, the whole test's time budget in seconds (default 300);
# LRPG_SLURM_TEST_RUNS, runs per model (default 8; fewer makes it faster, at least 4).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
slurm_dir="$repo/cluster/slurm"
t0=$SECONDS
deadline=$((SECONDS + ${LRPG_SLURM_TEST_TIMEOUT:-300}))
log() { printf '[slurm-test %3ds] %s\n' "$((SECONDS - t0))" "$*"; }
die() {
  log "FAIL: $*"
  exit 1
}

[ "$(id -u)" = 0 ] || { echo "test-local.sh: must run as root (it installs packages and starts slurmd)" >&2; exit 2; }
[ -f "$repo/reports/target/lrpg.jar" ] || { echo "test-local.sh: $repo/reports/target/lrpg.jar is missing: run mvn -B -ntp -DskipTests package first" >&2; exit 2; }

# --- the grid: the reference run and the array run exactly this ------------------------------------------
grid_envs=pendulum
grid_models=lowrank,nn
grid_runs="${LRPG_SLURM_TEST_RUNS:-8}"
shards=4
grid=(--envs "$grid_envs" --models "$grid_models" --runs "$grid_runs")
[[ "$grid_runs" =~ ^[0-9]+$ ]] && [ "$grid_runs" -ge 4 ] || { echo "test-local.sh: LRPG_SLURM_TEST_RUNS must be a whole number >= 4 (two runs per shard at least), was '$grid_runs'" >&2; exit 2; }
grid_size=$(( $(tr ',' '\n' <<< "$grid_envs" | wc -l) * $(tr ',' '\n' <<< "$grid_models" | wc -l) * grid_runs ))
# runs in shard I of N: grid positions p < size with p mod N = I - 1
runs_in_shard() { echo $(( (grid_size - $1 + $2) / $2 )); }

# --- state the cleanup needs; set as things start -------------------------------------------------------
work=""
conf=""
munged_pid=""
slurmctld_pid=""
slurmd_pid=""
reference_pid=""
jobs_submitted=()
policy_rc_created=false

print_logs() {
  local f
  for f in "$work"/log/* "$work"/shared/results/slurm-logs/* "$work"/conflict-logs/*; do
    [ -f "$f" ] || continue
    echo "----- ${f#"$work"/} (last 40 lines) -----"
    tail -n 40 "$f"
  done
}

# whether PID runs (a child that died stays a zombie until waited for, and kill -0 still succeeds on it)
alive() {
  local state
  state="$(ps -o stat= -p "$1" 2>/dev/null)" && [ "${state#Z}" = "$state" ]
}

stop_pid() { # NAME PID: SIGTERM, up to 10 s, then SIGKILL; only this PID
  local name="$1" pid="$2"
  [ -n "$pid" ] || return 0
  if ! alive "$pid"; then
    wait "$pid" 2>/dev/null
    log "cleanup: $name (pid $pid) had already ended"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 100); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    log "cleanup: $name (pid $pid) ignored SIGTERM; SIGKILL"
    kill -KILL "$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null
  log "cleanup: stopped $name (pid $pid)"
}

# Processes this test started that outlived its daemons (slurmstepd and the job processes under it, if
# slurmctld died before it could cancel the jobs): every one holds a file under $work open (the daemons'
# logs, the jobs' output) or runs in it. slurmstepd rewrites its environment block, so that cannot be used.
leftover_pids() {
  find /proc/[0-9]*/cwd /proc/[0-9]*/fd -maxdepth 1 -lname "$work/*" 2>/dev/null \
    | awk -F/ '{ print $3 }' | sort -un | grep -vx -e "$$" -e "$BASHPID" || true
}

cleanup() {
  local status=$? p
  set +e
  trap - EXIT INT TERM HUP
  if [ "$policy_rc_created" = true ]; then rm -f /usr/sbin/policy-rc.d; fi
  if [ -n "$work" ]; then
    if [ "$status" -ne 0 ]; then
      log "failed (exit status $status); logs follow"
      print_logs
    fi
    if [ "${#jobs_submitted[@]}" -gt 0 ] && [ -n "$slurmctld_pid" ] && alive "$slurmctld_pid"; then
      SLURM_CONF="$conf" scancel "${jobs_submitted[@]}" 2>/dev/null
      for _ in $(seq 40); do
        [ -z "$(SLURM_CONF="$conf" squeue -h -o %i 2>/dev/null)" ] && break
        sleep 0.5
      done
    fi
    stop_pid "reference lrpg" "$reference_pid"
    stop_pid slurmd "$slurmd_pid"
    stop_pid slurmctld "$slurmctld_pid"
    stop_pid munged "$munged_pid"
    for p in $(leftover_pids); do
      log "cleanup: process $p outlived the daemons ($(tr '\0' ' ' 2>/dev/null < "/proc/$p/cmdline" | cut -c1-80)); SIGKILL"
      kill -KILL "$p" 2>/dev/null
    done
    sleep 0.2
    p="$(leftover_pids | tr '\n' ' ')"
    [ -z "$p" ] || log "cleanup: processes still holding files in $work: $p"
    rm -rf "$work"
  fi
  if [ "$status" -eq 0 ]; then
    log "PASSED in $((SECONDS - t0)) s"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

remaining() { echo $((deadline - SECONDS)); }

# wait_until DESCRIPTION SECONDS COMMAND...: polls COMMAND every 0.5 s until it succeeds
wait_until() {
  local what="$1" limit="$2"
  shift 2
  local until=$((SECONDS + limit))
  [ "$until" -le "$deadline" ] || until=$deadline
  until daemons_alive && "$@"; do
    [ "$SECONDS" -lt "$until" ] || die "timed out after ${limit} s (or the test's budget) waiting for $what"
    sleep 0.5
  done
}

daemons_alive() {
  local name pid
  for name in munged slurmctld slurmd; do
    pid="${name}_pid"
    pid="${!pid}"
    [ -z "$pid" ] || alive "$pid" || die "$name (pid $pid) has died"
  done
}

# --- 1. packages ------------------------------------------------------------------------------------------
work="$(mktemp -d /tmp/lrpg-slurm-test.XXXXXX)"
chmod 711 "$work"   # munged requires every folder above its socket to be searchable by all
mkdir -p "$work/log" "$work/state" "$work/spool" "$work/shared"
mkdir -m 755 "$work/run"
conf="$work/slurm.conf"

missing=()
for cmd in munged mungekey slurmctld slurmd sbatch squeue scontrol scancel sinfo; do
  command -v "$cmd" >/dev/null || missing+=("$cmd")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing slurm-wlm and munge (missing: ${missing[*]})"
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    # keep apt from starting the system's munge/slurm services: this test runs private daemons
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    policy_rc_created=true
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends slurm-wlm munge > "$work/log/apt.log" 2>&1; then
    apt-get update >> "$work/log/apt.log" 2>&1 || true
    apt-get install -y --no-install-recommends slurm-wlm munge >> "$work/log/apt.log" 2>&1 \
      || die "apt-get install slurm-wlm munge failed (log above)"
  fi
  if [ "$policy_rc_created" = true ]; then
    rm -f /usr/sbin/policy-rc.d
    policy_rc_created=false
  fi
fi
log "$(slurmctld -V), $(munged -V 2>&1 | head -n 1)"

# --- 2. the reference: the same grid unsharded, in one process, in the background ------------------------
reference="$work/reference"
log "reference: lrpg reproduce ${grid[*]} --workers $(nproc), unsharded in one process (in the background)"
timeout "$(remaining)" "$repo/lrpg" reproduce "${grid[@]}" --workers "$(nproc)" --out "$reference/out" \
  --report "$reference/report" > "$work/log/reference.log" 2>&1 &
reference_pid=$!

# --- 3. a private one-node cluster ----------------------------------------------------------------------
used_ports() { ss -Htln | awk '{ sub(/.*:/, "", $4); print $4 }'; }
free_port() { # a free TCP port in 20000..59999 other than $1
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    [ "$p" != "${1:-}" ] || continue
    used_ports | grep -qx "$p" || { echo "$p"; return 0; }
  done
  return 1
}
ctld_port="$(free_port)" || die "no free TCP port"
slurmd_port="$(free_port "$ctld_port")" || die "no free TCP port"
host="$(hostname -s)"
cpus="$(nproc)"
node="lrpgtest"

mungekey --create --keyfile="$work/munge.key"
cat > "$conf" <<EOF
# written by cluster/slurm/test-local.sh: a private one-node cluster, everything under $work
ClusterName=lrpgtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/run/munge.sock
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
KillWait=5
MinJobAge=600
NodeName=$node NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$conf"

munged --foreground --key-file="$work/munge.key" --socket="$work/run/munge.sock" \
  --pid-file="$work/run/munged.pid" --seed-file="$work/run/munged.seed" --log-file="$work/log/munged.log" \
  > "$work/log/munged.out" 2>&1 &
munged_pid=$!
wait_until "munged's socket" 20 test -S "$work/run/munge.sock"
slurmctld -D -f "$conf" > "$work/log/slurmctld.out" 2>&1 &
slurmctld_pid=$!
slurmd -D -f "$conf" -N "$node" > "$work/log/slurmd.out" 2>&1 &
slurmd_pid=$!
node_idle() { [ "$(sinfo -h -N -n "$node" -o %t 2>/dev/null)" = idle ]; }
wait_until "node $node to be idle" 60 node_idle
log "cluster up: munged $munged_pid, slurmctld $slurmctld_pid (port $ctld_port), slurmd $slurmd_pid (port $slurmd_port), node $node with $cpus CPUs"
sinfo

# --- helpers on results and jobs ------------------------------------------------------------------------
# The finished runs of a results folder: every runs/**/*.csv with its .json beside it (the JSON is written
# last), whatever the folder layout. Partial files (.NAME*.partial) never match.
finished_csvs() {
  [ -d "$1/runs" ] || return 0
  find "$1/runs" -type f -name '*.csv' ! -name '.*' | while read -r f; do
    [ -f "${f%.csv}.json" ] && echo "$f"
  done
}
# The shard (1..N) of each finished run, from its per-episode CSV (columns environment, model, seed):
# run r of every cell has seed r (base seed 0), grid position = (environment index * models + model index)
# * runs + seed, shard = position mod N + 1 (io.lrpg.experiment.RunPlan / Shard).
shards_of_finished() {
  local f
  finished_csvs "$1" | while read -r f; do
    awk -F, -v envs="$grid_envs" -v models="$grid_models" -v runs="$grid_runs" -v n="$2" '
      NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
      {
        ne = split(envs, E, ","); nm = split(models, M, ",")
        e = -1; m = -1
        for (i = 1; i <= ne; i++) if (E[i] == $col["environment"]) e = i - 1
        for (i = 1; i <= nm; i++) if (M[i] == $col["model"]) m = i - 1
        if (e < 0 || m < 0) { print "?"; exit }
        print ((e * nm + m) * runs + $col["seed"]) % n + 1
        exit
      }' "$f"
  done
}
finished_in_shard() { shards_of_finished "$1" "$2" | grep -cx "$3" || true; }

job_done() { # no task of the job is pending or running (false while squeue cannot reach slurmctld)
  local out
  out="$(squeue -h -j "$1" -o %i 2>/dev/null)" || return 1
  [ -z "$out" ]
}
# "TASK STATE EXIT" for each task of an array job, or one line for a plain job (TASK = -)
job_states() {
  scontrol show job -o "$1" | tr ' ' '\n' | awk -F= '
    $1 == "JobId" { if (id != "") print task, state, exitcode; id = $2; task = "-" }
    $1 == "ArrayTaskId" { task = $2 }
    $1 == "JobState" { state = $2 }
    $1 == "ExitCode" { exitcode = $2 }
    END { if (id != "") print task, state, exitcode }' | sort -n
}
show_states() { # ARRAY_JOB REPORT_JOB
  job_states "$1" | awk -v a="$1" '{ printf "  task %s_%s  %-10s exit %s\n", a, $1, $2, $3 }'
  job_states "$2" | awk -v r="$2" '{ printf "  report job %s  %-10s exit %s\n", r, $2, $3 }'
}
expect_states() { # JOB COUNT EXPECTED: the job has COUNT tasks (1 for a plain job), each in STATE EXIT as given
  local job="$1" count="$2" expected="$3" line n=0 bad=0
  while read -r line; do
    n=$((n + 1))
    [ "${line#* }" = "$expected" ] || bad=1
  done < <(job_states "$job")
  [ "$bad" -eq 0 ] && [ "$n" -eq "$count" ] || { job_states "$job"; die "job $job: expected $count task(s), each $expected"; }
}
submit() { # submit.sh ARGS... -> sets array_id and report_id
  local ids
  ids="$("$slurm_dir/submit.sh" "$@")" || die "submit.sh $* failed"
  read -r array_id report_id <<< "$ids"
  jobs_submitted+=("$array_id" ${report_id:+"$report_id"})
}
snapshot() { # every file under a folder except the job logs: path, size, inode, mtime, checksum
  (cd "$1" && find . -path ./slurm-logs -prune -o -type f -printf '%p %s %i %T@\n' | sort \
    | while read -r path rest; do echo "$path $rest $(sha256sum < "$path" | cut -c1-16)"; done)
}

results="$work/shared/results"

# --- 4. the array, one task cancelled mid-run ------------------------------------------------------------
log "submit: submit.sh --shards $shards $results reproduce ${grid[*]}"
submit --shards "$shards" "$results" reproduce "${grid[@]}"
first_array=$array_id
first_report=$report_id

victim=""
find_victim() { # a running task that has finished all runs of its shard but the last (so little is redone)
  local t n
  for t in $(squeue -h -j "$first_array" -t RUNNING -o %K 2>/dev/null); do
    n="$(finished_in_shard "$results" "$shards" $((t + 1)))"
    if [ "$n" -ge $(($(runs_in_shard $((t + 1)) "$shards") - 1)) ] && [ "$n" -lt "$(runs_in_shard $((t + 1)) "$shards")" ]; then
      victim=$t
      victim_kept=$n
      return 0
    fi
  done
  job_done "$first_array" && die "every task finished before one could be cancelled mid-run"
  return 1
}
running_shown=false
show_running() {
  if [ "$running_shown" = false ] && [ -n "$(squeue -h -j "$first_array" -t RUNNING -o %i)" ]; then
    squeue -j "$first_array","$first_report" -o '%.12i %.12j %.10T %.8M %.20R'
    running_shown=true
  fi
  find_victim
}
wait_until "a task of array $first_array to finish a run while still running" 150 show_running
scancel "${first_array}_${victim}"
per_shard="$(runs_in_shard $((victim + 1)) "$shards")"
log "scancel ${first_array}_${victim}: shard $((victim + 1))/$shards had finished $victim_kept of its $per_shard runs and was training the last"
wait_until "array $first_array to end" 150 job_done "$first_array"
report_cancelled() { [ "$(job_states "$first_report" | awk '{ print $2 }')" = CANCELLED ]; }
wait_until "report job $first_report to be cancelled (its dependency failed)" 60 report_cancelled
log "array $first_array and report job $first_report:"
show_states "$first_array" "$first_report"
[ "$(job_states "$first_array" | wc -l)" -eq "$shards" ] || die "array $first_array: expected $shards tasks"
while read -r t state code; do
  if [ "$t" = "$victim" ]; then
    [ "$state" = CANCELLED ] || die "task $t: $state, expected CANCELLED"
  else
    [ "$state $code" = "COMPLETED 0:0" ] || die "task $t: $state $code, expected COMPLETED 0:0"
  fi
done < <(job_states "$first_array")
[ ! -e "$results/slurm-logs/lrpg-report-$first_report.out" ] || die "the report job ran although a task was cancelled"
kept="$(finished_in_shard "$results" "$shards" $((victim + 1)))"
finished="$(finished_csvs "$results" | wc -l)"
partial="$(find "$results/runs" -name '*.partial' | wc -l)"
[ "$kept" -ge "$victim_kept" ] && [ "$kept" -lt "$per_shard" ] \
  || die "the cancelled shard holds $kept finished runs, expected $victim_kept..$((per_shard - 1))"
[ "$finished" -eq $((grid_size - per_shard + kept)) ] \
  || die "$finished runs finished, expected $((grid_size - per_shard + kept)) (every other shard complete)"
log "after the cancel: $finished of $grid_size runs finished (cancelled shard kept $kept of $per_shard), $partial partial file(s) left, not counted"
before_resubmit="$(finished_csvs "$results" | sort | xargs stat -c '%n %i %Y %s')"

# What a task killed while writing leaves behind, planted for the runs the cancelled task did not finish
# (their names come from the reference): a CSV without its JSON (killed between the two renames) and a
# .NAME*.partial file (killed mid-write), both holding half the reference's rows. Neither may count as
# a run: the resubmission must train those runs again and the identity check below sees the result.
wait "$reference_pid" || die "the reference run failed (exit status $?)"
reference_pid=""
[ "$(finished_csvs "$reference/out" | wc -l)" -eq "$grid_size" ] \
  || die "the reference holds $(finished_csvs "$reference/out" | wc -l) runs, expected $grid_size"
log "reference done: $(tail -n 2 "$work/log/reference.log" | head -n 1)"
(cd "$reference/out/runs" && find . -type f | sed 's|^\./||' | sort) > "$work/reference.files"
planted=0
while read -r f; do
  head -n "$(( $(wc -l < "$reference/out/runs/$f") / 2 ))" "$reference/out/runs/$f" > "$results/runs/$f"
  cp "$results/runs/$f" "$(dirname "$results/runs/$f")/.$(basename "$f")1234567890.partial"
  planted=$((planted + 1))
done < <(comm -23 "$work/reference.files" <(cd "$results/runs" && find . -type f | sed 's|^\./||' | sort) | grep '\.csv$')
[ "$planted" -eq $((per_shard - kept)) ] || die "planted $planted unfinished runs, expected $((per_shard - kept))"
[ "$(finished_csvs "$results" | wc -l)" -eq "$finished" ] || die "a CSV without its JSON counted as a finished run"
log "planted a half-written CSV without JSON and a .partial file for each of the $planted unfinished run(s)"

# --- 5. resubmit the whole array: finished runs are skipped, unfinished ones trained -----------------------------------------------
log "resubmit the same array: submit.sh --shards $shards $results reproduce ${grid[*]}"
submit --shards "$shards" "$results" reproduce "${grid[@]}"
second_array=$array_id
second_report=$report_id
wait_until "array $second_array to end" 120 job_done "$second_array"
wait_until "report job $second_report to end" 90 job_done "$second_report"
log "array $second_array and report job $second_report:"
show_states "$second_array" "$second_report"
expect_states "$second_array" "$shards" "COMPLETED 0:0"
expect_states "$second_report" 1 "COMPLETED 0:0"
grep -h '' "$results/slurm-logs/lrpg-$second_array"_*.out | grep -v '^lrpg array task' | sed 's/^/  | /' || true
sed 's/^/  | /' "$results/slurm-logs/lrpg-report-$second_report.out"
[ -f "$results/report/report.md" ] || die "the report job wrote no $results/report/report.md"
[ "$(cut -d' ' -f1 <<< "$before_resubmit" | xargs stat -c '%n %i %Y %s')" = "$before_resubmit" ] \
  || die "the resubmission rewrote runs that had finished"
log "resubmission: the $finished finished runs were skipped (files untouched); the report job built $results/report/report.md"

# --- 6. identity with the unsharded run -------------------------------------------------------------------
(cd "$results/runs" && find . -type f | sed 's|^\./||' | sort) > "$work/array.files"
diff "$work/reference.files" "$work/array.files" > /dev/null \
  || { diff "$work/reference.files" "$work/array.files" | head -n 20 || true; die "the two runs/ trees hold different files (< only in the reference, > only in the array's)"; }
csvs=0
while read -r f; do
  cmp -s "$reference/out/runs/$f" "$results/runs/$f" || die "runs/$f differs from the unsharded run's"
  csvs=$((csvs + 1))
done < <(grep '\.csv$' "$work/array.files")
[ "$csvs" -eq "$grid_size" ] || die "$csvs per-episode CSVs compared, expected $grid_size"
log "identity check: all $csvs per-episode CSVs under runs/ are byte-identical to the unsharded run's ($(wc -l < "$work/array.files") files, same set in both trees; sha256 of all CSVs $(cd "$results/runs" && grep '\.csv$' "$work/array.files" | xargs cat | sha256sum | cut -c1-16))"

# --- 7. bad input: exit 2, one line, nothing written -------------------------------------------------------
# A conflict is a run with the identity of one already in the folder (environment, model, variant, seed) but
# other settings: a labelled variant trained again under the same label with another rank.
log "bad input: a conflicting second array (same label, other settings), an array task ID outside the shards, a results folder missing on the node"
conflict_results="$work/shared/conflict"
mkdir -p "$conflict_results" "$work/conflict-logs"
labelled=(--env pendulum --model lowrank --episodes 20 --runs 2 --label mine)
"$repo/lrpg" train "${labelled[@]}" --out "$conflict_results" > "$work/log/labelled.log" 2>&1 \
  || { cat "$work/log/labelled.log"; die "training the labelled variant failed"; }
before_conflict="$(snapshot "$conflict_results")"
SBATCH_ERROR="$work/conflict-logs/%x-%A_%a.err" submit --shards 2 --no-report "$conflict_results" train "${labelled[@]}" \
  --set rank=3
conflict_array=$array_id
outside=$(sbatch --parsable --array=4 --export="ALL,LRPG_HOME=$repo,LRPG_SHARDS=4" --chdir="$work" \
  --output="$work/conflict-logs/outside-%A_%a.out" --error="$work/conflict-logs/outside-%A_%a.err" \
  "$slurm_dir/array.sbatch" "$results" reproduce "${grid[@]}")
jobs_submitted+=("$outside")
unshared=$(sbatch --parsable --array=0-1 --export="ALL,LRPG_HOME=$repo" --chdir="$work" \
  --output="$work/conflict-logs/unshared-%A_%a.out" --error="$work/conflict-logs/unshared-%A_%a.err" \
  "$slurm_dir/array.sbatch" "$work/not-on-this-node/results" reproduce "${grid[@]}")
jobs_submitted+=("$unshared")
before_bad="$(snapshot "$results")"
for job in "$conflict_array" "$outside" "$unshared"; do
  wait_until "job $job to end" 90 job_done "$job"
done
expect_states "$conflict_array" 2 "FAILED 2:0"
expect_states "$outside" 1 "FAILED 2:0"
expect_states "$unshared" 2 "FAILED 2:0"
one_line_each() { # PATTERN FILES...: each file is exactly one line matching PATTERN
  local pattern="$1" f
  shift
  for f in "$@"; do
    [ -f "$f" ] || die "missing $f"
    [ "$(wc -l < "$f")" -eq 1 ] && grep -q "$pattern" "$f" || { cat "$f"; die "$f: expected one line matching '$pattern'"; }
    echo "  $(basename "$f"): $(cat "$f")"
  done
}
one_line_each "holds pendulum/lowrank/mine/seed-[01] with other settings (lowRank.rank: 4 → 3)" \
  "$work"/conflict-logs/lrpg-"$conflict_array"_*.err
one_line_each "outside 0..3" "$work"/conflict-logs/outside-"$outside"_*.err
one_line_each "does not exist on this node" "$work"/conflict-logs/unshared-"$unshared"_*.err
conflict_errs=("$work"/conflict-logs/lrpg-"$conflict_array"_*.err)
[ "${#conflict_errs[@]}" -eq 2 ] || die "expected the stderr of the 2 tasks of array $conflict_array"
[ "$(snapshot "$conflict_results")" = "$before_conflict" ] || die "the refused array changed its results folder"
[ "$(snapshot "$results")" = "$before_bad" ] || die "the refused jobs changed the results folder"
out="$("$slurm_dir/submit.sh" --shards 4 --only 4 "$results" reproduce "${grid[@]}" 2>&1)" && die "submit.sh --only 4 of 4 shards was accepted"
[ "$(wc -l <<< "$out")" -eq 1 ] || die "submit.sh --only 4: expected one line, got: $out"
echo "  submit.sh --only 4 --shards 4: $out"
log "bad input: all refused with exit status 2 and one line; results folder unchanged"
