#!/usr/bin/env python3
"""Reference for the store benchmark (issue #7): a plain SQLite FTS5 table loaded by Python's sqlite3.

    python3 scripts/bench_store_reference.py DUMP_DIR --records 1000000 --db /tmp/reference.sqlite

DUMP_DIR is what `oogst-store-bench ... --dump DUMP_DIR` wrote: templates.tsv (the raw text and facet values
of the template records) and queries.tsv (the same fixed query set). Record i is template i mod T, as in the
Swift benchmark. The table indexes the raw text with unicode61 (diacritics removed) and no stemming; theme
filters go through a (code, id) table, rating and minimum score through a plain table. Prints the load
rate, the file size and search latency percentiles per query class (count + top 20 by bm25).
"""
import argparse
import csv
import os
import sqlite3
import sys
import time


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(-(-len(values) * p // 1)) - 1))
    return values[k]


def fts_phrase(text):
    """The user's words as FTS5 strings: "w1" "w2", a trailing * kept as a prefix, a quoted phrase kept."""
    text = text.strip()
    if text.startswith('"') and text.endswith('"') and len(text) > 1:
        return '"' + text[1:-1].replace('"', '""') + '"'
    out = []
    for w in text.split():
        prefix = w.endswith("*")
        w = w.rstrip("*").replace('"', '""')
        if w:
            out.append('"%s"%s' % (w, "*" if prefix else ""))
    return " ".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--db", default="/tmp/oogst-reference.sqlite")
    args = ap.parse_args()

    with open(os.path.join(args.dump, "templates.tsv"), newline="", encoding="utf-8") as f:
        templates = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(os.path.join(args.dump, "queries.tsv"), newline="", encoding="utf-8") as f:
        queries = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(args.db + suffix)
        except FileNotFoundError:
            pass
    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, description, keywords, publisher, themes, "
               "tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE TABLE meta (id INTEGER PRIMARY KEY, rating TEXT, score INTEGER)")
    db.execute("CREATE TABLE doc_theme (code TEXT, id INTEGER, PRIMARY KEY (code, id)) WITHOUT ROWID")

    t0 = time.perf_counter()
    page = 1000
    n = len(templates)
    for start in range(0, args.records, page):
        rows, meta, themes = [], [], []
        for i in range(start, min(args.records, start + page)):
            t = templates[i % n]
            rid = i + 1
            rows.append((rid, t["title"], t["description"], t["keywords"], t["publisher"], t["themes"]))
            meta.append((rid, t["rating"], int(t["score"])))
            themes.extend((c, rid) for c in t["theme_codes"].split())
        db.execute("BEGIN")
        db.executemany("INSERT INTO docs (rowid, title, description, keywords, publisher, themes) VALUES (?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO meta VALUES (?,?,?)", meta)
        db.executemany("INSERT INTO doc_theme VALUES (?,?)", themes)
        db.execute("COMMIT")
    load = time.perf_counter() - t0
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(args.db)
    print("reference load: %d records in %.1f s = %.0f records/s; database %.1f MB (%.0f bytes/record)"
          % (args.records, load, args.records / load, size / 1e6, size / max(1, args.records)))

    def run(q):
        match = fts_phrase(q["text"]) if q["text"] else ""
        where, params = [], []
        if q["theme"]:
            where.append("m.id IN (SELECT id FROM doc_theme WHERE code = ?)")
            params.append(q["theme"])
        if q["rating"]:
            where.append("m.rating = ?")
            params.append(q["rating"])
        if q["min_score"]:
            where.append("m.score >= ?")
            params.append(int(q["min_score"]))
        if match:
            base = "FROM docs JOIN meta m ON m.id = docs.rowid WHERE docs MATCH ?"
            params = [match] + params
            order = "bm25(docs, 10.0, 2.0, 5.0, 3.0, 2.0)"; direction = ""
        else:
            base = "FROM meta m WHERE 1"
            order = "m.score"; direction = " DESC"
        for w in where:
            base += " AND " + w
        db.execute("SELECT count(*) " + base, params).fetchone()
        db.execute("SELECT m.id, " + order + " AS r " + base + " ORDER BY r" + direction + " LIMIT 20", params).fetchall()

    for q in queries:  # warm-up pass, as in the Swift benchmark
        run(q)
    by_kind = {}
    every = []
    for q in queries:
        t = time.perf_counter()
        run(q)
        ms = (time.perf_counter() - t) * 1000
        by_kind.setdefault(q["kind"], []).append(ms)
        every.append(ms)
    print("reference search latency, hits + count, %d queries (ms):" % len(queries))
    for kind, values in list(by_kind.items()) + [("all", every)]:
        print("  %-28s n=%4d  p50 %7.2f  p95 %7.2f  p99 %7.2f"
              % (kind, len(values), percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99)))


if __name__ == "__main__":
    sys.exit(main())
