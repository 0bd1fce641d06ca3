/// Whose move on a step it was: the teacher's on their own route, or the tutor's.
public enum StepHand: Sendable, Hashable {
    case owner, tutor
}

/// Taking back one's last move on a step (`u`). The lifecycle only goes
/// forward (`StepStatus.transitions`), so an undo is not a move of its own:
/// it is the reverse of the move just made, by the same hand, and it puts
/// back everything that move changed — status, evidence, comment, reason.
/// The caller passes the step as it was before the move and the version the
/// move left, so a change by anyone else since is a conflict, not an undo.
extension RouteStep {
    /// The moves each hand can take back (before → after).
    static let undoableMoves: [StepHand: Set<[StepStatus]>] = [
        .owner: [[.planned, .inProgress], [.planned, .done], [.inProgress, .done], [.planned, .skipped], [.inProgress, .skipped]],
        .tutor: [[.done, .confirmed], [.done, .inProgress]],
    ]

    public static func isUndoable(from before: StepStatus, to after: StepStatus, by hand: StepHand) -> Bool {
        undoableMoves[hand]?.contains([before, after]) ?? false
    }

    /// This step put back as `before` was; refused when what is here now is
    /// not the result of a move `hand` may take back.
    public func undoing(to before: RouteStep, by hand: StepHand, routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        guard RouteStep.workableRouteStatuses.contains(routeStatus) else {
            return .failure(Refusal("Маршрут в статусе «\(routeStatus.label.ru)»: отменить изменение шага уже нельзя",
                                    "The route is “\(routeStatus.label.en)”: the step's change can no longer be undone"))
        }
        guard before.id == id, RouteStep.isUndoable(from: before.status, to: status, by: hand) else {
            return .failure(Refusal("Шаг «\(status.label.ru)»: вернуть его в «\(before.status.label.ru)» отменой нельзя",
                                    "The step is “\(status.label.en)”: undo cannot take it back to “\(before.status.label.en)”"))
        }
        var back = self
        back.status = before.status
        back.evidence = before.evidence
        back.tutorComment = before.tutorComment
        back.skipReason = before.skipReason
        return .success(back)
    }
}
