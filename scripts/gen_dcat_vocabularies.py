#!/usr/bin/env python3
"""Generates Sources/DCAT/Vocabularies/Generated*.swift from ../shared/specs/vocabularies.

Run once when a vocabulary snapshot changes:  python3 scripts/gen_dcat_vocabularies.py
Needs `rapper` (raptor2-utils) to turn the RDF files into N-Triples. The output is committed;
the build never runs this script. Each table is a tab-separated string literal that the
`VocabularyTable` type splits on first use: huge Swift collection literals make the type checker
crawl, a string literal costs nothing to compile.
"""
import csv, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOC = os.path.join(os.path.dirname(ROOT), "shared", "specs", "vocabularies")
OUT = os.path.join(ROOT, "Sources", "DCAT", "Vocabularies")

NT = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:@[A-Za-z-]+|\^\^<[^>]*>)?|_:\S+) \.$')

def unescape(s):
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in s else s

def triples(path, fmt):
    out = subprocess.run(["rapper", "-q", "-i", fmt, "-o", "ntriples", path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = NT.match(line)
        if not m: continue
        s, p, o = m.groups()
        if o.startswith('"'):
            lm = re.match(r'^"(.*)"(?:@([A-Za-z-]+)|\^\^<[^>]*>)?$', o, re.S)
            yield s, p, ("lit", unescape(lm.group(1)), (lm.group(2) or "").lower())
        elif o.startswith("<"):
            yield s, p, ("iri", o[1:-1], "")

SKOS = "http://www.w3.org/2004/02/skos/core#"
PREF = SKOS + "prefLabel"
DCID = "http://purl.org/dc/elements/1.1/identifier"

def labels(path, fmt, base):
    """code -> {lang: label} for concepts under `base`."""
    res = {}
    for s, p, o in triples(path, fmt):
        if not s.startswith(base): continue
        code = s[len(base):]
        if "/" in code or not code: continue
        d = res.setdefault(code, {})
        if p == PREF and o[0] == "lit": d[o[2]] = o[1]
    return res

def clean(s):
    return s.replace("\t", " ").replace("\n", " ").replace("\\", "\\\\").replace('"', '\\"')

def table(name, doc, rows):
    body = "\n".join("\t".join(clean(c) for c in r) for r in rows)
    return f'    /// {doc}\n    static let {name} = VocabularyTable("""\n{body}\n""")\n\n'

EU = "http://publications.europa.eu/resource/authority/"

# Machine-readable: the project's own judgement of formats a program can parse without a human
# (structured data, not documents or images). The EU file-type NAL carries no such flag.
MACHINE_READABLE = set("""CSV TSV JSON JSON_LD GEOJSON XML RDF RDF_XML RDF_TURTLE RDF_N_TRIPLES RDF_N_QUADS RDF_TRIG N3
RDFA XLSX XLS ODS SHP GML KML KMZ GPKG NETCDF HDF HDF5 GRIB GRIB2 PARQUET AVRO ORC DBF XSD SPARQLQ SPARQLQRES
TAB MDB ACCDB SQL WFS_SRVC WMS_SRVC WCS_SRVC OWL SKOS_XML GEOTIFF TIFF_FX DCR ATOM RSS ICAL YAML TXT XHTML HTML
ZIP GZIP TAR TAR_GZ TAR_XZ BZIP2 7Z DBF GDB E00 MIF_MID ESRI_SHAPE LAS LAZ WARC JSON_LINES NDJSON XLSB XLSM
OAPI_FEATURES OAPI_RECORDS OAPI_TILES OAPI_MAPS SDMX CSVW GTFS GTFS_RT NETEX SIRI DATEX_II MVT""".split())

def filetypes():
    nonprop = {}
    with open(os.path.join(VOC, "eu", "mqa-file-types.csv")) as f:
        for row in csv.reader(f):
            if len(row) >= 3: nonprop[row[1]] = row[2].strip().lower() == "true"
    codes = {}
    for path, fmt in (("eu/filetypes-skos-ap-act.rdf", "rdfxml"), ("eu/filetypes-sparql-result.ttl", "turtle")):
        for s, p, o in triples(os.path.join(VOC, path), fmt):
            base = EU + "file-type/"
            if s.startswith(base) and "/" not in s[len(base):]:
                code = s[len(base):]
                codes.setdefault(code, "")
                if p == PREF and o[0] == "lit" and o[2] == "en": codes[code] = o[1]
                if p == "http://publications.europa.eu/ontology/euvoc#nonPropExt": nonprop.setdefault(code, True)
    rows = []
    for code in sorted(set(codes) | set(nonprop)):
        rows.append((code, "1" if nonprop.get(code) else "0", "1" if code in MACHINE_READABLE else "0", codes.get(code, "")))
    return rows

# The IANA snapshot in shared/specs holds (nearly) only application/*. These registered types of the other
# top-level trees, the ones data portals use, complete it (from the IANA media-types registry).
IANA_OTHER = """text/csv text/html text/plain text/xml text/css text/javascript text/markdown text/calendar
text/tab-separated-values text/turtle text/n3 text/rtf text/uri-list text/vcard text/csv-schema text/richtext
text/sgml text/enriched text/directory text/vnd.wap.wml text/vnd.a text/spreadsheet text/troff text/shaclc
image/png image/jpeg image/gif image/tiff image/svg+xml image/bmp image/webp image/jp2 image/jpx image/heic
image/heif image/avif image/vnd.microsoft.icon image/x-icon image/emf image/wmf image/fits image/dicom-rle
audio/mpeg audio/ogg audio/wav audio/mp4 audio/aac audio/flac audio/opus audio/webm
video/mp4 video/mpeg video/ogg video/quicktime video/webm video/h264 video/mp2t
model/gltf+json model/gltf-binary model/obj model/stl model/3mf model/vrml model/x3d+xml model/iges model/mesh
font/woff font/woff2 font/ttf font/otf multipart/form-data multipart/mixed multipart/related
message/rfc822 message/http""".split()

def iana():
    types = set(IANA_OTHER)
    for s, p, o in triples(os.path.join(VOC, "eu/iana-media-types.ttl"), "turtle"):
        if p == "http://purl.org/dc/terms/identifier" and o[0] == "lit": types.add(o[1].lower())
    return [(t,) for t in sorted(types)]

def licences():
    base = EU + "licence/"
    info = {}
    for s, p, o in triples(os.path.join(VOC, "eu/licences-sparql-result.ttl"), "turtle"):
        if not s.startswith(base) or "/" in s[len(base):]: continue
        d = info.setdefault(s[len(base):], {"label": "", "deprecated": "0"})
        if p == PREF and o[0] == "lit" and o[2] == "en": d["label"] = o[1]
        if p.endswith("/deprecated") and o[1] == "true": d["deprecated"] = "1"
    rows = [(c, d["deprecated"], d["label"]) for c, d in sorted(info.items())]
    aliases = []
    with open(os.path.join(VOC, "eu", "mqa-licenses.csv")) as f:
        for row in csv.reader(f):
            if len(row) >= 3 and row[2].startswith(base):
                aliases.append((row[0].strip(), row[2][len(base):]))
    return rows, sorted(set(aliases))

def simple(path, fmt, scheme):
    lab = labels(os.path.join(VOC, path), fmt, EU + scheme + "/")
    return [(c, d.get("en", ""), d.get("nl", "")) for c, d in sorted(lab.items())]

def hvd():
    base = "http://data.europa.eu/bna/"
    lab = labels(os.path.join(VOC, "eu/high-value-categories.ttl"), "turtle", base)
    return [(c, d.get("en", "")) for c, d in sorted(lab.items()) if c.startswith("c_")]

def languages():
    lab = labels(os.path.join(VOC, "eu/languages-filtered.rdf"), "rdfxml", EU + "language/")
    return [(c, d.get("en", "")) for c, d in sorted(lab.items())]

def donl_themes():
    h = json.load(open(os.path.join(VOC, "nl", "donl-hierarchy_theme.json")))
    base = "http://standaarden.overheid.nl/owms/terms/"
    rows = {}
    for child, (parent, _) in h.items():
        rows[child[len(base):]] = parent[len(base):]
        rows.setdefault(parent[len(base):], "")
    return sorted(rows.items())

def main():
    ft = filetypes()
    lic, lic_alias = licences()
    themes = simple("eu/data-theme-skos-ap-act.rdf", "rdfxml", "data-theme")
    freq = simple("eu/frequencies-sparql-result.ttl", "turtle", "frequency")
    access = simple("eu/access-right-sparql-result.ttl", "turtle", "access-right")
    dist = simple("eu/distribution-status-sparql-result.ttl", "turtle", "distribution-status")
    avail = simple("eu/planned-availability-sparql-result.ttl", "turtle", "planned-availability")
    src = ("// Generated by scripts/gen_dcat_vocabularies.py from ../shared/specs/vocabularies. Do not edit.\n"
           "// Facts from the EU Publications Office NALs, the IANA registry and the DONL value lists.\n\n")
    s = src + "extension GeneratedTables {\n"
    s += table("fileTypes", "EU file type code, non-proprietary (1/0), machine-readable (1/0), English label.", ft)
    s += table("licences", "EU licence code, deprecated (1/0), English label.", lic)
    s += table("licenceAliases", "Licence URL as found in the wild, EU licence code.", lic_alias)
    s += table("dataThemes", "EU data theme code, English label, Dutch label.", themes)
    s += table("frequencies", "EU frequency code, English label, Dutch label.", freq)
    s += table("accessRights", "EU access right code, English label, Dutch label.", access)
    s += table("distributionStatus", "EU distribution status code, English label, Dutch label.", dist)
    s += table("plannedAvailability", "EU planned availability code, English label, Dutch label.", avail)
    s += table("hvdCategories", "HVD category code (http://data.europa.eu/bna/<code>), English label.", hvd())
    s += table("languages", "EU language code, English label.", languages())
    s += table("donlThemes", "OWMS TaxonomieBeleidsagenda term, parent term (empty for the 17 top themes).", donl_themes())
    s += "}\n"
    open(os.path.join(OUT, "GeneratedTables.swift"), "w").write(s)
    m = src + "extension GeneratedTables {\n" + table("mediaTypes", "IANA media types (type/subtype, lower-case).", iana()) + "}\n"
    open(os.path.join(OUT, "GeneratedMediaTypes.swift"), "w").write(m)
    print(len(ft), "file types;", len(lic), "licences;", len(lic_alias), "aliases;", len(themes), "themes")

main()
