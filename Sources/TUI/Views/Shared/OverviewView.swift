import Domain
import Storage

/// Обзор: who you are here, your roles, and where each of your tabs leads.
final class OverviewView: AppView {
    let id = "overview"
    let title = Phrase("Обзор", "Overview")
    private var me: PersonSummary?
    private var tabs: [(number: Int, title: Phrase, what: Phrase)] = []

    /// `otherTabs` follow the overview, which is tab 1.
    init(_ ctx: AppContext, otherTabs: [AppView]) {
        self.tabs = otherTabs.enumerated().map { i, v in (i + 2, v.title, OverviewView.purpose(of: v.id)) }
        reload(ctx)
    }

    static func purpose(of id: String) -> Phrase {
        switch id {
        case "people": return Phrase("кого вы видите по должности; / — фильтр по фамилии",
                                     "whom you see by your position; / filters by surname")
        case "requests": return Phrase("запросы на адресную помощь; / — поиск по тексту",
                                       "requests for targeted help; / searches their text")
        case "assigned": return Phrase("запросы, назначенные вам: взять в работу, записать помощь, решить, вернуть на разбор",
                                       "requests assigned to you: take into work, record help, resolve, hand back")
        case "caseload": return Phrase("кого вы сопровождаете: кто ждёт внимания, маршруты, консультации; ! — требуют внимания",
                                       "whom you support: who needs attention, routes, consultations; ! — needs attention")
        case "myRoute": return Phrase("ваш ИОМ: дефициты, шаги, отметки о выполнении; a — попросить помощи",
                                      "your route: deficits, steps, marking them done; a asks for help")
        case "myDiagnostics": return Phrase("ваши диагностики: баллы по областям и как менялись дефициты",
                                            "your diagnostics: scores by area and how deficits changed")
        case "myRequests": return Phrase("ваши запросы на адресную помощь и их статус; n — новый",
                                         "your requests for targeted help and their status; n — new")
        case "rma": return Phrase("дорожная карта, отбор в РМА, направления, мониторинг",
                                  "roadmap, RMA selection, directions, monitoring")
        case "dashboard": return Phrase("показатели; Enter — вглубь до школы и человека",
                                        "indicators; Enter drills down to a school and a person")
        case "mentoring": return Phrase("пары наставник – молодой педагог; n — назначить",
                                        "mentoring pairs and who has none; n assigns")
        case "catalogs": return Phrase("программы ДПП, площадки, практики, мероприятия",
                                       "programmes, internship sites, practices, events")
        case "audit": return Phrase("кто, что и когда менял; p — по человеку, d — по датам",
                                    "who changed what and when; p by person, d by dates")
        default: return Phrase("", "")
        }
    }

    var bindings: [KeyBinding] { [] }
    func perform(_ action: String, _ ctx: AppContext) -> ViewResult { .unhandled }
    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult { .unhandled }
    func reload(_ ctx: AppContext) { me = try? ctx.store.personSummary(ctx.viewer, id: ctx.viewer.personID) }

    func render(_ painter: Painter, _ ctx: AppContext) {
        var y = 1
        painter.text(ctx.t("Здравствуйте, ", "Hello, ") + ctx.viewer.fullName, x: 2, y: y, role: .title); y += 1
        if let me {
            let place = [me.organizationName, me.municipalityName].filter { !$0.isEmpty }.joined(separator: " · ")
            painter.text(place, x: 2, y: y, role: .muted); y += 1
            if me.isYoung(on: ctx.today) {
                painter.text("★ " + ctx.t("молодой педагог", "young teacher"), x: 2, y: y, role: .accent); y += 1
            }
        }
        painter.text(ctx.t("Роли: ", "Roles: ") + ctx.viewer.roles.sorted().map { ctx.t($0.label) }.joined(separator: ", "),
                     x: 2, y: y); y += 2
        if let region = ctx.store.regionName {
            painter.text(ctx.t("Регион: ", "Region: ") + region + " · " + ctx.t("сегодня ", "today ") + ctx.today.russian,
                         x: 2, y: y, role: .muted); y += 2
        }
        painter.text(ctx.t("Ваши вкладки", "Your tabs"), x: 2, y: y, role: .header); y += 1
        for tab in tabs where y < painter.height - 3 {
            let head = "\(tab.number) " + ctx.t(tab.title)
            painter.text(head, x: 4, y: y, role: .accent)
            painter.text("— " + ctx.t(tab.what), x: 5 + max(16, TextWidth.of(head)), y: y, role: .text); y += 1
        }
        y += 1
        if y < painter.height - 1 {
            let last = ctx.kiosk ? ctx.t("Esc — выбор роли", "Esc — choose a role") : ctx.t("q — выход", "q — quit")
            painter.text(ctx.t("? — все клавиши экрана   : — найти действие по названию   ",
                               "? — every key of the screen   : — find an action by name   ") + last, x: 2, y: y, role: .muted)
        }
    }
}
