import Storage
/// The exit codes of every command — one table, the README's.
///
///     0  done
///     1  refused: the data says no (an import file's rows, a check that
///        found problems, a demo into a file that already has data)
///     2  the command line: a bad argument, an unknown command or kind, an
///        input file that cannot be read, an unknown login, no right, a
///        database file named that does not exist (nothing is created: init
///        or demo makes one), a file to make that already exists
///     3  the database file cannot be used: a folder, empty, not SQLite,
///        another program's, a newer schema, damaged, read-only for a
///        command that writes, busy beyond the wait, held by a running
///        session (restore)
public enum ExitCode {
    public static let ok: Int32 = 0
    public static let refused: Int32 = 1
    public static let usage: Int32 = 2
    public static let database: Int32 = 3

    public static func of(_ error: StoreError) -> Int32 {
        switch error {
        // The path on the command line names nothing, or something that must not be there.
        case .missingFile, .missingFolder, .alreadyExists, .sameFile: return usage
        default: break
        }
        if error.isAboutTheFile { return database }
        switch error {
        case .unknownLogin, .forbidden: return usage
        default: return refused
        }
    }

    /// Any error a command ends on.
    public static func of(_ error: Error) -> Int32 {
        if let e = error as? StoreError { return of(e) }
        return database
    }
}
