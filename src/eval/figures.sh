#!/usr/bin/env bash
# Figures on two development sets, each report pinned to its gold event: events-dev (ECB+, 772 reports of 66
# events) and summaries-dev (NeuS, 921 reports of 307 events). Counts the figures, those of other places and the
# "reports differ" flags, and prints a seeded sample of flagged figures to read (SHOW, default 20).
# Usage (from the project root, with ../shared beside it): bash src/eval/figures.sh
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), SHOW.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 src/eval/figures_sets.py write "$shared/data" "$tmp"
for set in events neus; do
  CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build -q --no-cache --content "$tmp/$set" \
    --out "$tmp/$set-site" --digest "$tmp/$set-digest.json" >/dev/null 2>"$tmp/$set.err" \
    || { cat "$tmp/$set.err" >&2; exit 1; }
  printf '%-6s ' "$set"
  python3 src/eval/figures_sets.py count "$tmp/$set-digest.json" "${SHOW:-20}"
done
