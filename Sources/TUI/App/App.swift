import Domain
import Storage

/// The one place where events become actions and actions become state:
/// the tabs of the user's roles, the overlays (help, palette, confirm), the
/// status bar, and noticing other users' changes on the idle tick.
public final class App {
    public let ctx: AppContext
    public private(set) var views: [AppView]
    public private(set) var active = 0
    public private(set) var finished = false
    var status = StatusBar()
    var tabBar = TabBar(titles: [])
    var overlay: Overlay?
    var lastDataVersion: Int
    /// The change token each tab last loaded at (nil: never shown yet): a
    /// tab whose token is behind re-reads when it is shown again.
    var loadedAt: [Int?]
    /// Palette commands run lately, latest first (an empty query lists them first).
    var recentCommands: [String] = []
    /// A demo kiosk (Views/Kiosk): no quitting, no file exports; Esc/F10 ask for the start screen.
    public internal(set) var kiosk: Bool {
        get { ctx.kiosk }
        set { ctx.kiosk = newValue }
    }
    var kioskHomeRequested = false
    /// Forms' drafts kept across a dropped connection (AppDrafts).
    let drafts: AppDrafts

    enum Overlay {
        case help(HelpOverlay)
        case palette(CommandPalette)
        case confirmQuit(ConfirmDialog)
    }

    public init(context: AppContext, views: [AppView]) {
        self.ctx = context
        self.views = views
        self.lastDataVersion = context.store.changeToken()
        self.loadedAt = Array(repeating: nil, count: views.count)
        context.store.deferMaintenanceToIdle()
        self.drafts = AppDrafts(context)
        views.first?.activate(context)
        if !views.isEmpty { loadedAt[0] = lastDataVersion }
        if let m = drafts.startMessage(context, views: views) { status.show(m, kind: .info, ticks: 30, aboutView: false) }
    }

    public var activeView: AppView? { views.indices.contains(active) ? views[active] : nil }

    /// Keys that work in every view (unless a view is taking typed input).
    var globalBindings: [KeyBinding] {
        let g = KeyBinding.Groups.general
        var list = [
            KeyBinding.appHelp,
            KeyBinding("app.palette", keys: [.char(":")], label: Phrase("Команды: найти действие по названию", "Commands: find an action by name"), group: g),
            KeyBinding("app.nextTab", keys: [.char("]")], label: Phrase("Следующая вкладка", "Next tab"), group: g),
            KeyBinding("app.prevTab", keys: [.char("[")], label: Phrase("Предыдущая вкладка", "Previous tab"), group: g),
            KeyBinding("app.quit", keys: [.char("q"), .ctrl("c")], label: Phrase("Выйти из программы", "Quit the program"), group: g),
        ]
        if drafts.hasPending {
            list.append(KeyBinding(AppDrafts.restoreAction, keys: [.ctrl("r")],
                                   label: Phrase("Вернуть черновик формы", "Bring back a form's draft"), group: g))
        }
        if views.count > 1 {
            list.insert(KeyBinding("app.tabs", keys: (1...min(9, views.count)).map { Key.char(Character(String($0))) },
                                   label: Phrase("Перейти на вкладку по номеру", "Go to a tab by its number"), group: g, inPalette: false), at: 2)
        }
        if kiosk { list.removeAll { KioskMode.forbids($0.action) }; list += kioskBindings }
        return list
    }

    /// Every action by name, for the palette: the view's, the tabs, every
    /// other tab's actions and sections (running one goes there first), and
    /// the global ones.
    var paletteCommands: [PaletteCommand] {
        var commands: [PaletteCommand] = []
        if let v = activeView {
            commands += v.bindings.filter(\.inPalette).map { PaletteCommand($0) }
        }
        for (i, v) in views.enumerated() {
            commands.append(PaletteCommand(id: "tab:\(i)", name: Phrase("Открыть: \(v.title.ru)", "Open: \(v.title.en)"),
                                           keyHint: i < 9 ? "\(i + 1)" : nil, keywords: [v.title.ru, v.title.en], boost: 40))
        }
        var seen = Set(commands.map(\.name))
        for (i, v) in views.enumerated() where i != active {
            // Moving a cursor in a tab one is not looking at is not a command.
            for b in v.bindings where b.inPalette && b.group != KeyBinding.Groups.navigation && !seen.contains(b.label) {
                seen.insert(b.label)
                let key = b.keys.first.map(KeySyntax.describe).map { $0 + " · " } ?? ""
                commands.append(PaletteCommand(id: "tab:\(i):\(b.action)", name: b.label,
                                               keyHint: key + ctx.t(v.title), keywords: [v.title.ru, v.title.en]))
            }
        }
        commands += globalBindings.filter(\.inPalette).map { b in
            switch b.action {
            case "app.quit": return PaletteCommand(b, keywords: ["выход", "закрыть", "exit", "quit"])
            case "app.help": return PaletteCommand(b, keywords: ["помощь", "справка", "клавиши", "help", "keys"])
            default: return PaletteCommand(b)
            }
        }
        if kiosk { commands.removeAll { KioskMode.forbids($0.id) } }
        return commands
    }

    // MARK: events

    /// Handles one event; answers whether the screen needs drawing again
    /// (an idle tick that changed nothing draws nothing).
    @discardableResult
    public func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .hangup:
            drafts.saveOnHangup(ctx)   // before anything else: the text typed in an open form
            finished = true
            return false
        case .tick:
            var changed = status.tick()
            let version = ctx.store.changeToken()
            ctx.store.idleMaintenance(dataChanged: version != lastDataVersion)
            if version != lastDataVersion {
                lastDataVersion = version
                activeView?.reload(ctx)
                if loadedAt.indices.contains(active) { loadedAt[active] = version }
                changed = true
            }
            if idle() { changed = true }
            return changed
        case .resize:
            return true  // the next frame lays out for the new size
        default:
            handleInput(event)
            watchForms()
            return true
        }
    }

    /// After every input: drafts follow the open form (`AppDrafts.observe`) —
    /// outside drawing, so a frame writes nothing.
    func watchForms() {
        let message = drafts.observe(activeView, ctx)
        if drafts.formClosed { status.formClosed() }
        if let message { status.show(message, kind: .info, ticks: 8, aboutOpenForm: true) }
    }

    /// Whether the visible tab waits for a read running in the background.
    public var isWaitingInBackground: Bool { activeView?.isWaitingInBackground ?? false }

    /// Shows what the background read of the visible tab has finished, if
    /// anything (true: draw again).
    public func pollBackground() -> Bool { idle() }

    /// The visible tab's idle tick, and what it has to say in the status bar.
    private func idle() -> Bool {
        guard let view = activeView else { return false }
        let changed = view.idleTick(ctx)
        if case .message(let text, let kind)? = view.takeIdleMessage() { status.show(text, kind: kind); return true }
        return changed
    }

    /// Waits for the visible tab's background reads (with `allTabs`, every
    /// tab's) and shows them: a headless run draws what a user would see a
    /// moment later.
    @discardableResult
    public func finishBackground(allTabs: Bool = false) -> Bool {
        var changed = false
        for view in allTabs ? views : (activeView.map { [$0] } ?? []) {
            while view.isWaitingInBackground {
                view.waitForBackground()
                if view.idleTick(ctx) { changed = true }
                if case .message(let text, let kind)? = view.takeIdleMessage() { status.show(text, kind: kind); changed = true }
            }
        }
        return changed
    }

    func handleInput(_ event: InputEvent) {
        // Esc followed quickly by a letter arrives as Alt+letter (a terminal
        // cannot tell them apart). Outside text input, nothing is bound to
        // Alt+letter, so it means what the user typed: Esc, then the letter.
        if case .key(.alt(let inner)) = event, case .char = inner, overlay == nil, activeView?.isEditing != true {
            handleInput(.key(.escape))
            if !finished { handleInput(.key(inner)) }
            return
        }
        if overlay != nil { handleOverlay(event); return }
        guard let view = activeView else {
            if case .key(let k) = event, KeyboardLayout.latin(k) == .char("q") || k == .ctrl("c"), !kiosk { finished = true }
            return
        }
        // Ctrl+C is the app's before any view's: even in a form taking text it
        // quits, asking first when typed text would be lost.
        if case .key(.ctrl("c")) = event, !kiosk { requestQuit(); return }
        drafts.noteInput(event, view: view)
        let result = view.handle(event, ctx)
        noteOwnWrites()
        clearBusyNotice()
        switch result {
        case .handled: return
        case .message(let text, let kind): status.show(text, kind: kind); return
        case .unhandled: break
        }
        if case .mouse = event {
            if case .switched(let i) = tabBar.handle(event) { switchTo(i) }
            return
        }
        guard case .key(let key) = event else { return }
        if case .char(let c) = key, let d = c.wholeNumberValue, c.isASCII, d >= 1, d <= min(9, views.count) {
            switchTo(d - 1)
            return
        }
        if let action = KeyBinding.action(for: key, in: globalBindings) { perform(action) }
    }

    func perform(_ action: String) {
        switch action {
        case "app.help":
            let bindings = (activeView?.bindings ?? []) + globalBindings
            let title = ctx.t("Клавиши", "Keys") + (activeView.map { ": " + ctx.t($0.title) } ?? "")
            overlay = .help(HelpOverlay(title: title, bindings: bindings, language: ctx.language))
        case "app.palette":
            overlay = .palette(CommandPalette(commands: paletteCommands, language: ctx.language, recent: recentCommands))
        case "app.nextTab": if !views.isEmpty { switchTo((active + 1) % views.count) }
        case "app.prevTab": if !views.isEmpty { switchTo((active + views.count - 1) % views.count) }
        case "app.quit": requestQuit()
        case AppDrafts.restoreAction: restoreDraft()
        default:
            if kiosk && performKiosk(action) { return }
            if let (i, inner) = App.tabCommand(action) {
                switchTo(i)
                if let inner { perform(inner) }
                return
            }
            guard let view = activeView else { return }
            drafts.noteAction(action)
            let result = view.perform(action, ctx)
            noteOwnWrites()
            clearBusyNotice()
            if case .message(let text, let kind) = result { status.show(text, kind: kind) }
        }
    }

    /// "tab:2" opens the third tab; "tab:2:rma.selection" runs that tab's action there.
    static func tabCommand(_ id: String) -> (Int, String?)? {
        guard id.hasPrefix("tab:") else { return nil }
        let rest = id.dropFirst(4)
        let number = rest.prefix { $0 != ":" }
        guard let i = Int(number) else { return nil }
        let inner = rest.dropFirst(number.count + 1)
        return (i, inner.isEmpty ? nil : String(inner))
    }

    func requestQuit() {
        if activeView?.hasUnsavedInput == true {
            overlay = .confirmQuit(ConfirmDialog(question: ctx.t("Введённый текст не сохранён. Выйти всё равно?",
                                                                  "Typed text is not saved. Quit anyway?"),
                                                 destructive: true, language: ctx.language))
        } else {
            finished = true
        }
    }

    public func switchTo(_ index: Int) {
        guard views.indices.contains(index), index != active else { return }
        active = index
        status.viewChanged()   // a message belongs to the view it was said in
        let token = ctx.store.changeToken()
        if let seen = loadedAt[index], seen != token { views[index].reload(ctx) }
        views[index].activate(ctx)
        loadedAt[index] = token
    }

    /// After the visible tab handled a key: if that wrote (the change token
    /// counts this session's commits too), the visible tab has shown its own
    /// write already, and every other loaded tab is now behind.
    func noteOwnWrites() {
        let token = ctx.store.changeToken()
        guard token != lastDataVersion else { return }
        lastDataVersion = token
        if loadedAt.indices.contains(active) { loadedAt[active] = token }
    }

    func handleOverlay(_ event: InputEvent) {
        switch overlay {
        case .help(var h):
            overlay = h.handle(event) == .closed ? nil : .help(h)
        case .palette(var p):
            switch p.handle(event) {
            case .handled: overlay = .palette(p)
            case .cancelled: overlay = nil
            case .chosen(let id):
                overlay = nil
                recentCommands.removeAll { $0 == id }
                recentCommands.insert(id, at: 0)
                if recentCommands.count > 8 { recentCommands.removeLast() }
                perform(id)
            }
        case .confirmQuit(var d):
            switch d.handle(event) {
            case .confirmed: overlay = nil; finished = true
            case .declined: overlay = nil
            case .pending: overlay = .confirmQuit(d)
            }
        case nil:
            break
        }
    }

    // MARK: drawing

    var lastSize = Size(width: 80, height: 24)

    /// Draws one frame. Only what changed reaches a real terminal (ncurses diffs).
    public func render(on terminal: Terminal) {
        let size = terminal.size
        lastSize = size
        terminal.beginFrame()
        let screen = Painter(terminal: terminal, rect: Rect(size: size), theme: ctx.theme)
        if SizeGuard.isTooSmall(size) {
            SizeGuard.render(into: screen, size: size, language: ctx.language)
            terminal.present()
            return
        }
        let (top, rest) = Rect(size: size).splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        tabBar.titles = views.map { ctx.t($0.title) }
        tabBar.active = active
        tabBar.render(into: Painter(terminal: terminal, rect: top, theme: ctx.theme))

        if let view = activeView {
            view.render(Painter(terminal: terminal, rect: body, theme: ctx.theme), ctx)
        } else {
            Painter(terminal: terminal, rect: body, theme: ctx.theme)
                .text(ctx.t("Для ваших ролей пока нет экранов.", "There are no screens for your roles yet."), x: 2, y: 1, role: .muted)
        }

        status.who = "\(ctx.viewer.fullName) · " + ctx.viewer.roles.sorted().map { ctx.t($0.label) }.joined(separator: ", ")
        status.view = activeView.map { ctx.t($0.title) } ?? ""
        status.counts = activeView?.statusText(ctx) ?? ""
        status.hints = kiosk ? KioskMode.hints(ctx.language) : StatusBar.defaultHints(ctx.language)
        status.render(into: Painter(terminal: terminal, rect: bottom, theme: ctx.theme))

        let whole = Painter(terminal: terminal, rect: Rect(size: size), theme: ctx.theme)
        switch overlay {
        case .help(var h): h.render(into: whole); overlay = .help(h)
        case .palette(var p): p.render(into: whole); overlay = .palette(p)
        case .confirmQuit(var d): d.render(into: whole); overlay = .confirmQuit(d)
        case nil: break
        }
        terminal.present()
    }
}

extension App {
    /// A message in the status bar (e.g. a theme that could not be read).
    public func showMessage(_ text: String, kind: StatusMessage.Kind = .info) { status.show(text, kind: kind, ticks: 8) }
}
