#!/usr/bin/env bash
# Times the Spark job (local[1], local[2]) and the command line (--threads 1, 2) on the PolNeAR dev
# texts repeated to 10,000 articles; see examples/spark/README.md, "Throughput". Run from the
# repository root after `mvn -B -DskipTests package`, on a quiet machine. Extra arguments go to the
# harness, e.g. `--articles 200` for a quick check.
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
exec java -Xmx4g $opens -cp "$jar:examples/spark/target/lib/*" io.reportage.spark.job.ThroughputHarness \
  --texts ../shared/corpora/polnear/dev/text --articles 10000 --masters 'local[1],local[2]' --threads 1,2 \
  --cli-jar examples/cli/target/reportage-cli.jar "$@"
