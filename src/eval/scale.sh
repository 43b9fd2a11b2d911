#!/usr/bin/env bash
# Times a full build of a synthetic content folder of N raw HTML reports (crosscheck.eval.SyntheticCorpus:
# events covered by several overlapping reports, paraphrases, wire copies, differing figures, page boilerplate).
# Usage (from the project root): bash src/eval/scale.sh N [SEED]
# Prints reports a second, wall and CPU seconds and peak memory of the build process (from /usr/bin/time -v),
# and the time of each stage (--verbose). The build runs in a fresh JVM with a fixed heap.
# Environment: BUILD_DIR (Maven output folder, default target), HEAP (build JVM heap, default 1g),
# KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: scale.sh N [SEED]}
seed=${2:-6}
build=${BUILD_DIR:-target}
heap=${HEAP:-1g}
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
java -cp "$build/crosscheck.jar" crosscheck.eval.SyntheticCorpus "$tmp/content" "$n" "$seed"
/usr/bin/time -v -o "$tmp/time.txt" java -Xms256m -Xmx"$heap" -jar "$build/crosscheck.jar" \
  build --content "$tmp/content" --out "$tmp/site" --verbose 2>"$tmp/stages.txt" >/dev/null \
  || { cat "$tmp/stages.txt" "$tmp/time.txt" >&2; exit 1; }
grep -v '^warning:' "$tmp/stages.txt" || true
awk -v n="$n" -v heap="$heap" -v cores="$(nproc)" '
  /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
  /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF }
  END { printf "reports %d  wall %.1f s  cpu %.1f s (user %.1f, sys %.1f; %d cores)  peak RSS %d MB (heap -Xmx%s)  %.0f reports/s\n",
        n, wall, user + sys, user, sys, cores, rss / 1024, heap, n / wall }' "$tmp/time.txt"
