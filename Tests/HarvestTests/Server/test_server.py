#!/usr/bin/env python3
"""Local HTTP server for the Harvest tests: one scenario per path, on 127.0.0.1 only.

Started by the tests (Tests/HarvestTests/TestServer.swift) with port 0; prints the chosen port as the
first line of stdout and exits when its stdin closes (so a crashed test run leaves no server behind).

Counters are kept per path and `key` query parameter, so tests running side by side never share one.
"""
import email.utils
import gzip
import hashlib
import json
import os
import sys
import threading
import zlib
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FIXTURES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Fixtures")

COUNTS = {}
COUNTS_LOCK = threading.Lock()

# The /feed scenario: per `key`, which variant it serves, whether it sends ETags, how long each page waits,
# and how many full answers and 304s it gave. Set through POST /control.
FEEDS = {}
FEEDS_LOCK = threading.Lock()

PREFIXES = """@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def count(key):
    with COUNTS_LOCK:
        COUNTS[key] = COUNTS.get(key, 0) + 1
        return COUNTS[key]


def datasets_ttl(prefix, numbers):
    out = []
    for n in numbers:
        out.append(f'<https://example.test/{prefix}/dataset/{n}> a dcat:Dataset ;\n'
                   f'    dct:title "{prefix} dataset {n}"@nl ;\n'
                   f'    dct:description "Dataset {n} of the {prefix} feed."@nl .\n')
    return "".join(out)


def datasets_rdfxml(prefix, numbers):
    out = []
    for n in numbers:
        out.append(f'  <dcat:Dataset rdf:about="https://example.test/{prefix}/dataset/{n}">\n'
                   f'    <dct:title xml:lang="nl">{prefix} dataset {n}</dct:title>\n'
                   f'  </dcat:Dataset>\n')
    return "".join(out)


def pages_of(numbers, size=2, revised=None):
    """Dataset numbers in pages of `size`; `revised` maps a number to its revision (its text changes)."""
    numbers = list(numbers)
    revised = revised or {}
    return [[(n, revised.get(n, 1)) for n in numbers[i:i + size]] for i in range(0, len(numbers), size)]


# What /feed serves, by variant: pages of (dataset number, revision), and pages that break (1-based).
FEED_VARIANTS = {
    "full": {"pages": pages_of(range(1, 11))},
    # 6 of the 10 datasets gone at once: the withdrawal guard must hold.
    "shrunk": {"pages": pages_of(range(1, 5))},
    # Dataset 5 removed, the rest the same.
    "minus5": {"pages": pages_of([n for n in range(1, 11) if n != 5])},
    # Dataset 3's text changed.
    "changed": {"pages": pages_of(range(1, 11), revised={3: 2})},
    # Dataset 3 moved from page 2 to page 1; then page 2 changes while page 1 does not.
    "moved": {"pages": [[(1, 1), (2, 1), (3, 1)], [(4, 1)], [(5, 1), (6, 1)], [(7, 1), (8, 1)], [(9, 1), (10, 1)]]},
    "moved-then-edited": {"pages": [[(1, 1), (2, 1), (3, 1)], [(4, 2)], [(5, 1), (6, 1)], [(7, 1), (8, 1)],
                                    [(9, 1), (10, 1)]]},
    # Dataset 3 on pages 1 and 2, the same on both, or revised on page 2: a run maps page 2 while page 1
    # is still being written, so only page 1's transaction knows what page 2 repeats.
    "repeated": {"pages": [[(1, 1), (2, 1), (3, 1)], [(3, 1), (4, 1)], [(5, 1), (6, 1)], [(7, 1), (8, 1)],
                           [(9, 1), (10, 1)]]},
    "repeated-revised": {"pages": [[(1, 1), (2, 1), (3, 1)], [(3, 2), (4, 1)], [(5, 1), (6, 1)], [(7, 1), (8, 1)],
                                   [(9, 1), (10, 1)]]},
    # Dataset 3 on pages 1 and 3: page 1 is written before page 3 is mapped.
    "repeated-later": {"pages": [[(1, 1), (2, 1), (3, 1)], [(4, 1)], [(3, 1), (5, 1), (6, 1)], [(7, 1), (8, 1)],
                                 [(9, 1), (10, 1)]]},
    # Page 3 is not Turtle; page 2's body is cut off.
    "malformed": {"pages": pages_of(range(1, 11)), "malformed": {3}},
    "truncated": {"pages": pages_of(range(1, 11)), "truncated": {2}},
    # 40 pages of 5, for runs that are killed or stopped half-way (with a delay per page).
    "long": {"pages": pages_of(range(1, 201), size=5)},
}


def feed_state(key):
    with FEEDS_LOCK:
        return FEEDS.setdefault(key, {"variant": "full", "etag": True, "delay": 0.0,
                                      "full": 0, "not_modified": 0, "requests": 0})


def feed_dataset_ttl(n, rev):
    text = f"Dataset {n} of the feed." if rev == 1 else f"Dataset {n} of the feed, revision {rev}."
    return (f'<https://example.test/feed/dataset/{n}> a dcat:Dataset ;\n'
            f'    dct:title "feed dataset {n}"@nl ;\n'
            f'    dct:description "{text}"@nl .\n')


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "OogstTestServer/1"

    def log_message(self, *args):
        pass

    # -- helpers ---------------------------------------------------------------------------------------

    def base(self):
        return f"http://{self.headers.get('Host')}"

    def send(self, status, body=b"", content_type="text/turtle; charset=utf-8", headers=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        if content_type and status != 304:
            self.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)

    def do_HEAD(self):
        self.route()

    def do_GET(self):
        self.route()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        parts = urlsplit(self.path)
        if parts.path != "/control":
            self.send(404, "no such control\n", "text/plain")
            return
        self.control({k: v[0] for k, v in parse_qs(parts.query).items()})

    def route(self):
        parts = urlsplit(self.path)
        path = parts.path
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        key = q.get("key", "")
        n = count((path, key))
        handler = ROUTES.get(path)
        if handler is None:
            for prefix, h in PREFIX_ROUTES:
                if path.startswith(prefix):
                    handler = h
                    break
        if handler is None:
            self.send(404, "no such scenario\n", "text/plain")
            return
        handler(self, path, q, n)

    # -- scenarios ---------------------------------------------------------------------------------------

    def headers_echo(self, path, q, n):
        body = json.dumps({k.lower(): v for k, v in self.headers.items()})
        self.send(200, body, "application/json")

    def count_of(self, path, q, n):
        with COUNTS_LOCK:
            c = COUNTS.get((q.get("path", ""), q.get("for", "")), 0)
        self.send(200, str(c), "text/plain")

    def control(self, q):
        """POST /control?key=K[&variant=V][&etag=0|1][&delay=SECONDS][&reset=1]: sets how /feed answers for K."""
        variant = q.get("variant")
        if variant is not None and variant not in FEED_VARIANTS:
            self.send(400, f"no variant {variant}\n", "text/plain")
            return
        state = feed_state(q.get("key", ""))
        with FEEDS_LOCK:
            if variant is not None:
                state["variant"] = variant
            if "etag" in q:
                state["etag"] = q["etag"] not in ("0", "false", "no")
            if "delay" in q:
                state["delay"] = float(q["delay"])
            if q.get("reset"):
                state.update(full=0, not_modified=0, requests=0)
            body = json.dumps(state)
        self.send(200, body, "application/json")

    def feed_stats(self, path, q, n):
        """How /feed answered for `key`: requests, full answers (200) and 304s."""
        state = feed_state(q.get("key", ""))
        with FEEDS_LOCK:
            body = json.dumps(state)
        self.send(200, body, "application/json")

    def feed(self, path, q, n):
        """A Hydra feed (PagedCollection, nextPage literals carrying the key) whose content is switched per
        key by POST /control. Pages carry an ETag derived from their bytes (unless etag=0) and answer
        If-None-Match with 304, so an unchanged page costs the client no parse."""
        key = q.get("key", "")
        state = feed_state(key)
        with FEEDS_LOCK:
            state["requests"] += 1
            variant, use_etag, delay = state["variant"], state["etag"], state["delay"]
        spec = FEED_VARIANTS[variant]
        pages = spec["pages"]
        page = int(q.get("page", "1"))
        if not 1 <= page <= len(pages):
            self.send(404, "no such page\n", "text/plain")
            return
        if delay:
            time.sleep(delay)
        if page in spec.get("truncated", ()):
            with FEEDS_LOCK:
                state["full"] += 1
            self.truncated(path, q, n)
            return
        me = f"{self.base()}/feed?key={key}&page={page}"
        total = sum(len(p) for p in pages)
        nxt = f'hydra:nextPage "{self.base()}/feed?key={key}&page={page + 1}" ;' if page < len(pages) else ""
        if page in spec.get("malformed", ()):
            # Line 7, column 15: a predicate with no object (the "." comes where the object should be).
            body = PREFIXES + f"\n<{me}> a hydra:PagedCollection ;\n    dct:title .\n"
        else:
            body = PREFIXES + f"\n<{me}> a hydra:PagedCollection ; {nxt} hydra:totalItems {total} .\n" + \
                "".join(feed_dataset_ttl(d, rev) for d, rev in pages[page - 1])
        raw = body.encode("utf-8")
        headers = {}
        if use_etag:
            tag = '"' + hashlib.sha256(raw).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if self.headers.get("If-None-Match") == tag:
                with FEEDS_LOCK:
                    state["not_modified"] += 1
                self.send(304, headers=headers)
                return
        with FEEDS_LOCK:
            state["full"] += 1
        try:
            self.send(200, raw, headers=headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client was killed mid-page (the kill -9 test)

    def hydra_paged(self, path, q, n):
        """Old design (ckanext-dcat): PagedCollection, nextPage as a literal; RDF/XML; 3 pages, 6 items.
        Page 1 names page 2 by an absolute literal, page 2 names page 3 by a relative one."""
        page = int(q.get("page", "1"))
        if page not in (1, 2, 3):
            self.send(404, "", "text/plain")
            return
        me = f"{self.base()}/hydra/paged?page={page}"
        nxt = ""
        if page == 1:
            nxt = f"<hydra:nextPage>{self.base()}/hydra/paged?page=2</hydra:nextPage>"
        elif page == 2:
            nxt = "<hydra:nextPage>paged?page=3</hydra:nextPage>"
        body = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
         xmlns:dct="http://purl.org/dc/terms/" xmlns:hydra="http://www.w3.org/ns/hydra/core#">
{datasets_rdfxml("paged", [2 * page - 1, 2 * page])}
  <hydra:PagedCollection rdf:about="{me}">
    <hydra:firstPage>{self.base()}/hydra/paged?page=1</hydra:firstPage>
    <hydra:lastPage>{self.base()}/hydra/paged?page=3</hydra:lastPage>
    {nxt}
    <hydra:itemsPerPage rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">2</hydra:itemsPerPage>
    <hydra:totalItems rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">6</hydra:totalItems>
  </hydra:PagedCollection>
</rdf:RDF>
"""
        self.send(200, body, "application/rdf+xml")

    def hydra_view(self, path, q, n):
        """New design (udata, NDE): collection with hydra:view -> PartialCollectionView with hydra:next as a
        relative IRI; Turtle; 2 pages, 4 items (totalItems says 5: a mismatch the walker reports)."""
        page = int(q.get("page", "1"))
        if page not in (1, 2):
            self.send(404, "", "text/plain")
            return
        nxt = "hydra:next <view?page=2> ;" if page == 1 else ""
        body = PREFIXES + f"""
<{self.base()}/catalog> a dcat:Catalog, hydra:Collection ;
    hydra:totalItems "5"^^xsd:integer ;
    hydra:view <view?page={page}> .
<view?page={page}> a hydra:PartialCollectionView ;
    {nxt}
    hydra:first <view?page=1> ;
    hydra:last <view?page=2> .
{datasets_ttl("view", [2 * page - 1, 2 * page])}"""
        self.send(200, body)

    def loop(self, path, q, n):
        """ckanext-dcat #260: the last page links back to the first."""
        page = int(q.get("page", "1"))
        nxt = 2 if page == 1 else 1
        body = PREFIXES + f"""
<{self.base()}/loop?page={page}> a hydra:PagedCollection ;
    hydra:nextPage "{self.base()}/loop?page={nxt}" ;
    hydra:totalItems 4 .
{datasets_ttl("loop", [2 * page - 1, 2 * page])}"""
        self.send(200, body)

    def malformed_middle(self, path, q, n):
        page = int(q.get("page", "1"))
        if page == 2:
            self.send(200, PREFIXES + "<https://example.test/broken> dct:title \"no end\n", "text/turtle")
            return
        nxt = f'hydra:nextPage "{self.base()}/malformed?page={page + 1}" ;' if page < 3 else ""
        body = PREFIXES + f"""
<{self.base()}/malformed?page={page}> a hydra:PagedCollection ; {nxt} hydra:totalItems 6 .
{datasets_ttl("malformed", [2 * page - 1, 2 * page])}"""
        self.send(200, body)

    def etag(self, path, q, n):
        tag = '"v1-abc"'
        modified = "Wed, 01 May 2024 10:00:00 GMT"
        if self.headers.get("If-None-Match") == tag:
            self.send(304, headers={"ETag": tag})
            return
        self.send(200, PREFIXES + datasets_ttl("etag", [1]), headers={"ETag": tag, "Last-Modified": modified})

    def last_modified(self, path, q, n):
        modified = "Wed, 01 May 2024 10:00:00 GMT"
        if self.headers.get("If-Modified-Since") == modified:
            self.send(304)
            return
        self.send(200, PREFIXES + datasets_ttl("lastmod", [1]), headers={"Last-Modified": modified})

    def gzip_page(self, path, q, n):
        body = (PREFIXES + datasets_ttl("gzip", range(1, 201))).encode("utf-8")
        accepts = "gzip" in (self.headers.get("Accept-Encoding") or "")
        if accepts:
            packed = gzip.compress(body)
            self.send(200, packed, headers={"Content-Encoding": "gzip", "X-Plain-Length": str(len(body))})
        else:
            self.send(200, body, headers={"X-Plain-Length": str(len(body))})

    def deflate_page(self, path, q, n):
        body = (PREFIXES + datasets_ttl("deflate", range(1, 51))).encode("utf-8")
        if "deflate" in (self.headers.get("Accept-Encoding") or ""):
            self.send(200, zlib.compress(body), headers={"Content-Encoding": "deflate"})
        else:
            self.send(200, body)

    def trickle(self, path, q, n):
        """Headers at once, then one byte every 0.2 s of an announced 100: only a total timeout ends it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", "100")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"#")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def flaky(self, path, q, n):
        """500 on the first request (per key), then the page."""
        if n == 1:
            self.send(500, "try again\n", "text/plain")
            return
        self.send(200, PREFIXES + datasets_ttl("flaky", [1]))

    def always_503(self, path, q, n):
        self.send(503, "down\n", "text/plain")

    def not_found(self, path, q, n):
        self.send(404, "gone\n", "text/plain")

    def rate_limited(self, path, q, n):
        """429 with Retry-After: 1 on the first request (per key); `date=1` gives an HTTP-date instead."""
        if n == 1:
            if q.get("date"):
                when = email.utils.formatdate(time.time() + 30, usegmt=True)
                self.send(429, "slow down\n", "text/plain", headers={"Retry-After": when})
            else:
                self.send(429, "slow down\n", "text/plain", headers={"Retry-After": "1"})
            return
        self.send(200, PREFIXES + datasets_ttl("ratelimited", [1]))

    def truncated(self, path, q, n):
        """Announces 5000 bytes, sends 120, closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", "5000")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write((PREFIXES + datasets_ttl("truncated", [1]))[:120].encode("utf-8"))
        self.wfile.flush()
        self.close_connection = True

    def huge(self, path, q, n):
        """2 MiB of Turtle comments without Content-Length (read until close): only a streaming cap stops it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Connection", "close")
        self.end_headers()
        line = b"# " + b"x" * 1021 + b"\n"
        try:
            for _ in range(2048):
                self.wfile.write(line)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def huge_announced(self, path, q, n):
        """Announces 50 MB; refused before the body is read."""
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(50_000_000))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(b"# " + b"x" * 65536)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def redirect(self, path, q, n):
        """/redirect/3 -> /redirect/2 -> /redirect/1 -> /redirect/0 (the page)."""
        step = int(path.rsplit("/", 1)[1])
        if step > 0:
            self.send(302, "", None, headers={"Location": f"/redirect/{step - 1}"})
            return
        self.send(200, PREFIXES + datasets_ttl("redirected", [1]))

    def slow(self, path, q, n):
        """Answers after 4 s: longer than the tests' 1 s connect timeout."""
        time.sleep(4)
        try:
            self.send(200, PREFIXES)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def links(self, path, q, n):
        name = path.rsplit("/", 1)[1]
        if name == "ok":
            self.send(200, "fine\n", "text/plain")
        elif name == "no-head":
            if self.command == "HEAD":
                self.send(405, "", "text/plain", headers={"Allow": "GET"})
            else:
                self.send(200, "fine\n", "text/plain")
        elif name == "head-501":
            if self.command == "HEAD":
                self.send(501, "", "text/plain")
            else:
                self.send(200, "fine\n", "text/plain")
        elif name == "moved":
            self.send(301, "", None, headers={"Location": "/links/ok"})
        elif name == "big-file":
            # A GET of this would download 30 MB; the link checker must stop after the headers.
            if self.command == "HEAD":
                self.send(405, "", "text/plain")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(30_000_000))
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                chunk = b"\0" * 65536
                for _ in range(458):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        else:
            self.send(404, "", "text/plain")

    def ckan(self, path, q, n):
        """package_search over the fixture's packages, honouring rows and start."""
        with open(os.path.join(FIXTURES, "ckan-package-search.json"), encoding="utf-8") as f:
            doc = json.load(f)
        packages = doc["result"]["results"]
        rows = int(q.get("rows", "10"))
        start = int(q.get("start", "0"))
        body = json.dumps({"help": "package_search", "success": True,
                           "result": {"count": len(packages), "sort": q.get("sort", ""),
                                      "results": packages[start:start + rows]}})
        self.send(200, body, "application/json")

    def ckan_error(self, path, q, n):
        body = json.dumps({"success": False, "error": {"message": "Search query could not be parsed", "__type": "Search Error"}})
        self.send(409, body, "application/json")


ROUTES = {
    "/headers": Handler.headers_echo,
    "/count": Handler.count_of,
    "/feed": Handler.feed,
    "/feed/stats": Handler.feed_stats,
    "/hydra/paged": Handler.hydra_paged,
    "/hydra/view": Handler.hydra_view,
    "/loop": Handler.loop,
    "/malformed": Handler.malformed_middle,
    "/etag": Handler.etag,
    "/lastmod": Handler.last_modified,
    "/gzip": Handler.gzip_page,
    "/deflate": Handler.deflate_page,
    "/trickle": Handler.trickle,
    "/flaky": Handler.flaky,
    "/down": Handler.always_503,
    "/missing": Handler.not_found,
    "/ratelimited": Handler.rate_limited,
    "/truncated": Handler.truncated,
    "/huge": Handler.huge,
    "/huge-announced": Handler.huge_announced,
    "/slow": Handler.slow,
    "/ckan/api/3/action/package_search": Handler.ckan,
    "/ckan-broken/api/3/action/package_search": Handler.ckan_error,
}
PREFIX_ROUTES = [("/redirect/", Handler.redirect), ("/links/", Handler.links)]


def watch_stdin():
    """The tests hold our stdin open; when they go away, so do we."""
    try:
        while sys.stdin.buffer.read(1024):
            pass
    finally:
        os._exit(0)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=watch_stdin, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
