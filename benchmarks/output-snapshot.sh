#!/usr/bin/env bash
# Records the command line's JSON-lines output over every shared corpus text and the seed article,
# or compares it with an earlier recording: a change of structure must leave it byte-identical.
#   benchmarks/output-snapshot.sh record  DIR   # writes DIR/texts/ and DIR/output.jsonl
#   benchmarks/output-snapshot.sh compare DIR   # exits 1 and names the first differing documents
# Run from the project root after `mvn -q -B -DskipTests package`, with ../shared beside it.
# DIR must lie outside the repository: corpus text is not committed.
set -euo pipefail
mode=${1:?usage: output-snapshot.sh record|compare DIR}
dir=${2:?usage: output-snapshot.sh record|compare DIR}
cli_jar=${REPORTAGE_CLI_JAR:-}
for candidate in examples/cli/target/reportage-cli.jar; do
  if [ -z "$cli_jar" ] && [ -f "$candidate" ]; then cli_jar=$candidate; fi
done
mkdir -p "$dir"
if [ ! -d "$dir/texts" ]; then
  java -cp benchmarks/target/benchmarks.jar io.reportage.tools.ExportCorpusTexts "$dir/texts"
fi
case "$mode" in
  record)
    java -Xmx2g -jar "$cli_jar" --format jsonl "$dir/texts" > "$dir/output.jsonl" 2> "$dir/cli.err"
    echo "recorded $(wc -l < "$dir/output.jsonl") analyses in $dir/output.jsonl"
    ;;
  compare)
    java -Xmx2g -jar "$cli_jar" --format jsonl "$dir/texts" > "$dir/output.new.jsonl" 2> "$dir/cli.err"
    if cmp -s "$dir/output.jsonl" "$dir/output.new.jsonl"; then
      echo "identical: $(wc -l < "$dir/output.jsonl") analyses"
    else
      echo "DIFFERENT: $(paste -d '\n' "$dir/output.jsonl" "$dir/output.new.jsonl" | awk 'NR % 2 { line = $0; next } $0 != line { n++ } END { print n + 0 }') analyses changed; first:"
      diff "$dir/output.jsonl" "$dir/output.new.jsonl" | grep -o '"doc":"[^"]*"' | sort -u | head -10
      exit 1
    fi
    ;;
  *) echo "usage: output-snapshot.sh record|compare DIR" >&2; exit 2 ;;
esac
