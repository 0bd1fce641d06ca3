/// A value whose changes are recorded: its history fields as stable texts
/// (raw values or case names, ids as numbers, days ISO, lists joined by
/// commas, "" for absent), always in the same order. The one versioned
/// write of Storage writes one history row per field that differs.
public protocol Recorded {
    var recordedFields: [(field: String, text: String)] { get }
}

/// A value that is changed only against the version the user saw.
public protocol Versioned {
    var version: Int { get set }
}

/// A changed value and the Domain's list of what changed in it. An empty
/// `changes` means the value was already so: nothing to write.
public struct Update<Value> {
    public var value: Value
    public var changes: [FieldChange]
    public init(value: Value, changes: [FieldChange]) { self.value = value; self.changes = changes }
}

extension Update: Equatable where Value: Equatable {}
extension Update: Hashable where Value: Hashable {}
extension Update: Sendable where Value: Sendable {}

extension Update where Value: Recorded {
    /// The change list from `old` to `new`: one entry per recorded field whose text differs, in field order.
    public init(from old: Value, to new: Value) {
        let changes = zip(old.recordedFields, new.recordedFields).compactMap { b, a in
            b.text == a.text ? nil : FieldChange(field: b.field, before: b.text, after: a.text)
        }
        self.init(value: new, changes: changes)
    }
}

extension Result where Failure == Refusal, Success: Recorded {
    /// A rule's new value as an update from `old` (for rules that answer the value only).
    public func update(from old: Success) -> Result<Update<Success>, Refusal> {
        map { Update(from: old, to: $0) }
    }
}

/// A help request's update (the request rules return it with explicit changes).
public typealias RequestUpdate = Update<HelpRequest>

extension Update where Value == HelpRequest {
    public init(request: HelpRequest, changes: [FieldChange]) { self.init(value: request, changes: changes) }
    public var request: HelpRequest {
        get { value }
        set { value = newValue }
    }
}
