/// Rules of mentoring pairs (model «учитель – учитель»).
///
/// - A pair is current on a day when its status is planned or active and it
///   has not ended before that day (`end` nil or on/after the day). A planned
///   pair that starts later still counts: the mentee has a mentor assigned.
/// - A mentee has at most one current pair: a second is refused.
/// - A person cannot mentor themself; a pair cannot end before it starts.
/// - Young teachers who need a mentor: people holding the teacher role who
///   are young on the day (`Person.isYoungTeacher(on:)`) and have no current pair.
public enum MentoringRules {
    /// Young teachers without a current pair on `day`, in the order given.
    public static func youngTeachersWithoutMentor(people: [Person], pairs: [MentoringPair], on day: Day) -> [Person] {
        let mentored = Set(pairs.filter { $0.isCurrent(on: day) }.map(\.menteeID))
        return people.filter { $0.roles.contains(.teacher) && $0.isYoungTeacher(on: day) && !mentored.contains($0.id) }
    }

    /// The mentee's current pair on `day`, if any (the earliest started, should data hold two).
    public static func currentPair(of menteeID: PersonID, in pairs: [MentoringPair], on day: Day) -> MentoringPair? {
        pairs.filter { $0.menteeID == menteeID && $0.isCurrent(on: day) }.min { $0.start < $1.start }
    }

    /// Why `pair` cannot be added (or made current) next to `existing` on `day`;
    /// nil when it can. Pairs with the same id as `pair` are the pair itself.
    public static func validate(_ pair: MentoringPair, against existing: [MentoringPair], on day: Day) -> Refusal? {
        if pair.mentorID == pair.menteeID {
            return Refusal("Наставник и наставляемый — один и тот же человек", "The mentor and the mentee are the same person")
        }
        if let end = pair.end, end < pair.start {
            return Refusal("Пара заканчивается (\(end.russian)) раньше, чем начинается (\(pair.start.russian))",
                           "The pair ends (\(end.iso)) before it starts (\(pair.start.iso))")
        }
        guard pair.isCurrent(on: day) else { return nil }
        if let other = existing.first(where: { $0.id != pair.id && $0.menteeID == pair.menteeID && $0.isCurrent(on: day) }) {
            return Refusal("У наставляемого уже есть действующая пара (№\(other.id), с \(other.start.russian)): сначала завершите её",
                           "The mentee already has a current pair (#\(other.id), since \(other.start.iso)): end it first")
        }
        return nil
    }
}

extension MentoringPair {
    /// Planned or active, and not ended before `day`.
    public func isCurrent(on day: Day) -> Bool {
        guard status.isCurrent else { return false }
        if let end, end < day { return false }
        return true
    }

    /// The pair in another status (the table of `MentoringStatus`). Moving to
    /// completed or ended sets `end` to `day` when it is not set or is later.
    public func moved(to target: MentoringStatus, on day: Day) -> Result<MentoringPair, Refusal> {
        status.move(to: target).map { newStatus in
            var pair = self
            pair.status = newStatus
            if newStatus.isFinal, pair.end.map({ $0 > day }) ?? true { pair.end = max(day, pair.start) }
            return pair
        }
    }

    /// Taking back an early end (`u`): the pair as it was before, when what is
    /// here now is that end — the lifecycle itself never leaves «ended».
    public func undoingEnd(to before: MentoringPair) -> Result<MentoringPair, Refusal> {
        guard before.id == id, status == .ended, before.status == .planned || before.status == .active else {
            return .failure(Refusal("Пара «\(status.label.ru)»: вернуть её в «\(before.status.label.ru)» отменой нельзя",
                                    "The pair is “\(status.label.en)”: undo cannot take it back to “\(before.status.label.en)”"))
        }
        var back = self
        back.status = before.status
        back.end = before.end
        return .success(back)
    }

    /// Ends the pair early on `day`; refused before the pair started.
    public func ended(on day: Day) -> Result<MentoringPair, Refusal> {
        if day < start {
            return .failure(Refusal("Пара не может закончиться (\(day.russian)) раньше, чем началась (\(start.russian))",
                                    "The pair cannot end (\(day.iso)) before it started (\(start.iso))"))
        }
        return moved(to: .ended, on: day)
    }
}
