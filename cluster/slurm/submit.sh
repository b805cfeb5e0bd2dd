#!/usr/bin/env bash
# Submits a sharded lrpg command as a Slurm job array plus the report job that follows it:
#
#   cluster/slurm/submit.sh --shards N [--max-running P] [--cpus-per-task C] [--only IDS] [--no-report]
#                           DIR COMMAND [ARGS...]
#
#   sbatch --array=0-(N-1)[%P] [-c C] array.sbatch DIR COMMAND ARGS...      (task t runs shard t+1 of N, C workers)
#   sbatch --dependency=afterok:ARRAY --kill-on-invalid-dep=yes report.sbatch DIR   (lrpg report --in DIR --out DIR/report)
#
# DIR is created here (it must be on the file system every node shares); the jobs' logs go to
# DIR/slurm-logs/. --only IDS resubmits only some task IDs (sbatch syntax: 2 or 0,3 or 1-2) of the same N
# shards. Resubmitting the whole array is always safe: finished runs are skipped. Other sbatch settings
# come from sbatch's own environment variables, e.g. SBATCH_PARTITION, SBATCH_TIMELIMIT, SBATCH_ACCOUNT,
# SBATCH_MEM_PER_CPU.
#
# Environment: LRPG_HOME, the checkout the jobs run ./lrpg from (default: the one holding this script).
# Output: on stdout one line "ARRAY_JOB_ID REPORT_JOB_ID" (only the first with --no-report); what was
# submitted on stderr. Exit status 2 with one line on stderr for bad input, nothing submitted.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
fail() {
  echo "submit.sh: $*" >&2
  exit 2
}

shards=""
max_running=""
only=""
cpus=1
report=true
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) [ $# -ge 2 ] || fail "--shards needs a value"; shards="$2"; shift 2 ;;
    --shards=*) shards="${1#*=}"; shift ;;
    --max-running) [ $# -ge 2 ] || fail "--max-running needs a value"; max_running="$2"; shift 2 ;;
    --max-running=*) max_running="${1#*=}"; shift ;;
    --only) [ $# -ge 2 ] || fail "--only needs a value"; only="$2"; shift 2 ;;
    --only=*) only="${1#*=}"; shift ;;
    --no-report) report=false; shift ;;
    --cpus-per-task) [ $# -ge 2 ] || fail "--cpus-per-task needs a value"; cpus="$2"; shift 2 ;;
    --cpus-per-task=*) cpus="${1#*=}"; shift ;;
    -h|--help) sed -n '2,19s/^# \{0,1\}//p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) fail "unknown option $1 (options go before DIR; the lrpg command's options after COMMAND)" ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || fail "usage: submit.sh --shards N [--max-running P] [--cpus-per-task C] [--only IDS] [--no-report] DIR COMMAND [ARGS...]"
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || fail "--shards must be a whole number >= 1, was '$shards'"
[ -z "$max_running" ] || [[ "$max_running" =~ ^[1-9][0-9]*$ ]] || fail "--max-running must be a whole number >= 1, was '$max_running'"
[[ "$cpus" =~ ^[1-9][0-9]*$ ]] || fail "--cpus-per-task must be a whole number >= 1, was '$cpus'"

array="0-$((shards - 1))"
if [ -n "$only" ]; then
  [[ "$only" =~ ^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$ ]] || fail "--only must be task IDs like 2, 0,3 or 1-2, was '$only'"
  IFS=, read -r -a ranges <<< "$only"
  for range in "${ranges[@]}"; do
    for id in ${range//-/ }; do
      [ "$((10#$id))" -lt "$shards" ] || fail "--only: task ID $id is outside 0..$((shards - 1)) for $shards shard(s)"
    done
  done
  array="$only"
fi
[ -z "$max_running" ] || array="$array%$max_running"

for arg in "${@:3}"; do
  case "$arg" in
    --out|--out=*|--shard|--shard=*|--workers|--workers=*)
      fail "do not pass ${arg%%=*} to the lrpg command: the jobs set --out DIR, --shard from the task ID and --workers from the CPUs granted (sbatch -c)" ;;
  esac
done
command -v sbatch > /dev/null || fail "sbatch not found: run this on a machine that submits Slurm jobs"

home="${LRPG_HOME:-$(cd "$here/../.." && pwd)}"
[ -x "$home/lrpg" ] || fail "no lrpg launcher at $home/lrpg: set LRPG_HOME to the checkout"
[ -f "$home/reports/target/lrpg.jar" ] || fail "$home/reports/target/lrpg.jar is missing: build it with mvn -B -ntp -DskipTests package"

out="$1"
shift
mkdir -p "$out/slurm-logs" || fail "cannot create results folder $out"
out="$(cd "$out" && pwd)"
logs="$out/slurm-logs"

array_id="$(sbatch --parsable --array="$array" --cpus-per-task="$cpus" --chdir="$logs" --output="$logs/%x-%A_%a.out" \
  --export="ALL,LRPG_HOME=$home,LRPG_SHARDS=$shards" "$here/array.sbatch" "$out" "$@")"
array_id="${array_id%%;*}"
echo "submitted array job $array_id: tasks $array of $shards shard(s), each: lrpg $* --out $out --shard (task+1)/$shards --workers $cpus; logs in $logs" >&2
if [ "$report" = true ]; then
  report_id="$(sbatch --parsable --dependency="afterok:$array_id" --kill-on-invalid-dep=yes --chdir="$logs" \
    --output="$logs/%x-%j.out" --export="ALL,LRPG_HOME=$home" "$here/report.sbatch" "$out")"
  report_id="${report_id%%;*}"
  echo "submitted report job $report_id: lrpg report --in $out --out $out/report, once every task of $array_id succeeded" >&2
  echo "$array_id $report_id"
else
  echo "$array_id"
fi
