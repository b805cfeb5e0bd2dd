#!/usr/bin/env bash
# Cross-JDK identity of seeded results: trains the same short seeded runs (low-rank on the three paper
# environments, the network on pendulum) with two JVMs on the same jar and checks that every per-episode CSV
# and every trained-parameter file is byte-identical.
#
#   bash .ci/cross-jdk.sh JAVA_HOME_A JAVA_HOME_B        (after mvn -B -ntp package or verify)
#
# Exit status: 0 identical, 1 a file differs (it is named), 2 bad input.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] && [ -x "$1/bin/java" ] && [ -x "$2/bin/java" ] || { echo "usage: cross-jdk.sh JAVA_HOME_A JAVA_HOME_B" >&2; exit 2; }
jar=reports/target/lrpg.jar
[ -f "$jar" ] || { echo "cross-jdk.sh: $jar is missing: build first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs=(
  "train --env pendulum --model lowrank --runs 2 --episodes 300"
  "train --env acrobot --model lowrank --runs 1 --episodes 100"
  "train --env goddard --model lowrank --runs 1 --episodes 1500"
  "train --env pendulum --model nn --runs 1 --episodes 30"
)
for side in a b; do
  home="$1"; [ "$side" = b ] && home="$2"
  for run in "${runs[@]}"; do
    # the launcher's JVM flags (see ./lrpg); the JDK 24+ flags only silence JavaCPP's two start-up warnings
    PATH="$home/bin:$PATH" ./lrpg $run --workers 1 --out "$work/$side" > "$work/$side.log" 2>&1 \
      || { cat "$work/$side.log"; echo "cross-jdk.sh: training failed on $home" >&2; exit 1; }
  done
done
compared=0
while read -r f; do
  cmp -s "$work/a/$f" "$work/b/$f" || { echo "cross-jdk.sh: $f differs between $1 and $2" >&2; exit 1; }
  compared=$((compared + 1))
done < <(cd "$work/a" && find runs -name '*.csv' -o -name '*.model.json' | sort)
[ "$(cd "$work/a" && find runs -type f | sort)" = "$(cd "$work/b" && find runs -type f | sort)" ] \
  || { echo "cross-jdk.sh: the two folders hold different runs" >&2; exit 1; }
echo "cross-jdk: $compared per-episode and parameter files byte-identical between $("$1/bin/java" -version 2>&1 | head -1) and $("$2/bin/java" -version 2>&1 | head -1)"
