#!/usr/bin/env bash
# Article extraction on the extraction-dev pages (Dragnet): quality and cleaning speed.
# 1. Runs `crosscheck extract` over every page and scores the texts against the gold articles (reader comments
#    cut off: they count as boilerplate): F1, precision, recall.
# 2. Times Cleaner.clean in process on one thread over all pages held in memory, after warm-up: pages per
#    second, the median of the timed rounds (on one core: pinned with taskset where there is one).
# Usage (from the project root, with ../shared beside it): bash src/eval/extraction.sh [rounds]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
data="$shared/data/extraction-dev"
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -Dmaven.test.skip=true -DbuildDir="$build" package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir "$out/pred"
# extract exits 1 when a page gives no text: that page scores as empty, so the run goes on
status=0
java -jar "$build/crosscheck.jar" extract --out "$out/pred" "$data"/html/*.html.gz 2> "$out/warnings.txt" || status=$?
if [ "$status" -gt 1 ]; then cat "$out/warnings.txt" >&2; exit "$status"; fi
echo "extract: $(ls "$out/pred" | wc -l) pages, $(grep -c '^warning' "$out/warnings.txt" || true) warnings," \
  "$(grep -c 'no report text left' "$out/warnings.txt" || true) with no text"
python3 "$shared/tools/extraction_score.py" --gt "$data/gold" --strip-comments --pred "$out/pred" --name crosscheck
pin=()
if command -v taskset > /dev/null; then pin=(taskset -c 0); fi
"${pin[@]}" java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.ExtractionBenchmark "$data/html" "${1:-7}" 5
