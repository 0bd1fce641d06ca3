import Domain
import Storage

/// «Попросить помощи»: a short form for a request for targeted methodical
/// help, pre-filled from the deficit (or the step) it was opened on — the
/// competence, and the РМА direction the competence belongs to.
enum HelpRequestForm {
    static func dialog(deficit: DeficitSummary?, step: RouteStep?, _ ctx: AppContext) -> TeacherDialog {
        var intro: [TeacherLine] = []
        var text = ""
        if let step {
            intro.append(TeacherLine(ctx.t("Шаг: ", "Step: ") + step.title, .dialog, hanging: 2))
            text = ctx.t("По шагу маршрута «\(step.title)». ", "About the route step “\(step.title)”. ")
        }
        if let d = deficit {
            intro.append(TeacherLine(ctx.t("Компетенция: ", "Competence: ") + "\(d.competenceCode) \(d.competenceName)", .dialog, hanging: 2))
            text += ctx.t("Прошу помочь с дефицитом «\(d.competenceCode) \(d.competenceName)» (балл \(d.deficit.score), \(d.deficit.severity.label.ru)). ",
                          "Please help with the deficit “\(d.competenceCode) \(d.competenceName)” (score \(d.deficit.score), \(d.deficit.severity.label.en)). ")
            intro.append(TeacherLine(ctx.t("Направление подставлено по компетенции; ← → — выбрать другое.",
                                           "The direction follows from the competence; ← → to choose another."), .muted))
        }
        intro.append(TeacherLine(ctx.t("Запрос получит методист ММС вашего муниципалитета; статус — на вкладке «Мои запросы».",
                                       "A methodist of your municipality receives it; its status is under “My requests”."), .muted))
        var options = [FormChoice(id: "", label: ctx.t("— определит методист —", "— the methodist decides —"))]
        options += Direction.all.map { FormChoice(id: String($0.number), label: "\($0.number). \($0.shortName)") }
        let fields: [FormField] = [
            .note("text", label: ctx.t("Что нужно", "What you need"), value: text, lines: 4, required: true, maxLength: 2000),
            .choice("direction", label: ctx.t("Направление", "Direction"), options: options, selected: deficit.map { String($0.direction) }),
        ]
        return TeacherDialog(purpose: .help(deficit?.deficit.competenceID), title: ctx.t("Попросить помощи", "Ask for help"),
                             intro: intro, fields: fields, language: ctx.language)
    }

    /// Creates the request; answers its number.
    static func send(_ values: [String: String], competenceID: CompetenceID?, profile: TeacherProfile?, _ ctx: AppContext) throws -> RequestID {
        let young = profile?.person.isYoungTeacher(on: ctx.today) ?? false
        return try ctx.store.createRequest(ctx.viewer, text: values["text"] ?? "", authorID: ctx.viewer.personID, organizationID: nil,
                                           competenceID: competenceID, direction: values["direction"].flatMap { Int($0) },
                                           isYoungAuthor: young)
    }
}
