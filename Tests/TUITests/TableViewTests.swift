import XCTest
import Domain
@testable import TUI

/// A source of `total` numbered rows that counts what it hands out: the
/// proof that the table reads a screen at a time, not the whole list.
final class CountingSource: RowSource {
    let total: Int
    var served = 0
    var calls = 0
    var descending = false
    /// A keyset source that cannot count (as the people of a million-teacher region).
    var counts = true
    init(total: Int, counts: Bool = true) { self.total = total; self.counts = counts }
    var count: Int? { counts ? total : nil }
    func id(of row: Int) -> Int { row }
    // Rows are numbers; in descending order row i comes after i + 1.
    private func next(_ r: Int) -> Int { descending ? r - 1 : r + 1 }
    private var first: Int { descending ? total - 1 : 0 }
    private func position(_ r: Int) -> Int { descending ? total - 1 - r : r }
    private func row(at p: Int) -> Int { descending ? total - 1 - p : p }
    func rows(after anchor: Int?, limit: Int) -> [Int] {
        calls += 1
        let start = anchor.map { position($0) + 1 } ?? 0
        let out = (start..<min(total, start + limit)).map(row(at:))
        served += out.count
        return out
    }
    func rows(before anchor: Int?, limit: Int) -> [Int] {
        calls += 1
        let end = anchor.map(position) ?? total
        let out = (max(0, end - limit)..<end).map(row(at:))
        served += out.count
        return out
    }
    func apply(sort: TableSort?) { descending = sort?.ascending == false }
}

struct Teacher: Identifiable {
    let id: Int
    let name: String
    let place: String
    let status: String
    var overdue = false
}

final class TableViewTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let teachers: [Teacher] = [
        Teacher(id: 1, name: "Иванова Анна Петровна", place: "Челябинск", status: "в работе"),
        Teacher(id: 2, name: "Щёкин Пётр", place: "Магнитогорск", status: "просрочен", overdue: true),
        Teacher(id: 3, name: "王小明", place: "Копейск", status: "новый"),
        Teacher(id: 4, name: "Эмодзи 😀 Тест", place: "Миасс", status: "новый"),
        Teacher(id: 5, name: "\u{1B}[31mEvil", place: "Златоуст", status: "закрыт"),
        Teacher(id: 6, name: "Константинопольская-Оглы Александра Владимировна", place: "Верхнеуфалейский городской округ", status: "в работе"),
    ]

    func teacherColumns() -> [Column<Teacher>] {
        [
            Column("№", width: .fixed(3), alignment: .right, sortKey: "id") { TableCell(String($0.id)) },
            Column("ФИО", width: .flexible(min: 12), sortKey: "name") { TableCell($0.name) },
            Column("Муниципалитет", width: .percent(30), sortKey: "place") { TableCell($0.place) },
            Column("Статус", width: .fixed(10)) { TableCell($0.status, role: $0.overdue ? .danger : nil) },
        ]
    }

    func teacherTable(_ rows: [Teacher] = TableViewTests.teachers, marks: Bool = true) -> TableView<ArraySource<Teacher, Int>> {
        let source = ArraySource(rows, orderings: [
            "id": { $0.id < $1.id }, "name": { $0.name < $1.name }, "place": { $0.place < $1.place },
        ])
        return TableView(source: source, columns: teacherColumns(), emptyMessage: "Учителей нет", allowsMarks: marks)
    }

    // MARK: Snapshots

    func testSnapshotAt80x24WithCyrillicCJKEmojiEscapesAndTruncation() {
        var table = teacherTable()
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p)
        assertScreen(t, """
                № ФИО                                      Муниципалитет          Статус
                1 Иванова Анна Петровна                    Челябинск              в работе
                2 Щёкин Пётр                               Магнитогорск           просрочен
                3 王小明                                   Копейск                новый
                4 Эмодзи 😀 Тест                           Миасс                  новый
                5 ␛[31mEvil                                Златоуст               закрыт
                6 Константинопольская-Оглы Александра Вла… Верхнеуфалейский горо… в работе
            """)
        // The header in its role, the selection in its role, an overdue status in danger.
        XCTAssertEqual(WidgetTest.role(t, x: 5, y: 0), .header)
        XCTAssertEqual(WidgetTest.role(t, x: 5, y: 1), .selection)
        // By default the selection covers the leading columns up to the name, not the whole row
        // (two short runs per cursor move over SSH, not two full rows).
        XCTAssertEqual(WidgetTest.role(t, x: 44, y: 1), .selection)
        XCTAssertEqual(WidgetTest.role(t, x: 50, y: 1), .text)
        XCTAssertEqual(WidgetTest.role(t, x: 70, y: 1), .text)
        XCTAssertEqual(WidgetTest.role(t, x: 70, y: 2), .danger)
        XCTAssertEqual(WidgetTest.role(t, x: 8, y: 2), .text)
        // The terminal cursor rests on the selected row, for screen readers.
        XCTAssertEqual(t.cursor?.y, 1)
    }

    func testTheWholeRowIsSelectedWhenTheThemeSaysRow() {
        var table = teacherTable()
        let t = MemoryTerminal(size: Size(width: 80, height: 24))
        t.beginFrame()
        var theme = WidgetTest.theme
        theme.selectionSpan = .row
        table.render(into: Painter(terminal: t, rect: Rect(x: 0, y: 0, width: 80, height: 24), theme: theme))
        for x in [5, 50, 70, 79] { XCTAssertEqual(WidgetTest.role(t, x: x, y: 1), .selection, "x \(x)") }
        XCTAssertEqual(WidgetTest.role(t, x: 70, y: 2), .danger)
    }

    func testSnapshotWide160() {
        var table = teacherTable()
        let (t, p) = WidgetTest.screen(160, 48)
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 160, height: 10)))
        _ = table.handle(key(.down))
        _ = table.handle(key(.char(" ")))   // mark row 2, move to row 3
        t.beginFrame()
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 160, height: 10)))
        assertScreen(t, """
            ✓   № ФИО                                                                                              Муниципалитет                                  Статус
                1 Иванова Анна Петровна                                                                            Челябинск                                      в работе
            ✓   2 Щёкин Пётр                                                                                       Магнитогорск                                   просрочен
                3 王小明                                                                                           Копейск                                        новый
                4 Эмодзи 😀 Тест                                                                                   Миасс                                          новый
                5 ␛[31mEvil                                                                                        Златоуст                                       закрыт
                6 Константинопольская-Оглы Александра Владимировна                                                 Верхнеуфалейский городской округ               в работе
            """)
        XCTAssertEqual(WidgetTest.role(t, x: 10, y: 2), .marked)
        XCTAssertEqual(WidgetTest.role(t, x: 10, y: 3), .selection)
        XCTAssertEqual(t.cursor?.y, 3)
    }

    func testEmptyState() {
        var table = teacherTable([])
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 5)))
        assertScreen(t, """
                № ФИО                                      Муниципалитет          Статус

                                              Учителей нет
            """)
        XCTAssertTrue(table.isEmpty)
        XCTAssertEqual(table.handle(key(.enter)), .handled)
        XCTAssertEqual(table.handle(key(.char(" "))), .handled)
        XCTAssertEqual(table.markedCount, 0)
    }

    // MARK: Paging

    func testMillionRowsAreReadAScreenAtATime() {
        let source = CountingSource(total: 1_000_000)
        var table = TableView(source: source, columns: [Column("N", width: .flexible(min: 5)) { TableCell(String($0)) }],
                              emptyMessage: "—")
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 22)))   // 21 body rows
        XCTAssertEqual(table.viewport, 21)
        XCTAssertLessThanOrEqual(source.served, 21)
        XCTAssertEqual(t.line(2).trimmingCharacters(in: .whitespaces), "0")

        let script: [Key] = Array(repeating: .down, count: 45) + Array(repeating: .pageDown, count: 12)
            + [.end, .pageUp, .pageUp, .up, .home, .char("G"), .char("g")] + Array(repeating: .up, count: 3)
            + Array(repeating: .pageUp, count: 2) + [.char("G")] + Array(repeating: .up, count: 50)
        var worst = 0, total = 0
        for k in script {
            let before = source.served
            _ = table.handle(key(k))
            t.beginFrame()
            table.render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 22)))
            let cost = source.served - before
            worst = max(worst, cost)
            total += cost
            XCTAssertLessThanOrEqual(table.window.count, 3 * 21 + 8 + 21, "the window stays a few screens long")
        }
        print("TableView paging over 1 000 000 rows: \(script.count) keys, \(total) rows read, at most \(worst) for one key")
        XCTAssertLessThanOrEqual(worst, 2 * 21, "no key reads more than about a screenful")
        XCTAssertLessThan(total, 2_000, "about a screen per key, never the whole list")
        XCTAssertEqual(table.selectedRow, 999_949)
        XCTAssertEqual(table.positionText(.ru), "999 950 из 1 000 000")
        XCTAssertEqual(table.positionText(.en), "999 950 of 1 000 000")
    }

    /// The status bar's position says what the list knows without a count:
    /// the exact total once everything is loaded, else the rows seen and «+».
    func testPositionWithoutACountShowsTheTotalOrWhatIsKnown() {
        let columns = [Column<Int>("N", width: .flexible(min: 5)) { TableCell(String($0)) }]
        var small = TableView(source: CountingSource(total: 3, counts: false), columns: columns, emptyMessage: "—")
        let (_, p) = WidgetTest.screen(80, 24)
        small.render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 22)))
        XCTAssertEqual(small.positionText(.ru), "1 из 3")
        var none = TableView(source: CountingSource(total: 0), columns: columns, emptyMessage: "Никого нет")
        none.render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 22)))
        XCTAssertEqual(none.positionText(.ru), "", "not «1 из 0»: the empty list says so itself")
        var big = TableView(source: CountingSource(total: 1_000, counts: false), columns: columns, emptyMessage: "—")
        big.render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 22)))
        XCTAssertEqual(big.positionText(.ru), "1 из 21+")
        _ = big.handle(key(.pageDown))
        XCTAssertTrue(big.positionText(.ru).hasSuffix("+"), big.positionText(.ru))
        _ = big.handle(key(.end))
        XCTAssertEqual(big.positionText(.ru), "конец списка", "read from the end, its place is not known; that it is the end is")
    }

    func testEndAndHomeReadOnePageFromEitherEnd() {
        let source = CountingSource(total: 1_000_000)
        var table = TableView(source: source, columns: [Column("N", width: .fixed(8)) { TableCell(String($0)) }], emptyMessage: "")
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 11)))   // 10 body rows
        source.served = 0
        _ = table.handle(key(.end))
        XCTAssertEqual(source.served, 10)
        XCTAssertEqual(table.selectedRow, 999_999)
        XCTAssertEqual(table.selectedIndex, 999_999)
        t.beginFrame()
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 11)))
        XCTAssertEqual(t.line(10).trimmingCharacters(in: .whitespaces), "999999")
        XCTAssertEqual(t.line(1).trimmingCharacters(in: .whitespaces), "999990")
        XCTAssertEqual(t.cursor?.y, 10)
        source.served = 0
        _ = table.handle(key(.home))
        XCTAssertEqual(source.served, 10)
        XCTAssertEqual(table.selectedRow, 0)
        // Home when the first page is loaded reads nothing.
        source.served = 0
        _ = table.handle(key(.down)); _ = table.handle(key(.char("g")))
        XCTAssertEqual(source.served, 0)
    }

    func testNavigationAcrossPagesOfAnArray() {
        let rows = (1...100).map { Teacher(id: $0, name: "Учитель \($0)", place: "", status: "") }
        var table = teacherTable(rows)
        let (_, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 11)))   // 10 rows a page
        XCTAssertEqual(table.handle(key(.pageDown)), .cursorMoved)
        XCTAssertEqual(table.selectedRow?.id, 11)
        _ = table.handle(key(.pageDown))
        XCTAssertEqual(table.selectedRow?.id, 21)
        XCTAssertEqual(table.top, table.cursor, "PgDn keeps the cursor on its screen line")
        _ = table.handle(key(.char("j"))); _ = table.handle(key(.char("j")))
        XCTAssertEqual(table.selectedRow?.id, 23)
        _ = table.handle(key(.char("k")))
        XCTAssertEqual(table.selectedRow?.id, 22)
        _ = table.handle(key(.ctrl("d")))
        XCTAssertEqual(table.selectedRow?.id, 27)
        _ = table.handle(key(.char("G")))
        XCTAssertEqual(table.selectedRow?.id, 100)
        XCTAssertEqual(table.handle(key(.down)), .handled, "nothing below the last row")
        XCTAssertEqual(table.selectedRow?.id, 100)
        _ = table.handle(key(.pageUp))
        XCTAssertEqual(table.selectedRow?.id, 90)
        _ = table.handle(key(.home))
        XCTAssertEqual(table.selectedRow?.id, 1)
        XCTAssertEqual(table.handle(key(.up)), .handled)
        XCTAssertEqual(table.handle(key(.pageUp)), .handled)
        XCTAssertEqual(table.selectedRow?.id, 1)
        XCTAssertEqual(table.handle(key(.enter)), .activated)
        XCTAssertEqual(table.handle(key(.char("x"))), .ignored, "other keys are the view's")
        XCTAssertEqual(table.positionText(.ru), "1 из 100")
    }

    // MARK: Marks

    func testSpaceMarksAndMovesOnAndMarksSurviveReload() {
        var table = teacherTable()
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p)
        XCTAssertEqual(table.handle(key(.char(" "))), .marksChanged)
        XCTAssertEqual(table.selectedRow?.id, 2)
        _ = table.handle(key(.char(" ")))
        _ = table.handle(key(.up))
        XCTAssertEqual(table.handle(key(.char(" "))), .marksChanged, "Space again unmarks")
        XCTAssertEqual(table.markedIDs, [1])
        XCTAssertEqual(table.markedCount, 1)
        table.setSort(TableSort(column: "name", ascending: false))
        XCTAssertEqual(table.markedIDs, [1], "marks are by identity, not position")
        t.beginFrame()
        table.render(into: p)
        let marked = (1...6).filter { t.line($0).hasPrefix("✓") }.map { t.line($0) }
        XCTAssertEqual(marked.count, 1)
        XCTAssertTrue(marked.first?.contains("Иванова") ?? false, marked.description)
        table.clearMarks()
        XCTAssertEqual(table.markedCount, 0)
    }

    func testWithoutMarksSpaceIsTheViews() {
        var table = teacherTable(marks: false)
        XCTAssertEqual(table.handle(key(.char(" "))), .ignored)
        XCTAssertEqual(table.markedCount, 0)
    }

    // MARK: Sorting

    func testSortKeysStepThroughOrdersAndKeepTheSelection() {
        var table = teacherTable()
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p)
        _ = table.handle(key(.down))                       // Щёкин
        XCTAssertEqual(table.handle(key(.char(">"))), .sortChanged)
        XCTAssertEqual(table.sort, TableSort(column: "id", ascending: true))
        XCTAssertEqual(table.handle(key(.char(">"))), .sortChanged)
        XCTAssertEqual(table.sort, TableSort(column: "id", ascending: false))
        XCTAssertEqual(table.selectedRow?.id, 2, "the selected row stays selected")
        t.beginFrame()
        table.render(into: p)
        XCTAssertEqual(t.line(0).trimmingCharacters(in: .whitespaces).prefix(5), "№ ▼ Ф".prefix(5))
        XCTAssertTrue(t.line(1).contains("Константинопольская"), t.line(1))
        _ = table.handle(key(.char("<"))); _ = table.handle(key(.char("<")))
        XCTAssertNil(table.sort, "back to the natural order")
        _ = table.handle(key(.char("<")))
        XCTAssertEqual(table.sort, TableSort(column: "place", ascending: false))
    }

    func testHeaderClickSortsAndRowClickSelectsThenOpens() {
        var table = teacherTable()
        let (t, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 2, width: 80, height: 10)))
        XCTAssertEqual(table.handle(.mouse(MouseEvent(x: 10, y: 2, button: .left))), .sortChanged)
        XCTAssertEqual(table.sort, TableSort(column: "name", ascending: true))
        _ = table.handle(.mouse(MouseEvent(x: 10, y: 2, button: .left)))
        XCTAssertEqual(table.sort, TableSort(column: "name", ascending: false))
        table.setSort(nil)
        t.beginFrame()
        table.render(into: p.sub(Rect(x: 0, y: 2, width: 80, height: 10)))
        XCTAssertEqual(table.handle(.mouse(MouseEvent(x: 20, y: 5, button: .left))), .cursorMoved)
        XCTAssertEqual(table.selectedRow?.id, 3)
        XCTAssertEqual(table.handle(.mouse(MouseEvent(x: 20, y: 5, button: .left))), .activated)
        XCTAssertEqual(table.handle(.mouse(MouseEvent(x: 20, y: 5, button: .wheelDown))), .cursorMoved)
        XCTAssertEqual(table.selectedRow?.id, 6)
        XCTAssertEqual(table.handle(.mouse(MouseEvent(x: 20, y: 20, button: .left))), .ignored, "outside the table")
    }

    // MARK: Reload

    func testReloadKeepsTheSelectedRowWhenRowsAreInsertedAbove() {
        var rows = (1...50).map { Teacher(id: $0 * 10, name: "У\($0)", place: "", status: "") }
        var table = teacherTable(rows)
        let (_, p) = WidgetTest.screen(80, 24)
        table.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 11)))
        for _ in 0..<25 { _ = table.handle(key(.down)) }
        XCTAssertEqual(table.selectedRow?.id, 260)
        let line = table.cursor - table.top
        rows.insert(Teacher(id: 5, name: "Новый", place: "", status: ""), at: 0)
        rows.insert(Teacher(id: 255, name: "Вставленный", place: "", status: ""), at: 26)
        table.source.replace(with: rows)
        table.reload()
        XCTAssertEqual(table.selectedRow?.id, 260)
        XCTAssertEqual(table.cursor - table.top, line, "same screen line")
        XCTAssertEqual(table.visibleRows.map(\.id).contains(255), true)
    }

    // MARK: Column widths

    func testColumnWidthRules() {
        XCTAssertEqual(ColumnWidth.resolve([.fixed(4), .flexible(min: 5), .percent(50)], total: 41), [4, 16, 19])
        XCTAssertEqual(ColumnWidth.resolve([.flexible(min: 5, weight: 1), .flexible(min: 5, weight: 3)], total: 21), [8, 12])
        // Too narrow: the widest columns give up cells first, none vanishes.
        XCTAssertEqual(ColumnWidth.resolve([.fixed(10), .fixed(30), .fixed(10)], total: 32), [10, 10, 10])
        XCTAssertEqual(ColumnWidth.resolve([.fixed(3)], total: 0), [1])
    }
}
