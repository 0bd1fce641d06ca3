import Domain

/// The one question before typed text is thrown away (Esc in a form that
/// holds input): worded the same in every form of the program, starting on
/// «Нет» so a habitual Enter keeps the text.
enum DiscardQuestion {
    static func dialog(_ language: Language) -> ConfirmDialog {
        ConfirmDialog(question: language == .ru ? "Введённый текст не сохранён. Закрыть форму?" : "Typed text is not saved. Close the form?",
                      destructive: true, language: language)
    }
}
