/// Row identifiers. Plain integers: SQLite rowids, stable across sessions.
public typealias MunicipalityID = Int64
public typealias OrganizationID = Int64
public typealias PersonID = Int64
public typealias CompetenceID = Int64
public typealias DiagnosticID = Int64
public typealias DeficitID = Int64
public typealias RouteID = Int64
public typealias StepID = Int64
public typealias ProgrammeID = Int64
public typealias SiteID = Int64
public typealias PracticeID = Int64
public typealias EventID = Int64
public typealias ConsultationID = Int64
public typealias MentoringID = Int64
public typealias RequestID = Int64
public typealias ApplicationID = Int64
public typealias RoadmapItemID = Int64
