import Domain
import Storage

/// Drafts of forms kept across a dropped connection: the kept drafts
/// waiting for their form, and how a form is named. The app looks at the
/// open form after every event (`AppView.openForm`), never while drawing.
public final class FormDrafts {
    /// A form seen after an event: its key, what is typed, whether it differs from how it opened.
    public struct Seen: Equatable {
        public var key: String
        public var values: [String: String]
        public var dirty: Bool
    }

    /// The view whose form is looked at: part of a form's key.
    public var viewID = ""
    /// Kept drafts waiting for their form to open, newest first.
    public internal(set) var pending: [Draft] = []

    public init() {}

    /// The key of a form: the one it was given, or the view, its field ids
    /// and a hash of its labels (which name the request or step it is about).
    public func key(for form: Form) -> String {
        if let k = form.draftKey { return k }
        let labels = form.fields.map(\.label).joined(separator: "\u{1F}")
        var hash: UInt32 = 2_166_136_261   // FNV-1a: short, stable across runs (unlike Hasher)
        for b in labels.utf8 { hash = (hash ^ UInt32(b)) &* 16_777_619 }
        return viewID + ":" + form.fields.map(\.id).joined(separator: ",") + "#" + String(hash, radix: 16)
    }

    /// The kept draft for the form with `key`, taken off the shelf (nil: none).
    func take(_ key: String) -> Draft? {
        guard let i = pending.firstIndex(where: { $0.form == key }) else { return nil }
        return pending.remove(at: i)
    }
}
