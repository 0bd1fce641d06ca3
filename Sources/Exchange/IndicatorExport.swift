import Domain
import Storage

/// `metodist export indicators --format csv|md`: the indicators of the
/// viewer's dashboard (the region for a coordinator, their municipality for a
/// municipal methodist), first the whole scope, then each municipality in
/// name order. One line per territory and indicator: its value, numerator
/// and denominator, then the three worklist numbers.
public enum IndicatorExport {
    static let header: [Phrase] = [
        Phrase("территория", "territory"), Phrase("код", "code"), Phrase("показатель", "indicator"),
        Phrase("значение", "value"), Phrase("числитель", "numerator"), Phrase("знаменатель", "denominator"),
    ]

    /// Exit code 0, or 2 when the viewer may not see indicators.
    public static func run(_ store: any IndicatorStore, viewer: Viewer, format: RequestExport.Format, excel: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        let dashboard: IndicatorDashboard
        do { dashboard = try store.indicatorDashboard(viewer) } catch {
            return .failure(error, language)
        }
        let decimalComma = excel || language == .ru
        var rows: [[String]] = []
        let territories = [(dashboard.title, dashboard.total, dashboard.totalWork)]
            + dashboard.municipalities.map { ($0.name, $0.counts, $0.work) }
        for (name, counts, work) in territories {
            for i in IndicatorRules.indicators(from: counts) {
                rows.append([RequestExport.clean(name), i.kind.rawValue, i.label.text(language),
                             value(i, decimalComma: decimalComma), String(i.numerator), String(i.denominator)])
            }
            for (list, n) in [(IndicatorWorklist.youngWithoutMentor, work.youngWithoutMentor),
                              (.routesWithoutTutor, work.routesWithoutTutor), (.overdueRequests, work.overdueRequests)] {
                rows.append([RequestExport.clean(name), list.rawValue, list.label.text(language), String(n), String(n), ""])
            }
        }
        let head = header.map { $0.text(language) }
        let output: String
        switch format {
        case .csv:
            output = ExportDocument.csv(head: head, rows: rows, excel: excel)
        case .md:
            output = markdown(head: head, rows: rows, dashboard: dashboard, viewer: viewer, language: language)
        }
        let note = language == .ru ? "Территорий выгружено: \(territories.count)" : "Territories exported: \(territories.count)"
        return ExchangeReport(lines: [note], output: output, exitCode: 0, count: territories.count)
    }

    /// A share as a percentage with one decimal ("63,5" in Russian), the
    /// median in days; "" when there is nothing to measure (denominator 0).
    static func value(_ i: Indicator, decimalComma: Bool) -> String {
        guard let v = i.value else { return "" }
        let x = i.isShare ? v * 100 : v
        let r = (x * 10).rounded() / 10
        let text = r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func markdown(head: [String], rows: [[String]], dashboard: IndicatorDashboard, viewer: Viewer,
                         language: Language) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        var out = [(language == .ru ? "# Показатели: " : "# Indicators: ") + cell(RequestExport.clean(dashboard.title)), ""]
        out.append((language == .ru ? "Выгрузил: " : "Exported by: ") + cell(RequestExport.clean(viewer.fullName)) + " · "
                   + dashboard.day.russian + (language == .ru ? " · доли в процентах" : " · shares in per cent"))
        out.append("")
        out.append("| " + head.joined(separator: " | ") + " |")
        out.append("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
        for r in rows { out.append("| " + r.map(cell).joined(separator: " | ") + " |") }
        return out.joined(separator: "\n") + "\n"
    }
}
