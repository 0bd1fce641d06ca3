import Domain
import Storage

/// How the dashboard writes numbers: shares as per cent, the median in days,
/// «—» when there is nothing to measure (denominator 0), thousands grouped.
enum DashboardFormat {
    /// "63,5 %" / "63.5%"; "4,5 дн." / "4.5 d"; "—".
    static func value(_ i: Indicator, _ language: Language) -> String {
        guard let v = i.value else { return "—" }
        if i.isShare { return decimal(v * 100, language) + (language == .ru ? " %" : "%") }
        return decimal(v, language) + (language == .ru ? " дн." : " d")
    }

    /// Whole per cent for bars: "64%"; days: "5 дн."; "—".
    static func short(_ i: Indicator, _ language: Language) -> String {
        guard let v = i.value else { return "—" }
        if i.isShare { return String(Int((v * 100).rounded())) + "%" }
        return decimal(v, language) + (language == .ru ? " дн." : " d")
    }

    /// "635/1 000" (for the median: "n = 12").
    static func fraction(_ i: Indicator) -> String {
        i.isShare ? group(i.numerator) + "/" + group(i.denominator) : "n = " + group(i.denominator)
    }

    /// "0,04 с", "3,2 с".
    static func seconds(_ s: Double, _ language: Language) -> String {
        let text = s < 1 ? String((s * 100).rounded() / 100) : String((s * 10).rounded() / 10)
        return (language == .ru ? text.replacingOccurrences(of: ".", with: ",") : text) + (language == .ru ? " с" : " s")
    }

    /// One decimal, dropped when zero; a decimal comma in Russian.
    static func decimal(_ x: Double, _ language: Language) -> String {
        let r = (x * 10).rounded() / 10
        let text = r == r.rounded() ? String(Int(r)) : String(r)
        return language == .ru ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// 1234567 -> "1 234 567" (a thin no-break space would be narrower, but
    /// not every terminal font has it).
    static func group(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A bar's value on the chart's scale: per cent for shares, days for the median.
    static func barValue(_ i: Indicator) -> Double? {
        guard let v = i.value else { return nil }
        return i.isShare ? v * 100 : v
    }
}
