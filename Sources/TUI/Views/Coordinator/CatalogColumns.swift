import Domain
import Storage

/// The columns of each catalog's table. A retired entry is drawn muted and
/// marked «архив», so showing the archive never hides which is which.
enum CatalogColumns {
    static func retired(_ text: String, _ retired: Bool, _ ctx: AppContext) -> TableCell {
        retired ? TableCell(text + ctx.t(" · архив", " · retired"), role: .muted) : TableCell(text)
    }

    static func direction(_ d: Int?) -> String { d.map { "№\($0)" } ?? "—" }

    static func kindShort(_ k: ProgrammeKind, _ ctx: AppContext) -> String {
        k == .upskilling ? ctx.t("ПК", "UP") : ctx.t("ПП", "RT")
    }

    static func programmes(_ ctx: AppContext) -> [Column<ProgrammeRow>] {
        [
            Column(ctx.t("Программа", "Programme"), width: .flexible(min: 16, weight: 3)) { retired($0.programme.title, $0.programme.retired, ctx) },
            Column(ctx.t("Вид", "Kind"), width: .fixed(3)) { TableCell(kindShort($0.programme.kind, ctx)) },
            Column(ctx.t("Часы", "Hours"), width: .fixed(5), alignment: .right) { TableCell(String($0.programme.hours)) },
            Column(ctx.t("Формат", "Format"), width: .fixed(12)) { TableCell(ctx.t($0.programme.format.label)) },
            Column(ctx.t("ФР", "FR"), width: .fixed(2)) { $0.programme.inFederalRegistry ? TableCell("✓", role: .ok) : TableCell("") },
            Column(ctx.t("Разработчик", "Provider"), width: .flexible(min: 8, weight: 2)) { TableCell($0.programme.provider) },
        ]
    }

    static func sites(_ ctx: AppContext) -> [Column<SiteRow>] {
        [
            Column(ctx.t("Тема стажировки", "Topic"), width: .flexible(min: 16, weight: 3)) { retired($0.site.topic, $0.site.retired, ctx) },
            Column(ctx.t("Организация", "Organization"), width: .flexible(min: 10, weight: 2)) { TableCell($0.organizationName) },
            Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 8, weight: 1)) { TableCell($0.municipalityName) },
            Column(ctx.t("Мест", "Places"), width: .fixed(4), alignment: .right) { TableCell(String($0.site.capacity)) },
        ]
    }

    static func statusRole(_ s: PracticeStatus) -> StyleRole {
        switch s {
        case .submitted: return .info
        case .review: return .warning
        case .included: return .ok
        case .rejected: return .muted
        }
    }

    static func practices(_ ctx: AppContext) -> [Column<PracticeRow>] {
        [
            Column(ctx.t("Практика", "Practice"), width: .flexible(min: 16, weight: 3)) { retired($0.practice.title, $0.retired, ctx) },
            Column(ctx.t("Статус", "Status"), width: .fixed(17)) { TableCell(ctx.t($0.practice.status.label), role: statusRole($0.practice.status)) },
            Column(ctx.t("Напр.", "Dir."), width: .fixed(5)) { TableCell(direction($0.practice.direction)) },
            Column(ctx.t("Автор", "Author"), width: .flexible(min: 8, weight: 2)) { TableCell($0.authorName) },
            Column(ctx.t("Организация", "Organization"), width: .flexible(min: 8, weight: 2)) { TableCell($0.organizationName) },
        ]
    }

    static func events(_ ctx: AppContext) -> [Column<EventRow>] {
        let today = ctx.today
        return [
            Column(ctx.t("Дата", "Date"), width: .fixed(10)) { TableCell($0.event.date.russian, role: $0.event.date >= today ? .accent : nil) },
            Column(ctx.t("Вид", "Kind"), width: .fixed(12)) { TableCell(ctx.t($0.event.kind.label)) },
            Column(ctx.t("Мероприятие", "Event"), width: .flexible(min: 16, weight: 3)) { retired($0.event.title, $0.retired, ctx) },
            Column(ctx.t("Напр.", "Dir."), width: .fixed(5)) { TableCell(direction($0.event.direction)) },
            Column(ctx.t("Организатор", "Organizer"), width: .flexible(min: 8, weight: 2)) { TableCell($0.organizerName) },
        ]
    }
}
