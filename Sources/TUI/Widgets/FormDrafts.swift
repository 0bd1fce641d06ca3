import Domain
import Storage

/// Drafts of forms kept across a dropped connection, for every form at once
/// without each view doing anything: while the app draws, its shelf is
/// `current`; each `Form` reports itself when drawn (so the shelf always
/// knows the open form and what is typed in it), and a form opening with a
/// kept draft gets the draft's text.
public final class FormDrafts {
    /// The shelf of the app now drawing (drawing is one thread, one frame at a time).
    nonisolated(unsafe) public static var current: FormDrafts?

    /// A form seen in a frame: its key, what is typed, whether it differs from how it opened.
    public struct Seen: Equatable {
        public var key: String
        public var values: [String: String]
        public var dirty: Bool
    }

    /// The view being drawn: part of a form's key.
    public var viewID = ""
    /// Kept drafts waiting for their form to open, newest first.
    public internal(set) var pending: [Draft] = []
    /// The form drawn in this frame, if any.
    public internal(set) var frame: Seen?
    /// A pending draft was just put into a form (the app says so).
    public internal(set) var restoredKey: String?

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

    /// Called by `Form.render`.
    func rendering(_ form: inout Form) {
        let key = key(for: form)
        if !form.isDirty, let i = pending.firstIndex(where: { $0.form == key }) {
            form.fill(from: pending[i].fields)
            pending.remove(at: i)
            restoredKey = key
        }
        frame = Seen(key: key, values: form.draftValues, dirty: form.isDirty)
    }
}
