/// The chosen tutor as the rule of assigning one sees them.
public struct TutorChoice: Hashable, Sendable {
    public var id: PersonID
    public var fullName: String
    public var roles: Set<Role>
    public var municipalityID: MunicipalityID?
    public init(id: PersonID, fullName: String, roles: Set<Role>, municipalityID: MunicipalityID?) {
        self.id = id; self.fullName = fullName; self.roles = roles; self.municipalityID = municipalityID
    }
}

/// Who may give a person their tutor, and whom: the route's tutor
/// (`Route.assigningTutor`) or, while the person has no route yet, the
/// tutor of their caseload who will build it (`TutorAssignmentRule.check`).
///
/// | check            | refused when                                                              |
/// |------------------|---------------------------------------------------------------------------|
/// | the right        | the viewer may not assign tutors (`Action.assignTutors`)                   |
/// | the route        | it is completed or cancelled: nobody will be supported on it               |
/// | the scope        | a municipal methodist: the person or the tutor is of another municipality  |
/// | the tutor        | not holding the tutor role; the person themselves                          |
///
/// Removing the tutor (nil) needs the right, the scope and an open route.
/// The same tutor again is no change (an empty change list: nothing written).
public enum TutorAssignmentRule {
    /// The refusal of giving `personID` the tutor `tutor` (nil: none), or nil when allowed.
    public static let noRight = Refusal("Назначать тьюторов могут методист ММС и координатор",
                                        "Only a municipal methodist or a coordinator assigns tutors")

    public static func check(_ tutor: TutorChoice?, for personID: PersonID, personMunicipality: MunicipalityID?,
                             by viewer: Viewer) -> Refusal? {
        guard viewer.can(.assignTutors) else { return noRight }
        let local = !viewer.seesRegion
        if local, personMunicipality != viewer.municipalityID {
            return Refusal("Работник из другого муниципалитета: тьютора ему назначает методист ММС его муниципалитета",
                           "The person is of another municipality: its municipal methodist assigns the tutor")
        }
        guard let tutor else { return nil }
        guard tutor.roles.contains(.tutor) else {
            return Refusal("\(tutor.fullName) — не тьютор: назначить можно только работника с ролью тьютора",
                           "\(tutor.fullName) is not a tutor: only a person with the tutor role can be assigned")
        }
        guard tutor.id != personID else {
            return Refusal("Свой собственный маршрут не сопровождают: выберите другого тьютора",
                           "Nobody tutors their own route: choose another tutor")
        }
        if local, tutor.municipalityID != viewer.municipalityID {
            return Refusal("\(tutor.fullName) работает в другом муниципалитете: методист ММС назначает тьюторов своего муниципалитета",
                           "\(tutor.fullName) works in another municipality: a municipal methodist assigns tutors of their own")
        }
        return nil
    }
}

extension Route {
    /// The route with `tutor` (nil: without one), or why not (`TutorAssignmentRule`).
    public func assigningTutor(_ tutor: TutorChoice?, by viewer: Viewer, personMunicipality: MunicipalityID?) -> Result<Route, Refusal> {
        guard viewer.can(.assignTutors) else { return .failure(TutorAssignmentRule.noRight) }
        switch status {
        case .completed:
            return .failure(Refusal("Маршрут завершён: тьютора назначают маршруту, который ещё в работе",
                                    "The route is completed: tutors are assigned to routes still in work"))
        case .cancelled:
            return .failure(Refusal("Маршрут отменён: тьютора назначают маршруту, который ещё в работе",
                                    "The route is cancelled: tutors are assigned to routes still in work"))
        case .draft, .agreed, .inProgress: break
        }
        // The tutor already there is no change, whoever else would be refused now.
        let choice = tutor?.id == tutorID ? nil : tutor
        if let refusal = TutorAssignmentRule.check(choice, for: personID, personMunicipality: personMunicipality, by: viewer) {
            return .failure(refusal)
        }
        var changed = self
        changed.tutorID = tutor?.id
        return .success(changed)
    }
}
