import Domain

/// Mentoring pairs and the young teachers still without a mentor.
public protocol MentoringStore: AnyObject {
    func mentoringPage(_ viewer: Viewer, _ query: MentoringQuery, after: MentoringID?, before: MentoringID?, limit: Int) throws -> [MentoringPairRow]
    func mentoringPair(_ viewer: Viewer, id: MentoringID) throws -> MentoringPair?
    func createPair(_ viewer: Viewer, menteeID: PersonID, mentorID: PersonID, form: MentoringForm, start: Day?, goals: String) throws -> MentoringID
    func endPair(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, on day: Day?) throws
    /// Takes back an early end: `before` is the pair as it was, `expectedVersion` the version the end left.
    func undoPairEnd(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, restoring before: MentoringPair) throws
    /// Young teachers without a current mentor, by name; `namePrefix` narrows to names beginning so.
    func youngWithoutMentorPage(_ viewer: Viewer, namePrefix: String?, after: PersonKey?, before: PersonKey?, limit: Int) throws -> [PersonSummary]
    func youngWithoutMentorLastPage(_ viewer: Viewer, namePrefix: String?, limit: Int) throws -> [PersonSummary]
}

extension MentoringStore {
    public func mentoringPage(_ viewer: Viewer, _ query: MentoringQuery = MentoringQuery(), after: MentoringID? = nil,
                              before: MentoringID? = nil, limit: Int) throws -> [MentoringPairRow] {
        try mentoringPage(viewer, query, after: after, before: before, limit: limit)
    }
    @discardableResult
    public func createPair(_ viewer: Viewer, menteeID: PersonID, mentorID: PersonID, form: MentoringForm = .teacherTeacher,
                           start: Day? = nil, goals: String = "") throws -> MentoringID {
        try createPair(viewer, menteeID: menteeID, mentorID: mentorID, form: form, start: start, goals: goals)
    }
    public func endPair(_ viewer: Viewer, id: MentoringID, expectedVersion: Int) throws {
        try endPair(viewer, id: id, expectedVersion: expectedVersion, on: nil)
    }
    public func youngWithoutMentorPage(_ viewer: Viewer, after: PersonKey? = nil, before: PersonKey? = nil,
                                       limit: Int) throws -> [PersonSummary] {
        try youngWithoutMentorPage(viewer, namePrefix: nil, after: after, before: before, limit: limit)
    }
    public func youngWithoutMentorLastPage(_ viewer: Viewer, limit: Int) throws -> [PersonSummary] {
        try youngWithoutMentorLastPage(viewer, namePrefix: nil, limit: limit)
    }
}
