import Domain

/// The one question before typed text is thrown away (Esc in a form that
/// holds input): worded the same in every form of the program, starting on
/// «Нет» so a habitual Enter keeps the text.
enum DiscardQuestion {
    static func dialog(_ language: Language) -> ConfirmDialog {
        ConfirmDialog(question: language == .ru ? "Введённый текст не сохранён. Закрыть форму?" : "Typed text is not saved. Close the form?",
                      destructive: true, language: language)
    }

    /// Gives `event` to the open question; true when the answer is to close
    /// the form («Да»). A «Нет» takes the question away and keeps the text.
    static func answer(_ question: inout ConfirmDialog?, _ event: InputEvent) -> Bool {
        guard var q = question else { return false }
        switch q.handle(event) {
        case .confirmed: question = nil; return true
        case .declined: question = nil
        case .pending: question = q
        }
        return false
    }
}
