#!/usr/bin/env python3
"""Writes the three grouping development sets as content folders a curator would have, and their gold groups.

  events   events-dev (ECB+): 772 tokenised news texts of 66 events, as .txt reports
  neus     summaries-dev unpinned: the 921 reports of 307 NeuS events, as .md reports with their titles and no
           `event:` pin (no dates, short leads, different framings of one story)
  mix      both, plus the 966 extraction-dev and 180 extraction-news-dev pages as raw HTML, each page its own event

Usage: grouping_sets.py DATA OUT   (writes OUT/<set>/content/articles/* and OUT/<set>/gold.tsv, keyed by file name)
"""
import gzip
import json
import os
import sys


def write(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
        f.write(text)


def events(data):
    gold = dict(line.rstrip('\n').split('\t') for line in open(os.path.join(data, 'events-dev/gold.tsv')))
    with open(os.path.join(data, 'events-dev/articles.jsonl'), encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            yield 'ecb-' + a['id'] + '.txt', a['text'] + '\n', 'ecb:' + gold[a['id']]


def yaml_string(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def neus(data):
    with open(os.path.join(data, 'summaries-dev/events.jsonl'), encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            for i, s in enumerate(e['sources']):
                body = '---\ntitle: ' + yaml_string(' '.join(s['title'].split())) + '\n---\n\n' + s['text'] + '\n'
                yield 'neus-' + e['id'] + '-' + str(i) + '.md', body, 'neus:' + e['id']


def pages(data):
    for folder, prefix in (('extraction-dev', 'dragnet-'), ('extraction-news-dev', 'news-')):
        html = os.path.join(data, folder, 'html')
        for name in sorted(os.listdir(html)):
            page = gzip.open(os.path.join(html, name)).read()
            stem = prefix + name[:-len('.html.gz')]
            yield stem + '.html', page, 'page:' + stem


def save(out, name, reports):
    articles = os.path.join(out, name, 'content', 'articles')
    os.makedirs(articles, exist_ok=True)
    with open(os.path.join(out, name, 'gold.tsv'), 'w', encoding='utf-8') as gold:
        for file, body, group in reports:
            mode = 'wb' if isinstance(body, bytes) else 'w'
            with open(os.path.join(articles, file), mode, **({} if mode == 'wb' else {'encoding': 'utf-8'})) as f:
                f.write(body)
            gold.write('articles/' + file + '\t' + group + '\n')
    write(os.path.join(out, name, 'content'), 'site.yml', 'title: Grouping set ' + name + '\n')


def main():
    data, out = sys.argv[1], sys.argv[2]
    save(out, 'events', events(data))
    save(out, 'neus', neus(data))
    save(out, 'mix', list(events(data)) + list(neus(data)) + list(pages(data)))


if __name__ == '__main__':
    main()
