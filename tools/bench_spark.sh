#!/usr/bin/env bash
# Throughput of the Spark job in local mode against the command line on the same input and machine
# (docs/spark.md, "Measured"). Not a test: figures depend on the machine and its load, which is printed.
#   tools/bench_spark.sh INPUT...        e.g. tools/bench_spark.sh /work/eval-data/dev
# Runs `parley code`, then `parley spark --master local[1]` and `local[2]` into fresh folders, each under
# /usr/bin/time -v (wall time and peak resident memory of the JVM: in local mode the driver is the executor).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$HERE/parley" --help >/dev/null 2>&1 || true   # build first, outside the timings
"$HERE/parley" spark --help >/dev/null 2>&1 || true

measure() {
  local name="$1"; shift
  echo "== $name (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -v "$@" 2>"$OUT/$name.err" >"$OUT/$name.out" || { tail -20 "$OUT/$name.err"; exit 1; }
  grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$OUT/$name.err" | sed 's/^\s*/   /'
  grep -E '^parley( spark)?: [0-9]' "$OUT/$name.err" | tail -1 | sed 's/^/   /'
}

measure code "$HERE/parley" code "$@" --no-progress --out "$OUT/code.jsonl"
measure local1 "$HERE/parley" spark "$@" --out "$OUT/s1" --master 'local[1]'
measure local2 "$HERE/parley" spark "$@" --out "$OUT/s2" --master 'local[2]'
echo "events: code $(wc -l <"$OUT/code.jsonl") coded events (before merging); spark $(cat "$OUT"/s2/exports/gdelt/part-* | wc -l) merged events"
