#!/usr/bin/env python3
"""Builds the SQLite FTS5 database the match benchmark compares with: one row per
record of text.tsv (id, title, body, as bench/generate.py writes it), tokenizer
unicode61 (FTS5 has no Danish stemmer). python3 standard library only.

usage: bench/fts5_build.py TEXT_TSV OUT.sqlite
"""

import os
import sqlite3
import sys
import time


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                yield parts


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    if os.path.exists(target):
        os.remove(target)
    start = time.time()
    db = sqlite3.connect(target)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='unicode61')")
    with db:
        db.executemany("INSERT INTO docs(id, title, body) VALUES (?, ?, ?)", rows(source))
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.commit()
    count = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    db.close()
    print("fts5_build: %d rows in %.1f s -> %s" % (count, time.time() - start, target), file=sys.stderr)


if __name__ == "__main__":
    main()
