import Domain

/// One of the seven roles a kiosk visitor can try: a demo login and a line
/// saying what they will see there.
public struct KioskRole: Sendable, Equatable {
    public let login: String
    public let title: Phrase
    public let summary: Phrase

    /// The demo region's logins (Storage/Demo), in the order of the start screen.
    public static let all: [KioskRole] = [
        KioskRole(login: "teacher", title: Phrase("Педагог", "Teacher"),
                  summary: Phrase("Свой маршрут (ИОМ): шаги, дефициты, тьютор и наставник",
                                  "Own route: steps, deficits, tutor and mentor")),
        KioskRole(login: "tutor", title: Phrase("Тьютор", "Tutor"),
                  summary: Phrase("Сопровождаемые педагоги: маршруты, шаги на подтверждение",
                                  "Supported teachers: routes, steps to confirm")),
        KioskRole(login: "mentor", title: Phrase("Наставник", "Mentor"),
                  summary: Phrase("Пара «учитель – учитель»: путь молодого педагога",
                                  "A teacher–teacher pair: the young teacher's path")),
        KioskRole(login: "methodist", title: Phrase("Методист ММС", "Municipal methodist"),
                  summary: Phrase("Запросы педагогов муниципалитета: разбор, исполнители, сроки",
                                  "Teachers' requests of a municipality: triage, assignees, due dates")),
        KioskRole(login: "rma", title: Phrase("Методист РМА", "Regional methodist"),
                  summary: Phrase("Региональный методический актив: дорожная карта, запросы",
                                  "The regional methodical team: roadmap, requests")),
        KioskRole(login: "coordinator", title: Phrase("Координатор", "Coordinator"),
                  summary: Phrase("Вся область: дорожная карта, отбор в РМА, показатели",
                                  "The whole region: roadmap, selection, indicators")),
        KioskRole(login: "admin", title: Phrase("Администратор", "Administrator"),
                  summary: Phrase("Люди и роли, каталоги, журнал изменений",
                                  "People and roles, catalogs, the change log")),
    ]
}
