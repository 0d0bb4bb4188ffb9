#!/usr/bin/env python3
"""End-to-end harvest benchmark: `oogst harvest` over loopback on a synthetic Hydra-paged catalog.

For each serialization: generate N datasets in K Hydra pages with ../shared/bench/gen_catalog.py (page IRIs
point at this script's own HTTP server), serve the pages on 127.0.0.1 with ETag / Last-Modified and 304
answers, and run the release build three times on a fresh database under /usr/bin/time -v:

  1. first harvest         every page parsed, mapped, scored and stored
  2. re-harvest (304)      every page answers 304 Not Modified: records only marked seen
  3. re-harvest (re-sent)  validators ignored, every page sent and parsed again; unchanged hashes mean
                           nothing is rescored or rewritten (only seen marks)

Reports datasets/s, peak RSS and the wall time of each run, as Markdown rows for docs/benchmarks.md.

    swift build -c release --product oogst
    python3 scripts/bench_harvest.py --datasets 100000 --pages 100 --formats turtle ntriples

Comparing two builds: this machine's speed drifts by ±15 % within minutes, so a change is judged on first
harvests of both builds alternated, round after round, never on runs made at different times.
`--against OTHER --rounds N` runs only first harvests, `--oogst` then OTHER for each format in each round,
and prints every run and, per format, the median of each build and how many rounds the first one won.

    python3 scripts/bench_harvest.py --oogst .build/release/oogst --against /tmp/before/oogst --rounds 3

A change of a few per cent of CPU is lost in that drift. `--paired` runs the two builds' first harvests at
the same time instead (each on its own database, both from the same server), so both see the same machine,
and compares what each spent: CPU seconds (user + system), and the ratio A/B per pair with its median. The
two share the cores, so their wall times say nothing about a harvest run alone; only the CPU ratio counts.

    python3 scripts/bench_harvest.py --oogst .build/release/oogst --against /tmp/before/oogst --rounds 4 --paired
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = os.path.join(os.path.dirname(ROOT), "shared", "bench", "gen_catalog.py")
FORMATS = {
    "turtle": (".ttl", "text/turtle"),
    "ntriples": (".nt", "application/n-triples"),
    "rdfxml": (".rdf", "application/rdf+xml"),
    "jsonld": (".jsonld", "application/ld+json"),
}


class Pages:
    """What the server serves: /catalog?page=p -> <folder>/catalog-p%04d<ext>, and counters."""

    def __init__(self):
        self.folder = None
        self.ext = None
        self.media_type = None
        self.validators = True
        self.lock = threading.Lock()
        self.counts = {"200": 0, "304": 0, "404": 0}

    def count(self, status):
        with self.lock:
            self.counts[status] = self.counts.get(status, 0) + 1

    def reset(self):
        with self.lock:
            self.counts = {"200": 0, "304": 0, "404": 0}


PAGES = Pages()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        q = parse_qs(parts.query)
        try:
            page = int(q.get("page", ["1"])[0])
        except ValueError:
            page = -1
        path = os.path.join(PAGES.folder or "", "catalog-p%04d%s" % (page, PAGES.ext)) if parts.path == "/catalog" else ""
        if not path or not os.path.isfile(path):
            PAGES.count("404")
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        st = os.stat(path)
        etag = '"%x-%x"' % (st.st_mtime_ns, st.st_size)
        modified = formatdate(st.st_mtime, usegmt=True)
        if PAGES.validators and self.not_modified(etag, st.st_mtime):
            PAGES.count("304")
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        PAGES.count("200")
        self.send_response(200)
        self.send_header("Content-Type", PAGES.media_type)
        self.send_header("Content-Length", str(st.st_size))
        if PAGES.validators:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
        self.end_headers()
        with open(path, "rb") as f:
            self.wfile.flush()
            self.connection.sendfile(f)

    def not_modified(self, etag, mtime):
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")]
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return int(mtime) <= parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
        return False


def generate(n, pages, fmt, base, data_root):
    """Generates once per (format, n, pages, base); a marker file names what the folder holds."""
    ext = FORMATS[fmt][0]
    folder = os.path.join(data_root, "%s-%d-%d" % (fmt, n, pages))
    marker = os.path.join(folder, "GENERATED")
    want = json.dumps({"n": n, "pages": pages, "format": fmt, "base": base})
    if os.path.exists(marker) and open(marker).read() == want:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    command = [sys.executable, GENERATOR, str(n), "--pages", str(pages), "--format", fmt, "--base", base,
               "-o", os.path.join(folder, "catalog" + ext)]
    print("generating:", " ".join(command), flush=True)
    subprocess.run(command, check=True)
    with open(marker, "w") as f:
        f.write(want)
    return folder


def megabytes(folder, ext):
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(ext)) / 1e6


def time_report(report, wall):
    """(wall seconds, CPU seconds, peak RSS MB) from a /usr/bin/time -v report; `wall` when it has none."""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", report)
    if elapsed:
        parts = [float(x) for x in elapsed.group(1).split(":")]
        wall = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
    user = re.search(r"User time \(seconds\): ([\d.]+)", report)
    system = re.search(r"System time \(seconds\): ([\d.]+)", report)
    cpu = (float(user.group(1)) if user else 0) + (float(system.group(1)) if system else 0)
    return wall, cpu, (int(rss.group(1)) / 1024 if rss else float("nan"))


def timed(command):
    """Runs under /usr/bin/time -v; returns (wall seconds, CPU seconds, peak RSS MB, stdout, exit status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        started = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + command, cwd=ROOT, capture_output=True, text=True)
        wall = time.monotonic() - started
        report = open(t.name).read()
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-4000:])
    return time_report(report, wall) + (p.stdout, p.returncode)


def timed_together(commands):
    """Starts every command at once, each under /usr/bin/time -v; returns, in order, what `timed` does."""
    started = time.monotonic()
    running = []
    for command in commands:
        t = tempfile.NamedTemporaryFile("r", suffix=".time")
        p = subprocess.Popen(["/usr/bin/time", "-v", "-o", t.name] + command, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        running.append((t, p))
    results = []
    for t, p in running:
        out, err = p.communicate()
        report = open(t.name).read()
        t.close()
        if p.returncode != 0:
            sys.stderr.write(err[-4000:])
        # The report's own wall time: the process collected second may have finished first.
        results.append(time_report(report, time.monotonic() - started) + (out, p.returncode))
    return results


def compare_paired(a, base, work, problems):
    """First harvests of `a.oogst` and `a.against` run at the same time, per format, `a.rounds` times."""
    print("A = %s\nB = %s (run at the same time: compare CPU, not wall time)" % (a.oogst, a.against))
    print("\n| round | format | load | A: CPU (wall) | B: CPU (wall) | CPU A/B |")
    print("|---:|---|---:|---:|---:|---:|")
    ratios = {}
    for r in range(1, a.rounds + 1):
        for fmt in a.formats:
            config = serve(a, fmt, base, work)
            dbs = [os.path.join(work, "bench-%s-%s.sqlite" % (fmt, name)) for name in ("A", "B")]
            for db in dbs:
                remove_db(db)
            PAGES.reset()
            load = os.getloadavg()[0]
            # Which build starts first alternates, so neither always gets the head start.
            order = [0, 1] if r % 2 else [1, 0]
            binaries = [a.oogst, a.against]
            results = timed_together([[binaries[i], "harvest", "--config", config, "--db", dbs[i], "--json"] for i in order])
            by_build = {order[k]: results[k] for k in range(2)}
            good = True
            for i, name in enumerate(("A", "B")):
                wall, cpu, rss, out, status = by_build[i]
                report = run_report(out)
                remove_db(dbs[i])
                if status != 0 or report.get("added") != a.datasets or report.get("status") != "succeeded":
                    problems.append("round %d %s %s: exit %d, %s" % (r, fmt, name, status, report))
                    good = False
            (wa, ca, _, _, _), (wb, cb, _, _, _) = by_build[0], by_build[1]
            # A pair counts only when both harvests did what they should.
            if good and cb > 0:
                ratios.setdefault(fmt, []).append(ca / cb)
            print("| %d | %s | %.1f | %.1f s (%.1f s) | %.1f s (%.1f s) | %s |" % (
                r, fmt, load, ca, wa, cb, wb, "%.3f" % (ca / cb) if good and cb > 0 else "-"), flush=True)
    print("\n| format | CPU A/B, median | A used less CPU | range |")
    print("|---|---:|---:|---:|")
    for fmt in a.formats:
        rs = ratios.get(fmt, [])
        if rs:
            print("| %s | %.3f | %d of %d | %.3f–%.3f |" % (fmt, statistics.median(rs), sum(1 for x in rs if x < 1),
                                                          len(rs), min(rs), max(rs)))
    every = [x for rs in ratios.values() for x in rs]
    if every:
        print("\nall pairs: median CPU A/B %.3f, A used less CPU in %d of %d" % (
            statistics.median(every), sum(1 for x in every if x < 1), len(every)))
    exit_on_problems(problems)


def run_report(stdout):
    try:
        return json.loads(stdout)["runs"][0]
    except (ValueError, KeyError, IndexError):
        return {}


def exit_on_problems(problems):
    if problems:
        print("\nRUNS THAT DID NOT DO WHAT THEY SHOULD (their figures do not count):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


def serve(a, fmt, base, work):
    """Generates (or reuses) `fmt`'s pages, has the server serve them, and returns a configuration for them."""
    ext, media_type = FORMATS[fmt]
    folder = generate(a.datasets, a.pages, fmt, base, a.data)
    PAGES.folder, PAGES.ext, PAGES.media_type, PAGES.validators = folder, ext, media_type, True
    return write_config(work, fmt, base)


def write_config(work, fmt, base):
    config = os.path.join(work, "bench-%s.yaml" % fmt)
    with open(config, "w") as f:
        f.write("contact: mailto:bench@oogst.example\nhost_interval: 0s\nretries: 1\nmax_body_size: 2GiB\n"
                "total_timeout: 30m\nsources:\n  - id: bench-%s\n    url: \"%s/catalog?page=1\"\n"
                "    schedule: 1d\n" % (fmt, base))
    return config


def remove_db(db):
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def compare(a, base, work, problems):
    """First harvests of `a.oogst` and `a.against`, alternated per format, `a.rounds` times."""
    builds = [("A", a.oogst), ("B", a.against)]
    runs = {}  # (fmt, build) -> [(wall, cpu, rss)]
    print("A = %s\nB = %s" % (a.oogst, a.against))
    print("\n| round | format | build | load | first harvest (CPU) | datasets/s | peak RSS |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for r in range(1, a.rounds + 1):
        for fmt in a.formats:
            config = serve(a, fmt, base, work)
            for name, binary in builds:
                db = os.path.join(work, "bench-%s-%s.sqlite" % (fmt, name))
                remove_db(db)
                PAGES.reset()
                load = os.getloadavg()[0]
                wall, cpu, rss, out, status = timed([binary, "harvest", "--config", config, "--db", db, "--json"])
                report = run_report(out)
                remove_db(db)
                if status != 0 or report.get("added") != a.datasets or report.get("status") != "succeeded":
                    problems.append("round %d %s %s: exit %d, %s" % (r, fmt, name, status, report))
                runs.setdefault((fmt, name), []).append((wall, cpu, rss))
                print("| %d | %s | %s | %.1f | %.1f s (%.1f s) | %s | %.0f MB |" % (
                    r, fmt, name, load, wall, cpu, "{:,.0f}".format(a.datasets / wall), rss), flush=True)
    print("\n| format | A median (CPU) | B median (CPU) | rounds A faster | A datasets/s, range |")
    print("|---|---:|---:|---:|---:|")
    for fmt in a.formats:
        ra, rb = runs[(fmt, "A")], runs[(fmt, "B")]
        wins = sum(1 for x, y in zip(ra, rb) if x[0] < y[0])
        rates = sorted(a.datasets / w for w, _, _ in ra)
        print("| %s | %.1f s (%.1f s) | %.1f s (%.1f s) | %d of %d | %s–%s |" % (
            fmt, statistics.median(w for w, _, _ in ra), statistics.median(c for _, c, _ in ra),
            statistics.median(w for w, _, _ in rb), statistics.median(c for _, c, _ in rb), wins, len(ra),
            "{:,.0f}".format(rates[0]), "{:,.0f}".format(rates[-1])))
    exit_on_problems(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", type=int, default=100_000)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--formats", nargs="+", default=["turtle", "ntriples", "rdfxml", "jsonld"], choices=sorted(FORMATS))
    ap.add_argument("--port", type=int, default=18_321, help="fixed, so generated pages can be reused between runs")
    ap.add_argument("--data", default=os.path.join(ROOT, "bench-data", "harvest"))
    ap.add_argument("--oogst", default=os.path.join(ROOT, ".build", "release", "oogst"))
    ap.add_argument("--skip-resent", action="store_true", help="skip the re-harvest with validators ignored")
    ap.add_argument("--keep-db", action="store_true")
    ap.add_argument("--against", help="a second build: alternate first harvests of both (see above)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of alternated first harvests with --against")
    ap.add_argument("--paired", action="store_true",
                    help="with --against: run both builds at the same time and compare their CPU (see above)")
    a = ap.parse_args()
    for binary in [a.oogst] + ([a.against] if a.against else []):
        if not os.path.exists(binary):
            sys.exit("no %s: swift build -c release --product oogst" % binary)

    base = "http://127.0.0.1:%d" % a.port
    server = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    work = tempfile.mkdtemp(prefix="oogst-bench-harvest-")
    rows = []
    problems = []
    try:
        if a.against:
            (compare_paired if a.paired else compare)(a, base, work, problems)
            return
        for fmt in a.formats:
            config = serve(a, fmt, base, work)
            folder, ext = PAGES.folder, PAGES.ext
            db = os.path.join(work, "bench-%s.sqlite" % fmt)
            command = [a.oogst, "harvest", "--config", config, "--db", db, "--json"]
            load = os.getloadavg()[0]
            results = {}
            for label, validators in [("first", True), ("304", True), ("resent", False)]:
                if label == "resent" and a.skip_resent:
                    continue
                PAGES.validators = validators
                PAGES.reset()
                print("%s: %s harvest ..." % (fmt, label), flush=True)
                wall, cpu, rss, out, status = timed(command)
                report = run_report(out)
                results[label] = (wall, rss, report, dict(PAGES.counts), cpu)
                print("  %.1f s (CPU %.1f s), peak RSS %.0f MB, exit %d, %s, server %s" % (
                    wall, cpu, rss, status, {k: report.get(k) for k in ("status", "pages", "added", "updated", "unchanged", "withdrawn", "failed")},
                    PAGES.counts), flush=True)
                # A figure only counts when the run did what it should: every dataset added once, then
                # every dataset unchanged, nothing updated, withdrawn or failed.
                expected = {"status": "succeeded", "pages": a.pages, "updated": 0, "withdrawn": 0, "failed": 0,
                            "added": a.datasets if label == "first" else 0,
                            "unchanged": 0 if label == "first" else a.datasets}
                wrong = {k: report.get(k) for k, v in expected.items() if report.get(k) != v}
                if status != 0 or wrong:
                    problems.append("%s %s harvest: exit %d, expected %s, got %s" % (fmt, label, status, expected, wrong))
            if not a.keep_db:
                remove_db(db)
            rows.append((fmt, megabytes(folder, ext), load, results))
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)

    # Wall time depends on what else the machine runs; CPU time (user + system) much less so.
    print("\n| format | MB | load | first harvest (CPU) | datasets/s | peak RSS | re-harvest, 304s (CPU) | peak RSS "
          "| re-harvest, pages re-sent (CPU) | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for fmt, mb, load, r in rows:
        first, nm, resent = r.get("first"), r.get("304"), r.get("resent")
        n = first[2].get("added", 0) if first else 0
        cells = [fmt, "%.0f" % mb, "%.1f" % load]
        cells += ["%.1f s (%.1f s)" % (first[0], first[4]), "{:,.0f}".format(n / first[0]) if first[0] else "-",
                  "%.0f MB" % first[1]]
        cells += ["%.1f s (%.1f s)" % (nm[0], nm[4]), "%.0f MB" % nm[1]] if nm else ["-", "-"]
        cells += ["%.1f s (%.1f s)" % (resent[0], resent[4]), "%.0f MB" % resent[1]] if resent else ["-", "-"]
        print("| " + " | ".join(cells) + " |")
    exit_on_problems(problems)


if __name__ == "__main__":
    main()
