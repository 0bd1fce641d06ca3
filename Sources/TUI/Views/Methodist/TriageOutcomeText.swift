import Domain
import Storage

extension TriageOutcome {
    /// "Изменено 3, без изменений 1, отказано 2: №12 — причина; №15 — причина".
    public func summary(_ language: Language, limit: Int = 2) -> String {
        let ru = language == .ru
        var parts = [ru ? "Изменено \(changed.count)" : "Changed \(changed.count)"]
        if !unchanged.isEmpty { parts.append(ru ? "без изменений \(unchanged.count)" : "unchanged \(unchanged.count)") }
        if !refused.isEmpty {
            let reasons = refused.prefix(limit).map { "№\($0.id) — \($0.reason.text(language))" }.joined(separator: "; ")
            let more = refused.count > limit ? (ru ? "; и ещё \(refused.count - limit)" : "; and \(refused.count - limit) more") : ""
            parts.append((ru ? "отказано \(refused.count): " : "refused \(refused.count): ") + reasons + more)
        }
        return parts.joined(separator: ", ")
    }
}
