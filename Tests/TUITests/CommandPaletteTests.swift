import XCTest
import Domain
@testable import TUI

final class CommandPaletteTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let commands: [PaletteCommand] = [
        PaletteCommand(id: "help", name: Phrase("Показать справку по клавишам", "Show key help"), keyHint: "?"),
        PaletteCommand(id: "assign", name: Phrase("Назначить исполнителя", "Assign an executor"), keyHint: "a"),
        PaletteCommand(id: "status", name: Phrase("Изменить статус заявки", "Change the request status"), keyHint: "s"),
        PaletteCommand(id: "new", name: Phrase("Создать заявку", "Create a request"), keyHint: "n"),
        PaletteCommand(id: "export", name: Phrase("Экспорт в CSV", "Export to CSV")),
        PaletteCommand(id: "theme", name: Phrase("Сменить тему оформления", "Change the colour theme")),
        PaletteCommand(id: "recount", name: Phrase("Пересчитать всё", "Recount everything")),
        PaletteCommand(id: "quit", name: Phrase("Выйти из программы", "Quit the program"), keyHint: "q",
                       keywords: ["выход", "закрыть", "exit"]),
    ]

    func ids(_ query: String, _ language: Language = .ru) -> [String] {
        var p = CommandPalette(commands: CommandPaletteTests.commands, language: language)
        p.setQuery(query)
        return p.matches.map(\.command.id)
    }

    func testEmptyQueryListsEverythingInOrder() {
        XCTAssertEqual(ids(""), CommandPaletteTests.commands.map(\.id))
    }

    func testRussianWordsFindCommands() {
        XCTAssertEqual(ids("выход").first, "quit", "a keyword: people type nouns, names are verbs")
        XCTAssertEqual(ids("выйти"), ["quit"])
        XCTAssertEqual(ids("ВЫЙ"), ["quit"], "case-insensitive in Cyrillic")
        XCTAssertEqual(ids("прог"), ["quit"], "the beginning of any word")
        XCTAssertEqual(ids("выйти прогр"), ["quit"], "every typed word must match")
        XCTAssertEqual(ids("выйти справку"), [])
        XCTAssertEqual(Set(ids("заявки")), ["status", "new"], "another ending of the same word (заявку)")
        XCTAssertEqual(ids("все"), ["recount"], "ё = е")
        XCTAssertEqual(ids("ВСЁ"), ["recount"])
        XCTAssertEqual(ids("нзн"), ["assign"], "scattered letters, like fzf")
        XCTAssertEqual(ids("quit"), ["quit"], "the English name works in the Russian interface")
        XCTAssertEqual(ids("exp", .en), ["export"])
        XCTAssertEqual(ids("zzz"), [])
    }

    func testRankingPrefersWordStartsAndTheFirstWord() {
        // "с": first word of "Создать", "Сменить", "Показать справку" (2nd word), "статус" (2nd word)...
        let r = ids("с")
        XCTAssertEqual(Array(r.prefix(2)), ["new", "theme"], "first-word starts first, in the app's order")
        XCTAssertTrue(r.firstIndex(of: "status")! > 1)
        // A word start beats letters inside a word: "из" is a word of "Выйти из программы"
        // and a piece of "Изменить"; "Изменить" starts with it, so it comes first, then "из".
        XCTAssertEqual(Array(ids("из").prefix(2)), ["status", "quit"])
    }

    func testFuzzyMatchDetails() {
        XCTAssertNotNil(Fuzzy.match("ёлк", in: "Елка"))
        XCTAssertNil(Fuzzy.match("нзн", in: "Назначить", scattered: false))
        XCTAssertEqual(Fuzzy.match("прог", in: "Выйти из программы")?.positions, [9, 10, 11, 12])
        XCTAssertEqual(Fuzzy.match("", in: "что угодно")?.score, 0)
        let prefix = Fuzzy.match("наз", in: "Назначить")?.score ?? 0
        let inner = Fuzzy.match("зна", in: "Назначить")?.score ?? 0
        let scattered = Fuzzy.match("нзч", in: "Назначить")?.score ?? 0
        XCTAssertGreaterThan(prefix, inner)
        XCTAssertGreaterThan(inner, scattered)
        XCTAssertGreaterThan(scattered, 0)
    }

    func testKeys() {
        var p = CommandPalette(commands: CommandPaletteTests.commands, language: .ru)
        XCTAssertEqual(p.handle(.key(.down)), .handled)
        XCTAssertEqual(p.selectedCommand?.id, "assign")
        XCTAssertEqual(p.handle(.key(.enter)), .chosen("assign"))
        for ev in typing("заяв") { _ = p.handle(ev) }
        XCTAssertEqual(p.query, "заяв")
        XCTAssertEqual(p.selectedCommand?.id, "status", "typing resets the selection to the best match")
        _ = p.handle(.key(.down)); _ = p.handle(.key(.down))
        XCTAssertEqual(p.selectedCommand?.id, "new", "the selection stops at the last match")
        _ = p.handle(.key(.backspace))
        XCTAssertEqual(p.query, "зая")
        for ev in typing("щщщ") { _ = p.handle(ev) }
        XCTAssertTrue(p.matches.isEmpty)
        XCTAssertEqual(p.handle(.key(.enter)), .handled, "Enter with nothing matching does nothing")
        XCTAssertEqual(p.handle(.key(.escape)), .cancelled)
    }

    func testSnapshot80x24() {
        var p = CommandPalette(commands: CommandPaletteTests.commands, language: .ru)
        for ev in typing("заяв") { _ = p.handle(ev) }
        let (t, painter) = WidgetTest.screen(80, 24)
        p.render(into: painter)
        assertScreen(t, """






                    ┌─ Команды ────────────────────────────────────────────────────┐
                    │ › заяв                                                       │
                    ├──────────────────────────────────────────────────────────────┤
                    │ Изменить статус заявки                                     s │
                    │ Создать заявку                                             n │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    └───────────────────────────────────────────────────── 2 из 8 ─┘
            """)
        // The cursor is in the query; the selected row is highlighted; matched letters lit.
        XCTAssertEqual(t.cursor?.y, 7)
        XCTAssertEqual(t.cursor?.x, 8 + 4 + 4)
        XCTAssertEqual(WidgetTest.role(t, x: 12, y: 9), .selection)
        XCTAssertEqual(WidgetTest.role(t, x: 18, y: 10), .highlight, "з of заявку")
        XCTAssertEqual(WidgetTest.role(t, x: 21, y: 10), .highlight, "в of заявку")
        XCTAssertEqual(WidgetTest.role(t, x: 22, y: 10), .dialog, "к of заявку is not matched")
        XCTAssertEqual(WidgetTest.role(t, x: 12, y: 10), .dialog)
    }

    func testPaletteFromKeyBindings() {
        let b = KeyBinding("request.assign", keys: [.char("a")], label: Phrase("Назначить исполнителя", "Assign"))
        let c = PaletteCommand(b)
        XCTAssertEqual(c.id, "request.assign")
        XCTAssertEqual(c.keyHint, "a")
        XCTAssertEqual(c.name.en, "Assign")
    }
}
