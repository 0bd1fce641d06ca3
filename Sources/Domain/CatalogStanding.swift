/// Whether a catalog entry (programme, site, practice, event) is in use or
/// retired: retired entries leave the default browse and route proposals.
public struct CatalogStanding: Hashable, Sendable {
    public var id: Int64
    public var retired: Bool
    public var version: Int
    public init(id: Int64, retired: Bool, version: Int) { self.id = id; self.retired = retired; self.version = version }

    /// Retires (`true`) or restores (`false`) the entry; refused when it is already so.
    public func setting(retired: Bool) -> Result<CatalogStanding, Refusal> {
        if self.retired == retired {
            return .failure(retired ? Refusal("Запись уже в архиве", "The entry is already retired")
                                    : Refusal("Запись и так действует", "The entry is already active"))
        }
        var changed = self
        changed.retired = retired
        return .success(changed)
    }
}
