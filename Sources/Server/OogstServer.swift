import CatalogStore
import Foundation
import Hummingbird
import Logging
import Mustache

/// `oogst serve`: the REST API, the DCAT re-publication and the web pages over one catalog database,
/// read-only. The store's WAL pool lets a harvester write while the server reads.
public struct OogstServer: Sendable {
    public let settings: ServerSettings
    public let store: CatalogStore
    let library: MustacheLibrary

    /// Loads the templates; fails (without starting anything) when they cannot be found or parsed.
    public init(settings: ServerSettings, store: CatalogStore) async throws {
        self.settings = settings
        self.store = store
        self.library = try await Templates.load(explicit: settings.templatesDirectory)
    }

    func application(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        Application(router: Routes.router(store: store, settings: settings, library: library),
                    configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
                    logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "oogst.serve")
        logger.logLevel = .info
        try await application(logger: logger, onRunning: onRunning).runService()
    }

    /// Serves until the calling task is cancelled (tests run the server in-process this way).
    public func runUntilCancelled(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "oogst.serve.test")
        logger.logLevel = .warning
        try await application(logger: logger, onRunning: onRunning).run()
    }
}
