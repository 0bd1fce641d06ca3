/// Why the domain refused something. Refusals are values, never traps: the
/// screen shows `reason` and nothing is applied.
public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    public let reason: Phrase
    public init(_ reason: Phrase) { self.reason = reason }
    public init(_ ru: String, _ en: String) { self.reason = Phrase(ru, en) }
    public var description: String { reason.ru }
}

/// A status with a fixed table of allowed moves (routes, steps, requests,
/// practices, mentoring pairs, roadmap items). Moves outside the table are
/// refused with a reason that names both statuses.
public protocol Lifecycle: Hashable, Sendable, CaseIterable, Labelled, RawRepresentable where RawValue == String {
    /// For each status, the statuses it may move to.
    static var transitions: [Self: [Self]] { get }
    /// The status a new thing starts in.
    static var initial: Self { get }
}

extension Lifecycle {
    public var next: [Self] { Self.transitions[self] ?? [] }
    public var isFinal: Bool { next.isEmpty }
    public func canMove(to target: Self) -> Bool { next.contains(target) }

    /// The move itself, or why it is refused.
    public func move(to target: Self) -> Result<Self, Refusal> {
        if target == self {
            return .failure(Refusal("Статус уже «\(label.ru)»", "The status is already “\(label.en)”"))
        }
        guard canMove(to: target) else {
            if isFinal {
                return .failure(Refusal("Из статуса «\(label.ru)» переходов нет: он окончательный",
                                        "“\(label.en)” is final: no further changes"))
            }
            let ru = next.map { "«\($0.label.ru)»" }.joined(separator: ", ")
            let en = next.map { "“\($0.label.en)”" }.joined(separator: ", ")
            return .failure(Refusal("Из «\(label.ru)» нельзя перейти в «\(target.label.ru)»; можно: \(ru)",
                                    "Cannot move from “\(label.en)” to “\(target.label.en)”; allowed: \(en)"))
        }
        return .success(target)
    }
}
