/// The Russian ЙЦУКЕН layout over the Latin QWERTY one: the character a key
/// gives in each. A Russian user whose layout is switched presses the key
/// marked `q` and the program receives «й»; every letter binding answers to
/// both (`KeyBinding` derives the twin from this map once, for every binding),
/// so nobody writes twins by hand and none can be forgotten.
public enum KeyboardLayout {
    /// Latin character → the Russian layout's character on the same key.
    /// Letters, and the punctuation keys that carry Russian letters
    /// (`[ ] ; ' , . \``); digits and the rest stay as they are.
    public static let russianTwin: [Character: Character] = {
        let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~")
        let russian = Array("йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ")
        precondition(latin.count == russian.count)
        return Dictionary(uniqueKeysWithValues: zip(latin, russian))
    }()

    /// The Russian layout's character → the Latin one on the same key.
    public static let latinTwin: [Character: Character] = Dictionary(uniqueKeysWithValues: russianTwin.map { ($1, $0) })

    /// The key as the Latin layout would have given it: «й» → `q`, «Ж» → `:`;
    /// any other key unchanged. Code that matches keys outside a binding
    /// list (a small modal's `y`/`n`) compares `latin(key)` with Latin keys.
    public static func latin(_ key: Key) -> Key {
        if case .char(let c) = key, let l = latinTwin[c] { return .char(l) }
        return key
    }

    /// The other layout's key for a Latin letter key, nil for anything else.
    public static func twin(of key: Key) -> Key? {
        if case .char(let c) = key, let r = russianTwin[c] { return .char(r) }
        return nil
    }
}
