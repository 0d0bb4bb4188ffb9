import DCAT
import Foundation
import Harvest
import RDF
import RDFIO
import Testing
import TestSupport

@Suite("Configuration")
struct ConfigTests {
    static let folder = URL(fileURLWithPath: "/tmp/oogst-config-tests")

    func parse(_ yaml: String, file: String = "config/test.yaml") throws(ConfigError) -> HarvestConfig {
        try ConfigLoader.parse(yaml: yaml, file: file, baseDirectory: ConfigTests.folder)
    }

    /// The error a configuration gets, or a test failure when it is accepted.
    func refusal(_ yaml: String, file: String = "config/test.yaml") -> ConfigError? {
        do {
            let c = try parse(yaml, file: file)
            Issue.record("accepted a configuration that should be refused: \(c.sources.map(\.id))")
            return nil
        } catch {
            return error
        }
    }

    static let minimal = """
    contact: ops@example.test
    sources:
      - id: feed
        url: https://example.test/catalog.ttl
    """

    @Test func shippedConfigurationNamesTheRealEndpoints() throws {
        let path = SharedFolder.packageRoot.appendingPathComponent("config/oogst.yaml").path
        let config = try ConfigLoader.load(path: path)
        let ckan = try #require(config.source("donl-ckan"))
        #expect(ckan.kind == .ckan)
        #expect(ckan.url.absoluteString == "https://data.overheid.nl/data/api/3/action/package_search")
        #expect(ckan.rows == 1000)
        #expect(ckan.schedule == (try Schedule(parsing: "0 3 * * *")))
        let rdf = try #require(config.source("donl-rdf"))
        #expect(rdf.kind == .dcat)
        #expect(rdf.format == .rdfXML)
        #expect(rdf.url.host == "data.overheid.nl")
        #expect(rdf.totalTimeout == 3600)
        #expect(config.userAgentHeader == "Oogst/0.1 (+mailto:beheer@oogst.example)")
        #expect(config.http.maxBodySize == 1_073_741_824)
        #expect(config.withdrawalGuardShare == 0.5)
        // Per-source overrides win, the rest comes from the global settings.
        let limits = config.limits(for: rdf)
        #expect(limits.totalTimeout == 3600)
        #expect(limits.connectTimeout == 30)
        #expect(limits.retries == 3)
    }

    @Test func demoConfigurationReadsTheBundledFixturesFromAnyWorkingDirectory() throws {
        let path = SharedFolder.packageRoot.appendingPathComponent("config/demo.yaml").path
        let config = try ConfigLoader.load(path: path)
        #expect(config.database == "oogst-demo.sqlite")
        #expect(config.sources.count == 4)
        for source in config.sources {
            #expect(source.url.isFileURL, "\(source.id)")
            #expect(source.allowFile)
            #expect(FileManager.default.fileExists(atPath: source.url.path), "\(source.id): \(source.url.path) is missing")
        }
        #expect(config.source("voorbeeldstad")?.url.path == SharedFolder.packageRoot.appendingPathComponent("fixtures/demo/catalog.ttl").standardizedFileURL.path)
        #expect(config.withdrawalGuardShare == 0.5)
    }

    @Test func defaultsApplyWhenKeysAreLeftOut() throws {
        let c = try parse(ConfigTests.minimal)
        #expect(c.database == nil)
        #expect(c.http.retries == 3)
        #expect(c.withdrawalGuardShare == 0.5)
        #expect(c.graceDays == 30)
        let s = try #require(c.sources.first)
        #expect(s.title == "feed")
        #expect(s.kind == .dcat)
        #expect(s.schedule == .interval(seconds: 86_400))
        #expect(!s.allowFile)
        #expect(s.enabled)
    }

    @Test func badScheduleIsRefusedWithFileLineAndKey() throws {
        let yaml = """
        contact: ops@example.test
        sources:
          - id: a
            url: https://example.test/a.ttl
          - id: b
            url: https://example.test/b.ttl
            schedule: every 6 hours
        """
        let e = try #require(refusal(yaml, file: "config/demo.yaml"))
        #expect(e.description == "config/demo.yaml:7: sources[1].schedule: \"every 6 hours\" is not a 5-field cron expression or an interval like 6h")
    }

    @Test func unknownKeysAreRefusedAtTheirLine() throws {
        let top = try #require(refusal("contact: a@b.test\nretrys: 4\nsources: []\n"))
        #expect(top.line == 2)
        #expect(top.key == "retrys")
        #expect(top.message.hasPrefix("unknown key"))

        let inSource = try #require(refusal("""
        contact: a@b.test
        sources:
          - id: x
            url: https://example.test/x
            shedule: 6h
        """))
        #expect(inSource.line == 5)
        #expect(inSource.key == "sources[0].shedule")
    }

    @Test(arguments: [
        ("max_body_size: lots", 2, "max_body_size", "is not a size"),
        ("connect_timeout: soon", 2, "connect_timeout", "is not a duration"),
        ("retries: -1", 2, "retries", "out of range"),
        ("retries: three", 2, "retries", "not a whole number"),
        ("withdrawal_guard: 1.5", 2, "withdrawal_guard", "between 0 and 1"),
        ("max_concurrent_sources: [1, 2]", 2, "max_concurrent_sources", "found a list"),
    ])
    func badGlobalValuesAreRefused(line: String, number: Int, key: String, words: String) throws {
        let yaml = "contact: a@b.test\n\(line)\nsources: []\n"
        let e = try #require(refusal(yaml))
        #expect(e.line == number)
        #expect(e.key == key)
        #expect(e.message.contains(words), "\(e)")
    }

    @Test func sourceValuesAreChecked() throws {
        func source(_ body: String) -> ConfigError? {
            refusal("contact: a@b.test\nsources:\n  - id: s\n" + body)
        }
        #expect(source("    url: ftp://example.test/x\n")?.message.contains("not an http(s) or file: URL") == true)
        #expect(source("    url: https://example.test/x\n    kind: sparql\n")?.message.contains("dcat or ckan") == true)
        #expect(source("    url: https://example.test/x\n    format: csv\n")?.key == "sources[0].format")
        #expect(source("    url: https://example.test/x\n    rows: 10\n")?.message.contains("ckan sources only") == true)
        #expect(source("    url: https://example.test/x\n    kind: ckan\n    dataset_iri: https://x.test/ds\n")?.message.contains("{name}") == true)
        #expect(source("    title: no url\n")?.message == "missing required key \"url\"")
        let badID = try #require(refusal("contact: a@b.test\nsources:\n  - id: Bad Id\n    url: https://example.test/\n"))
        #expect(badID.key == "sources[0].id")
        #expect(badID.line == 3)
    }

    @Test func fileURLsNeedAllowFile() throws {
        let e = try #require(refusal("contact: a@b.test\nsources:\n  - id: local\n    url: file:feeds/a.ttl\n"))
        #expect(e.line == 4)
        #expect(e.key == "sources[0].url")
        #expect(e.message.contains("allow_file"))

        let c = try parse("contact: a@b.test\nsources:\n  - id: local\n    url: file:feeds/a.ttl\n    allow_file: yes\n  - id: abs\n    url: file:///srv/feeds/b.ttl\n    allow_file: true\n")
        #expect(c.sources[0].url.path == "/tmp/oogst-config-tests/feeds/a.ttl")
        #expect(c.sources[1].url.path == "/srv/feeds/b.ttl")
        #expect(refusal("contact: a@b.test\nsources:\n  - id: remote\n    url: file://server/x.ttl\n    allow_file: true\n")?.message.contains("another host") == true)
    }

    @Test func duplicateIDsAndKeysAreRefused() throws {
        let ids = try #require(refusal("""
        contact: a@b.test
        sources:
          - id: same
            url: https://example.test/1
          - id: same
            url: https://example.test/2
        """))
        #expect(ids.key == "sources[1].id")
        #expect(ids.message.contains("sources[0]"))
        let keys = try #require(refusal("contact: a@b.test\ncontact: c@d.test\nsources: []\n"))
        #expect(keys.line == 2)
        #expect(keys.description == "config/test.yaml:2: contact: given twice")
        let nested = try #require(refusal("contact: a@b.test\nsources:\n  - id: a\n    url: https://x.test/\n    id: b\n"))
        #expect(nested.line == 5)
        #expect(nested.key == "id")
    }

    @Test func contactIsRequiredAndMustReachSomeone() throws {
        #expect(refusal("sources: []\n")?.key == "contact")
        #expect(refusal("contact: nobody\nsources: []\n")?.message.contains("e-mail address or URL") == true)
        #expect(refusal("contact: a@b.test\n")?.key == "sources")
    }

    @Test func yamlSyntaxErrorsNameTheLine() throws {
        let e = try #require(refusal("contact: a@b.test\nsources:\n  - id: [unclosed\n"))
        #expect(e.file == "config/test.yaml")
        #expect(e.line != nil)
        #expect(e.message.hasPrefix("not valid YAML"))
    }

    @Test func valuesWithUnitsAreRead() throws {
        let c = try parse("""
        contact: https://example.test/contact
        connect_timeout: 500ms
        total_timeout: 2h
        max_body_size: 64MiB
        host_interval: 2.5
        withdrawal_guard: 25%
        link_recheck_age: 3d
        sources:
          - id: api
            url: https://example.test/api/3/action/package_search
            kind: ckan
            rows: 250
            max_body_size: 100KB
            schedule: "*/30 6-18 * * mon-fri"
        """.replacingOccurrences(of: "500ms", with: "1s"))
        #expect(c.http.connectTimeout == 1)
        #expect(c.http.totalTimeout == 7200)
        #expect(c.http.maxBodySize == 64 * 1_048_576)
        #expect(c.http.hostInterval == 2.5)
        #expect(c.withdrawalGuardShare == 0.25)
        #expect(c.linkRecheckAge == 3 * 86_400)
        let s = try #require(c.sources.first)
        #expect(s.rows == 250)
        #expect(c.limits(for: s).maxBodyBytes == 100_000)
        #expect(c.limits(for: s).connectTimeout == 1)
        // A missing file is an error naming it.
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: "/nonexistent/oogst.yaml") }
    }
}

@Suite("Demo configuration end to end")
struct DemoFeedTests {
    /// Every demo source is fetched through its file: URL, parsed and mapped, with no network.
    @Test func everyDemoSourceYieldsDatasets() async throws {
        let config = try ConfigLoader.load(path: SharedFolder.packageRoot.appendingPathComponent("config/demo.yaml").path)
        let fetcher = Fetcher(userAgent: config.userAgentHeader, rateLimiter: HostRateLimiter(minInterval: config.http.hostInterval))
        for source in config.sources {
            let result = try await fetcher.fetch(FetchRequest(url: source.url, limits: config.limits(for: source), allowFile: source.allowFile))
            let page = try #require(result.page, "\(source.id)")
            var graph = Graph()
            try RDFReaders.read(try page.openSource(), explicit: source.format, mediaType: page.mediaType,
                                options: ReadOptions(base: page.finalURL.absoluteString), into: &graph)
            let links = HydraPaging.links(in: graph, pageURL: page.finalURL.absoluteString)
            #expect(links.next == nil, "\(source.id) is a single dump")
            let datasets = DCATMapper(sourceID: source.id, parallel: false).map(graph).datasets
            #expect(!datasets.isEmpty, "\(source.id) gave no datasets")
        }
    }
}
