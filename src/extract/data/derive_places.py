#!/usr/bin/env python3
"""Derives places.tsv from Debian's iso-codes package (ISO 3166-1 countries, ISO 3166-2 states
and provinces). Run: python3 derive_places.py > places.tsv (needs `apt-get install iso-codes`).

Output lines: KIND<TAB>NAME<TAB>ALIAS|ALIAS. KIND is `country` (always trusted) or `region`
(a subdivision: trusted only when no person in the article owns the word as a surname).
"""
import json

BASE = "/usr/share/iso-codes/json/"
# Subdivision types that name places a news story would mention by name.
TYPES = {"State", "Province", "Department", "Governorate", "Prefecture", "Region",
         "Capital district", "Federal district", "Autonomous community", "Autonomous region",
         "Country", "Nation", "Emirate", "Oblast", "Republic", "Territory", "Federal territory"}
# Subdivision names that are ordinary English words or too vague to mean one place.
VAGUE = {"central", "northern", "southern", "eastern", "western", "north", "south", "east",
         "west", "capital", "centre", "center", "coast", "lakes", "upper", "lower", "islands",
         "north east", "north west", "south east", "south west", "national capital",
         "distrito capital", "capital district", "littoral", "plateau", "highlands",
         "lakes", "mountain", "border", "interior", "federal", "metropolitana", "maritime"}


def clean(name):
    # "Eastern Visayas (Region VIII)": a trailing note in brackets is no part of the name.
    if name.endswith(")") and " (" in name:
        name = name[: name.index(" (")]
    return name if "," not in name and "(" not in name else None


def main():
    print("# Derived from Debian iso-codes 4.15 (ISO 3166-1 and ISO 3166-2 JSON) by derive_places.py.")
    countries = json.load(open(BASE + "iso_3166-1.json", encoding="utf-8"))["3166-1"]
    for c in countries:
        names = [c.get("common_name"), clean(c["name"]), c.get("official_name")]
        names = [n for n in names if n]
        if not names:
            continue
        main_name, aliases = names[0], sorted(set(names[1:]) - {names[0]})
        print(f"country\t{main_name}\t{'|'.join(aliases)}")
    subs = json.load(open(BASE + "iso_3166-2.json", encoding="utf-8"))["3166-2"]
    seen = set()
    for s in subs:
        name = clean(s["name"])
        if not name or s["type"] not in TYPES or name.lower() in VAGUE or name in seen:
            continue
        if not all(w[:1].isupper() or w in ("de", "del", "la", "and", "of", "the") for w in name.split()):
            continue
        seen.add(name)
        print(f"region\t{name}\t")


main()
