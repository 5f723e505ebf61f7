#!/usr/bin/env bash
# Times the Spark job (local[1], local[2]) and the command line (--threads 1, 2) on the PolNeAR dev
# texts repeated to 10,000 articles; see examples/spark/README.md, "Throughput". Run from the
# repository root after `mvn -B -DskipTests package`, on a quiet machine. Extra arguments go to the
# harness, e.g. `--articles 200` for a quick check. With `--pinned` first, the one-thread runs are
# held to one CPU (see below). THROUGHPUT_JVM holds options for the JVM that runs Spark (a collector).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=examples/spark/target/reportage-spark.jar
[ -f "$jar" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 2; }
# Spark's --add-opens on Java 17 (spark-launcher's JavaModuleOptions; the same list as the jar's manifest).
opens=""
for p in java.base/java.lang java.base/java.lang.invoke java.base/java.lang.reflect java.base/java.io \
         java.base/java.net java.base/java.nio java.base/java.util java.base/java.util.concurrent \
         java.base/java.util.concurrent.atomic java.base/jdk.internal.ref java.base/sun.nio.ch \
         java.base/sun.nio.cs java.base/sun.security.action java.base/sun.util.calendar \
         java.security.jgss/sun.security.krb5; do
  opens="$opens --add-opens=$p=ALL-UNNAMED"
done
export SPARK_LOCAL_IP=127.0.0.1
harness() {
  java -Xmx4g ${THROUGHPUT_JVM:-} $opens -cp "$jar:examples/spark/target/lib/*" io.reportage.spark.job.ThroughputHarness \
    --texts ../shared/corpora/polnear/dev/text --articles 10000 --cli-jar examples/cli/target/reportage-cli.jar "$@"
}
if [ "${1:-}" != "--pinned" ]; then
  harness --masters 'local[1],local[2]' --threads 1,2 "$@"
  exit
fi
# --pinned: one core against two. The one-core runs are held to CPU 0 (taskset), so that the JIT
# compiler and the collector cannot borrow the second core; the JVM sizes its thread pools from the
# CPUs it may use. Each run is a fresh JVM; the ratios compare the seconds of the two.
shift
one=$(mktemp); two=$(mktemp)
trap 'rm -f "$one" "$two"' EXIT
taskset -c 0 bash -c "$(declare -f harness); opens='$opens' jar='$jar' THROUGHPUT_JVM='${THROUGHPUT_JVM:-}' harness --masters 'local[1]' --threads 1 $*" | tee "$one"
taskset -c 0,1 bash -c "$(declare -f harness); opens='$opens' jar='$jar' THROUGHPUT_JVM='${THROUGHPUT_JVM:-}' harness --masters 'local[2]' --threads 2 $*" | tee "$two"
seconds() { awk -v run="$2" 'index($0, run) == 1 && NF >= 4 { s = $NF } END { print s }' "$1"; }
awk -v s1="$(seconds "$one" 'spark local[1]')" -v s2="$(seconds "$two" 'spark local[2]')" \
    -v c1="$(seconds "$one" 'cli --threads 1')" -v c2="$(seconds "$two" 'cli --threads 2')" \
    'BEGIN { printf "pinned: spark local[2] on 2 cores / local[1] on 1 core: %.2f\n", s1 / s2;
             printf "pinned: cli --threads 2 on 2 cores / --threads 1 on 1 core: %.2f\n", c1 / c2 }'
