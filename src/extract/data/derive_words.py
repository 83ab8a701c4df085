#!/usr/bin/env python3
"""Derives words.txt: English words that are only ever written in lowercase, from Debian's
`wamerican` and `wbritish` word lists (/usr/share/dict/american-english and british-english).
Run:

    apt-get install wamerican wbritish
    python3 derive_words.py > words.txt

A word is kept when neither list has it capitalised: "solicitor", "families" and "aides" are
kept, while "mark", "rose" and "bush" are left out because "Mark", "Rose" and "Bush" are names
too. Only ASCII words of three letters or more, without apostrophes. The name finder reads a
capitalised word on this list as an ordinary word, not a name (see words.rs, is_dictionary).
"""
import sys

LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]


def main():
    lists = sys.argv[1:] or LISTS
    words = [w.strip() for path in lists for w in open(path, encoding="utf-8")]
    capitalised = {w.lower() for w in words if w[:1].isupper()}
    keep = {
        w
        for w in words
        if w[:1].islower() and w.isascii() and w.isalpha() and len(w) >= 3 and w not in capitalised
    }
    print("# Derived from Debian's wamerican and wbritish by derive_words.py.")
    for w in sorted(keep):
        print(w)


if __name__ == "__main__":
    main()
