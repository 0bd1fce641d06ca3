import Domain
import Storage

/// What every view needs: who is looking, the data, the language and theme.
public final class AppContext {
    public let store: any Backend
    public let viewer: Viewer
    public let language: Language
    public var theme: Theme
    /// Colours may be used (false for vt100, NO_COLOR, the monochrome theme).
    public var colors: Bool
    /// A demo kiosk: views leave out the keys it disables (quit, export).
    public var kiosk = false

    public init(store: any Backend, viewer: Viewer, language: Language, theme: Theme, colors: Bool = true) {
        self.store = store; self.viewer = viewer; self.language = language; self.theme = theme; self.colors = colors
    }

    /// Picks the text of the interface language.
    public func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }
    public func t(_ p: Phrase) -> String { p.text(language) }

    public var today: Day { store.today() }

    /// The words of an error for the status bar or a form: never SQL (a
    /// failed statement goes to the debug log, the user reads the cause).
    public func describe(_ error: Error) -> String {
        if let e = error as? StoreError { return t(e.message) }
        if let r = error as? Refusal { return t(r.reason) }
        if let e = error as? SQLiteError {
            DebugLog.write(String(describing: e))
            return t(e.userMessage)
        }
        return String(describing: error)
    }

    /// What the status line says while a write waits for another session's lock.
    public static let busyNotice = Phrase("база занята, повторяю…", "database busy, retrying…")
}
