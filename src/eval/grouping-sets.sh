#!/usr/bin/env bash
# Event grouping on the three development sets at once, each built as a curator builds a site (./crosscheck build,
# the whole pipeline: raw pages are cleaned first) and scored against its gold events: B-cubed precision, recall
# and F1 (../shared/tools/cluster_score.py), and the number of events that join reports of different gold events.
#   events  events-dev (ECB+, 772 reports, 66 events)
#   neus    summaries-dev unpinned (921 reports of 307 NeuS events, no dates, no event: pins)
#   mix     both, plus the extraction-dev and extraction-news-dev pages as raw HTML, each page its own event unless
#           two pages are visibly the same story (gold texts that share half their word 5-shingles)
#   news10k 10,000 realistic raw news pages (../shared/tools/speed/speed_corpus.py over events-dev), 894 events
# Usage (from the project root, with ../shared beside it): bash src/eval/grouping-sets.sh
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), KEEP=1 keeps the folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] && echo "sets in $tmp" || trap 'rm -rf "$tmp"' EXIT
python3 src/eval/grouping_sets.py "$shared/data" "$tmp"
for set in events neus mix news10k; do
  CROSSCHECK_JAR="$build/crosscheck.jar" ./crosscheck build -q --no-cache --content "$tmp/$set/content" \
    --out "$tmp/$set/site" --digest "$tmp/$set/digest.json" >/dev/null 2>"$tmp/$set/err" \
    || { cat "$tmp/$set/err" >&2; exit 1; }
  python3 - "$tmp/$set/digest.json" "$tmp/$set/gold.tsv" > "$tmp/$set/pred.tsv" <<'PY'
import json, sys
site = json.load(open(sys.argv[1], encoding='utf-8'))
file_of = {a['id']: a['file'] for a in site['articles']}
for event in site['events']:
    for report in event['articles']:
        print(file_of[report] + '\t' + event['id'])
PY
  scores=$(python3 "$shared/tools/cluster_score.py" "$tmp/$set/gold.tsv" "$tmp/$set/pred.tsv")
  mixed=$(python3 - "$tmp/$set/gold.tsv" "$tmp/$set/pred.tsv" <<'PY'
import sys
gold = dict(l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8'))
events = {}
for l in open(sys.argv[2], encoding='utf-8'):
    f, e = l.rstrip('\n').split('\t'); events.setdefault(e, set()).add(gold[f])
print(f"{sum(len(g) > 1 for g in events.values())} of {len(events)} events join different gold events")
PY
)
  printf "%-7s %s | %s\n" "$set" "$(echo "$scores" | grep -o 'B3 P=[^|]*')" "$mixed"
done
