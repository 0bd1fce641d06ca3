import Domain
import Storage

/// The demo's fixed catalogs: the competence framework, ДПП programmes,
/// internship topics, best-practice titles and the methodical events of
/// 2023/24. Positions and subjects are in DemoPositions.swift.
enum DemoCatalogs {
    // MARK: - Competence framework

    /// Who is diagnosed in a competence.
    struct Profile: OptionSet, Sendable {
        let rawValue: Int
        static let school = Profile(rawValue: 1)
        static let kindergarten = Profile(rawValue: 2)
        static let college = Profile(rawValue: 4)
        static let schoolManager = Profile(rawValue: 8)
        static let kindergartenManager = Profile(rawValue: 16)
        static let collegeManager = Profile(rawValue: 32)
        static let teachers: Profile = [.school, .kindergarten, .college]
        static let managers: Profile = [.schoolManager, .kindergartenManager, .collegeManager]
    }

    struct CompetenceSpec: Sendable {
        let code: String
        let name: String
        let area: CompetenceArea
        let direction: Int
        let profiles: Profile
    }

    /// Competence id = index + 1.
    static let competences: [CompetenceSpec] = [
        .init(code: "П1", name: "Предметное содержание и его актуализация по обновлённым ФГОС", area: .subject, direction: 1, profiles: [.school, .college]),
        .init(code: "П2", name: "Проектирование рабочей программы по обновлённым ФГОС и ФОП", area: .subject, direction: 1, profiles: [.school]),
        .init(code: "П3", name: "Реализация ФОП ДО и ФГОС дошкольного образования", area: .subject, direction: 2, profiles: [.kindergarten, .kindergartenManager]),
        .init(code: "П4", name: "Реализация образовательных программ СПО по укрупнённым группам специальностей", area: .subject, direction: 5, profiles: [.college, .collegeManager]),
        .init(code: "П5", name: "Профильное обучение и предпрофессиональные классы в СОО", area: .subject, direction: 4, profiles: [.school]),
        .init(code: "М1", name: "Проектирование урока (занятия) в системно-деятельностном подходе", area: .methodical, direction: 1, profiles: Profile.teachers),
        .init(code: "М2", name: "Формирующее оценивание и работа с результатами оценочных процедур", area: .methodical, direction: 13, profiles: [.school, .schoolManager]),
        .init(code: "М3", name: "Организация проектной и учебно-исследовательской деятельности", area: .methodical, direction: 9, profiles: [.school, .college]),
        .init(code: "М4", name: "Профилактика учебной неуспешности и работа с обучающимися с трудностями в обучении", area: .methodical, direction: 6, profiles: [.school]),
        .init(code: "М5", name: "Профориентационная работа и сопровождение самоопределения обучающихся", area: .methodical, direction: 8, profiles: [.school, .college]),
        .init(code: "М6", name: "Методическое сопровождение педагогов на уровне ОО и муниципалитета", area: .methodical, direction: 17, profiles: Profile.managers),
        .init(code: "Пс1", name: "Инклюзивное образование: обучение и воспитание детей с ОВЗ", area: .psychological, direction: 7, profiles: [.school, .kindergarten, .college, .schoolManager]),
        .init(code: "Пс2", name: "Воспитательная работа и классное руководство", area: .psychological, direction: 7, profiles: Profile.teachers),
        .init(code: "Пс3", name: "Выявление и сопровождение одарённых детей", area: .psychological, direction: 9, profiles: [.school, .kindergarten]),
        .init(code: "К1", name: "Взаимодействие с родителями (законными представителями) обучающихся", area: .communicative, direction: 7, profiles: [.school, .kindergarten, .college, .kindergartenManager]),
        .init(code: "К2", name: "Профессиональное взаимодействие, наставничество и работа в команде", area: .communicative, direction: 18, profiles: [.school, .kindergarten, .college, .schoolManager, .kindergartenManager, .collegeManager]),
        .init(code: "К3", name: "Участие в конкурсах профессионального мастерства и представление опыта", area: .communicative, direction: 12, profiles: Profile.teachers),
        .init(code: "Ц1", name: "Использование ФГИС «Моя школа» и цифровых образовательных ресурсов", area: .digital, direction: 11, profiles: [.school, .college]),
        .init(code: "Ц2", name: "Работа с данными информационных систем и электронным журналом", area: .digital, direction: 15, profiles: [.school, .kindergarten, .college, .schoolManager, .kindergartenManager, .collegeManager]),
        .init(code: "Ф1", name: "Формирование читательской грамотности обучающихся", area: .literacy, direction: 3, profiles: [.school]),
        .init(code: "Ф2", name: "Формирование математической и естественнонаучной грамотности", area: .literacy, direction: 3, profiles: [.school]),
        .init(code: "Ф3", name: "Формирование финансовой грамотности, глобальных компетенций и креативного мышления", area: .literacy, direction: 3, profiles: [.school]),
        .init(code: "У1", name: "Управление качеством образования в образовательной организации", area: .managerial, direction: 16, profiles: Profile.managers),
        .init(code: "У2", name: "Управление развитием ОО по модели «Школа Минпросвещения России»", area: .managerial, direction: 10, profiles: [.schoolManager]),
        .init(code: "У3", name: "Управление профессиональной образовательной организацией", area: .managerial, direction: 19, profiles: [.collegeManager]),
        .init(code: "У4", name: "Оценка профессиональных компетенций и формирование кадрового резерва", area: .managerial, direction: 14, profiles: Profile.managers),
    ]

    /// Competence index (id - 1) by code.
    static func competence(_ code: String) -> Int? { competences.firstIndex { $0.code == code } }

    /// Indices of the competences a profile is diagnosed in.
    static func pool(_ profile: Profile) -> [Int] {
        competences.indices.filter { !competences[$0].profiles.isDisjoint(with: profile) }
    }

    // MARK: - ДПП programmes

    static let chippkro = "ГБУ ДПО ЧИППКРО"
    static let chiro = "ГБУ ДПО «ЧИРО»"
    static let chirpo = "ГБУ ДПО ЧИРПО"
    static let academy = "ФГАОУ ДПО «Академия Минпросвещения России»"

    struct ProgrammeSpec: Sendable {
        let title: String
        let provider: String
        let kind: ProgrammeKind
        let hours: Int
        let format: ProgrammeFormat
        let registry: Bool
        let competences: [String]
        var retired = false
    }

    static let programmes: [ProgrammeSpec] = [
        .init(title: "Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["П1", "П2", "М1"]),
        .init(title: "Школа современного учителя математики: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф2"]),
        .init(title: "Школа современного учителя русского языка и литературы: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф1"]),
        .init(title: "Школа современного учителя физики: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф2"]),
        .init(title: "Школа современного учителя химии: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф2"]),
        .init(title: "Школа современного учителя биологии: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф2"]),
        .init(title: "Школа современного учителя истории и обществознания: достижения российской науки", provider: academy, kind: .upskilling, hours: 60, format: .distance, registry: true, competences: ["П1", "Ф3"]),
        .init(title: "Разработка рабочих программ по учебным предметам с использованием конструктора рабочих программ", provider: chippkro, kind: .upskilling, hours: 24, format: .distance, registry: true, competences: ["П2"]),
        .init(title: "Федеральные образовательные программы: содержание и механизмы реализации", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["П2", "П1"]),
        .init(title: "Формирование функциональной грамотности обучающихся: читательская грамотность", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["Ф1"]),
        .init(title: "Формирование функциональной грамотности обучающихся: математическая и естественнонаучная грамотность", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["Ф2"]),
        .init(title: "Финансовая грамотность в цифровом мире", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["Ф3"]),
        .init(title: "Глобальные компетенции и креативное мышление: методика формирования на уроке", provider: chippkro, kind: .upskilling, hours: 24, format: .inPerson, registry: false, competences: ["Ф3"]),
        .init(title: "Формирующее оценивание в урочной деятельности", provider: chippkro, kind: .upskilling, hours: 24, format: .blended, registry: true, competences: ["М2"]),
        .init(title: "Анализ результатов оценочных процедур (ВПР, ОГЭ, ЕГЭ) для повышения качества образования", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["М2", "У1"]),
        .init(title: "Системно-деятельностный подход: проектирование современного урока", provider: chippkro, kind: .upskilling, hours: 36, format: .inPerson, registry: true, competences: ["М1"]),
        .init(title: "Организация проектной и учебно-исследовательской деятельности обучающихся в соответствии с ФГОС", provider: chippkro, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["М3"]),
        .init(title: "Профилактика учебной неуспешности: диагностика и индивидуальная работа с обучающимися", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["М4"]),
        .init(title: "Адресная поддержка школ с низкими образовательными результатами: управленческий и методический аспекты", provider: chippkro, kind: .upskilling, hours: 48, format: .blended, registry: true, competences: ["М4", "У1"]),
        .init(title: "Профориентационный минимум: реализация в общеобразовательной организации", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["М5"]),
        .init(title: "Проектирование профильного обучения в старшей школе", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: false, competences: ["П5"]),
        .init(title: "Организация обучения в предпрофессиональных классах: инженерных, медицинских, педагогических", provider: academy, kind: .upskilling, hours: 72, format: .distance, registry: true, competences: ["П5", "М5"]),
        .init(title: "Инклюзивное образование: обучение и воспитание детей с ОВЗ в условиях реализации ФГОС", provider: chippkro, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["Пс1"]),
        .init(title: "Разговоры о важном: система работы классного руководителя", provider: academy, kind: .upskilling, hours: 58, format: .distance, registry: true, competences: ["Пс2"]),
        .init(title: "Рабочая программа воспитания: проектирование и реализация", provider: chippkro, kind: .upskilling, hours: 24, format: .distance, registry: true, competences: ["Пс2"]),
        .init(title: "Деятельность советника директора по воспитанию и взаимодействию с детскими общественными объединениями", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["Пс2", "К1"]),
        .init(title: "Выявление и сопровождение одарённых детей: олимпиадное движение", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["Пс3", "М3"]),
        .init(title: "Психолого-педагогическое сопровождение одарённых детей в дошкольной и школьной среде", provider: chippkro, kind: .upskilling, hours: 24, format: .distance, registry: false, competences: ["Пс3"]),
        .init(title: "Эффективное взаимодействие педагога с родителями обучающихся", provider: chippkro, kind: .upskilling, hours: 24, format: .distance, registry: true, competences: ["К1"]),
        .init(title: "Наставничество в образовательной организации: модели и практики", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["К2"]),
        .init(title: "Подготовка к конкурсам профессионального мастерства: от замысла к победе", provider: chippkro, kind: .upskilling, hours: 24, format: .inPerson, registry: false, competences: ["К3"]),
        .init(title: "Цифровая образовательная среда: ФГИС «Моя школа» в работе учителя", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["Ц1"]),
        .init(title: "Использование цифровых образовательных ресурсов и сервисов на уроке", provider: chiro, kind: .upskilling, hours: 24, format: .distance, registry: true, competences: ["Ц1"]),
        .init(title: "Работа с данными в информационных системах образовательной организации", provider: chiro, kind: .upskilling, hours: 24, format: .distance, registry: true, competences: ["Ц2"]),
        .init(title: "Электронный журнал и мониторинг образовательных результатов: практикум", provider: chiro, kind: .upskilling, hours: 16, format: .distance, registry: false, competences: ["Ц2"], retired: true),
        .init(title: "Реализация ФОП ДО: содержание и организация образовательной деятельности", provider: chippkro, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["П3"]),
        .init(title: "Развивающая предметно-пространственная среда дошкольной образовательной организации", provider: chippkro, kind: .upskilling, hours: 36, format: .inPerson, registry: true, competences: ["П3"]),
        .init(title: "Ранняя профориентация дошкольников", provider: chippkro, kind: .upskilling, hours: 16, format: .distance, registry: false, competences: ["П3"]),
        .init(title: "Реализация образовательных программ СПО по актуализированным ФГОС", provider: chirpo, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["П4"]),
        .init(title: "Методика преподавания общеобразовательных дисциплин в СПО с учётом профессиональной направленности", provider: chirpo, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["П4", "П1"]),
        .init(title: "Демонстрационный экзамен: подготовка и проведение", provider: chirpo, kind: .upskilling, hours: 36, format: .inPerson, registry: true, competences: ["П4"]),
        .init(title: "Профессионалитет: управление образовательной организацией СПО", provider: chirpo, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["У3"]),
        .init(title: "Управление качеством образования в общеобразовательной организации", provider: chippkro, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["У1"]),
        .init(title: "Школа Минпросвещения России: новые возможности для повышения качества образования", provider: academy, kind: .upskilling, hours: 48, format: .distance, registry: true, competences: ["У2"]),
        .init(title: "Управление развитием образовательной организации на основе проекта «Школа Минпросвещения России»", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["У2", "У1"]),
        .init(title: "Оценка профессиональных компетенций педагогов и формирование кадрового резерва", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["У4"]),
        .init(title: "Деятельность муниципальной методической службы в единой федеральной системе научно-методического сопровождения", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["М6"]),
        .init(title: "Тьюторское сопровождение индивидуальных образовательных маршрутов педагогов", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["М6", "К2"]),
        .init(title: "Экспертиза профессиональной деятельности педагогических работников при аттестации", provider: chippkro, kind: .upskilling, hours: 24, format: .inPerson, registry: false, competences: ["У4"]),
        .init(title: "Педагогический дизайн дистанционного курса", provider: chiro, kind: .upskilling, hours: 36, format: .distance, registry: false, competences: ["Ц1"], retired: true),
        .init(title: "Искусственный интеллект в образовании: возможности и риски", provider: chiro, kind: .upskilling, hours: 16, format: .distance, registry: false, competences: ["Ц1", "Ц2"]),
        .init(title: "Современные технологии обучения английскому языку", provider: chippkro, kind: .upskilling, hours: 36, format: .blended, registry: true, competences: ["П1", "М1"]),
        .init(title: "Методика обучения в начальной школе по обновлённому ФГОС НОО", provider: chippkro, kind: .upskilling, hours: 72, format: .blended, registry: true, competences: ["П1", "М1"]),
        .init(title: "Преподавание основ безопасности жизнедеятельности в условиях обновлённых ФГОС", provider: academy, kind: .upskilling, hours: 36, format: .distance, registry: true, competences: ["П1"]),
        .init(title: "Обучение детей-инофонов русскому языку", provider: chippkro, kind: .upskilling, hours: 24, format: .distance, registry: false, competences: ["Пс1", "Ф1"]),
        .init(title: "Профессиональные пробы и практико-ориентированная профориентация", provider: chirpo, kind: .upskilling, hours: 24, format: .blended, registry: true, competences: ["М5"]),
        .init(title: "Педагогика и методика дошкольного образования", provider: chippkro, kind: .retraining, hours: 288, format: .blended, registry: true, competences: ["П3", "М1"]),
        .init(title: "Менеджмент в образовании", provider: chippkro, kind: .retraining, hours: 340, format: .blended, registry: true, competences: ["У1", "У4"]),
        .init(title: "Педагогика и психология инклюзивного образования", provider: chippkro, kind: .retraining, hours: 260, format: .distance, registry: true, competences: ["Пс1"]),
        .init(title: "Педагог профессионального обучения, профессионального образования и ДПО", provider: chirpo, kind: .retraining, hours: 256, format: .blended, registry: true, competences: ["П4"]),
        .init(title: "Педагог дополнительного образования детей и взрослых", provider: chippkro, kind: .retraining, hours: 252, format: .distance, registry: false, competences: ["Пс3", "Пс2"]),
        .init(title: "Тьютор в системе общего образования", provider: chippkro, kind: .retraining, hours: 250, format: .blended, registry: true, competences: ["М6", "К2"]),
        .init(title: "Учитель информатики: теория и методика преподавания", provider: chippkro, kind: .retraining, hours: 520, format: .distance, registry: true, competences: ["П1", "Ц1"]),
    ]

    // MARK: - Internship topics

    struct SiteTopic: Sendable {
        let topic: String
        let competences: [String]
        /// Which organizations host it: school, kindergarten or college.
        let host: OrganizationKind
    }

    static let siteTopics: [SiteTopic] = [
        .init(topic: "Формирующее оценивание на уроке", competences: ["М2"], host: .school),
        .init(topic: "Смысловое чтение и читательская грамотность", competences: ["Ф1"], host: .school),
        .init(topic: "Естественнонаучная и математическая грамотность: лабораторный практикум", competences: ["Ф2"], host: .school),
        .init(topic: "Инклюзивная практика: ресурсный класс", competences: ["Пс1"], host: .school),
        .init(topic: "Профильные классы и предпрофессиональное образование", competences: ["П5", "М5"], host: .school),
        .init(topic: "Работа с обучающимися с трудностями в обучении", competences: ["М4"], host: .school),
        .init(topic: "Цифровая образовательная среда школы", competences: ["Ц1", "Ц2"], host: .school),
        .init(topic: "Проектная и исследовательская деятельность в основной школе", competences: ["М3"], host: .school),
        .init(topic: "Воспитательная система школы и детские общественные объединения", competences: ["Пс2", "К1"], host: .school),
        .init(topic: "Школа молодого педагога: наставничество", competences: ["К2"], host: .school),
        .init(topic: "Олимпиадная подготовка обучающихся", competences: ["Пс3", "П1"], host: .school),
        .init(topic: "Современный урок в системно-деятельностном подходе", competences: ["М1", "П1"], host: .school),
        .init(topic: "Управление качеством образования: внутренняя система оценки", competences: ["У1", "У2"], host: .school),
        .init(topic: "Современная развивающая среда детского сада", competences: ["П3"], host: .kindergarten),
        .init(topic: "Инклюзивная группа в детском саду", competences: ["Пс1", "К1"], host: .kindergarten),
        .init(topic: "Демонстрационный экзамен в колледже", competences: ["П4"], host: .vocational),
        .init(topic: "Наставничество на производстве для студентов СПО", competences: ["П4", "К2"], host: .vocational),
    ]

    // MARK: - Best practices

    /// Practice titles by direction (index 0 = direction 1).
    static let practiceTitles: [[String]] = [
        ["Лаборатория современного урока математики", "Конструктор рабочих программ: опыт школьного методобъединения", "Предметные недели как средство развития познавательного интереса"],
        ["Образовательный терренкур в детском саду", "Утренний круг как средство развития коммуникации дошкольников", "Лэпбук в познавательном развитии детей"],
        ["Читательский марафон «Читаем вместе»", "Банк заданий по математической грамотности для 5–9 классов", "Межпредметные кейсы по естественнонаучной грамотности"],
        ["Инженерный класс: сетевое взаимодействие с вузом", "Индивидуальный проект в 10–11 классах", "Медицинский класс: профильные пробы"],
        ["Подготовка к демонстрационному экзамену в формате чемпионата", "Практико-ориентированные задания по общеобразовательным дисциплинам в СПО", "Наставничество на производстве для студентов колледжа"],
        ["Индивидуальные образовательные планы для обучающихся с трудностями в обучении", "«Школа – школе»: сетевое партнёрство с ШНОР", "Тьюторское сопровождение неуспевающих обучающихся"],
        ["Школьная служба примирения", "Школьный музей как центр воспитательной работы", "Библиотека – центр чтения и воспитания"],
        ["Профессиональные пробы на предприятиях города", "Карьерный навигатор для 8–9 классов", "«Билет в будущее»: опыт школы"],
        ["Малая академия наук школьников", "Школьное научное общество", "Олимпиадный клуб"],
        ["Единое образовательное пространство «Школы Минпросвещения России»", "Школьный театр и школьный спортивный клуб", "Школа полного дня"],
        ["ФГИС «Моя школа» в урочной деятельности", "Цифровое портфолио обучающегося", "Сетевая школа программирования"],
        ["Клуб «Педагогический дебют»", "Методическое сопровождение участников конкурса «Учитель года»", "Школа конкурсанта"],
        ["Анализ результатов ВПР на уровне школы: от данных к решениям", "Подготовка к исследованию PISA: школьная модель", "Внутренняя система оценки качества образования"],
        ["Самооценка профессиональных дефицитов педагога", "Внутришкольная диагностика компетенций учителя", "Сопровождение аттестации педагогов"],
        ["Дашборд качества образования школы", "Электронный журнал как инструмент управления", "Работа с данными мониторингов"],
        ["Управленческая команда школы: проектное управление", "Методический совет как ресурс управления качеством", "Система внутреннего контроля без бумажной нагрузки"],
        ["Муниципальный методический десант", "Сеть муниципальных методических объединений", "Муниципальная школа тьюторов"],
        ["Клуб молодых педагогов", "Муниципальная модель наставничества «учитель – учитель»", "Кадровый резерв руководителей ОО"],
        ["Управление колледжем в условиях «Профессионалитета»", "Система качества в профессиональной образовательной организации", "Взаимодействие колледжа с работодателями"],
    ]

    // MARK: - Events

    struct EventSpec: Sendable {
        let direction: Int?
        let kind: EventKind
        let title: String
        let date: String
    }

    static let events: [EventSpec] = [
        .init(direction: nil, kind: .seminar, title: "Установочный семинар для методистов регионального методического актива", date: "2023-09-28"),
        .init(direction: 1, kind: .webinar, title: "Вебинар «Конструктор рабочих программ: типичные ошибки»", date: "2023-09-07"),
        .init(direction: 9, kind: .masterClass, title: "Мастер-класс «Подготовка к олимпиадам: школьный этап»", date: "2023-09-14"),
        .init(direction: 7, kind: .webinar, title: "Вебинар «Рабочая программа воспитания: от документа к делу»", date: "2023-09-21"),
        .init(direction: 17, kind: .seminar, title: "Муниципальные методические службы в единой системе научно-методического сопровождения", date: "2023-10-03"),
        .init(direction: 10, kind: .seminar, title: "Самодиагностика в проекте «Школа Минпросвещения России»", date: "2023-10-05"),
        .init(direction: 11, kind: .webinar, title: "Вебинар «ФГИС «Моя школа»: сервисы для учителя»", date: "2023-10-10"),
        .init(direction: 2, kind: .webinar, title: "Вебинар «ФОП ДО: планирование образовательной деятельности»", date: "2023-10-12"),
        .init(direction: 1, kind: .seminar, title: "Трудные вопросы реализации обновлённых ФГОС ООО в предметном обучении", date: "2023-10-19"),
        .init(direction: 14, kind: .seminar, title: "Диагностика профессиональных дефицитов: как читать результаты", date: "2023-10-24"),
        .init(direction: 6, kind: .seminar, title: "«Школа – школе»: адресная поддержка ШНОР", date: "2023-10-26"),
        .init(direction: 18, kind: .masterClass, title: "Мастер-класс «Наставничество по модели «учитель – учитель»»", date: "2023-11-02"),
        .init(direction: 13, kind: .seminar, title: "Анализ результатов ВПР: от данных к управленческим решениям", date: "2023-11-09"),
        .init(direction: 3, kind: .seminar, title: "Семинар-практикум «Задания по функциональной грамотности на уроке»", date: "2023-11-16"),
        .init(direction: 5, kind: .seminar, title: "Демонстрационный экзамен: опыт колледжей области", date: "2023-11-23"),
        .init(direction: 10, kind: .conference, title: "Сессия «Эффективные практики управления развитием образовательной организации на основе реализации проекта «Школа Минпросвещения России»»", date: "2023-11-30"),
        .init(direction: nil, kind: .conference, title: "Региональная конференция «Научно-методическое сопровождение педагогов: от диагностики дефицитов к ИОМ»", date: "2023-12-01"),
        .init(direction: 4, kind: .seminar, title: "Профильные классы: модели организации в школах области", date: "2023-12-07"),
        .init(direction: 15, kind: .webinar, title: "Вебинар «Данные информационных систем для управления школой»", date: "2023-12-12"),
        .init(direction: 9, kind: .conference, title: "Конференция «Одарённые дети: выявление, поддержка, развитие»", date: "2023-12-14"),
        .init(direction: 13, kind: .webinar, title: "Вебинар «Подготовка к исследованию PISA»", date: "2024-01-18"),
        .init(direction: 8, kind: .seminar, title: "Профориентационный минимум: итоги первого полугодия", date: "2024-01-25"),
        .init(direction: 19, kind: .seminar, title: "Управление колледжем в проекте «Профессионалитет»", date: "2024-01-30"),
        .init(direction: nil, kind: .webinar, title: "Вебинар «Цифровой кабинет методиста: работа с ИОМ»", date: "2024-02-06"),
        .init(direction: 16, kind: .seminar, title: "Внутренняя система оценки качества образования в ОО", date: "2024-02-08"),
        .init(direction: 1, kind: .masterClass, title: "Мастер-класс «Современный урок математики: деятельностный подход»", date: "2024-02-15"),
        .init(direction: 12, kind: .competition, title: "Конкурс профессионального мастерства «Учитель года Челябинской области — 2024»", date: "2024-02-20"),
        .init(direction: 6, kind: .masterClass, title: "Мастер-класс «Индивидуальный образовательный план для обучающегося с трудностями в обучении»", date: "2024-02-29"),
        .init(direction: 11, kind: .masterClass, title: "Мастер-класс «Цифровые инструменты формирующего оценивания»", date: "2024-03-07"),
        .init(direction: 3, kind: .competition, title: "Конкурс методических разработок по функциональной грамотности", date: "2024-03-12"),
        .init(direction: 12, kind: .competition, title: "Конкурс «Педагогический дебют — 2024»", date: "2024-03-19"),
        .init(direction: 3, kind: .webinar, title: "Вебинар «Читательская грамотность в 5–9 классах»", date: "2024-03-21"),
        .init(direction: 7, kind: .seminar, title: "Инклюзивная практика в общеобразовательной школе", date: "2024-03-28"),
        .init(direction: 18, kind: .competition, title: "Конкурс «Лучшая практика наставничества»", date: "2024-04-04"),
        .init(direction: 12, kind: .competition, title: "Конкурс «Воспитатель года Челябинской области — 2024»", date: "2024-04-09"),
        .init(direction: 2, kind: .masterClass, title: "Мастер-класс «Образовательный терренкур в детском саду»", date: "2024-04-11"),
        .init(direction: 8, kind: .webinar, title: "Вебинар «Профессиональные пробы для школьников»", date: "2024-04-18"),
        .init(direction: 5, kind: .conference, title: "Региональная конференция «Профессионалитет в Челябинской области»", date: "2024-04-25"),
        .init(direction: 7, kind: .competition, title: "Конкурс «Самый классный классный»", date: "2024-05-14"),
        .init(direction: 4, kind: .webinar, title: "Вебинар «Индивидуальный проект в 10–11 классах»", date: "2024-05-16"),
        .init(direction: 17, kind: .conference, title: "Форум руководителей муниципальных методических служб", date: "2024-05-23"),
    ]
}
