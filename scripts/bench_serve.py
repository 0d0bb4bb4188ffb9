#!/usr/bin/env python3
"""`oogst serve` under load: wrk over loopback against a catalog database.

Starts `oogst serve` on a free loopback port, waits for /health, then runs wrk for each request class:

  health            GET /health
  dataset JSON      GET /api/v1/datasets/{id}             (one record, rotating over 1,000 ids)
  dataset HTML      GET /datasets/{id}                    (same ids)
  search, repeated  GET /api/v1/datasets?q=WORD           (one query, over and over: what a popular
                                                           query or a facet click costs)
  search, distinct  GET /api/v1/datasets?q=...           (5,000 different queries in turn: single words,
                                                           word + theme filter, two words, prefixes; the
                                                           row says how many requests were sent, so one can
                                                           see that no query was asked twice)

The distinct set is built from the database's own titles and facet values with a fixed seed, so every
query has hits. A Lua script makes wrk rotate over the paths. Each class gets a warm-up run of
`--warmup` seconds over a disjoint set of paths (other ids, other queries) before the measured run, so
the figures are steady state; the cost of the very first search after start-up is printed separately. Peak RSS of the server comes from
/proc/PID/status (VmHWM). Prints one Markdown table row per class.

    swift build -c release --product oogst
    .build/release/oogst-store-bench bench-data/catalog-10000.nt --records 100000 --queries 0 --db /tmp/serve.sqlite
    python3 scripts/bench_serve.py --db /tmp/serve.sqlite --duration 10
"""
import argparse
import os
import random
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import quote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def distinct_queries(db_path, n, seed):
    """n different search paths whose words occur in the catalog."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    titles = [t for (t,) in db.execute("SELECT title FROM record ORDER BY id LIMIT 20000")]
    themes = [v for (v,) in db.execute("SELECT value FROM facet_value WHERE facet = 'theme'")]
    words = sorted({w.lower() for t in titles for w in re.findall(r"[A-Za-zÀ-ÿ]{5,}", t)})
    rng = random.Random(seed)
    out = set()
    # Single words, two words, prefixes, each alone or with a theme filter: ~100 words give well over
    # 10,000 different queries, so a 10 s run never asks one twice.
    while len(out) < n:
        kind = rng.random()
        w = rng.choice(words)
        if kind < 0.3:
            q = f"q={w}"
        elif kind < 0.7:
            q = f"q={w}+{rng.choice(words)}"
        else:
            q = f"q={w[:4]}*+{rng.choice(words)}"
        if themes and rng.random() < 0.4:
            q += f"&theme={rng.choice(themes)}"
        out.add(q)
    return ["/api/v1/datasets?" + quote(q, safe="=&+") for q in sorted(out)]


def lua_rotation(paths):
    body = ",\n".join('  "%s"' % p for p in paths)
    return ("paths = {\n" + body + "\n}\n"
            "counter = 0\n"
            "request = function()\n"
            "  counter = counter + 1\n"
            "  return wrk.format(nil, paths[(counter % #paths) + 1])\n"
            "end\n")


def parse_wrk(text):
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = {}
    for pct, value, unit in re.findall(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M):
        factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
        lat[pct] = float(value) * factor
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rate, lat.get("50"), lat.get("99"), int(errors.group(1)) if errors else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/oogst"))
    ap.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--queries", type=int, default=5000)
    ap.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per class")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--word", default="waterstanden", help="the repeated search")
    args = ap.parse_args()

    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    ids = [i for (i,) in db.execute("SELECT id FROM record WHERE withdrawn_at IS NULL ORDER BY id")]
    db.close()
    rng = random.Random(args.seed)
    picked = rng.sample(ids, min(2000, len(ids)))
    sample, warm_ids = picked[:1000], picked[1000:]
    port = free_port()
    server = subprocess.Popen([args.binary, "serve", "--db", args.db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/health", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit("server did not answer /health")
        started = time.monotonic()
        urllib.request.urlopen(f"{base}/api/v1/datasets?q={args.word}", timeout=60).read()
        print(f"first search after start-up: {(time.monotonic() - started) * 1000:.0f} ms\n")
        queries = distinct_queries(args.db, 2 * args.queries, args.seed)
        measured_queries, warm_queries = queries[0::2], queries[1::2]
        classes = [
            ("`/health`", ["/health"], ["/health"]),
            ("`/api/v1/datasets/{id}` (JSON), 1,000 ids", [f"/api/v1/datasets/{i}" for i in sample],
             [f"/api/v1/datasets/{i}" for i in warm_ids]),
            ("`/datasets/{id}` (HTML), 1,000 ids", [f"/datasets/{i}" for i in sample], [f"/datasets/{i}" for i in warm_ids]),
            (f"search, one repeated query `q={args.word}`", [f"/api/v1/datasets?q={args.word}"],
             [f"/api/v1/datasets?q={args.word}"]),
            (f"search, {args.queries:,} distinct queries in turn", measured_queries, warm_queries),
        ]
        print("| request | requests sent | requests/s | p50 ms | p99 ms | non-2xx |")
        print("|---|---:|---:|---:|---:|---:|")
        with tempfile.TemporaryDirectory() as tmp:
            def wrk(paths, seconds):
                script = os.path.join(tmp, "rotate.lua")
                with open(script, "w") as f:
                    f.write(lua_rotation(paths))
                return subprocess.run(["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s",
                                       "--latency", "-s", script, base], capture_output=True, text=True, check=True).stdout
            for name, paths, warm in classes:
                if args.warmup > 0:
                    wrk(warm, args.warmup)
                out = wrk(paths, args.duration)
                rate, p50, p99, errors = parse_wrk(out)
                sent = int(re.search(r"(\d+) requests in", out).group(1))
                print(f"| {name} | {sent:,} | {rate:,.0f} | {p50:.2f} | {p99:.2f} | {errors} |", flush=True)
        with open(f"/proc/{server.pid}/status") as f:
            status = {line.split(":")[0]: line.split()[1] for line in f if line.startswith(("VmHWM", "RssAnon", "RssFile"))}
        mb = {k: int(v) // 1024 for k, v in status.items()}
        # The server maps the database file: those pages are the kernel's page cache (shared, reclaimable)
        # but count in RSS once per mapping connection, so the split says more than the peak.
        print(f"\nserver peak RSS: {mb['VmHWM']} MB; at the end: anonymous {mb['RssAnon']} MB, "
              f"mapped file pages {mb['RssFile']} MB")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
