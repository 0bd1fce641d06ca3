#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses

/// The process locale, set up for UTF-8 text: `setlocale(LC_ALL, "")` from the
/// environment, falling back to `C.UTF-8` when that is not a UTF-8 locale
/// (LANG unset gives "C", where `wcwidth("Я")` is -1 and ncurses would draw
/// Cyrillic as escapes). Used by the ncurses terminal, the headless mode and tests.
public enum LocaleSetup {
    /// Sets the locale once per process (later calls return the first result).
    /// Returns the codeset in effect, e.g. "UTF-8".
    @discardableResult
    public static func ensureUTF8() -> String {
        result
    }

    /// Whether the current locale's codeset is UTF-8.
    public static var isUTF8: Bool {
        String(currentCodeset().uppercased().filter { $0 != "-" }) == "UTF8"
    }

    private static let result: String = {
        let fromEnvironment = setlocale(LC_ALL, "")
        if fromEnvironment == nil || !isUTF8 {
            if setlocale(LC_ALL, "C.UTF-8") == nil {
                _ = setlocale(LC_ALL, "en_US.UTF-8")
            }
        }
        return currentCodeset()
    }()

    private static func currentCodeset() -> String {
        guard let p = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: p)
    }
}

/// Sets up a UTF-8 locale for the process (see `LocaleSetup`). Call before
/// measuring text or starting ncurses; safe to call more than once.
@discardableResult
public func setUpUTF8Locale() -> String {
    LocaleSetup.ensureUTF8()
}
