import Domain

/// The worklist of mentoring: young teachers (Domain `isYoungTeacher` on the
/// store's today) holding the teacher role with no current pair, in name
/// order, a page at a time, scoped like the pairs.
extension SQLiteStore {
    /// The first day after which a birth (or a start of teaching) still makes
    /// someone young by the rule: `years` back from `day`, clamped for 29 Feb.
    static func youngBound(_ day: Day, years: Int) -> Day {
        let y = day.year - years
        return Day(year: y, month: day.month, day: min(day.components.day, Day.daysIn(month: day.month, year: y)))!
    }

    /// A page of young teachers without a current mentor after (or before) a
    /// keyset anchor. SQL narrows by the date bounds through the name index;
    /// the domain rule has the last word on every row, and the page is topped
    /// up until `limit` rows pass it or the list ends.
    public func youngWithoutMentorPage(_ viewer: Viewer, namePrefix: String?, after: PersonKey? = nil, before: PersonKey? = nil,
                                       limit: Int) throws -> [PersonSummary] {
        guard viewer.can(.editMentoring) else { throw StoreError.forbidden(Action.editMentoring.label) }
        if !viewer.seesRegion && !(viewer.roles.contains(.municipalMethodist) && viewer.municipalityID != nil) { return [] }
        let today = self.today()
        let ageBound = SQLiteStore.youngBound(today, years: Person.youngTeacherAgeLimit)
        let serviceBound = SQLiteStore.youngBound(today, years: Person.youngTeacherServiceYears)
        let vis = Visibility.peopleRows(viewer)
        let descending = before != nil
        var anchor = after ?? before
        var result: [PersonSummary] = []
        while result.count < limit {
            var conditions = [vis.sql, "(p.roles & ?) != 0",
                              "((p.birth_date > ? AND p.birth_date <= ?) OR (p.teaching_since > ? AND p.teaching_since <= ?))",
                              """
                              NOT EXISTS (SELECT 1 FROM mentoring m WHERE m.mentee_id = p.id AND m.status IN ('planned', 'active')
                                          AND (m.end IS NULL OR m.end >= ?))
                              """]
            var params: [SQLBindable] = vis.params + [Codecs.bit(.teacher), ageBound, today, serviceBound, today, today]
            if let prefix = namePrefix.map(SearchKey.fold), !prefix.isEmpty {
                conditions.append("p.name_key >= ? AND p.name_key < ?")   // a range on the index, as in the people list
                params += [prefix, prefix + "\u{10FFFF}"]
            }
            if let a = anchor {
                conditions.append(descending ? "(p.name_key, p.id) < (?, ?)" : "(p.name_key, p.id) > (?, ?)")
                params += [a.nameKey, a.id]
            }
            let want = limit - result.count
            let rows = try db.query("""
                SELECT \(SQLiteStore.personSummaryColumns) FROM people p \(SQLiteStore.personSummaryJoins)
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY \(descending ? "p.name_key DESC, p.id DESC" : "p.name_key, p.id") LIMIT ?
                """, params + [want], SQLiteStore.personSummary)
            result += rows.filter { $0.asPerson.isYoungTeacher(on: today) && $0.roles.contains(.teacher) }
            guard rows.count == want, let last = rows.last else { break }
            anchor = last.key
        }
        return descending ? result.reversed() : result
    }

    /// The last page of the worklist (for End).
    public func youngWithoutMentorLastPage(_ viewer: Viewer, namePrefix: String?, limit: Int) throws -> [PersonSummary] {
        try youngWithoutMentorPage(viewer, namePrefix: namePrefix, before: PersonKey(nameKey: "\u{10FFFF}", id: Int64.max), limit: limit)
    }
}

extension PersonSummary {
    /// The fields the domain's rules read, as a Person.
    public var asPerson: Person {
        var p = Person(id: id, login: login, fullName: fullName, organizationID: nil, position: position)
        p.birthDate = birthDate
        p.teachingSince = teachingSince
        p.roles = roles
        return p
    }
}
