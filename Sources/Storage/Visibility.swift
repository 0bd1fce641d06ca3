import Domain

/// SQL predicates that limit every read and write to what the viewer may
/// see. Each returns a fragment with `?` parameters, to be ANDed into a
/// WHERE clause. Roles combine with OR: a tutor who is also a teacher sees
/// their own data and their caseload's.
enum Visibility {
    struct Predicate {
        var sql: String
        var params: [SQLBindable]
        static var all: Predicate { Predicate(sql: "1", params: []) }
        static var none: Predicate { Predicate(sql: "0", params: []) }
    }

    static func anyOf(_ parts: [Predicate]) -> Predicate {
        if parts.isEmpty { return .none }
        if parts.contains(where: { $0.sql == "1" }) { return .all }
        return Predicate(sql: "(" + parts.map(\.sql).joined(separator: " OR ") + ")", params: parts.flatMap(\.params))
    }

    /// People the viewer may see, for a person-id expression (e.g. `p.id`).
    static func people(_ v: Viewer, personID col: String) -> Predicate {
        if v.seesRegion { return .all }
        var parts = [Predicate(sql: "\(col) = ?", params: [v.personID])]
        if v.roles.contains(.municipalMethodist), let m = v.municipalityID {
            // A lookup by primary key per row, not `IN (SELECT id …)`: that list
            // is built whole for every statement — 300,000 ids for a city on a
            // national file, 0.3 s for one person's card.
            parts.append(Predicate(sql: "EXISTS (SELECT 1 FROM people vp WHERE vp.id = \(col) AND vp.municipality_id = ?)", params: [m]))
        }
        if v.roles.contains(.tutor) || v.roles.contains(.mentor) {
            parts.append(Predicate(sql: "\(col) IN (SELECT person_id FROM tutoring WHERE tutor_id = ?)", params: [v.personID]))
            parts.append(Predicate(sql: "\(col) IN (SELECT person_id FROM routes WHERE tutor_id = ?)", params: [v.personID]))
            parts.append(Predicate(sql: "\(col) IN (SELECT mentee_id FROM mentoring WHERE mentor_id = ?)", params: [v.personID]))
        }
        return anyOf(parts)
    }

    /// For a people table aliased `p`, the cheaper form on its own columns.
    static func peopleRows(_ v: Viewer, alias p: String = "p") -> Predicate {
        if v.seesRegion { return .all }
        if v.roles.contains(.municipalMethodist), let m = v.municipalityID,
           !v.roles.contains(.tutor), !v.roles.contains(.mentor) {
            // The viewer's municipality is theirs, so their own row is already
            // in it: a single equality keeps the (municipality, name) index
            // usable for ordered pages (an OR here made SQLite sort the whole
            // municipality on every page).
            return Predicate(sql: "\(p).municipality_id = ?", params: [m])
        }
        return people(v, personID: "\(p).id")
    }

    /// Routes: the person's own, the ones the viewer tutors, and those of visible people.
    static func routes(_ v: Viewer, alias r: String = "r") -> Predicate {
        if v.seesRegion { return .all }
        return anyOf([Predicate(sql: "\(r).tutor_id = ?", params: [v.personID]), people(v, personID: "\(r).person_id")])
    }

    /// Requests: teachers their own; tutors their own, assigned ones and their
    /// caseload's; municipal methodists their municipality; РМА methodists
    /// assigned ones and their directions; coordinators and administrators all.
    static func requests(_ v: Viewer, alias q: String = "q") -> Predicate {
        requestParts(v, alias: q).map(anyOf) ?? .all
    }

    /// The same as `requests`, as the list of alternatives it ORs (nil: all
    /// requests). Each alternative has an index of its own that is in triage
    /// order, so a page can be read per alternative and merged: SQLite
    /// answers the OR by collecting and sorting every match instead.
    /// Directions come one per alternative for the same reason.
    static func requestParts(_ v: Viewer, alias q: String = "q") -> [Predicate]? {
        if v.roles.contains(.coordinator) || v.roles.contains(.administrator) { return nil }
        var parts = [Predicate(sql: "\(q).author_id = ?", params: [v.personID]),
                     Predicate(sql: "\(q).assignee_id = ?", params: [v.personID])]
        if v.roles.contains(.municipalMethodist), let m = v.municipalityID {
            parts.append(Predicate(sql: "\(q).municipality_id = ?", params: [m]))
        }
        if v.roles.contains(.regionalMethodist) {
            for d in v.directions.sorted() { parts.append(Predicate(sql: "\(q).direction = ?", params: [d])) }
        }
        if v.roles.contains(.tutor) {
            parts.append(Predicate(sql: "\(q).author_id IN (SELECT person_id FROM tutoring WHERE tutor_id = ?)", params: [v.personID]))
        }
        return parts
    }
}
