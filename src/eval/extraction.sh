#!/usr/bin/env bash
# Article extraction on every development set at once: quality and cleaning speed.
# 1. Runs `crosscheck extract` over every page of extraction-dev (Dragnet) and extraction-news-dev (modern news
#    pages) and scores the texts against the gold articles: F1, precision, recall. On Dragnet the reader comments
#    are cut off the gold (they count as boilerplate); on the news pages, the averages of the readability-* and
#    portal-* pages follow.
# 2. Times Cleaner.clean in process on one thread over all Dragnet pages held in memory, after warm-up: pages
#    per second, the median of the timed rounds (on one core: pinned with taskset where there is one).
# Usage (from the project root, with ../shared beside it): bash src/eval/extraction.sh [rounds]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
data="$shared/data/extraction-dev"
news="$shared/data/extraction-news-dev"
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -Dmaven.test.skip=true -DbuildDir="$build" package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# extract NAME DIR: the texts of DIR/html's pages into $out/NAME; extract exits 1 when a page gives no text: that
# page scores as empty, so the run goes on
extract() {
  mkdir "$out/$1"
  local status=0
  java -jar "$build/crosscheck.jar" extract --out "$out/$1" "$2"/html/*.html.gz 2> "$out/$1.warnings" || status=$?
  if [ "$status" -gt 1 ]; then cat "$out/$1.warnings" >&2; exit "$status"; fi
  echo "extract $1: $(ls "$out/$1" | wc -l) pages, $(grep -c '^warning' "$out/$1.warnings" || true) warnings," \
    "$(grep -c 'no report text left' "$out/$1.warnings" || true) with no text"
}
extract dragnet "$data"
python3 "$shared/tools/extraction_score.py" --gt "$data/gold" --strip-comments --pred "$out/dragnet" --name dragnet
if [ -d "$news" ]; then
  extract news "$news"
  python3 "$shared/tools/extraction_score.py" --gt "$news/gold" --pred "$out/news" --name news --csv "$out/news.csv" \
    | tail -1
  # page-averaged F1, precision and recall of each group of news pages, by the prefix of their names
  python3 - "$out/news.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
for group in ("readability", "portal"):
    pages = [r for r in rows if r["page_id"].startswith(group + "-")]
    if pages:
        mean = lambda key: sum(float(r[key]) for r in pages) / len(pages)
        print(f"GROUP news {group} pages={len(pages)} F1={mean('f1'):.3f} precision={mean('precision'):.3f} "
              f"recall={mean('recall'):.3f}")
PY
fi
pin=()
if command -v taskset > /dev/null; then pin=(taskset -c 0); fi
"${pin[@]}" java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.ExtractionBenchmark "$data/html" "${1:-7}" 5
