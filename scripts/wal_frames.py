#!/usr/bin/env python3
"""Where a load's log bytes go: the frames in a catalog's write-ahead log, counted by the b-tree they belong to.

Every page a transaction dirties is written to the log once at commit (and again to the file at the next
checkpoint), so the frames since the last checkpoint show which tables and indexes a page of records
touches. Copy the database and its -wal while a load runs (the log first, so the copy of the file is not
older than it), then:

    cp /tmp/bench.sqlite-wal /tmp/copy.sqlite-wal.tmp && cp /tmp/bench.sqlite /tmp/copy.sqlite \\
        && mv /tmp/copy.sqlite-wal.tmp /tmp/copy.sqlite-wal
    python3 scripts/wal_frames.py /tmp/copy.sqlite --records-per-commit 1000

Only frames of the log's current generation (its header's salts) count; a last frame cut short is ignored
(checksums are not verified).
Pages are named with SQLite's `dbstat` table as of the copy's last commit.
"""
import argparse
import collections
import sqlite3
import struct
import sys


def frames(wal):
    """Page numbers of the valid frames, and how many of them end a transaction."""
    if len(wal) < 32:
        sys.exit("the log is empty (a checkpoint just ran?): copy it again")
    _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">IIIIIIII", wal[:32])
    pages, commits, offset = [], 0, 32
    while offset + 24 + page_size <= len(wal):
        page, size_after_commit, s1, s2, _, _ = struct.unpack(">IIIIII", wal[offset:offset + 24])
        if (s1, s2) != (salt1, salt2):
            break
        pages.append(page)
        commits += 1 if size_after_commit else 0
        offset += 24 + page_size
    return page_size, pages, commits


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", help="a copy of the catalog file, its -wal beside it")
    parser.add_argument("--records-per-commit", type=int, default=1000)
    args = parser.parse_args()
    with open(args.database + "-wal", "rb") as f:
        page_size, pages, commits = frames(f.read())
    owner = {}
    connection = sqlite3.connect("file:" + args.database + "?mode=ro", uri=True)
    for name, page in connection.execute("SELECT name, pageno FROM dbstat"):
        owner[page] = name
    counts = collections.Counter(owner.get(p, "(free or new)") for p in pages)
    per = max(commits, 1)
    print(f"page size {page_size}, {len(pages)} frames, {commits} commits")
    print(f"{'b-tree':40} {'frames':>7} {'a commit':>9} {'KB a record':>12}")
    for name, n in counts.most_common():
        print(f"{name:40} {n:7} {n / per:9.1f} {n * page_size / 1024 / per / args.records_per_commit:12.2f}")


if __name__ == "__main__":
    main()
