#!/bin/sh
# Runs the whole JMH suite with the settings declared on each class, with -prof gc, and regenerates the
# committed table. From the repository root, after `mvn -B -ntp verify -pl benchmarks -am`:
#   benchmarks/run-benchmarks.sh              (writes reports/benchmarks/{environment.txt,results.json,results.md})
# Extra arguments are passed to JMH (e.g. a benchmark regex); OUT=dir writes elsewhere, JAR=file runs a copy.
set -eu
out=${OUT:-reports/benchmarks}
jar=${JAR:-benchmarks/target/benchmarks.jar}
mkdir -p "$out"
{
  echo "date (UTC): $(date -u +%Y-%m-%dT%H:%MZ)"
  field() { grep -m1 "^$1" /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'; }
  echo "cpu: $(field 'model name') (family $(field 'cpu family'), model $(field 'model'), stepping $(field 'stepping')), $(field 'cpu MHz') MHz, cache $(field 'cache size'), $(nproc) cores online, shared with other jobs"
  echo "cpu flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|avx512f|fma)$' | tr '\n' ' ')"
  echo "jdk: $(java -version 2>&1 | sed -n 2p)"
  echo "forks: as declared on each class (3 per benchmark and parameter set); -Xmx1g per fork (nn forks with the ./lrpg launcher's flags: -Xmx512m -XX:+UseSerialGC, JavaCPP limits off)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit measured: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "command: java -jar $jar -prof gc -rf json -rff $out/results.json $*"
} > "$out/environment.txt"
java -jar "$jar" -prof gc -rf json -rff "$out/results.json" "$@"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/environment.txt"
java -cp "$jar" io.lrpg.bench.report.BenchmarkTable "$out/results.json" "$out/results.md"
