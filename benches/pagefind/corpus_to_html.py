#!/usr/bin/env python3
"""Writes the generated corpus (gen_corpus.py OUT N) as minimal HTML article pages so Pagefind
can index the same 10k articles as dossier's own search index, for the comparison in the
search README section. usage: corpus_to_html.py OUT/dossier/content/articles SITE_DIR"""
import os, html, re, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    raw = open(os.path.join(src, name), encoding='utf-8').read()
    front, body = raw[4:].split('\n+++\n', 1)
    title = re.search(r'^title = "(.*)"$', front, re.M).group(1)
    paras = ''.join('<p>%s</p>' % html.escape(p.strip('> ')) for p in body.split('\n\n') if p.strip())
    d = os.path.join(out, 'articles', name[:-3]); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, 'index.html'), 'w').write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body><main data-pagefind-body><h1>%s</h1>%s</main></body></html>' % (html.escape(title), html.escape(title), paras))
