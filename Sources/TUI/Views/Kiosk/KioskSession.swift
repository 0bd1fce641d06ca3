import Domain
import Storage

/// How long a kiosk waits, in idle seconds (one input tick each).
public struct KioskSettings: Sendable, Equatable {
    /// A visitor's role goes back to the start screen after this long untouched.
    public var idleSeconds: Int
    /// The start screen begins the attract loop after this long untouched.
    public var attractAfterSeconds: Int
    /// The attract loop shows each screen this long.
    public var attractStepSeconds: Int

    public static let defaultIdleSeconds = 180

    public init(idleSeconds: Int = KioskSettings.defaultIdleSeconds, attractAfterSeconds: Int = 20, attractStepSeconds: Int = 8) {
        self.idleSeconds = max(1, idleSeconds)
        self.attractAfterSeconds = max(1, attractAfterSeconds)
        self.attractStepSeconds = max(1, attractStepSeconds)
    }
}

/// A kiosk: the start screen, the app of the role a visitor picked, and the
/// attract loop when nobody is there. Every role works on the same (fresh,
/// temporary) demo store.
public final class KioskSession {
    public enum Mode: Equatable { case start, role(Int), attract }

    /// The demo data; replaced by a pristine copy when a visitor's role times out.
    public private(set) var store: any Backend
    /// Makes a pristine copy of the demo for the next visitor (nil: keep the data as it is).
    public var renewStore: (() -> (any Backend)?)?
    public let language: Language
    public let theme: Theme
    public let colors: Bool
    public let settings: KioskSettings
    public let roles: [KioskRole]
    public private(set) var mode: Mode = .start
    /// Only the operator's exit or a lost terminal end a kiosk.
    public private(set) var finished = false
    /// The app shown now: the visitor's role, or the attract loop's showcase.
    public private(set) var app: App?
    var start: KioskStartScreen
    var attract: AttractLoop?
    /// Idle ticks since the last key, click or paste.
    private(set) var idleTicks = 0
    /// A line for the start screen (why a role did not open, that there is no exit).
    var note: String?
    /// How many keys of `KioskMode.operatorExit` were typed so far.
    private var operatorProgress = 0

    public init(store: any Backend, language: Language, theme: Theme, colors: Bool = true,
                settings: KioskSettings = KioskSettings(), roles: [KioskRole] = KioskRole.all) {
        self.store = store; self.language = language; self.theme = theme; self.colors = colors
        self.settings = settings; self.roles = roles
        self.start = KioskStartScreen(roles: roles)
    }

    func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    /// The start screen's selected role (tests, the screen itself).
    public var selectedRole: Int { start.selected }

    // MARK: events

    /// Handles one event; answers whether the screen needs drawing again.
    @discardableResult
    public func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .hangup: finished = true; return false
        case .tick: return tick()
        case .resize: return true
        default: break
        }
        idleTicks = 0
        switch mode {
        case .attract:
            // The first touch only wakes the kiosk: it does not act.
            showStart(resetSelection: true)
            return true
        case .start:
            return handleStart(event)
        case .role:
            return handleRole(event)
        }
    }

    func tick() -> Bool {
        idleTicks += 1
        switch mode {
        case .start:
            guard idleTicks >= settings.attractAfterSeconds else { return false }
            beginAttract()
            return true
        case .role:
            if idleTicks >= settings.idleSeconds {
                showStart(resetSelection: true)
                // The next visitor finds the demo as it was, whatever this one changed.
                if let fresh = renewStore?() { store = fresh }
                return true
            }
            return app?.handle(.tick) ?? false
        case .attract:
            var changed = app?.handle(.tick) ?? false
            guard var loop = attract else { return changed }
            switch loop.tick(tabsOfRole: app?.views.count ?? 1) {
            case .stay: break
            case .nextTab:
                if let app, !app.views.isEmpty { app.switchTo((app.active + 1) % app.views.count) }
                changed = true
            case .nextRole:
                app = makeApp(loop.role)
                changed = true
            }
            attract = loop
            return changed
        }
    }

    func handleStart(_ event: InputEvent) -> Bool {
        if case .key(let key) = event {
            let exit = KioskMode.operatorExit
            operatorProgress = key == exit[operatorProgress] ? operatorProgress + 1 : (key == exit[0] ? 1 : 0)
            if operatorProgress == exit.count { finished = true; return false }
            if key == .char("q") || key == .ctrl("c") || key == .escape || key == .function(10) {
                note = t("Это демо-киоск: выхода нет — выберите роль", "This is a demo kiosk: no quitting — choose a role")
                return true
            }
        }
        switch start.handle(event) {
        case .ignored: return false
        case .moved: note = nil; return true
        case .chosen(let i): openRole(i); return true
        }
    }

    func handleRole(_ event: InputEvent) -> Bool {
        guard let app else { showStart(resetSelection: false); return true }
        // A view's own key for a forbidden action (a file export) is stopped here;
        // the palette does not list them (App.paletteCommands).
        if case .key(let key) = event, app.overlay == nil, let view = app.activeView, !view.isEditing,
           let action = KeyBinding.action(for: key, in: view.bindings), KioskMode.forbids(action) {
            app.showMessage(t("В киоске выгрузка в файлы отключена", "Exporting to files is off in the kiosk"), kind: .warning)
            return true
        }
        app.handle(event)
        if app.kioskHomeRequested || app.finished { showStart(resetSelection: false) }
        return true
    }

    // MARK: modes

    /// Opens a role for the visitor; on failure the start screen says why.
    public func openRole(_ index: Int) {
        guard roles.indices.contains(index) else { return }
        start.selected = index
        guard let app = makeApp(index) else { return }
        app.showMessage(t("Вы — \(roles[index].title.ru.lowercased()). Esc или F10 — к выбору роли",
                          "You are: \(roles[index].title.en.lowercased()). Esc or F10 — choose a role"))
        self.app = app
        note = nil
        attract = nil
        mode = .role(index)
    }

    func showStart(resetSelection: Bool) {
        app = nil
        attract = nil
        idleTicks = 0
        operatorProgress = 0
        if resetSelection { start.selected = 0; note = nil }
        mode = .start
    }

    func beginAttract() {
        attract = AttractLoop(roleCount: roles.count, stepTicks: settings.attractStepSeconds)
        app = makeApp(0)
        note = nil
        mode = .attract
    }

    /// The app of a role in kiosk mode, or nil with the reason in `note`.
    func makeApp(_ index: Int) -> App? {
        do {
            let viewer = try store.viewer(login: roles[index].login)
            let ctx = AppContext(store: store, viewer: viewer, language: language, theme: theme, colors: colors)
            let app = ViewCatalog.app(for: ctx)
            app.kiosk = true
            return app
        } catch {
            let reason = (error as? StoreError).map { $0.message.text(language) } ?? String(describing: error)
            note = t("Роль «\(roles[index].title.ru)» не открылась: ", "Role “\(roles[index].title.en)” did not open: ") + reason
            return nil
        }
    }

    // MARK: drawing

    public func render(on terminal: Terminal) {
        let size = terminal.size
        switch mode {
        case .role:
            if let app { app.render(on: terminal) }
        case .attract:
            if let app { app.render(on: terminal) } else { terminal.beginFrame() }
            if !SizeGuard.isTooSmall(size) { renderAttractLine(terminal) }
            terminal.present()
        case .start:
            terminal.beginFrame()
            let painter = Painter(terminal: terminal, rect: Rect(size: size), theme: theme)
            if SizeGuard.isTooSmall(size) {
                SizeGuard.render(into: painter, size: size, language: language)
            } else {
                start.render(into: painter, language: language, note: note)
            }
            terminal.present()
        }
    }

    /// The attract loop's discreet bottom line, over the app's status bar.
    func renderAttractLine(_ terminal: Terminal) {
        let size = terminal.size
        let line = Painter(terminal: terminal, rect: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), theme: theme)
        line.fill(role: .statusBar)
        let role = attract.map { roles[$0.role].title.text(language) } ?? ""
        let tab = app?.activeView.map { $0.title.text(language) } ?? ""
        let invite = t("Нажмите любую клавишу, чтобы начать", "Press any key to start")
        let inviteWidth = TextWidth.of(invite)
        line.text(invite, x: max(0, size.width - inviteWidth - 1), y: 0, role: .statusKey)
        let shown = t(" Демонстрация: ", " Demo: ") + role + (tab.isEmpty ? "" : " · " + tab)
        line.text(shown, x: 0, y: 0, role: .statusBar, maxWidth: max(0, size.width - inviteWidth - 3))
    }
}
