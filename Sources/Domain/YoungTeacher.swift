/// Young teacher (молодой педагог): under 35 years old, or in the first three
/// years of teaching. Young teachers get targeted support and a mentor.
extension Person {
    /// Under this age (in whole years) a teacher is young.
    public static let youngTeacherAgeLimit = 35
    /// Within this many whole years of teaching a teacher is young.
    public static let youngTeacherServiceYears = 3

    /// Whether the person is a young teacher on `day`.
    ///
    /// - Under 35: fewer than 35 whole years from `birthDate` to `day`
    ///   (on the 35th birthday the person is no longer young by age).
    /// - First three years: fewer than 3 whole years from `teachingSince` to
    ///   `day` (on the third anniversary the person is no longer young by service).
    /// - A missing date does not make anyone young by its criterion. A date
    ///   later than `day` (not born yet, not started yet: bad or future data)
    ///   counts as missing.
    ///
    /// Roles are not looked at here: whether the person teaches is the caller's
    /// question (see `MentoringRules`).
    public func isYoungTeacher(on day: Day) -> Bool {
        if let birth = birthDate, birth <= day, day.wholeYears(since: birth) < Person.youngTeacherAgeLimit {
            return true
        }
        if let since = teachingSince, since <= day, day.wholeYears(since: since) < Person.youngTeacherServiceYears {
            return true
        }
        return false
    }
}
