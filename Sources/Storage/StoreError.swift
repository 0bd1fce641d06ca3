import Domain
import Foundation

/// What can go wrong opening or using the store, in words a user can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case cannotOpen(path: String, reason: String)
    case missingFile(path: String)
    case isDirectory(path: String)
    case emptyFile(path: String)
    /// A command that writes was given a file it may only read.
    case readOnlyFile(path: String)
    /// A read-only command on a file that needs its schema upgraded first.
    case olderSchemaReadOnly(path: String, found: Int, supported: Int)
    /// SQLite found the file damaged: nothing more is written to it.
    case damaged(path: String)
    /// `hint`: what the file offers instead (its demo logins, or its administrators).
    case unknownLogin(String, hint: LoginHint = .none)
    /// A command that makes a file (init, backup, restore's copy) was given one that exists: it is not touched.
    case alreadyExists(path: String)
    /// The folder a new file was to go into does not exist (it is not made: a mistyped folder is said).
    case missingFolder(path: String)
    /// Restore was given the database itself as the copy.
    case sameFile(path: String)
    /// A running session has the file open (restore waits until everyone has left).
    case inUse(path: String)
    /// A copy to restore from is not sound; nothing was changed.
    case damagedCopy(path: String, finding: String)
    /// Someone else changed the row since it was read; nothing was written.
    case conflict(Conflict)
    /// The viewer may not see or do this.
    case forbidden(Phrase)
    /// The domain refused the change; nothing was written.
    case refused(Refusal)
    case notFound(entity: String, id: Int64)
    case invalid(Phrase)

    /// Paths, logins and names come from arguments, files and data: the
    /// message goes through the screen's `Sanitizer`, since the command line
    /// prints it to a terminal as is.
    public var message: Phrase {
        let m = unsanitizedMessage
        return Phrase(Sanitizer.block(m.ru), Sanitizer.block(m.en))
    }

    private var unsanitizedMessage: Phrase {
        let q = Sanitizer.oneLine
        switch self {
        case .notADatabase(let raw):
            let p = q(raw)
            return Phrase("Файл \(p) не является базой данных SQLite; он не изменён.",
                          "\(p) is not an SQLite database; it was not modified.")
        case .foreignDatabase(let raw):
            let p = q(raw)
            return Phrase("Файл \(p) — база данных другой программы; metodist её не открывает и не изменяет.",
                          "\(p) is a database of another program; metodist does not open or modify it.")
        case .newerSchema(let raw, let found, let supported):
            let p = q(raw)
            return Phrase("База \(p) создана более новой версией metodist (схема \(found), эта версия знает до \(supported)). Обновите программу; файл не изменён.",
                          "\(p) was written by a newer metodist (schema \(found), this build knows up to \(supported)). Update the program; the file was not modified.")
        case .cannotOpen(let p, let reason):
            return Phrase("Не удалось открыть \(q(p)): \(q(reason))", "Cannot open \(q(p)): \(q(reason))")
        case .missingFile(let raw):
            let p = q(raw)
            return Phrase("Файла \(p) нет; ничего не создано. Новый регион: metodist init --db \(p) --region НАЗВАНИЕ --admin ЛОГИН --admin-name \"ФИО\"; демо-регион: metodist demo --db \(p).",
                          "There is no file \(p); nothing was created. A new region: metodist init --db \(p) --region NAME --admin LOGIN --admin-name \"FULL NAME\"; a demo region: metodist demo --db \(p).")
        case .alreadyExists(let raw):
            let p = q(raw)
            return Phrase("Файл \(p) уже есть; он не изменён. Укажите новое имя файла.",
                          "\(p) already exists; it was not modified. Give a new file name.")
        case .missingFolder(let raw):
            let p = q(raw)
            let folder = q((raw as NSString).deletingLastPathComponent)
            return Phrase("Папки \(folder) нет, файл \(p) не создан. Проверьте путь или создайте папку (mkdir -p \(folder)).",
                          "There is no folder \(folder); \(p) was not created. Check the path or make the folder (mkdir -p \(folder)).")
        case .sameFile(let raw):
            let p = q(raw)
            return Phrase("Копия \(p) и база — один и тот же файл; ничего не изменено. Укажите файл копии.",
                          "The copy \(p) and the database are the same file; nothing was changed. Give the copy's file.")
        case .inUse(let raw):
            let p = q(raw)
            return Phrase("База \(p) открыта в работающем сеансе metodist; ничего не изменено. Дождитесь, пока все выйдут (или остановите сеансы), и повторите.",
                          "\(p) is open in a running metodist session; nothing was changed. Wait until everyone has left (or stop the sessions) and try again.")
        case .damagedCopy(let raw, let finding):
            let p = q(raw)
            return Phrase("Копия \(p) не прошла проверку целостности (\(q(finding))); ничего не изменено. Возьмите другую копию.",
                          "The copy \(p) fails the integrity check (\(q(finding))); nothing was changed. Use another copy.")
        case .isDirectory(let p):
            return Phrase("\(p) — это папка, а не файл базы; укажите файл: --db ПАПКА/metodist.db.",
                          "\(p) is a folder, not a database file; give a file: --db FOLDER/metodist.db.")
        case .emptyFile(let p):
            return Phrase("Файл \(p) пустой — это не база metodist; он не изменён.",
                          "\(p) is empty — not a metodist database; it was not modified.")
        case .readOnlyFile(let p):
            return Phrase("Файл \(p) доступен только для чтения; изменения записать нельзя. Проверить и выгрузить его можно (check, export).",
                          "\(p) is read-only; changes cannot be written. It can still be checked and exported (check, export).")
        case .olderSchemaReadOnly(let p, let found, let supported):
            return Phrase("База \(p) записана прежней версией (схема \(found), эта версия работает со схемой \(supported)); check, export и --dry-run файл не меняют. Откройте её один раз программой (metodist --db \(p)) или импортом — схема обновится, — и повторите.",
                          "\(p) was written by an earlier version (schema \(found), this one works with \(supported)); check, export and --dry-run never change the file. Open it once with the program (metodist --db \(p)) or an import — the schema is upgraded — and try again.")
        case .damaged(let p):
            return Phrase("Файл базы \(p) повреждён; изменения в него не записываются. Подробности: metodist check --db \(p); восстановите базу из резервной копии.",
                          "The database file \(p) is damaged; nothing more is written to it. Details: metodist check --db \(p); restore the database from a backup.")
        case .unknownLogin(let raw, let hint):
            let login = q(raw)
            let head = Phrase("Пользователь «\(login)» не найден в базе.", "User “\(login)” is not in the database.")
            switch hint {
            case .demo(let logins) where !logins.isEmpty:
                let list = logins.map(q).joined(separator: ", ")
                return Phrase(head.ru + " Это демо-регион; его логины: \(list). Например: metodist --as \(q(logins[0])).",
                              head.en + " This is a demo region; its logins: \(list). For example: metodist --as \(q(logins[0])).")
            case .demo:
                return Phrase(head.ru + " Это демо-регион; укажите один из его логинов: --as ЛОГИН.",
                              head.en + " This is a demo region; give one of its logins: --as LOGIN.")
            case .region(let admins) where !admins.isEmpty:
                let list = admins.map(q).joined(separator: ", ")
                return Phrase(head.ru + " Людей в базу добавляет администратор (\(list)): metodist import people ФАЙЛ.csv --as \(q(admins[0])); роли он даёт в карточке работника на экране «Работники». Свой логин: --as ЛОГИН.",
                              head.en + " People are added by an administrator (\(list)): metodist import people FILE.csv --as \(q(admins[0])); roles are given on a person's card in the People view. Your login: --as LOGIN.")
            case .region:
                return Phrase(head.ru + " В базе нет администратора; новый регион с администратором создаёт metodist init.",
                              head.en + " The database has no administrator; metodist init creates a new region with one.")
            case .none:
                return Phrase(head.ru + " Укажите свой логин: --as ЛОГИН.", head.en + " Give your login with --as LOGIN.")
            }
        case .conflict(let c):
            return c.message
        case .forbidden(let p):
            return Phrase("Нет прав: \(p.ru)", "Not allowed: \(p.en)")
        case .refused(let r):
            return r.reason
        case .notFound(let entity, let id):
            return Phrase("Не найдено: \(entity) №\(id)", "Not found: \(entity) #\(id)")
        case .invalid(let p):
            return p
        }
    }

    public var description: String { message.ru }

    /// A failure of SQLite while opening `path`, in the user's words.
    static func opening(path: String, _ e: SQLiteError) -> StoreError {
        if e.isNotADatabase { return .notADatabase(path: path) }
        if e.isCorrupt { return .damaged(path: path) }
        return .cannotOpen(path: path, reason: e.message)
    }

    /// Whether the file itself (not an argument or the data) stops the command.
    public var isAboutTheFile: Bool {
        switch self {
        case .notADatabase, .foreignDatabase, .newerSchema, .cannotOpen, .missingFile, .isDirectory, .emptyFile,
             .readOnlyFile, .olderSchemaReadOnly, .damaged, .alreadyExists, .missingFolder, .sameFile, .inUse, .damagedCopy: return true
        case .unknownLogin, .conflict, .forbidden, .refused, .notFound, .invalid: return false
        }
    }
}

/// A stale update: who changed the row, and when, so the user can look at
/// the fresh data and decide again.
public struct Conflict: Equatable, Sendable {
    public var entity: String
    public var id: Int64
    public var expectedVersion: Int
    public var currentVersion: Int?
    public var changedBy: String?
    /// Unix seconds of the other change.
    public var changedAt: Int64?

    public var message: Phrase {
        let who = changedBy.map(Sanitizer.oneLine) ?? "другой пользователь"
        let whoEn = changedBy.map(Sanitizer.oneLine) ?? "another user"
        if currentVersion == nil {
            return Phrase("Запись удалена другим пользователем; изменение не сохранено.",
                          "The record was deleted by another user; the change was not saved.")
        }
        let changed = NameGender(fullName: changedBy ?? "").past("изменил")
        return Phrase("Запись уже \(changed) \(who); ваше изменение не сохранено. Данные обновлены — проверьте и повторите.",
                      "\(whoEn) changed this record first; your change was not saved. The data is refreshed — check and try again.")
    }
}
