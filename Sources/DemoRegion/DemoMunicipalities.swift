import Domain
import Storage

/// The 43 municipalities of Chelyabinsk region, as seed
/// `003_fa6fe1a94f2f052d.txt` lists them: first the 7 that sent no
/// applications to the РМА selection, then the 36 that did.
///
/// `weight` is the municipality's rough share of the region's teachers (from
/// population: Челябинск about a third, Магнитогорск a tenth); `locality`
/// completes an organization's name («МАОУ «СОШ № 12» г. Миасса»).
struct DemoMunicipality: Sendable {
    let name: String
    let weight: Double
    /// «г. Миасса»; nil: «<Прилагательное>ого муниципального района».
    let city: String?
    /// Sent applications to the РМА selection.
    let applies: Bool

    var kind: MunicipalityKind { MunicipalityKind.of(name: name) }

    /// The adjective of the name: «Аргаяшский», «Коркинский».
    var adjective: String { String(name.split(separator: " ").first ?? Substring(name)) }

    /// «г. Копейска», «Аргаяшского муниципального района», «Коркинского муниципального округа».
    var locality: String {
        if let city { return city }
        let stem = adjective.hasSuffix("ий") || adjective.hasSuffix("ый") ? String(adjective.dropLast(2)) : adjective
        return kind == .municipalDistrict ? "\(stem)ого муниципального округа" : "\(stem)ого муниципального района"
    }

    var isCity: Bool { kind == .cityDistrict }
}

enum DemoMunicipalities {
    /// Index of Челябинский ГО in `all`: the demo logins work there.
    static var chelyabinsk: Int { all.firstIndex { $0.name == "Челябинский ГО" } ?? 0 }

    static let all: [DemoMunicipality] = [
        // Without applications to the РМА (seed: 16 %).
        .init(name: "Варненский МР", weight: 0.8, city: nil, applies: false),
        .init(name: "Кизильский МР", weight: 0.7, city: nil, applies: false),
        .init(name: "Локомотивный ГО", weight: 0.25, city: "п. Локомотивный", applies: false),
        .init(name: "Нагайбакский МР", weight: 0.5, city: nil, applies: false),
        .init(name: "Пластовский МР", weight: 0.6, city: nil, applies: false),
        .init(name: "Троицкий МР", weight: 0.7, city: nil, applies: false),
        .init(name: "Уйский МР", weight: 0.6, city: nil, applies: false),
        // With applications.
        .init(name: "Агаповский МР", weight: 1.0, city: nil, applies: true),
        .init(name: "Аргаяшский МР", weight: 1.1, city: nil, applies: true),
        .init(name: "Ашинский МР", weight: 1.7, city: nil, applies: true),
        .init(name: "Брединский МР", weight: 0.7, city: nil, applies: true),
        .init(name: "Верхнеуральский МР", weight: 1.0, city: nil, applies: true),
        .init(name: "Верхнеуфалейский ГО", weight: 0.8, city: "г. Верхнего Уфалея", applies: true),
        .init(name: "Еманжелинский МР", weight: 1.3, city: nil, applies: true),
        .init(name: "Еткульский МР", weight: 0.8, city: nil, applies: true),
        .init(name: "Златоустовский ГО", weight: 4.0, city: "г. Златоуста", applies: true),
        .init(name: "Карабашский ГО", weight: 0.3, city: "г. Карабаша", applies: true),
        .init(name: "Карталинский МР", weight: 1.3, city: nil, applies: true),
        .init(name: "Каслинский МР", weight: 0.9, city: nil, applies: true),
        .init(name: "Катав-Ивановский МР", weight: 0.8, city: nil, applies: true),
        .init(name: "Копейский ГО", weight: 4.4, city: "г. Копейска", applies: true),
        .init(name: "Коркинский муниципальный округ", weight: 1.5, city: nil, applies: true),
        .init(name: "Красноармейский МР", weight: 1.1, city: nil, applies: true),
        .init(name: "Кунашакский МР", weight: 0.8, city: nil, applies: true),
        .init(name: "Кусинский МР", weight: 0.7, city: nil, applies: true),
        .init(name: "Кыштымский ГО", weight: 1.1, city: "г. Кыштыма", applies: true),
        .init(name: "Магнитогорский ГО", weight: 11.0, city: "г. Магнитогорска", applies: true),
        .init(name: "Миасский ГО", weight: 4.5, city: "г. Миасса", applies: true),
        .init(name: "Нязепетровский МР", weight: 0.5, city: nil, applies: true),
        .init(name: "Озерский ГО", weight: 2.3, city: "г. Озёрска", applies: true),
        .init(name: "Октябрьский МР", weight: 0.7, city: nil, applies: true),
        .init(name: "Саткинский МР", weight: 2.2, city: nil, applies: true),
        .init(name: "Снежинский ГО", weight: 1.3, city: "г. Снежинска", applies: true),
        .init(name: "Сосновский МР", weight: 2.4, city: nil, applies: true),
        .init(name: "Трехгорный ГО", weight: 0.8, city: "г. Трёхгорного", applies: true),
        .init(name: "Троицкий ГО", weight: 1.9, city: "г. Троицка", applies: true),
        .init(name: "Увельский МР", weight: 0.9, city: nil, applies: true),
        .init(name: "Усть-Катавский ГО", weight: 0.6, city: "г. Усть-Катава", applies: true),
        .init(name: "Чебаркульский ГО", weight: 1.1, city: "г. Чебаркуля", applies: true),
        .init(name: "Чебаркульский МР", weight: 0.8, city: nil, applies: true),
        .init(name: "Челябинский ГО", weight: 32.0, city: "г. Челябинска", applies: true),
        .init(name: "Чесменский МР", weight: 0.6, city: nil, applies: true),
        .init(name: "Южноуральский ГО", weight: 1.0, city: "г. Южноуральска", applies: true),
    ]
}
