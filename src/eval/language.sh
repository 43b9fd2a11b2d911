#!/usr/bin/env bash
# Report languages: how many saved pages cleaning gives a language, how often its guess from the text agrees with the
# page's <html lang>, what the guess costs a report, and how many of the English evaluation texts it calls English.
# Writes the disagreements and undeclared pages to $OUT (default target/language-check.tsv) for a hand check.
# Usage (from the project root, with ../shared beside it): bash src/eval/language.sh
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), OUT.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
out=${OUT:-$build/language-check.tsv}
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.LanguageEvaluation "$out" \
  "$shared/data/extraction-news-dev" "$shared/data/extraction-dev" \
  "$shared/data/events-dev/articles.jsonl" "$shared/data/summaries-dev/events.jsonl"
echo "disagreements and undeclared pages: $out"
