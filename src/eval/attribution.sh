#!/usr/bin/env bash
# Attribution through whole builds: each MSR paraphrase pair (validation split by default) becomes one event of two
# one-sentence reports pinned together (attribution_eval.py content); the pair counts as "same" when one summary
# sentence of the built digest cites both reports. Prints accuracy and F1 of "same" against the human labels.
# Usage (from the project root, with ../shared beside it): bash src/eval/attribution.sh [PAIRS.tsv]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
pairs=${1:-$shared/data/attribution-dev/msr-para-val.tsv}
mvn -q -B -DbuildDir="$build" -DskipTests package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$shared/tools/attribution_eval.py" content "$pairs" "$out/content"
CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build --quiet --no-cache --content "$out/content" --out "$out/site" \
  --digest "$out/digest.json"
python3 "$shared/tools/attribution_eval.py" score "$pairs" "$out/digest.json"
