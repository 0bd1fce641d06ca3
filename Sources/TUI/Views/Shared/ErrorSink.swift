/// Where a row source that cannot throw (the table asks it for pages)
/// leaves a storage error; the view that owns both shows it in the status bar.
final class ErrorSink {
    private(set) var pending: String?
    func report(_ message: String) { pending = message }
    func take() -> String? { defer { pending = nil }; return pending }
}
