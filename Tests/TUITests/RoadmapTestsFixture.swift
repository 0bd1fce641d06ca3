import DemoRegion
import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// A small demo region (the roadmap and the selection are the seed's at any
/// size; «today» is the demo's 15.03.2024), fresh for each test.
final class RMAFixture {
    let dir: URL
    let store: SQLiteStore

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-rma-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("demo.db").path)
        try DemoRegion.build(into: store, options: DemoOptions(teachers: 100)) { _, _, _ in }
        store.clock = { 1_710_486_000 }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ login: String, language: Language = .ru) throws -> App {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true)
        return ViewCatalog.app(for: AppContext(store: store, viewer: viewer, language: language, theme: theme))
    }

    /// The tab number of «РМА» for this login.
    func rmaTab(_ login: String) throws -> String {
        let app = try self.app(login)
        guard let i = app.views.firstIndex(where: { $0.id == "rma" }) else { return "0" }
        return String(i + 1)
    }

    /// Runs keys (after switching to the РМА tab) and returns the terminal and the app.
    func run(_ login: String = "coordinator", _ keys: String, size: Size = Size(width: 80, height: 24)) throws -> (MemoryTerminal, App) {
        let app = try self.app(login)
        let tab = try rmaTab(login)
        let result = Headless.run(app, size: size, events: try KeySyntax.parse(tab + " " + keys))
        return (result.terminal, app)
    }

    func text(_ t: MemoryTerminal) -> String { (0..<t.size.height).map { t.line($0) }.joined(separator: "\n") }

    func item(_ titlePrefix: String) throws -> RoadmapItem? {
        try store.roadmapItems(try store.viewer(login: "coordinator")).first { $0.title.hasPrefix(titlePrefix) }
    }
}
