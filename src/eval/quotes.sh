#!/usr/bin/env bash
# Quotations and their speakers on real reports: the events-dev articles (ECB+, 772 tokenised reports) and the
# summaries-dev reports (NeuS, 921 reports, pinned as their events), each built as a site; counts the quotations of
# digest.json with and without a speaker, and shows a sample of those without one, with their sentence.
# Usage (from the project root, with ../shared beside it): bash src/eval/quotes.sh [SAMPLE]   (default 20)
# Environment: SHARED (default ../shared), BUILD_DIR (Maven output folder, default target), KEEP=1 keeps the folder,
# CROSSCHECK_JAR=FILE measures that jar (another version's) instead of building this one.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-../shared}
build=${BUILD_DIR:-target}
jar=${CROSSCHECK_JAR:-}
if [ -z "$jar" ]; then mvn -q -B -DbuildDir="$build" -Dmaven.test.skip=true package; jar="$build/crosscheck.jar"; fi
tmp=$(mktemp -d)
[ "${KEEP:-}" = 1 ] && echo "sets in $tmp" || trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/data" "$tmp" <<'PY'
import json, os, sys
sys.path.insert(0, 'src/eval')
import grouping_sets as g
data, out = sys.argv[1], sys.argv[2]
g.save(out, 'events', g.events(data))
def pinned():
    with open(os.path.join(data, 'summaries-dev/events.jsonl'), encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            for i, s in enumerate(e['sources']):
                body = ('---\ntitle: ' + g.yaml_string(' '.join(s['title'].split())) + '\nevent: neus-' + e['id'].replace('_', '-').lower()
                        + '\n---\n\n' + s['text'] + '\n')
                yield 'neus-' + e['id'] + '-' + str(i) + '.md', body, 'neus:' + e['id']
g.save(out, 'neus', pinned())
PY
for set in events neus; do
  CROSSCHECK_JAR="$jar" ./crosscheck build -q --no-cache --content "$tmp/$set/content" \
    --out "$tmp/$set/site" --digest "$tmp/$set/digest.json" >/dev/null 2>"$tmp/$set/err" \
    || { head -20 "$tmp/$set/err" >&2; exit 1; }
  python3 - "$tmp/$set/digest.json" "$set" "${1:-20}" <<'PY'
import json, random, sys
site = json.load(open(sys.argv[1], encoding='utf-8'))
quotes = [q for e in site['events'] for q in e['quotes']]
none = [q for q in quotes if not q['speaker']]
print(f"{sys.argv[2]}: {len(quotes)} quotes, {len(quotes) - len(none)} with a speaker "
      f"({(len(quotes) - len(none)) / max(1, len(quotes)):.1%}), {len(none)} without")
for q in random.Random(15).sample(none, min(int(sys.argv[3]), len(none))):
    print('  -', q['wordings'][0]['text'][:300])
PY
done
