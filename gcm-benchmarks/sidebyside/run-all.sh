#!/usr/bin/env bash
# The side-by-side run behind results/side-by-side.md, from the repository root, after
#   ./mvnw -B -q -pl gcm-benchmarks -am package -DskipTests
#   (cd gcm-benchmarks/sidebyside && npm ci)
# Writes the raw outputs to gcm-benchmarks/results/side-by-side/. Inputs go to $OUT (default
# /tmp/sbs); 10^5-record inputs to $OUT-1e5, timed with fewer repetitions.
# ROUND=2 (or more) times the same inputs again, without regenerating them, without JMH and
# without the slow foreign-key run, into results/side-by-side/round2/.
set -euo pipefail
J=gcm-benchmarks/target/benchmarks.jar
S=gcm-io/src/main/resources/org/gcmkit/io/json/gcm-dataset.schema.json
R=gcm-benchmarks/results/side-by-side
OUT=${OUT:-/tmp/sbs}
ROUND=${ROUND:-1}
[ "$ROUND" = 1 ] || R=$R/round$ROUND
mkdir -p "$R"
log() { echo "== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg): $*" | tee -a "$R/load.txt"; }

if [ "$ROUND" = 1 ]; then
rm -rf "$OUT" "$OUT-1e5"
log files
java -cp $J org.gcmkit.benchmarks.SideBySide files "$OUT" 10000 > "$R/files.txt" 2>&1
java -cp $J org.gcmkit.benchmarks.SideBySide files "$OUT-1e5" 100000 >> "$R/files.txt" 2>&1
rm -rf "$OUT-1e5"/probe-*   # the probes once, in $OUT

log "jmh SchemaBenchmark"
java -jar $J SchemaBenchmark -f 1 -wi 2 -i 3 -w 3s -r 3s -prof gc -rf json -rff "$R/jmh-schema.json" > "$R/jmh-schema.txt" 2>&1
fi

for dir in "$OUT" "$OUT-1e5"; do
  reps=5; [ "$dir" = "$OUT" ] || reps=3
  tag=$(basename "$dir")
  # A JVM for each Java tool, as each Node tool has a process of its own (see SideBySide).
  log "java gcm + networknt $tag"
  for tool in gcm-json gcm-csv networknt; do
    java -cp $J org.gcmkit.benchmarks.SideBySide time "$dir" $reps $tool 2>/dev/null \
      | { [ $tool = gcm-json ] && cat || tail -n +2; }
  done | tee "$R/java-$tag.tsv"
  log "ajv $tag"
  node gcm-benchmarks/sidebyside/ajv.mjs "$dir" $S $reps | tee "$R/ajv-$tag.tsv"
  log "tableschema rows $tag"
  node gcm-benchmarks/sidebyside/tableschema.mjs "$dir" $reps --rows-only | tee "$R/tableschema-rows-$tag.tsv"
done
[ "$ROUND" = 1 ] || { log done; exit 0; }
# Foreign keys: tableschema scans the referenced rows once per reference (quadratic), so 10^4 only.
log "tableschema with foreign keys $(basename "$OUT")"
node gcm-benchmarks/sidebyside/tableschema.mjs "$OUT" 3 | tee "$R/tableschema-fk-sbs.tsv"
log "compare"
python3 gcm-benchmarks/sidebyside/compare.py "$OUT" > "$R/verdicts-1e4.md"
python3 gcm-benchmarks/sidebyside/compare.py "$OUT-1e5" > "$R/verdicts-1e5.md"
log done
