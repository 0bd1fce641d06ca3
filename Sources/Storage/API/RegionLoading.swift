import Domain

/// Loading a region's data as it is — registries, people, requests in the
/// state they are in — without rights or audit: what a test fixture or a
/// first load writes, through the same interface on every backend. A
/// session's edits never come this way (they go through the areas'
/// checked, versioned writes). An id of 0 asks for a new one; another id is kept.
public protocol RegionLoading: AnyObject {
    @discardableResult func loadMunicipality(_ m: Municipality) throws -> MunicipalityID
    @discardableResult func loadOrganization(_ o: Organization) throws -> OrganizationID
    /// The person's municipality is their organization's.
    @discardableResult func loadPerson(_ p: Person) throws -> PersonID
    /// The request and its creation in its history, at `at` (Unix seconds), by its author.
    /// `urgent`: a young author or a ШНОР school when it was created.
    @discardableResult func loadRequest(_ r: HelpRequest, urgent: Bool, at: Int64) throws -> RequestID
}
