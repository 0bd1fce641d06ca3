import Domain
import Foundation

/// Text typed into an open form, kept when the connection dropped (SIGHUP,
/// SIGTERM) and offered back on the next start. One per login and form.
public struct Draft: Hashable, Sendable {
    /// Which form: a key the interface chooses (view, fields).
    public var form: String
    public var savedAt: Int64
    /// The typed values by field id.
    public var fields: [String: String]
    /// What the interface needs to reopen the form (view id, the action that opened it, a title).
    public var context: [String: String]

    public init(form: String, savedAt: Int64 = 0, fields: [String: String], context: [String: String] = [:]) {
        self.form = form; self.savedAt = savedAt; self.fields = fields; self.context = context
    }
}

extension SQLiteStore {
    /// Keeps the viewer's draft of `draft.form`, replacing an older one:
    /// one statement, so it is quick on the way out of a dropped session.
    /// Drafts are the person's own notes, not shared data: not audited.
    public func saveDraft(_ viewer: Viewer, _ draft: Draft) throws {
        var draft = draft
        draft.fields = draft.fields.mapValues { StoredText.clean($0) }  // stored text: no raw controls (StoredText)
        try db.execute("INSERT OR REPLACE INTO drafts(login, form, saved_at, payload) VALUES (?, ?, ?, ?)",
                       [viewer.login, draft.form, clock(), SQLiteStore.encodeDraft(draft)])
    }

    /// The viewer's drafts, newest first. A payload that cannot be read is skipped.
    public func loadDrafts(_ viewer: Viewer) throws -> [Draft] {
        try db.query("SELECT form, saved_at, payload FROM drafts WHERE login = ? ORDER BY saved_at DESC, form",
                     [viewer.login]) { r in
            SQLiteStore.decodeDraft(form: r.string(0), savedAt: r.int64(1), payload: r.string(2))
        }.compactMap { $0 }
    }

    /// Forgets a draft (its form was submitted or cancelled).
    public func deleteDraft(_ viewer: Viewer, form: String) throws {
        try db.execute("DELETE FROM drafts WHERE login = ? AND form = ?", [viewer.login, form])
    }

    static func encodeDraft(_ d: Draft) -> String {
        let object: [String: Any] = ["fields": d.fields, "context": d.context]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeDraft(form: String, savedAt: Int64, payload: String) -> Draft? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any],
              let fields = object["fields"] as? [String: String] else { return nil }
        return Draft(form: form, savedAt: savedAt, fields: fields, context: object["context"] as? [String: String] ?? [:])
    }
}
