import Domain
import Foundation
import Storage

/// The viewer's own route (ИОМ) as a document: Markdown a teacher can
/// print or send, or CSV (UTF-8, a header row, RFC 4180 quoting, CRLF) for
/// a spreadsheet. Pure: reads through the store with the viewer's scope and
/// answers text; writes nothing.
public enum RouteExport {
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case csv
        /// The file name extension.
        public var fileExtension: String { rawValue }
    }

    /// The route of `viewer` in `format`. Throws `StoreError.invalid` with a
    /// readable reason when the viewer has no route.
    public static func render(_ store: any RouteStore & Session, viewer: Viewer, format: Format, language: Language = .ru) throws -> String {
        let data = try Document.load(store, viewer: viewer, language: language)
        switch format {
        case .markdown: return markdown(data, language: language)
        case .csv: return csv(data, language: language)
        }
    }

    /// What both formats are made of.
    struct Document {
        var profile: TeacherProfile
        var route: Route
        var steps: [RouteStep]
        var deficits: [DeficitSummary]
        var today: Day

        static func load(_ store: any RouteStore & Session, viewer: Viewer, language: Language) throws -> Document {
            try store.snapshot {
                guard let profile = try store.teacherProfile(viewer, personID: viewer.personID) else {
                    throw StoreError.notFound(entity: "person", id: viewer.personID)
                }
                guard let route = profile.route else {
                    throw StoreError.invalid(Phrase(
                        "У пользователя «\(viewer.login)» пока нет индивидуального образовательного маршрута: выгружать нечего.",
                        "“\(viewer.login)” has no individual route yet: there is nothing to export."))
                }
                return Document(profile: profile, route: route, steps: try store.steps(viewer, routeID: route.id),
                            deficits: try store.deficits(viewer, personID: viewer.personID, openOnly: false), today: store.today())
            }
        }

        func codes(of step: RouteStep) -> [String] {
            step.deficitIDs.compactMap { id in deficits.first { $0.id == id }?.competenceCode }
        }
    }

    // MARK: - Markdown

    static func markdown(_ d: Document, language l: Language) -> String {
        func t(_ ru: String, _ en: String) -> String { l == .ru ? ru : en }
        let p = d.profile, r = d.route
        let progress = Route.progress(of: d.steps)
        var out: [String] = []
        out.append("# " + t("Индивидуальный образовательный маршрут", "Individual educational route"))
        out.append("")
        var who = clean(p.person.fullName)
        if p.person.isYoungTeacher(on: d.today) { who += t(" (молодой педагог)", " (young teacher)") }
        out.append("- **\(t("Педагог", "Teacher")):** \(md(who))")
        let place = [p.organizationName, p.municipalityName].filter { !$0.isEmpty }.map { clean($0) }.joined(separator: ", ")
        if !place.isEmpty { out.append("- **\(t("Организация", "Organization")):** \(md(place))") }
        var job = [String]()
        if !p.person.position.isEmpty { job.append(md(clean(p.person.position))) }
        job.append(t("категория: ", "category: ") + p.person.category.label.text(l))
        out.append("- **\(t("Должность", "Position")):** " + job.joined(separator: "; "))
        out.append("- **\(t("Тьютор", "Tutor")):** " + md(clean(p.tutorName ?? t("не назначен", "not assigned"))))
        if let mentor = p.mentorName { out.append("- **\(t("Наставник", "Mentor")):** " + md(clean(mentor))) }
        out.append("- **\(t("Период", "Period")):** \(r.periodStart.russian) – \(r.periodEnd.russian)")
        var status = r.status.label.text(l)
        if let reason = r.cancelReason, r.status == .cancelled, !reason.isEmpty { status += " — " + md(clean(reason)) }
        out.append("- **\(t("Статус", "Status")):** " + status)
        out.append("- **\(t("Выполнено", "Done")):** " + t(
            "\(progress.done) из \(RussianPlural.ofCount(progress.total, singular: "шага", plural: "шагов")) (подтверждено тьютором: \(progress.confirmed)); \(progress.hoursDone) из \(progress.hoursPlanned) ч",
            "\(progress.done) of \(progress.total) steps (confirmed by the tutor: \(progress.confirmed)); \(progress.hoursDone) of \(progress.hoursPlanned) h"))
        out.append("")
        out.append("## " + t("Профессиональные дефициты", "Professional deficits"))
        out.append("")
        if d.deficits.isEmpty {
            out.append(t("Дефицитов не выявлено.", "No deficits found."))
        } else {
            out.append("| \(t("Код", "Code")) | \(t("Компетенция", "Competence")) | \(t("Область", "Area")) | \(t("Уровень", "Severity")) | \(t("Балл", "Score")) | \(t("Выявлен", "Found")) | \(t("Статус", "Status")) |")
            out.append("|---|---|---|---|--:|---|---|")
            for s in d.deficits {
                let found = [s.diagnosticDate?.russian, s.diagnosticSource?.label.text(l)].compactMap { $0 }.joined(separator: ", ")
                out.append("| " + [md(clean(s.competenceCode)), md(clean(s.competenceName)), s.area.label.text(l),
                                   s.deficit.severity.label.text(l), String(s.deficit.score), found,
                                   s.deficit.status.label.text(l)].joined(separator: " | ") + " |")
            }
        }
        out.append("")
        out.append("## " + t("Шаги маршрута", "Steps of the route"))
        out.append("")
        if d.steps.isEmpty {
            out.append(t("Шагов пока нет.", "No steps yet."))
        } else {
            out.append("| № | \(t("Вид", "Kind")) | \(t("Шаг", "Step")) | \(t("Сроки", "Dates")) | \(t("Часы", "Hours")) | \(t("Дефициты", "Deficits")) | \(t("Статус", "Status")) |")
            out.append("|--:|---|---|---|--:|---|---|")
            for (i, s) in d.steps.enumerated() {
                var st = s.status.label.text(l)
                if s.isOverdue(on: d.today) { st += t(", просрочен", ", overdue") }
                out.append("| " + ["\(i + 1)", s.kind.label.text(l), md(clean(s.title)),
                                   "\(s.plannedStart.russian) – \(s.plannedEnd.russian)", String(s.hours),
                                   md(d.codes(of: s).map { clean($0) }.joined(separator: ", ")), st].joined(separator: " | ") + " |")
            }
            let notes = d.steps.enumerated().filter { !$0.element.evidence.isEmpty || !$0.element.tutorComment.isEmpty || !$0.element.skipReason.isEmpty }
            if !notes.isEmpty {
                out.append("")
                out.append("### " + t("Подтверждения и комментарии", "Evidence and comments"))
                for (i, s) in notes {
                    out.append("")
                    out.append("**\(i + 1). \(md(clean(s.title)))**")
                    out.append("")
                    if !s.evidence.certificate.isEmpty { out.append("- \(t("Удостоверение", "Certificate")): \(md(clean(s.evidence.certificate)))") }
                    if !s.evidence.link.isEmpty { out.append("- \(t("Ссылка", "Link")): \(md(clean(s.evidence.link)))") }
                    if !s.evidence.note.isEmpty { out.append("- \(t("Заметка", "Note")): \(md(clean(s.evidence.note)))") }
                    if !s.tutorComment.isEmpty { out.append("- \(t("Комментарий тьютора", "Tutor's comment")): \(md(clean(s.tutorComment)))") }
                    if !s.skipReason.isEmpty { out.append("- \(t("Причина пропуска", "Reason for skipping")): \(md(clean(s.skipReason)))") }
                }
            }
        }
        out.append("")
        out.append("_" + t("Сформировано \(d.today.russian) в metodist.", "Generated on \(d.today.iso) by metodist.") + "_")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - CSV

    static func csv(_ d: Document, language l: Language) -> String {
        func t(_ ru: String, _ en: String) -> String { l == .ru ? ru : en }
        let header = [t("Логин", "Login"), t("ФИО", "Full name"), t("Начало периода", "Period start"), t("Конец периода", "Period end"),
                      t("Статус маршрута", "Route status"), "№", t("Вид", "Kind"), t("Шаг", "Step"), t("Начало", "Start"),
                      t("Окончание", "End"), t("Часы", "Hours"), t("Статус шага", "Step status"), t("Просрочен", "Overdue"),
                      t("Дефициты", "Deficits"), t("Удостоверение", "Certificate"), t("Ссылка", "Link"), t("Заметка", "Note"),
                      t("Комментарий тьютора", "Tutor's comment"), t("Причина пропуска", "Reason for skipping")]
        var rows = [header]
        for (i, s) in d.steps.enumerated() {
            rows.append([d.profile.person.login, d.profile.person.fullName, d.route.periodStart.iso, d.route.periodEnd.iso,
                         d.route.status.label.text(l), String(i + 1), s.kind.label.text(l), s.title, s.plannedStart.iso,
                         s.plannedEnd.iso, String(s.hours), s.status.label.text(l),
                         s.isOverdue(on: d.today) ? t("да", "yes") : t("нет", "no"), d.codes(of: s).joined(separator: ", "),
                         s.evidence.certificate, s.evidence.link, s.evidence.note, s.tutorComment, s.skipReason])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break;
    /// quotes doubled. A value a spreadsheet would run as a formula gets a
    /// leading apostrophe.
    static func csvField(_ raw: String) -> String {
        var v = clean(raw, keepNewlines: true)
        if let first = v.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Markdown table cells and inline text: pipes escaped, line breaks as spaces.
    static func md(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }

    /// Data text without control characters or bidi overrides (the document
    /// may be printed to a terminal); tabs and, unless kept, line breaks become spaces.
    static func clean(_ s: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if keepNewlines && v == 0x0A { out.append(u); continue }
            if v == 0x09 || v == 0x0A || v == 0x0D { out.append(" "); continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C { continue }
            out.append(u)
        }
        return String(out)
    }
}
