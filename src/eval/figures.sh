#!/usr/bin/env bash
# Figures on two development sets, each report pinned to its gold event: events-dev (ECB+, 772 reports of 66
# events) and summaries-dev (NeuS, 921 reports of 307 events). Counts the figures, those of other places and the
# "reports differ" flags, and prints a seeded sample of flagged figures to read (SHOW, default 20).
# With --contradictions, the same sets' summary sentences instead: how many some report contradicts ("reports
# contradict", digest.json's contradicts), by kind, and a seeded sample of them with the contradicting wording.
# Usage (from the project root, with ../shared beside it): bash src/eval/figures.sh [--contradictions]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), SHOW, WORDS (the
# summaries' word budget, summaryWords; default the site default, 100: WORDS=1000 takes nearly every sentence that
# can stand alone into the summaries, so that every pair of sentences is weighed).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
count=count
if [ "${1:-}" = "--contradictions" ]; then count=contradictions; fi
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 src/eval/figures_sets.py write "$shared/data" "$tmp"
for set in events neus; do
  if [ -n "${WORDS:-}" ]; then echo "summaryWords: $WORDS" >>"$tmp/$set/site.yml"; fi
  CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build -q --no-cache --content "$tmp/$set" \
    --out "$tmp/$set-site" --digest "$tmp/$set-digest.json" >/dev/null 2>"$tmp/$set.err" \
    || { cat "$tmp/$set.err" >&2; exit 1; }
  printf '%-6s ' "$set"
  python3 src/eval/figures_sets.py "$count" "$tmp/$set-digest.json" "${SHOW:-20}"
done
