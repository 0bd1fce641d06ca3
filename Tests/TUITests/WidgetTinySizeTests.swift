import XCTest
import Domain
@testable import TUI

/// Every widget drawn at every small size down to 0x0 (a terminal being
/// shrunk): nothing may crash or draw outside its rectangle.
final class WidgetTinySizeTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func testEveryWidgetAtTinySizes() {
        let people = (1...30).map { Teacher(id: $0, name: "Учитель 王 😀 \($0)", place: "Миасс", status: "новый") }
        for w in 0...14 {
            for h in 0...6 {
                let t = MemoryTerminal(size: Size(width: 20, height: 8))
                t.beginFrame()
                let screen = Painter(terminal: t, rect: Rect(x: 0, y: 0, width: 20, height: 8), theme: WidgetTest.theme)
                let p = screen.sub(Rect(x: 3, y: 1, width: w, height: h))
                var table = TableView(source: ArraySource(people), columns: [
                    Column("ФИО", width: .flexible(min: 10)) { TableCell($0.name) },
                    Column("Место", width: .percent(40), alignment: .right) { TableCell($0.place) },
                ], emptyMessage: "Пусто", allowsMarks: true)
                table.render(into: p)
                _ = table.handle(.key(.pageDown)); _ = table.handle(.key(.char(" "))); _ = table.handle(.key(.end))
                table.render(into: p)
                var tabs = TabBar(titles: ["Маршрут", "Заявки", "Доска"], active: 1)
                tabs.render(into: p)
                StatusBar(who: "Иванова", view: "Заявки", counts: "3", hints: StatusBar.defaultHints(.ru)).render(into: p)
                var help = HelpOverlay(title: "Клавиши", bindings: TableView<ArraySource<Teacher, Int>>.keyBindings(allowsMarks: true), language: .ru)
                help.render(into: p); _ = help.handle(.key(.end)); help.render(into: p)
                var palette = CommandPalette(commands: CommandPaletteTests.commands, language: .ru)
                palette.render(into: p)
                var picker = Picker(title: "Исполнитель", items: PickerTests.people, language: .ru)
                picker.render(into: p)
                var editor = LineEditor(text: "日本語のテキスト и кириллица")
                editor.render(into: p, focused: true)
                var note = LineEditor(text: "строка\nещё строка", allowsNewlines: true)
                note.renderArea(into: p, focused: true)
                var form = Form(fields: [.text("a", label: "Тема"), .date("d", label: "Срок"), .note("n", label: "Заметка")], language: .ru)
                form.render(into: p)
                var confirm = ConfirmDialog(question: "Удалить?", destructive: true, language: .ru)
                confirm.render(into: p)
                ProgressBar(fraction: 0.5).render(into: p)
                ProgressBar(parts: [.init(0.3, role: .ok), .init(0.3, role: .info)]).render(into: p)
                BarChart(items: BarChartTests.items).render(into: p)
                Sparkline(values: [1, 5, 2]).render(into: p)
                SizeGuard.render(into: p, size: Size(width: w, height: h), language: .ru)

                // Nothing outside the widget's rectangle.
                for y in 0..<8 {
                    for x in 0..<20 where !(x >= 3 && x < 3 + w && y >= 1 && y < 1 + h) {
                        XCTAssertEqual(t.cells[y][x], .blank, "\(w)x\(h): drew at \(x),\(y)")
                    }
                }
                if let c = t.cursor, w > 0, h > 0 {
                    XCTAssertTrue(p.rect.contains(x: c.x, y: c.y), "\(w)x\(h): cursor at \(c) outside")
                }
            }
        }
    }
}
