#!/usr/bin/env bash
# The search index's size on N realistic reports, and what typical searches download (crosscheck.eval.SearchSize):
# ../shared/tools/speed/speed_corpus.py writes N raw news pages of real report text (events-dev) as in
# src/eval/speed.sh; the site is built as a user builds it (./crosscheck build --no-cache), publishing excerpts of
# the reports (site.yml's default) or, with ARTICLES=full, their whole text. Prints the index's total size, its
# largest shard and chunk, and for each query the results and the bytes one search downloads (the manifest, the
# shards of its words and the chunks of its first 10 results, uncompressed).
# Usage (from the project root, with ../shared beside it): bash src/eval/search-size.sh N [N ...]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), ARTICLES (excerpt,
# full or none; default excerpt), QUERIES (one search a line, default SearchSize's), KEEP=1 keeps the files.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
articles=${ARTICLES:-excerpt}
[ $# -ge 1 ] || { echo "usage: bash src/eval/search-size.sh N [N ...]" >&2; exit 2; }
mvn -q -B -Peval -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] && echo "files in $tmp" || trap 'rm -rf "$tmp"' EXIT
queries=()
if [ -n "${QUERIES:-}" ]; then mapfile -t queries <<<"$QUERIES"; fi
for n in "$@"; do
  run="$tmp/$n"
  python3 "$shared/tools/speed/speed_corpus.py" "$n" "$shared/data/events-dev/articles.jsonl" \
    --content "$run/content" --hugo "$run/hugo" >/dev/null
  printf 'title: Search size\narticles: %s\n' "$articles" >"$run/content/site.yml"
  echo "== $n reports, articles: $articles"
  CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build --no-cache --quiet --content "$run/content" \
    --out "$run/site" >/dev/null 2>"$run/build.err" || { tail -20 "$run/build.err" >&2; exit 1; }
  java -cp "$build/crosscheck.jar:$build/eval-classes" crosscheck.eval.SearchSize "$run/site" "${queries[@]}"
  [ "${KEEP:-}" = 1 ] || rm -rf "$run"
done
