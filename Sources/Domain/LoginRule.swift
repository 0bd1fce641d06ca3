/// What a login may look like: 1–64 ASCII letters, digits, `.`, `_` and
/// `-`, starting with a letter or a digit. A login names who acts (`--as`,
/// the audit log), so two logins must never look alike: a zero-width space,
/// a no-break space or a Cyrillic «а» in a Latin name would make a second
/// account that reads as the first.
public enum LoginRule {
    public static let maxLength = 64

    public static func isValid(_ login: String) -> Bool { refusal(login) == nil }

    /// Why `login` cannot be a login, naming the first bad character by its
    /// code (the character itself may be invisible); nil when it can.
    public static func refusal(_ login: String) -> Refusal? {
        let scalars = Array(login.unicodeScalars)
        guard !scalars.isEmpty else { return Refusal("пустой логин", "the login is empty") }
        guard scalars.count <= maxLength else {
            return Refusal("логин длиннее \(maxLength) знаков", "the login is longer than \(maxLength) characters")
        }
        let shown = Sanitizer.oneLine(login)
        for (i, u) in scalars.enumerated() where !isAllowed(u) {
            let what = describe(u)
            return Refusal("в логине «\(shown)» недопустимый знак \(what.ru) (позиция \(i + 1)); логин — латинские буквы, цифры, «.», «_», «-»",
                           "the login “\(shown)” has a character not allowed: \(what.en) (position \(i + 1)); a login is Latin letters, digits, “.”, “_”, “-”")
        }
        guard let first = scalars.first, isLetterOrDigit(first) else {
            return Refusal("логин «\(shown)» должен начинаться с латинской буквы или цифры",
                           "the login “\(shown)” must start with a Latin letter or a digit")
        }
        return nil
    }

    static func isLetterOrDigit(_ u: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(u) || ("A"..."Z").contains(u) || ("0"..."9").contains(u)
    }

    static func isAllowed(_ u: Unicode.Scalar) -> Bool {
        isLetterOrDigit(u) || u == "." || u == "_" || u == "-"
    }

    /// `U+200B (невидимый знак)`: the code, and what it is when it is a usual trap.
    static func describe(_ u: Unicode.Scalar) -> (ru: String, en: String) {
        let v = u.value
        var hex = String(v, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let code = "U+" + hex
        switch v {
        case 0x20: return ("\(code) (пробел)", "\(code) (space)")
        case 0xA0, 0x202F, 0x2007: return ("\(code) (неразрывный пробел)", "\(code) (no-break space)")
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: return ("\(code) (невидимый знак)", "\(code) (invisible character)")
        case 0x0400...0x04FF: return ("\(code) (кириллическая буква «\(Sanitizer.clean(String(u)))»)",
                                      "\(code) (Cyrillic letter “\(Sanitizer.clean(String(u)))”)")
        default:
            if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || Sanitizer.isBidiControl(v) {
                return ("\(code) (управляющий знак)", "\(code) (control character)")
            }
            return (code, code)
        }
    }
}
