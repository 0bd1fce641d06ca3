import Domain
import Foundation

/// One line of a person's timeline: consultations, step and route changes
/// (from the audit log) and diagnostics, newest first.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Sendable { case consultation, step, route, diagnostic }
    public var date: Day
    public var kind: Kind
    public var text: String
}

extension SQLiteStore {
    /// Logs a consultation with a person of the viewer's caseload; answers its id.
    @discardableResult
    public func logConsultation(_ viewer: Viewer, personID: PersonID, date: Day, form: ConsultationForm, topic: String,
                                result: String = "", nextStep: String = "") throws -> ConsultationID {
        guard viewer.can(.logConsultations) else { throw StoreError.forbidden(Action.logConsultations.label) }
        let topic = topic.trimmed(" \t\n")
        guard !topic.isEmpty else {
            throw StoreError.refused(Refusal("Укажите тему консультации", "Give the topic of the consultation"))
        }
        guard date <= today() else {
            throw StoreError.refused(Refusal("Дата консультации не может быть в будущем", "A consultation cannot be in the future"))
        }
        return try db.write {
            guard try inCaseload(viewer, personID: personID) || viewer.roles.contains(.administrator) else {
                throw StoreError.forbidden(Phrase("вести консультации человека не из своего списка", "log consultations outside your caseload"))
            }
            try db.execute("""
                INSERT INTO consultations(tutor_id, person_id, date, form, topic, result, next_step) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([viewer.personID, personID, date, form.rawValue, topic, result.trimmed(" \t\n"),
                                           nextStep.trimmed(" \t\n")]))
            let id = db.lastInsertRowID
            try audit(viewer, entity: "consultation", id: id, action: "add", after: "person=\(personID); date=\(date.iso); form=\(form.rawValue); topic=\(topic)")
            return id
        }
    }

    /// The person's timeline, newest first (at most `limit` of each kind).
    public func timeline(_ viewer: Viewer, personID: PersonID, limit: Int = 50) throws -> [TimelineEntry] {
        guard try person(viewer, id: personID) != nil else { return [] }
        return try db.read {
            var out: [TimelineEntry] = []
            out += try db.query("""
                SELECT c.date, c.form, c.topic, c.result, c.next_step, coalesce(t.full_name, '') FROM consultations c
                LEFT JOIN people t ON t.id = c.tutor_id WHERE c.person_id = ? ORDER BY c.date DESC, c.id DESC LIMIT ?
                """, [personID, limit]) { r in
                let form = ConsultationForm(rawValue: r.string(1))?.label.ru ?? r.string(1)
                var text = "Консультация (\(form)): \(r.string(2))"
                if !r.string(3).isEmpty { text += " — \(r.string(3))" }
                if !r.string(4).isEmpty { text += " · далее: \(r.string(4))" }
                return TimelineEntry(date: r.day(0) ?? Day(ordinal: 0), kind: .consultation, text: text)
            }
            out += try db.query("""
                SELECT a.at, a.entity, a.action, a.after, a.actor_login, coalesce(s.title, '') FROM audit a
                LEFT JOIN steps s ON a.entity = 'step' AND s.id = a.entity_id
                WHERE (a.entity = 'route' AND a.entity_id IN (SELECT id FROM routes WHERE person_id = ?))
                   OR (a.entity = 'step' AND a.entity_id IN (SELECT s2.id FROM steps s2 JOIN routes r2 ON r2.id = s2.route_id WHERE r2.person_id = ?))
                ORDER BY a.id DESC LIMIT ?
                """, [personID, personID, limit]) { r in
                let day = Day(ordinal: Int(r.int64(0) / 86_400))
                let what = r.string(1) == "step" ? "Шаг «\(r.string(5))»: \(r.string(2))" : "Маршрут: \(r.string(2))"
                return TimelineEntry(date: day, kind: r.string(1) == "step" ? .step : .route,
                                     text: "\(what) \(r.string(3)) (\(r.string(4)))")
            }
            out += try db.query("SELECT date, source FROM diagnostics WHERE person_id = ? ORDER BY date DESC LIMIT ?", [personID, limit]) { r in
                let source = DiagnosticSource(rawValue: r.string(1))?.label.ru ?? r.string(1)
                return TimelineEntry(date: r.day(0) ?? Day(ordinal: 0), kind: .diagnostic, text: "Диагностика: \(source)")
            }
            return out.sorted { $0.date > $1.date }
        }
    }
}
