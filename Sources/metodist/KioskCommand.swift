import Domain
import Foundation
import Storage
import TUI

/// `metodist --kiosk`: a demo kiosk on a fresh temporary copy of the demo
/// region. `--db` and `--as` are ignored: the user's database is never opened.
/// Answers the exit code.
func runKiosk(_ arguments: Arguments, language: Language, themeName: String,
              progress: @escaping (Int, Int, String) -> Void) -> Int32 {
    func say(_ ru: String, _ en: String) { FileHandle.standardError.write(((language == .ru ? ru : en) + "\n").data(using: .utf8) ?? Data()) }
    var opened: SQLiteStore?
    let path: String
    do {
        (opened, path) = try KioskDatabase.open(teachers: arguments.teachers, seed: arguments.seed, announce: {
            say("Киоск: готовлю демо-регион (один раз, дальше — копия из \(KioskDatabase.cacheDirectory()))",
                "Kiosk: building the demo region (once; later a copy from \(KioskDatabase.cacheDirectory()))")
        }, progress: progress)
    } catch {
        let text = (error as? StoreError).map { $0.message.text(language) } ?? "\(error)"
        say("metodist: киоск не запустился: \(text)", "metodist: the kiosk did not start: \(text)")
        return 1
    }
    if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8) ?? Data()) }
    // The copy in use (a new one after each idle reset); deleted at exit.
    final class Copies { var paths: [String] = [] }
    let copies = Copies()
    copies.paths = [path]
    defer { copies.paths.forEach(KioskDatabase.remove) }
    // METODIST_KIOSK_ATTRACT=AFTER[,STEP]: seconds before the attract loop starts and per screen (default 20,8).
    let attract = (ProcessInfo.processInfo.environment["METODIST_KIOSK_ATTRACT"] ?? "").split(separator: ",").compactMap { Int($0) }
    let settings = KioskSettings(idleSeconds: arguments.kioskIdle ?? KioskSettings.defaultIdleSeconds,
                                 attractAfterSeconds: attract.first ?? 20, attractStepSeconds: attract.dropFirst().first ?? 8)
    let loaded = ThemeLoader.load(name: themeName)

    if arguments.headless {
        LocaleSetup.ensureUTF8()
        let events: [InputEvent]
        do { events = try KeySyntax.parse(arguments.keys) } catch {
            say("metodist: --keys: " + error.text(language), "metodist: --keys: " + error.text(language))
            return 2
        }
        let colors = !NCursesTerminal.noColorRequested()
        guard let store = opened else { return 1 }
        let session = KioskSession(store: store, language: language, theme: ThemeLoader.adapted(loaded.theme, hasColors: colors),
                                   colors: colors, settings: settings)
        let terminal = MemoryTerminal(size: Size(width: arguments.size.width, height: arguments.size.height), hasColors: colors)
        session.render(on: terminal)
        for event in events where !session.finished {
            if case .resize(let s) = event { terminal.resize(to: s) }
            session.handle(event)
            session.render(on: terminal)
        }
        print(terminal.snapshot())
        return 0
    }
    let terminal: NCursesTerminal
    do { terminal = try NCursesTerminal() } catch {
        say("\(error)", "\(error)")
        return 1
    }
    KioskMode.lockTerminalSignals()
    guard let store = opened else { return 1 }
    let session = KioskSession(store: store, language: language, theme: ThemeLoader.adapted(loaded.theme, hasColors: terminal.hasColors),
                               colors: terminal.hasColors, settings: settings)
    opened = nil   // the session alone holds the store, so a renewed copy closes the old one
    session.renewStore = {
        guard let (fresh, freshPath) = KioskDatabase.copyOfTemplate(teachers: arguments.teachers, seed: arguments.seed) else { return nil }
        // The old copy goes now; its connection closes a moment later on the unlinked file.
        copies.paths.forEach(KioskDatabase.remove)
        copies.paths = [freshPath]
        return fresh
    }
    KioskMode.run(session, on: terminal)
    terminal.shutdown()
    return 0
}
