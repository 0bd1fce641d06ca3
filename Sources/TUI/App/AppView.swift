import Domain

/// What a view did with an event.
public enum ViewResult: Equatable {
    /// Consumed; redraw.
    case handled
    /// Not for this view: the app tries its global keys.
    case unhandled
    /// Consumed, with a message for the status bar.
    case message(String, StatusMessage.Kind)
}

/// A tab of the app: a plain type that renders from its state and maps keys
/// to actions. Views read and write only through the store's methods (no SQL
/// here) and never touch the terminal except through the painter.
public protocol AppView: AnyObject {
    /// Stable id (palette commands, kiosk cycling, tests).
    var id: String { get }
    var title: Phrase { get }
    /// Every key of the view, as data: dispatch, the `?` help and the `:` palette come from it.
    var bindings: [KeyBinding] { get }
    /// The form open in the view now (a nested screen answers for its own):
    /// the app looks at it after every event, for drafts.
    var openForm: Form? { get }
    /// Puts a kept draft's text into the open form; called only while it is untouched.
    func fillOpenForm(from values: [String: String])
    /// The hint row under the view's list, by action: the keys are read from `bindings`.
    var keyHints: [KeyHint] { get }
    /// Counts for the status bar ("12 из 340").
    func statusText(_ ctx: AppContext) -> String
    /// True while the view holds typed input (a filter being edited, a form):
    /// printable keys go to it and `q` asks before losing the input.
    var isEditing: Bool { get }
    /// True when unsaved input would be lost by quitting.
    var hasUnsavedInput: Bool { get }

    func render(_ painter: Painter, _ ctx: AppContext)
    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult
    /// Runs a binding's action by id (from the palette, or a key).
    func perform(_ action: String, _ ctx: AppContext) -> ViewResult
    /// Someone changed the data: re-read what is shown, keeping the cursor on the same item.
    func reload(_ ctx: AppContext)
    /// Called when the tab becomes visible.
    func activate(_ ctx: AppContext)
    /// The idle tick (about once a second) while the tab is visible: work
    /// finished in the background can be shown. True when there is
    /// something new to draw.
    func idleTick(_ ctx: AppContext) -> Bool
    /// A read runs in the background whose result `idleTick` will show.
    var isWaitingInBackground: Bool { get }
    /// Blocks until that read has finished (headless runs, tests).
    func waitForBackground()
    /// What work finished in the background has to say (a write that keys
    /// typed ahead of a read ended in), taken once, after `idleTick`.
    func takeIdleMessage() -> ViewResult?
}

extension AppView {
    public var isEditing: Bool { false }
    public var keyHints: [KeyHint] { [] }
    public var openForm: Form? { nil }
    public func fillOpenForm(from values: [String: String]) {}
    public var hasUnsavedInput: Bool { false }
    public func activate(_ ctx: AppContext) {}
    public func idleTick(_ ctx: AppContext) -> Bool { false }
    public var isWaitingInBackground: Bool { false }
    public func waitForBackground() {}
    public func takeIdleMessage() -> ViewResult? { nil }
    public func statusText(_ ctx: AppContext) -> String { "" }

    /// Dispatches a key through the view's own bindings.
    public func dispatch(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard case .key(let key) = event, let action = KeyBinding.action(for: key, in: bindings) else { return .unhandled }
        return perform(action, ctx)
    }
}
