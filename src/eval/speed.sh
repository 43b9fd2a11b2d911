#!/usr/bin/env bash
# Crosscheck against Hugo on N realistic raw news pages, in the same run: ../shared/tools/speed/speed_corpus.py
# writes N pages of real report text (events-dev) wrapped in outlet boilerplate, and the same texts as Markdown
# posts for Hugo (its site skeleton: ../shared/tools/speed/hugo/). Crosscheck runs exactly as a user runs it
# (./crosscheck build --no-cache, the launcher's own JVM settings), Hugo as `hugo` in its folder (apt-get install
# hugo). Prints, for each, wall and CPU seconds and peak RSS (/usr/bin/time -v); for Crosscheck also each stage's
# time, the site's size (the bytes of its files), its largest file and the ratio of the two wall times.
# Usage (from the project root, with ../shared beside it): bash src/eval/speed.sh N [N ...]
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), KEEP=1 keeps the files.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
[ $# -ge 1 ] || { echo "usage: bash src/eval/speed.sh N [N ...]" >&2; exit 2; }
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 1; }
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] && echo "files in $tmp" || trap 'rm -rf "$tmp"' EXIT

measure() { # label, time file
  awk -v label="$1" '
    /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF }
    END { printf "%-10s wall %6.1f s  cpu %6.1f s  peak RSS %5d MB\n", label, wall, user + sys, rss / 1024;
          print wall > "/dev/stderr" }' "$2"
}

printf 'machine: %s cores, %s\n' "$(nproc)" "$(free -g | awk '/Mem:/ { print $2 " GB" }')"
for n in "$@"; do
  run="$tmp/$n"
  python3 "$shared/tools/speed/speed_corpus.py" "$n" "$shared/data/events-dev/articles.jsonl" \
    --content "$run/content" --hugo "$run/hugo" >/dev/null
  cp -r "$shared/tools/speed/hugo/." "$run/hugo/"
  echo "== $n reports"
  (cd "$run/hugo" && /usr/bin/time -v -o "$run/hugo.time" hugo --quiet >/dev/null 2>"$run/hugo.err") \
    || { cat "$run/hugo.err" >&2; exit 1; }
  measure hugo "$run/hugo.time" 2>"$run/hugo.wall"
  CROSSCHECK_JAR="$build/crosscheck.jar" /usr/bin/time -v -o "$run/crosscheck.time" \
    ./crosscheck build --no-cache --verbose --content "$run/content" --out "$run/site" \
    >/dev/null 2>"$run/stages.txt" || { tail -20 "$run/stages.txt" >&2; exit 1; }
  measure crosscheck "$run/crosscheck.time" 2>"$run/crosscheck.wall"
  grep -E '^(ingest|clean|analyse|group|digest|render) +[0-9]' "$run/stages.txt" | sed 's/^/  /'
  size=$(find "$run/site" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s / 1048576 }')
  largest=$(find "$run/site" -type f -printf '%s %P\n' | sort -n | tail -1)
  files=$(find "$run/site" -type f | wc -l)
  awk -v size="$size" -v files="$files" -v bytes="${largest%% *}" -v name="${largest#* }" \
    -v ours="$(cat "$run/crosscheck.wall")" -v hugo="$(cat "$run/hugo.wall")" 'BEGIN {
      printf "  site %d MB in %d files; largest file %s (%.1f MB)\n", size, files, name, bytes / 1048576
      printf "  wall time, Crosscheck / Hugo: %.1f\n", ours / hugo }'
  [ "${KEEP:-}" = 1 ] || rm -rf "$run"
done
