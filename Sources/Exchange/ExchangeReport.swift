import Domain
import Storage

/// What an import or export command has to say: lines for the terminal
/// (stderr for import messages), the data to write (export), and the exit
/// code (`ExitCode`: 0 done, 1 refused input, 2 cannot run, 3 the database).
public struct ExchangeReport: Hashable, Sendable {
    /// Messages for the user, one per line, in the interface language.
    public var lines: [String]
    /// The exported document (empty for imports): print it to stdout as is.
    public var output: String
    public var exitCode: Int32
    /// Rows imported or exported.
    public var count: Int

    /// The lines go to a terminal and quote values from files and
    /// arguments: they are sanitized here (the screen's `Sanitizer`), one per
    /// line, so no message can carry an escape sequence.
    public init(lines: [String], output: String = "", exitCode: Int32, count: Int = 0) {
        self.lines = lines.flatMap(Sanitizer.lines); self.output = output; self.exitCode = exitCode; self.count = count
    }

    /// The reason the store gave, after `prefix`; the exit code by `ExitCode`.
    static func failure(_ error: Error, _ language: Language, prefix: String = "") -> ExchangeReport {
        // Never the SQL of a SQLiteError's description: words a user can act on.
        let message = (error as? StoreError)?.message.text(language)
            ?? (error as? SQLiteError)?.userMessage.text(language) ?? String(describing: error)
        return ExchangeReport(lines: [prefix + message], exitCode: ExitCode.of(error))
    }
}
