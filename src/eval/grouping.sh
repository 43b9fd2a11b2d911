#!/usr/bin/env bash
# Groups the events-dev articles with Crosscheck's own text and group stages and scores the grouping.
# Usage (from the project root, with ../shared beside it):
#   bash src/eval/grouping.sh [--set NAME=VALUE]...   B-cubed, pairwise, NMI and ARI from ../shared/tools/cluster_score.py
#   bash src/eval/grouping.sh --sensitivity          B-cubed scores of the default settings' neighbours
#   bash src/eval/grouping.sh --scale                grouping time on the data replicated 1, 2, 5 and 10 times
# Settings (see EventGrouper.Settings): threshold, unspecific, phrases, window, names, numbers, time.
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
data="$shared/data/events-dev"
# the jar, and the evaluations (src/eval/java) compiled beside it, not into it: $build/eval-classes
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
run() { java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.GroupingEvaluation "$data/articles.jsonl" "$@"; }
case "${1:-}" in
  --sensitivity)
    shift
    run --gold "$data/gold.tsv" --sweep threshold=0.25,0.28,0.3,0.32,0.35 --sweep unspecific=0.4,0.6,0.8 "$@"
    for axis in phrases=0,0.05,0.1,0.2 names=0,0.1,0.2,0.3 numbers=0,0.1,0.2,0.3 time=0,0.05,0.1,0.15,0.2; do
      run --gold "$data/gold.tsv" --sweep "$axis" "$@" | tail -n +2
    done
    ;;
  --scale)
    shift
    run --gold "$data/gold.tsv" --scale 1,2,5,10 "$@"
    ;;
  *)
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    run "$out/pred.tsv" "$@"
    python3 "$shared/tools/cluster_score.py" "$data/gold.tsv" "$out/pred.tsv"
    ;;
esac
