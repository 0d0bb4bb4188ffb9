#!/usr/bin/env python3
"""Compare two builds of oogst-store-bench by the CPU their bulk loads spend, run at the same time.

This machine's speed drifts by 10-20 % within minutes, so two loads run one after the other cannot tell a
change of a few per cent from the drift (docs/benchmarks.md, "The local catalog", session 21). Run at the
same time, both loads see the same machine; each reports the CPU its load spent on all its threads
(`load CPU:` in its output), and the ratio A/B of a pair is what counts. The two share the cores, so their
records/s say nothing about a load run alone.

    swift build -c release --product oogst-store-bench
    cp .build/release/oogst-store-bench /tmp/before-store-bench     # the build to compare against
    python3 scripts/bench_store_pair.py .build/release/oogst-store-bench /tmp/before-store-bench \\
        --templates bench-data/catalog-10000.nt --records 100000 --rounds 4

Check that both builds store the same rows before trusting a ratio (the bench's --dump, or sqlite3).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

CPU_LINE = re.compile(r"load CPU: ([0-9.]+) s")
RATE_LINE = re.compile(r"load: (\d+) records in ([0-9.]+) s = (\d+) records/s")


def start(binary, templates, records, db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return subprocess.Popen([binary, templates, "--records", str(records), "--queries", "0", "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def result(process, name):
    out, err = process.communicate()
    cpu, rate = CPU_LINE.search(out), RATE_LINE.search(out)
    if process.returncode != 0 or not cpu or not rate:
        sys.exit("%s failed (exit %d):\n%s%s" % (name, process.returncode, out, err))
    return float(cpu.group(1)), int(rate.group(3))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", help="oogst-store-bench build A (usually the new one)")
    ap.add_argument("b", help="oogst-store-bench build B (the one to compare against)")
    ap.add_argument("--templates", default="bench-data/catalog-10000.nt",
                    help="a gen_catalog.py catalog in N-Triples (default: %(default)s)")
    ap.add_argument("--records", type=int, default=100_000, help="records each load writes (default: %(default)s)")
    ap.add_argument("--rounds", type=int, default=4, help="pairs to run (default: %(default)s)")
    ap.add_argument("--dir", default=tempfile.gettempdir(), help="where the two databases go (default: %(default)s)")
    a = ap.parse_args()
    for binary in (a.a, a.b):
        if not os.access(binary, os.X_OK):
            sys.exit("not an executable: %s" % binary)
    if not os.path.exists(a.templates):
        sys.exit("no templates at %s (python3 ../shared/bench/gen_catalog.py 10000 --format ntriples -o %s)"
                 % (a.templates, a.templates))
    print("A = %s\nB = %s\n%d records a load, both at the same time: compare CPU, not records/s\n"
          % (a.a, a.b, a.records))
    print("| round | A: load CPU (records/s) | B: load CPU (records/s) | CPU A/B |")
    print("|---:|---:|---:|---:|")
    ratios = []
    for r in range(1, a.rounds + 1):
        # Which build starts first alternates, so neither always gets the head start.
        order = [("A", a.a), ("B", a.b)] if r % 2 else [("B", a.b), ("A", a.a)]
        running = {name: start(binary, a.templates, a.records, os.path.join(a.dir, "oogst-pair-%s.sqlite" % name))
                   for name, binary in order}
        got = {name: result(p, name) for name, p in running.items()}
        (ca, ra), (cb, rb) = got["A"], got["B"]
        ratios.append(ca / cb)
        print("| %d | %.2f s (%d) | %.2f s (%d) | %.3f |" % (r, ca, ra, cb, rb, ca / cb), flush=True)
    print("\nCPU A/B: median %.3f, A spent less in %d of %d pairs"
          % (statistics.median(ratios), sum(1 for x in ratios if x < 1), len(ratios)))
    for name in ("A", "B"):
        for suffix in ("", "-wal", "-shm"):
            path = os.path.join(a.dir, "oogst-pair-%s.sqlite%s" % (name, suffix))
            if os.path.exists(path):
                os.remove(path)


if __name__ == "__main__":
    main()
