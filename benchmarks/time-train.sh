#!/usr/bin/env bash
# End-to-end speed of low-rank pendulum training through the command line, as issue 13 defines it:
#   ns per environment step = (t(400 runs) - t(100 runs)) / (environment steps of runs 100-399)
# for `./lrpg train --env pendulum --model lowrank --workers 1`, wall clock. The difference removes the JVM's
# start and the first 100 runs, in which the JIT compiles the loop; what remains is training plus writing
# three result files per run (the CSV, the parameters, the record). Each pair also prints, from the 400-run
# folder's run records, the training alone (their wallSeconds over their steps) and the time per run spent
# between trainings (writing the files).
#
# usage (from the repository root, after `mvn -B -ntp -DskipTests package`):
#   benchmarks/time-train.sh [PAIRS] [JAR ...]      default: 5 pairs of reports/target/lrpg.jar
# Several jars (e.g. one built from an earlier commit) are timed in turn within each pair.
#
# Every command writes into a fresh folder and nothing is deleted until the end; the script first flushes
# the page cache (sync) and waits 61 s. On ext4 without a journal (the development VM's file system), every
# file creation examines the inodes of its block group freed in the last 60 s (360 s while their inode-table
# block is dirty) and skips them, one cache lookup each: right after `rm -rf` of an earlier results folder,
# a run's three files cost milliseconds (perf: find_get_block_common and recently_deleted, ~12 % of the
# training thread), more than the files' contents.
set -euo pipefail
pairs=${1:-5}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(reports/target/lrpg.jar)
case "$pairs" in ''|*[!0-9]*) echo "time-train.sh: PAIRS must be a positive integer, was '$pairs'" >&2; exit 2 ;; esac
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "time-train.sh: no such jar: $jar" >&2; exit 2; }
done
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/time-train.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(java -version 2>&1 | sed -n 2p), load average $(cut -d' ' -f1-3 /proc/loadavg)"
sync
sleep 61
seconds() { # seconds of one command
  local start end
  start=$(date +%s%N)
  LRPG_JAR="$1" "$root/lrpg" train --env pendulum --model lowrank --workers 1 --runs "$2" --out "$3" > /dev/null
  end=$(date +%s%N)
  echo $((end - start))
}
for p in $(seq 1 "$pairs"); do
  for j in "${!jars[@]}"; do
    jar=$(cd "$(dirname "${jars[$j]}")" && pwd)/$(basename "${jars[$j]}")
    short=$(seconds "$jar" 100 "$work/$p-$j-100")
    long=$(seconds "$jar" 400 "$work/$p-$j-400")
    cell="$work/$p-$j-400/runs/pendulum/lowrank/paper"
    # steps of runs 100-399 from their CSVs (column 7 is the episode length, column 4 the seed)
    steps=$(awk -F, 'FNR > 1 && $4 >= 100 { s += $7 } END { print s }' "$cell"/seed-*.csv)
    # their training time from the run records
    train=$(awk -F': ' '/"wallSeconds"/ { gsub(/,/, "", $2); split(FILENAME, f, "seed-"); if (f[2] + 0 >= 100) s += $2 }
                       END { printf "%.6f", s }' "$cell"/seed-*[0-9].json)
    awk -v p="$p" -v jar="${jars[$j]}" -v short="$short" -v long="$long" -v steps="$steps" -v train="$train" 'BEGIN {
      total = (long - short) / steps
      printf "pair %d  %s  t100 %.2f s  t400 %.2f s  %.1f ns per step end to end  (training %.1f ns per step, %.2f ms per run besides training)\n",
        p, jar, short / 1e9, long / 1e9, total, train * 1e9 / steps, ((long - short) / 1e9 - train) * 1000 / 300 }' \
      | tee -a "$work/pairs.txt"
  done
done
for jar in "${jars[@]}"; do
  grep -F "  $jar  " "$work/pairs.txt" | sed 's/.*  \([0-9.]*\) ns per step end to end.*/\1/' | sort -n \
    | awk -v jar="$jar" '{ x[NR] = $1 } END {
        m = NR % 2 ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
        printf "%s: median %.1f ns per step end to end over %d pairs (%.1f-%.1f)\n", jar, m, NR, x[1], x[NR] }'
done
