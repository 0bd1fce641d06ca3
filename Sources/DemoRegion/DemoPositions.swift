import Domain
import Storage

/// The positions people hold and the subjects they teach in the demo, with
/// how often each occurs by kind of organization.
extension DemoCatalogs {
    struct Position: Sendable {
        let title: String
        let manager: Bool
    }

    /// Position code = index.
    static let positions: [Position] = [
        .init(title: "учитель", manager: false),                                // 0
        .init(title: "директор", manager: true),                                // 1
        .init(title: "заместитель директора", manager: true),                   // 2
        .init(title: "педагог-психолог", manager: false),                       // 3
        .init(title: "социальный педагог", manager: false),                     // 4
        .init(title: "учитель-логопед", manager: false),                        // 5
        .init(title: "педагог-библиотекарь", manager: false),                   // 6
        .init(title: "педагог дополнительного образования", manager: false),    // 7
        .init(title: "советник директора по воспитанию", manager: false),       // 8
        .init(title: "воспитатель", manager: false),                            // 9
        .init(title: "старший воспитатель", manager: false),                    // 10
        .init(title: "музыкальный руководитель", manager: false),               // 11
        .init(title: "инструктор по физической культуре", manager: false),      // 12
        .init(title: "заведующий", manager: true),                              // 13
        .init(title: "преподаватель", manager: false),                          // 14
        .init(title: "мастер производственного обучения", manager: false),      // 15
        .init(title: "методист", manager: false),                               // 16
    ]

    static let teacherPosition = 0, directorPosition = 1, deputyPosition = 2, educatorPosition = 9
    static let headPosition = 13, lecturerPosition = 14, methodistPosition = 16

    /// Positions other than the head, with weights, by organization kind.
    static let schoolPositions: [(Int, Double)] = [(0, 0.83), (2, 0.05), (3, 0.03), (4, 0.015), (5, 0.02), (6, 0.01), (7, 0.03), (8, 0.015)]
    static let kindergartenPositions: [(Int, Double)] = [(9, 0.8), (10, 0.04), (11, 0.05), (12, 0.04), (3, 0.03), (5, 0.04)]
    static let collegePositions: [(Int, Double)] = [(14, 0.62), (15, 0.2), (16, 0.05), (2, 0.05), (3, 0.03), (7, 0.05)]

    /// Subject sets, code = index; 0 is none.
    static let subjectSets: [[String]] = [
        [],
        ["Начальные классы"],
        ["Русский язык", "Литература"],
        ["Математика"],
        ["Английский язык"],
        ["История", "Обществознание"],
        ["Физическая культура"],
        ["Биология"],
        ["Химия"],
        ["Физика"],
        ["География"],
        ["Информатика"],
        ["Технология"],
        ["Музыка"],
        ["Изобразительное искусство"],
        ["ОБЖ"],
        ["Немецкий язык"],
        ["Математика", "Информатика"],
        ["Физика", "Математика"],
        ["Биология", "Химия"],
        ["Английский язык", "Немецкий язык"],
        ["Общепрофессиональные дисциплины"],
        ["Профессиональные модули"],
        ["Математика", "Физика"],
    ]

    /// Subjects of a school teacher, with weights.
    static let schoolSubjects: [(Int, Double)] = [
        (1, 0.22), (2, 0.14), (3, 0.12), (4, 0.09), (5, 0.06), (6, 0.06), (7, 0.035), (8, 0.025), (9, 0.025),
        (10, 0.03), (11, 0.025), (12, 0.03), (13, 0.02), (14, 0.02), (15, 0.02), (16, 0.01), (17, 0.02),
        (18, 0.01), (19, 0.01), (20, 0.005),
    ]
    /// Subjects of a college lecturer.
    static let collegeSubjects: [(Int, Double)] = [
        (21, 0.35), (22, 0.35), (3, 0.08), (2, 0.08), (4, 0.05), (5, 0.04), (23, 0.05),
    ]
}
