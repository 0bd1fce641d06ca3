import Domain
import Storage

/// The inbox's last action, kept so that `u` can put it back: per request,
/// the version the action left (an undo over someone else's later change is
/// refused as a conflict, naming who changed it) and the change that restores it.
struct TriageUndo {
    struct Entry {
        var target: TriageTarget
        var change: TriageChange
    }
    var entries: [Entry]
    /// What was done, for the message («приоритет «срочный»»).
    var what: Phrase

    /// The undo of `change` applied to `before` (the requests as they were),
    /// for those of them that `outcome` changed; nil when nothing can be put back.
    static func after(_ change: TriageChange, before: [HelpRequest], outcome: TriageOutcome,
                      fresh: (RequestID) -> HelpRequest?) -> TriageUndo? {
        let entries: [Entry] = before.compactMap { old in
            guard outcome.changed.contains(old.id), let back = change.undoing(old), let now = fresh(old.id) else { return nil }
            return Entry(target: TriageTarget(id: old.id, version: now.version), change: back)
        }
        return entries.isEmpty ? nil : TriageUndo(entries: entries, what: change.label)
    }
}

extension TriageInboxView {
    /// `u`: the last action undone, each request through the same versioned
    /// write (history and audit record the undo as a change of its own).
    func undoLast(_ ctx: AppContext) -> ViewResult {
        guard let undo = lastUndo else {
            return .message(ctx.t("Отменять нечего: изменений направления, приоритета, исполнителя или срока ещё не было",
                                  "Nothing to undo: no direction, priority, assignee or due date was changed yet"), .info)
        }
        lastUndo = nil
        var outcome = TriageOutcome()
        do {
            for e in undo.entries {
                let one = try ctx.store.applyTriage(ctx.viewer, [e.target], e.change)
                outcome.changed += one.changed; outcome.unchanged += one.unchanged; outcome.refused += one.refused
            }
        } catch { return .message(ctx.describe(error), .error) }
        reloadKeepingCursor(ctx, changed: outcome.changed)
        detail.invalidate()
        if let refused = outcome.refused.first {
            let prefix = ctx.t("Отменить нельзя: ", "Cannot undo: ")
            if undo.entries.count == 1 { return report(.message(prefix + ctx.t("№\(refused.id): ", "#\(refused.id): ") + ctx.t(refused.reason), .error)) }
            return report(.message(prefix + outcome.summary(ctx.language), .warning))
        }
        let ids = undo.entries.map { "№\($0.target.id)" }.joined(separator: ", ")
        return report(.message(ctx.t("Отменено (\(ids)): ", "Undone (\(ids)): ") + ctx.t(undo.what), .info))
    }
}
