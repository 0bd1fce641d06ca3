import Domain
import Foundation

/// How list-like domain values are written into single columns.
public enum Codecs {
    /// Role set as a bit mask, bit i = Role.allCases[i]. Bit 0 is teacher.
    public static func roleBits(_ roles: Set<Role>) -> Int {
        var bits = 0
        for (i, role) in Role.allCases.enumerated() where roles.contains(role) { bits |= 1 << i }
        return bits
    }

    public static func roles(_ bits: Int) -> Set<Role> {
        var roles = Set<Role>(minimumCapacity: 2)
        for (offset, role) in Role.allCases.enumerated() where bits & (1 << offset) != 0 { roles.insert(role) }
        return roles
    }

    public static func bit(_ role: Role) -> Int { roleBits([role]) }

    /// `1,5,7`
    public static func ints(_ values: [Int]) -> String { values.map(String.init).joined(separator: ",") }
    public static func ints(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }

    /// `Математика; Физика`
    public static func list(_ values: [String]) -> String { values.joined(separator: "; ") }
    public static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmed(" ") }.filter { !$0.isEmpty }
    }

    /// Diagnostic scores: `competence=score;...` in competence order.
    public static func scores(_ scores: [CompetenceID: Int]) -> String {
        scores.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }

    public static func scores(_ text: String) -> [CompetenceID: Int] {
        var out: [CompetenceID: Int] = [:]
        for pair in text.split(separator: ";") {
            let kv = pair.split(separator: "=")
            if kv.count == 2, let k = CompetenceID(kv[0]), let v = Int(kv[1]) { out[k] = v }
        }
        return out
    }

    public static func criteriaBits(_ set: Set<SelectionCriterion>) -> Int {
        var bits = 0
        for (i, c) in SelectionCriterion.allCases.enumerated() where set.contains(c) { bits |= 1 << i }
        return bits
    }

    public static func criteria(_ bits: Int) -> Set<SelectionCriterion> {
        Set(SelectionCriterion.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
    }
}

/// Search keys: lower case with ё folded to е, so `Ёлкина` and `елкина` sort
/// and match together (SQL lower() is ASCII-only).
public enum SearchKey {
    public static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }
}

extension StringProtocol {
    public func trimmed(_ chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
