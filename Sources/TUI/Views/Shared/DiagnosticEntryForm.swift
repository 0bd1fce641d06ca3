import Domain
import Storage

/// The form of a diagnostic entered by hand — a teacher's self-assessment,
/// a tutor's lesson observation — and what its answer means: a score per
/// competence of the framework (blank: not assessed), the date, the source,
/// a note. Scores are checked against the scale in their fields; the store
/// checks everything again (`DeficitRules.validate`).
enum DiagnosticEntryForm {
    /// Wide enough on a wide screen for a competence's whole name as the label (a third of the box).
    static let dialogWidth = 132

    static func fields(_ ctx: AppContext, framework: CompetenceFramework, sources: [DiagnosticSource]) -> [FormField] {
        let scale = framework.scale
        let score = RangeValidators.number(ValueRange(Phrase("Балл", "Score"), scale.minimum...scale.maximum), ctx.language)
        var fields: [FormField] = []
        if sources.count > 1 {
            fields.append(.choice("source", label: ctx.t("Источник", "Source"),
                                  options: sources.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) }))
        }
        fields.append(.date("date", label: ctx.t("Дата", "Date"), value: ctx.today.iso, required: true,
                            validator: RangeValidators.day(ctx.language)))
        for c in framework.competences {
            fields.append(.text(key(c.id), label: "\(c.code) \(c.name)", maxLength: 3, placeholder: "—", validator: score))
        }
        fields.append(.note("note", label: ctx.t("Заметка", "Note"), lines: 2, maxLength: 1000))
        return fields
    }

    /// The lines above the fields: whose diagnostic, and how to fill it in.
    static func intro(_ ctx: AppContext, name: String, framework: CompetenceFramework) -> [TeacherLine] {
        let s = framework.scale
        return [TeacherLine(name, .dialogTitle),
                TeacherLine(ctx.t("Баллы \(s.minimum)–\(s.maximum), порог \(s.threshold); пусто — не оценивалось. Дефициты пересчитаются по правилу диагностики.",
                                  "Scores \(s.minimum)–\(s.maximum), threshold \(s.threshold); blank: not assessed. Deficits follow the diagnostics rule."),
                            .muted)]
    }

    static func diagnostic(from values: [String: String], personID: PersonID, framework: CompetenceFramework,
                           sources: [DiagnosticSource], today: Day) -> Diagnostic {
        let range = ValueRange(Phrase("Балл", "Score"), framework.scale.minimum...framework.scale.maximum)
        var scores: [CompetenceID: Int] = [:]
        for c in framework.competences {
            if let text = values[key(c.id)], !text.isEmpty, case .success(let n) = range.parse(text) { scores[c.id] = n }
        }
        let source = values["source"].flatMap(DiagnosticSource.init(rawValue:)) ?? sources.first ?? .selfAssessment
        return Diagnostic(id: 0, personID: personID, date: Form.parseDate(values["date"] ?? "") ?? today, source: source,
                          scores: scores, note: values["note"] ?? "")
    }

    /// «Диагностика записана · закрыт: М1 · выявлен: Ц1» for the status bar (only what moved).
    static func summary(_ outcome: DiagnosticOutcome, framework: CompetenceFramework, _ ctx: AppContext, withdrawn: Bool = false) -> String {
        func part(_ label: Phrase, _ ids: [CompetenceID]) -> String? {
            ids.isEmpty ? nil : ctx.t(label) + ": " + ids.map { framework.competence($0)?.code ?? "№\($0)" }.joined(separator: ", ")
        }
        let parts = withdrawn
            ? [part(Phrase("снова открыт", "reopened"), outcome.closed), part(Phrase("снят", "removed"), outcome.found),
               part(Phrase("возвращён", "put back"), outcome.persisting)]
            : [part(Phrase("закрыт", "closed"), outcome.closed), part(Phrase("выявлен", "found"), outcome.found),
               part(Phrase("сохраняется", "persists"), outcome.persisting)]
        let moved = parts.compactMap { $0 }
        let head = withdrawn ? ctx.t("Диагностика отозвана", "Diagnostic withdrawn") : ctx.t("Диагностика записана", "Diagnostic recorded")
        return ([head] + (moved.isEmpty ? [ctx.t("дефициты не изменились", "no deficit changed")] : moved)).joined(separator: " · ")
    }

    private static func key(_ id: CompetenceID) -> String { "score\(id)" }
}
