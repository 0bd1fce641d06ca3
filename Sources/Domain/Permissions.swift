/// What a user can try to do. The scope (whose data) is decided by Storage
/// from the viewer; this says whether the role may do it at all.
public enum Action: String, Sendable, CaseIterable, Labelled {
    case seeOwnRoute, editOwnSteps, askForHelp, assessSelf
    case seeCaseload, editRoutes, confirmSteps, logConsultations, assignTutors, recordDiagnostics
    case seeRequests, triageRequests, workRequests
    case seeRoadmap, editRoadmap
    case seeSelection, decideSelection
    case seeIndicators, editCatalogs, editMentoring
    case seePeople, editRoles, importData, seeAudit

    public var label: Phrase {
        switch self {
        case .seeOwnRoute: return Phrase("видеть свой маршрут", "see own route")
        case .editOwnSteps: return Phrase("отмечать свои шаги", "update own steps")
        case .askForHelp: return Phrase("просить помощи", "ask for help")
        case .assessSelf: return Phrase("вносить самооценку", "record a self-assessment")
        case .seeCaseload: return Phrase("видеть сопровождаемых", "see caseload")
        case .editRoutes: return Phrase("составлять маршруты", "edit routes")
        case .confirmSteps: return Phrase("подтверждать шаги", "confirm steps")
        case .logConsultations: return Phrase("вести консультации", "log consultations")
        case .assignTutors: return Phrase("назначать тьюторов", "assign tutors")
        case .recordDiagnostics: return Phrase("вносить диагностики сопровождаемых", "record diagnostics of the people supported")
        case .seeRequests: return Phrase("видеть запросы", "see requests")
        case .triageRequests: return Phrase("разбирать запросы", "triage requests")
        case .workRequests: return Phrase("работать по назначенным запросам", "work on assigned requests")
        case .seeRoadmap: return Phrase("видеть дорожную карту", "see roadmap")
        case .editRoadmap: return Phrase("вести дорожную карту", "edit roadmap")
        case .seeSelection: return Phrase("видеть отбор в РМА", "see RMA selection")
        case .decideSelection: return Phrase("решать по заявкам РМА", "decide RMA selection")
        case .seeIndicators: return Phrase("видеть показатели", "see indicators")
        case .editCatalogs: return Phrase("вести каталоги", "edit catalogs")
        case .editMentoring: return Phrase("вести наставничество", "edit mentoring")
        case .seePeople: return Phrase("видеть работников", "see people")
        case .editRoles: return Phrase("менять роли", "edit roles")
        case .importData: return Phrase("загружать данные", "import data")
        case .seeAudit: return Phrase("видеть журнал изменений", "see audit log")
        }
    }
}

/// The matrix of roles × actions, in one place.
public enum Permissions {
    public static let matrix: [Role: Set<Action>] = [
        .teacher: [.seeOwnRoute, .editOwnSteps, .askForHelp, .assessSelf],
        .mentor: [.seeOwnRoute, .editOwnSteps, .askForHelp, .assessSelf, .seeCaseload],
        .tutor: [.seeOwnRoute, .editOwnSteps, .askForHelp, .assessSelf, .seeCaseload, .editRoutes, .confirmSteps,
                 .logConsultations, .seeRequests, .recordDiagnostics, .workRequests],
        .municipalMethodist: [.seeOwnRoute, .editOwnSteps, .askForHelp, .assessSelf, .seeRequests, .triageRequests,
                              .seeIndicators, .seePeople, .editMentoring, .seeCaseload, .editRoutes,
                              .confirmSteps, .logConsultations, .assignTutors, .recordDiagnostics, .workRequests],
        .regionalMethodist: [.seeOwnRoute, .editOwnSteps, .askForHelp, .assessSelf, .seeCaseload, .editRoutes, .confirmSteps,
                             .logConsultations, .seeRequests, .triageRequests, .seeRoadmap, .editRoadmap,
                             .seeSelection, .seePeople, .recordDiagnostics, .workRequests],
        .coordinator: [.seeOwnRoute, .askForHelp, .seeRequests, .triageRequests, .seeRoadmap, .editRoadmap,
                       .seeSelection, .decideSelection, .seeIndicators, .editCatalogs, .editMentoring,
                       .seePeople, .importData, .seeAudit, .assignTutors, .recordDiagnostics],
        .administrator: Set(Action.allCases),
    ]

    public static func allows(_ roles: Set<Role>, _ action: Action) -> Bool {
        roles.contains { matrix[$0]?.contains(action) ?? false }
    }
}
