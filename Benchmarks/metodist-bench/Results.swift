import Foundation

/// One figure of the table: what was measured, its value, the target beside it.
struct Figure {
    var section: String
    var name: String
    var value: Double?
    var unit: String
    /// The target as printed ("< 150 ms"), empty when there is none.
    var target = ""
    /// nil: no target (or not measured).
    var pass: Bool?
    var note = ""

    var valueText: String {
        guard let v = value else { return "—" }
        if unit == "B" || unit == "cells" || unit == "KB" || unit == "rows" { return String(format: "%.0f %@", v, unit) }
        if unit == "x" { return String(format: "%.1f%@", v, unit) }
        if abs(v) >= 100 { return String(format: "%.0f %@", v, unit) }
        if abs(v) >= 10 { return String(format: "%.1f %@", v, unit) }
        return String(format: "%.2f %@", v, unit)
    }

    var mark: String {
        switch pass {
        case .some(true): return "✓"
        case .some(false): return "✗"
        case nil: return ""
        }
    }
}

/// All the figures of a run: printed as one table and written as JSON.
final class Results {
    var figures: [Figure] = []
    var header: [String: String] = [:]

    func add(_ f: Figure) {
        figures.append(f)
        let line = "  \(f.section) · \(f.name): \(f.valueText) \(f.target) \(f.mark) \(f.note)"
        FileHandle.standardError.write((line + "\n").data(using: .utf8) ?? Data())
    }

    /// A figure compared with an upper bound.
    func below(_ section: String, _ name: String, _ value: Double?, _ unit: String, limit: Double, note: String = "") {
        add(Figure(section: section, name: name, value: value, unit: unit,
                   target: "< " + Results.number(limit) + " " + unit, pass: value.map { $0 < limit }, note: note))
    }

    /// A figure compared with a lower bound.
    func atLeast(_ section: String, _ name: String, _ value: Double?, _ unit: String, limit: Double, note: String = "") {
        add(Figure(section: section, name: name, value: value, unit: unit,
                   target: "≥ " + Results.number(limit) + " " + unit, pass: value.map { $0 >= limit }, note: note))
    }

    func info(_ section: String, _ name: String, _ value: Double?, _ unit: String, note: String = "") {
        add(Figure(section: section, name: name, value: value, unit: unit, note: note))
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(format: "%.0f", v) : String(format: "%g", v)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let n = s.count
        return n >= width ? s : s + String(repeating: " ", count: width - n)
    }

    func table() -> String {
        let widths = [
            max(7, figures.map(\.section.count).max() ?? 0),
            max(6, figures.map(\.name.count).max() ?? 0),
            max(5, figures.map(\.valueText.count).max() ?? 0),
            max(6, figures.map(\.target.count).max() ?? 0),
        ]
        var lines: [String] = []
        for (k, v) in header.sorted(by: { $0.key < $1.key }) { lines.append("\(k): \(v)") }
        lines.append("")
        let head = [Results.pad("Section", widths[0]), Results.pad("Figure", widths[1]), Results.pad("Value", widths[2]),
                    Results.pad("Target", widths[3]), "  ", "Note"].joined(separator: "  ")
        lines.append(head)
        lines.append(String(repeating: "─", count: min(160, head.count + 20)))
        for f in figures {
            lines.append([Results.pad(f.section, widths[0]), Results.pad(f.name, widths[1]), Results.pad(f.valueText, widths[2]),
                          Results.pad(f.target, widths[3]), Results.pad(f.mark, 2), f.note].joined(separator: "  "))
        }
        let missed = figures.filter { $0.pass == false }
        lines.append("")
        lines.append(missed.isEmpty ? "Every target met." : "Missed: " + missed.map { "\($0.section) · \($0.name)" }.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }

    func json() -> Data {
        var rows: [[String: Any]] = []
        for f in figures {
            var r: [String: Any] = ["section": f.section, "name": f.name, "unit": f.unit, "target": f.target, "note": f.note]
            r["value"] = f.value.map { $0 as Any } ?? NSNull()
            r["pass"] = f.pass.map { $0 as Any } ?? NSNull()
            rows.append(r)
        }
        let object: [String: Any] = ["run": header, "figures": rows]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }
}

/// Order statistics of a sample.
enum Stats {
    static func percentile(_ xs: [Double], _ p: Double) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        let rank = Int((p / 100 * Double(s.count)).rounded(.up)) - 1
        return s[min(max(rank, 0), s.count - 1)]
    }
    static func median(_ xs: [Double]) -> Double? { percentile(xs, 50) }
}

/// Monotonic time in seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8) ?? Data()) }
