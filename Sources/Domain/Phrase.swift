/// The interface languages. Russian is the default.
public enum Language: String, Sendable, CaseIterable {
    case ru, en
}

/// A piece of user-facing text in both interface languages. The domain names
/// statuses and refusal reasons with these so every layer above can show them.
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public let ru: String
    public let en: String
    public init(_ ru: String, _ en: String) { self.ru = ru; self.en = en }
    public func text(_ language: Language) -> String { language == .ru ? ru : en }
    public var description: String { ru }
}

/// Anything with a user-facing name.
public protocol Labelled {
    var label: Phrase { get }
}

extension Phrase {
    /// This phrase followed by `other`, in each language.
    public func joined(_ other: Phrase) -> Phrase { Phrase(ru + other.ru, en + other.en) }
}
