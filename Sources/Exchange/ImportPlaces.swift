import Domain
import Storage

/// Municipalities and organizations by name (case and ё ignored) or number,
/// read once per import.
struct ImportPlaces {
    struct Organization { var id: OrganizationID; var name: String; var municipalityID: MunicipalityID? }

    private var municipalities: [String: MunicipalityID] = [:]
    private var municipalityIDs: Set<MunicipalityID> = []
    private var municipalityNames: [MunicipalityID: String] = [:]
    private var organizationsByName: [String: [Organization]] = [:]
    private var organizationsByID: [OrganizationID: Organization] = [:]

    init(_ rows: ImportPlaceRows) {
        for m in rows.municipalities {
            municipalities[SearchKey.fold(m.name)] = m.id
            municipalityIDs.insert(m.id)
            municipalityNames[m.id] = m.name
        }
        for r in rows.organizations {
            let o = Organization(id: r.id, name: r.name, municipalityID: r.municipalityID)
            organizationsByName[SearchKey.fold(o.name), default: []].append(o)
            organizationsByID[o.id] = o
        }
    }

    func municipalityName(_ id: MunicipalityID?) -> String { id.flatMap { municipalityNames[$0] } ?? "" }

    func municipality(_ text: String, field: String) -> Result<MunicipalityID, ImportProblem> {
        if let id = Int64(text), municipalityIDs.contains(id) { return .success(id) }
        if let id = municipalities[SearchKey.fold(text)] { return .success(id) }
        return .failure(ImportProblem(field, "муниципалитет «\(text)» не найден", "municipality “\(text)” not found"))
    }

    /// By number or exact name; several of one name are narrowed by the
    /// municipality when the row gives it.
    func organization(_ text: String, in municipality: MunicipalityID?, field: String) -> Result<Organization, ImportProblem> {
        if let id = Int64(text) {
            guard let o = organizationsByID[id] else {
                return .failure(ImportProblem(field, "организации №\(id) нет", "there is no organization #\(id)"))
            }
            return .success(o)
        }
        var found = organizationsByName[SearchKey.fold(text)] ?? []
        if found.count > 1, let m = municipality { found = found.filter { $0.municipalityID == m } }
        switch found.count {
        case 0: return .failure(ImportProblem(field, "организация «\(text)» не найдена", "organization “\(text)” not found"))
        case 1: return .success(found[0])
        default:
            let ids = found.map { String($0.id) }
            return .failure(ImportProblem(field, "организаций «\(text)» несколько (№\(ids.joined(separator: ", №"))): укажите номер или муниципалитет",
                                          "several organizations are named “\(text)” (#\(ids.joined(separator: ", #"))): give the number or the municipality"))
        }
    }
}
