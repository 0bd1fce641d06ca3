import XCTest
import Domain
@testable import TUI

final class PickerTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let people: [PickerItem] = [
        PickerItem(id: "p1", title: "Соколова Мария Ивановна", detail: "3 в работе"),
        PickerItem(id: "p2", title: "Петрова Анна Сергеевна", detail: "12 в работе"),
        PickerItem(id: "p3", title: "Артёмов Пётр Андреевич", detail: "0 в работе"),
        PickerItem(id: "p4", title: "Петров Иван Ильич", detail: "7 в работе"),
        PickerItem(id: "p5", title: "王小明 😀", detail: "1 в работе"),
        PickerItem(id: "p6", title: "\u{1B}[31mEvil", detail: nil),
    ]

    func filtered(_ q: String) -> [String] {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, language: .ru)
        for ev in typing(q) { _ = p.handle(ev) }
        return p.visibleItems.map(\.item.id)
    }

    func testFilterByWordPrefixAndSubstringKeepingOrder() {
        XCTAssertEqual(filtered("петр"), ["p2", "p3", "p4"], "the caller's order, not a score order")
        XCTAssertEqual(filtered("петр ан"), ["p2", "p3", "p4"], "ан: a word beginning or a piece (Иван)")
        XCTAssertEqual(filtered("петр анн"), ["p2"])
        XCTAssertEqual(filtered("ПЕТРОВА"), ["p2", "p4"], "another ending of the same stem (Петров)")
        XCTAssertEqual(filtered("артем"), ["p3"], "ё = е")
        XCTAssertEqual(filtered("ьич"), ["p4"], "a piece inside a word")
        XCTAssertEqual(filtered("пвн"), [], "no scattered letters in a picker")
        XCTAssertEqual(filtered("王"), ["p5"])
    }

    func testKeys() {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, selectedID: "p3", language: .ru)
        XCTAssertEqual(p.selectedItem?.id, "p3", "opens on the current value")
        XCTAssertEqual(p.handle(.key(.up)), .handled)
        XCTAssertEqual(p.handle(.key(.enter)), .picked("p2"))
        for ev in typing("иван") { _ = p.handle(ev) }
        XCTAssertEqual(p.visibleItems.map(\.item.id), ["p1", "p4"])
        _ = p.handle(.key(.down))
        XCTAssertEqual(p.handle(.key(.enter)), .picked("p4"))
        XCTAssertEqual(p.handle(.key(.escape)), .cancelled)
    }

    func testSnapshots() {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, language: .ru)
        var (t, painter) = WidgetTest.screen(80, 24)
        p.render(into: painter)
        assertScreen(t, """







                               ┌─ Исполнитель ─────────────────────────┐
                               │ ›                                     │
                               ├───────────────────────────────────────┤
                               │ Соколова Мария Ивановна    3 в работе │
                               │ Петрова Анна Сергеевна    12 в работе │
                               │ Артёмов Пётр Андреевич     0 в работе │
                               │ Петров Иван Ильич          7 в работе │
                               │ 王小明 😀                  1 в работе │
                               │ ␛[31mEvil                             │
                               └────────────────────────────── 6 из 6 ─┘
            """)
        (t, painter) = WidgetTest.screen(200, 60)
        for ev in typing("петр") { _ = p.handle(ev) }
        p.render(into: painter)
        XCTAssertTrue(t.line(26).contains("│ › петр"), t.line(26))
        XCTAssertTrue(t.line(28).contains("│ Петрова Анна Сергеевна"), t.line(28))
        XCTAssertTrue(t.line(30).contains("│ Петров Иван Ильич"), t.line(30))
        XCTAssertTrue(t.line(34).contains("3 из 6"), t.line(34))
        XCTAssertEqual(WidgetTest.role(t, x: 89, y: 29), .highlight, "the matched letters of Пётр")
    }
}

/// The picker filters incrementally (each key narrows the last matches, a
/// Backspace goes back to kept ones, names are folded to codes once): it
/// must find exactly what matching every name afresh finds, in the same
/// order, with the same letters lit.
final class PickerFilterTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    /// A region's worth of names: Russian full names (ё among them), schools,
    /// Latin, CJK and emoji, a "й" written as и + combining breve.
    static func names(_ count: Int) -> [PickerItem] {
        let surnames = ["Петров", "Соколов", "Артёмов", "Кузнецов", "Иванов", "Ёлкин", "Щукин", "Лебедев", "Мельников", "Попов"]
        let first = ["Анна", "Пётр", "Мария", "Иван", "Сергей", "Юлия", "Алексей", "Ольга", "Андрей", "Елена", "Йосиф"]
        let middle = ["Иванович", "Петровна", "Андреевич", "Сергеевна", "Ильич", "Алексеевна"]
        var out: [PickerItem] = []
        var i = 0
        while out.count < count {
            let female = i % 2 == 1
            let s = surnames[i % surnames.count] + (female ? "а" : "")
            let title: String
            switch i % 17 {
            case 3: title = "Школа: МБОУ СОШ №\(i % 97) г. Йошкар-Ола"
            case 5: title = "Smith John \(i)"
            case 7: title = "王小明 😀 \(s)"
            case 11: title = "Гаи\u{306}дар \(first[i % first.count])"         // й as и + breve
            case 13: title = "\(s)-\(surnames[(i + 3) % surnames.count]) \(first[i % first.count]) \(middle[i % middle.count])"
            default: title = "\(s) \(first[(i / 3) % first.count]) \(middle[(i / 7) % middle.count])"
            }
            out.append(PickerItem(id: "p\(i)", title: title, detail: "\(i % 13) в работе"))
            i += 1
        }
        return out
    }

    /// What matching every name afresh gives: ids and lit letters.
    static func expected(_ items: [PickerItem], _ query: String) -> [String] {
        items.compactMap { item in
            Fuzzy.match(query, in: item.title, scattered: false).map { item.id + ":" + $0.positions.sorted().description }
        }
    }

    static func actual(_ p: Picker) -> [String] {
        p.visibleItems.map { $0.item.id + ":" + $0.positions.sorted().description }
    }

    func testTypingDeletingAndPastingFindTheSameAsMatchingAfresh() {
        let items = PickerFilterTests.names(400)
        var p = Picker(title: "От кого", items: items, language: .ru)
        let script: [InputEvent] = typing("петр ан") + [key(.backspace), key(.backspace)] + typing("ив и")
            + [key(.ctrl("w"))] + typing("ильич") + [key(.ctrl("u"))] + typing("ёлкина юл")
            + [key(.ctrl("u")), .paste("кузнецова Е"), key(.backspace)] + typing("л") + [key(.home)] + typing("сер ")
            + [key(.ctrl("u"))] + typing("гай") + [key(.ctrl("u"))] + typing("и\u{306}ош") + [key(.ctrl("u"))]
            + typing("王 😀") + [key(.ctrl("u"))] + typing("smith 1") + [key(.ctrl("u"))] + typing("ПЕТРОВА АНДРЕЕВНА")
            + [key(.ctrl("u"))] + typing("  а  а ") + [key(.ctrl("u"))] + typing("ьич")
        var checked = 0
        for ev in script {
            _ = p.handle(ev)
            XCTAssertEqual(PickerFilterTests.actual(p), PickerFilterTests.expected(items, p.query), "query «\(p.query)»")
            checked += 1
        }
        XCTAssertEqual(checked, script.count)
        XCTAssertFalse(PickerFilterTests.expected(items, "гай").isEmpty, "the test names hold what the queries look for")
        XCTAssertFalse(PickerFilterTests.expected(items, "и\u{306}ош").isEmpty)
    }

    /// The demo region's size: 3,195 names, a 200-key filter that keeps matching, then deleted.
    func testALongFilterOverARegionStaysExact() {
        let items = PickerFilterTests.names(3195)
        var p = Picker(title: "От кого", items: items, language: .ru)
        let filter = String(String(repeating: "петрова анна ", count: 16).prefix(200))
        for (n, ch) in filter.enumerated() {
            _ = p.handle(key(.char(ch)))
            if [0, 4, 13, 60, 199].contains(n) {
                XCTAssertEqual(PickerFilterTests.actual(p), PickerFilterTests.expected(items, p.query), "after \(n + 1) keys")
            }
        }
        XCTAssertFalse(p.visibleItems.isEmpty, "a name typed again and again still finds its people")
        for n in 0..<200 {
            _ = p.handle(key(.backspace))
            if [0, 150, 196, 199].contains(n) {
                XCTAssertEqual(PickerFilterTests.actual(p), PickerFilterTests.expected(items, p.query), "after \(n + 1) backspaces")
            }
        }
        XCTAssertEqual(p.visibleItems.count, 3195)
        XCTAssertEqual(p.handle(key(.enter)), .picked("p0"))
    }

    func testTheScreenShowsTheMatchesAndTheirCount() {
        let items = PickerFilterTests.names(3195)
        var p = Picker(title: "От кого", items: items, language: .ru)
        for ev in typing("ёлкина") { _ = p.handle(ev) }
        let (t, painter) = WidgetTest.screen(120, 30)
        p.render(into: painter)
        let expected = PickerFilterTests.expected(items, "ёлкина")
        let screen = (0..<30).map { t.line($0) }.joined(separator: "\n")
        XCTAssertTrue(screen.contains(" \(expected.count) из 3195 "), screen)
        XCTAssertTrue(t.line(4).contains(items[Int(expected[0].dropFirst().prefix { $0 != ":" })!].title), screen)
        _ = p.handle(key(.down))
        XCTAssertEqual(p.handle(key(.enter)), .picked(String(expected[1].prefix { $0 != ":" })))
    }

    /// Codes are equal exactly when the folded characters are, and say the same about word characters.
    func testFoldCodesAgreeWithFold() {
        let sample: [Character] = ["а", "А", "ё", "Ё", "е", "Е", "й", "Й", "и\u{306}", "И\u{306}", "ѐ", "Ѐ", "ў", "Ў", "ѣ", "Ѣ",
                                   "a", "A", "z", "Z", "0", "9", " ", "-", "№", ".", "\u{212A}", "k", "K", "\u{212B}", "å", "Å",
                                   "Σ", "σ", "ς", "ß", "İ", "i", "王", "😀", "👨‍👩‍👧", "é", "e\u{301}", "\u{1B}", "\t"]
        var codes = FoldCodes()
        for a in sample {
            let ca = codes.code(a)
            XCTAssertEqual(ca.isWord, Fuzzy.isWordChar(Fuzzy.fold(a)), "\(a.unicodeScalars.map { $0.value })")
            for b in sample {
                XCTAssertEqual(ca.code == codes.code(b).code, Fuzzy.fold(a) == Fuzzy.fold(b),
                               "\(a.unicodeScalars.map { $0.value }) vs \(b.unicodeScalars.map { $0.value })")
            }
        }
        var c2 = FoldCodes()
        XCTAssertEqual(c2.fold("Артёмов Пётр").chars, "Артёмов Пётр".map { c2.code($0).code }, "the fast path codes what the general one does")
        XCTAssertEqual(c2.fold("Гаи\u{306}дар").chars, c2.fold("Гайдар").chars, "й either way")
    }

    /// The yes/no test used for filtering says what the full match says.
    func testTokenMatchesAgreesWithMatchToken() {
        let titles = PickerFilterTests.names(60).map(\.title) + ["", "а", "ab", "Заявка на курсы"]
        let words = ["а", "ан", "анн", "петр", "петрова", "петровн", "заявки", "курс", "ьич", "пвн", "王", "😀", "1", "ол", "олаа",
                     "йош", "гайдар", "иванович", "ивановна", "smith", "jo", "abcd", "sсош", "№1"]
        for title in titles {
            let text = FoldedText(title)
            for w in words {
                let t = Fuzzy.normalize(w)
                for scattered in [false, true] {
                    XCTAssertEqual(Fuzzy.tokenMatches(t, in: text, scattered: scattered),
                                   Fuzzy.matchToken(t, in: text, scattered: scattered) != nil, "«\(w)» in «\(title)»")
                }
            }
        }
    }
}
