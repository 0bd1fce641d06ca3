import Domain

extension SQLiteError {
    /// What a user is told: the cause in words they can act on, never the
    /// statement (`description`, with the SQL, is for a debug log).
    public var userMessage: Phrase {
        switch code & 0xFF {
        case 5, 6:   // SQLITE_BUSY, SQLITE_LOCKED
            return Phrase("База занята другой сессией дольше обычного; ничего не записано. Повторите через минуту.",
                          "The database is busy with another session for too long; nothing was written. Try again in a minute.")
        case 8:      // SQLITE_READONLY
            return Phrase("База открыта только для чтения (нет права записи в файл или его папку); ничего не записано.",
                          "The database is open read-only (no write access to the file or its folder); nothing was written.")
        case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
            return Phrase("Файл базы повреждён: запустите metodist check и восстановите файл из резервной копии.",
                          "The database file is damaged: run metodist check and restore the file from a backup.")
        case 13:     // SQLITE_FULL
            return Phrase("Диск заполнен; ничего не записано. Освободите место и повторите.",
                          "The disk is full; nothing was written. Free some space and try again.")
        case 10:     // SQLITE_IOERR
            return Phrase("Ошибка чтения или записи файла базы (диск); ничего не записано. Повторите; если не пройдёт — metodist check.",
                          "The database file could not be read or written (disk); nothing was written. Try again; if it fails, run metodist check.")
        case 14:     // SQLITE_CANTOPEN
            return Phrase("Не удалось открыть файл базы (или его журнал -wal/-shm): проверьте права на файл и папку.",
                          "Cannot open the database file (or its -wal/-shm journal): check the rights on the file and its folder.")
        default:
            return Phrase("Ошибка базы данных (код \(code)); ничего не записано.",
                          "Database error (code \(code)); nothing was written.")
        }
    }
}
