import Domain
import Storage

/// The last move made on a step from this view (start, done, skip; confirm,
/// return), kept so that `u` can take it back: the step as it was, the
/// version the move left (someone else's later change makes the undo a
/// conflict naming them) and whose hand it was.
struct StepUndo {
    let before: RouteStep
    let version: Int
    let hand: StepHand
    /// The step's number in its route, for the message («шаг 2 снова «запланирован»»).
    let number: String

    /// Kept only when the move is one `hand` may take back.
    static func after(_ before: RouteStep?, _ after: RouteStep, hand: StepHand, number: Int?) -> StepUndo? {
        guard let before, RouteStep.isUndoable(from: before.status, to: after.status, by: hand) else { return nil }
        return StepUndo(before: before, version: after.version, hand: hand, number: number.map(String.init) ?? "")
    }

    /// `u`, under the view's own action name.
    static func binding(_ action: String) -> KeyBinding {
        KeyBinding(action, keys: [.char("u")], label: Phrase("Отменить последнее действие с шагом", "Undo the last step action"),
                   group: KeyBinding.Groups.actions)
    }

    static func nothing(_ ctx: AppContext) -> ViewResult {
        .message(ctx.t("Отменять нечего: в этом окне шаги ещё не менялись", "Nothing to undo: no step was changed here yet"), .info)
    }

    /// Runs the undo; answers the message and the step as it is now (nil when refused).
    func run(_ ctx: AppContext) -> (ViewResult, RouteStep?) {
        do {
            let back = try ctx.store.undoStepMove(ctx.viewer, stepID: before.id, expectedVersion: version, restoring: before, by: hand)
            let what = ctx.t("шаг \(number) снова «\(before.status.label.ru)»", "step \(number) is “\(before.status.label.en)” again")
            return (.message(ctx.t("Отменено: ", "Undone: ") + what, .info), back)
        } catch {
            return (.message(ctx.t("Отменить нельзя: ", "Cannot undo: ") + ctx.describe(error), .error), nil)
        }
    }
}
