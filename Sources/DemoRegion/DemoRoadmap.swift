import Domain
import Storage

/// The РМА roadmap for 2023–2024: the seed's two general items word for word,
/// then two or three specific items per direction. Statuses are set as of the
/// demo's «today» (15.03.2024); a few items of 2023 are still planned or in
/// progress, so the board shows overdue ones.
///
/// Stored as: participants, executors, co_executors — the enums' raw values,
/// comma-separated (`Codecs.ints`); timing_kind — the `RoadmapTiming` case
/// name (`quarter`, `perSchoolCalendar`, `perEventsPlan`, `duringYear`);
/// timing_quarter only for `quarter`; timing_months comma-separated.
enum DemoRoadmap {
    struct Item: Sendable {
        let direction: Int?
        let title: String
        let participants: [ParticipantCategory]
        let note: String
        let executors: [Executor]
        let coExecutors: [Executor]
        let timing: RoadmapTiming
        let expected: String
        let status: RoadmapStatus
    }

    /// The column values of a timing: kind, year, quarter, months.
    static func columns(_ timing: RoadmapTiming) -> (kind: String, year: Int, quarter: Int?, months: String) {
        switch timing {
        case .quarter(let year, let quarter, let months): return ("quarter", year, quarter, Codecs.ints(months))
        case .perSchoolCalendar(let year): return ("perSchoolCalendar", year, nil, "")
        case .perEventsPlan(let year): return ("perEventsPlan", year, nil, "")
        case .duringYear(let year): return ("duringYear", year, nil, "")
        }
    }

    private static func q(_ year: Int, _ quarter: Int, _ months: [Int]) -> RoadmapTiming {
        .quarter(year: year, quarter: quarter, months: months)
    }

    static let items: [Item] = [
        // 1. Общие мероприятия для всех направлений (seed, verbatim).
        Item(direction: nil,
             title: "Формирование комплекта распорядительных документов, обеспечивающих реализацию цели и задач деятельности регионального методического актива (РМА)",
             participants: [.directionLeads], note: "",
             executors: [.ministry], coExecutors: [.chippkro, .chiro, .chirpo],
             timing: q(2024, 1, [2, 3]),
             expected: "Приказы Министерства образования и науки Челябинской области об утверждении документов, обеспечивающих реализацию дорожной карты",
             status: .inProgress),
        Item(direction: nil,
             title: "Формирование и ведение деятельности РМА в модуле «Цифровой кабинет методиста» Академии Минпросвещения России (по направлениям)",
             participants: [.rmaMethodists, .schoolStaff, .regionSpecialists], note: "",
             executors: [.ministry, .chiro, .chirpo], coExecutors: [.rmaMethodists],
             timing: .duringYear(year: 2024),
             expected: "Приказ Министерства образования и науки Челябинской области о регламенте работы в модуле «Цифровой кабинет методиста» (иные при необходимости)\nСформированные ИОМ для всех участников, сопровождаемых методистами РМА",
             status: .inProgress),

        // 2. Специфические мероприятия по направлениям.
        Item(direction: 1, title: "Серия методических семинаров «Трудные вопросы реализации обновлённых ФГОС ООО в предметном обучении»",
             participants: [.rmaMethodists, .schoolStaff], note: "Учителя-предметники, руководители школьных и муниципальных МО",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [10, 11]),
             expected: "Методические рекомендации по предметам; записи семинаров в «Цифровом кабинете методиста»", status: .done),
        Item(direction: 1, title: "Адресные консультации учителей по проектированию рабочих программ в конструкторе",
             participants: [.schoolStaff], note: "Учителя с дефицитами по итогам диагностики",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: .duringYear(year: 2024),
             expected: "Консультации оказаны по всем поступившим запросам", status: .inProgress),
        Item(direction: 1, title: "Региональный банк открытых уроков по предметам",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 2, [4, 5]),
             expected: "Не менее 40 видеоуроков в открытом доступе", status: .planned),

        Item(direction: 2, title: "Вебинары для воспитателей по реализации ФОП ДО",
             participants: [.schoolStaff], note: "Воспитатели и старшие воспитатели ДОО",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [10, 12]),
             expected: "Цикл из трёх вебинаров; методические материалы для ДОО", status: .done),
        Item(direction: 2, title: "Стажировки на базе детских садов — стажировочных площадок",
             participants: [.schoolStaff], note: "Молодые воспитатели",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 2, [4, 5]),
             expected: "Стажировку прошли не менее 60 педагогов ДОО", status: .planned),

        Item(direction: 3, title: "Семинары-практикумы по формированию функциональной грамотности на уроках",
             participants: [.rmaMethodists, .schoolStaff], note: "Учителя 5–9 классов",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [11]),
             expected: "Банк заданий по шести видам функциональной грамотности", status: .done),
        Item(direction: 3, title: "Методические десанты в школы с низкими результатами по функциональной грамотности",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: q(2024, 1, [2, 3]),
             expected: "Адресные рекомендации для 30 школ", status: .inProgress),
        Item(direction: 3, title: "Конкурс методических разработок по функциональной грамотности",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [3]),
             expected: "Лучшие разработки включены в реестр практик", status: .inProgress),

        Item(direction: 4, title: "Консультации по организации профильного обучения и индивидуального проекта",
             participants: [.schoolStaff], note: "Заместители директоров, учителя 10–11 классов",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: .perSchoolCalendar(year: 2023),
             expected: "Учебные планы профильных классов приведены в соответствие с рекомендациями", status: .inProgress),
        Item(direction: 4, title: "Семинар «Профильные классы: модели организации в школах области»",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [12]),
             expected: "Модели профильного обучения описаны и распространены", status: .done),

        Item(direction: 5, title: "Методическое сопровождение подготовки к демонстрационному экзамену",
             participants: [.schoolStaff], note: "Преподаватели и мастера производственного обучения ПОО",
             executors: [.chirpo], coExecutors: [.rmaMethodists], timing: q(2024, 2, [4, 5, 6]),
             expected: "Методические материалы по УГПС; консультации колледжей", status: .planned),
        Item(direction: 5, title: "Семинар «Демонстрационный экзамен: опыт колледжей области»",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.chirpo], coExecutors: [.rmaMethodists], timing: q(2023, 4, [11]),
             expected: "Обобщён опыт 12 колледжей", status: .done),

        Item(direction: 6, title: "Адресное сопровождение школ с низкими образовательными результатами (ШНОР)",
             participants: [.rmaMethodists, .schoolStaff], note: "Руководители и педагоги ШНОР",
             executors: [.chippkro], coExecutors: [.rmaMethodists, .ministry], timing: .duringYear(year: 2024),
             expected: "Программы перехода в эффективный режим работы во всех ШНОР", status: .inProgress),
        Item(direction: 6, title: "Сетевые пары «школа – школе»: стажировки педагогов ШНОР в успешных школах",
             participants: [.schoolStaff], note: "Педагоги ШНОР",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: q(2023, 4, [11, 12]),
             expected: "Не менее 20 сетевых пар", status: .planned),
        Item(direction: 6, title: "Мониторинг результатов ВПР в ШНОР по итогам сопровождения",
             participants: [.directionLeads, .rmaMethodists], note: "",
             executors: [.chippkro], coExecutors: [.ministry], timing: q(2024, 3, [9]),
             expected: "Аналитическая справка по каждой ШНОР", status: .planned),

        Item(direction: 7, title: "Вебинары для классных руководителей по реализации рабочей программы воспитания",
             participants: [.schoolStaff], note: "Классные руководители, советники директора по воспитанию",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 3, [9]),
             expected: "Методические рекомендации по рабочей программе воспитания", status: .done),
        Item(direction: 7, title: "Консультации по инклюзивному образованию и сопровождению детей с ОВЗ",
             participants: [.schoolStaff], note: "Педагоги-психологи, учителя-логопеды, учителя",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: .perEventsPlan(year: 2024),
             expected: "Консультационная поддержка по запросам ОО", status: .inProgress),
        Item(direction: 7, title: "Региональный конкурс «Самый классный классный»",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 2, [5]),
             expected: "Выявлены и распространены лучшие практики классного руководства", status: .planned),

        Item(direction: 8, title: "Методическое сопровождение профориентационного минимума",
             participants: [.rmaMethodists, .schoolStaff], note: "Педагоги-навигаторы, заместители директоров",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: .duringYear(year: 2023),
             expected: "Профминимум внедрён во всех общеобразовательных организациях", status: .done),
        Item(direction: 8, title: "Семинар по итогам первого полугодия реализации профминимума",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [1]),
             expected: "Аналитическая справка и рекомендации", status: .done),

        Item(direction: 9, title: "Конференция «Одарённые дети: выявление, поддержка, развитие»",
             participants: [.rmaMethodists, .schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [12]),
             expected: "Сборник материалов конференции", status: .done),
        Item(direction: 9, title: "Консультации педагогов по подготовке обучающихся к олимпиадам",
             participants: [.schoolStaff], note: "Учителя-предметники",
             executors: [.rmaMethodists], coExecutors: [], timing: .perSchoolCalendar(year: 2023),
             expected: "Рост числа участников регионального этапа ВсОШ", status: .inProgress),

        Item(direction: 10, title: "Сопровождение самодиагностики школ в проекте «Школа Минпросвещения России»",
             participants: [.rmaMethodists, .schoolStaff], note: "Управленческие команды школ",
             executors: [.chippkro], coExecutors: [.ministry, .rmaMethodists], timing: q(2023, 4, [10, 11]),
             expected: "Самодиагностика проведена во всех школах — участниках проекта", status: .done),
        Item(direction: 10, title: "Сессия «Эффективные практики управления развитием образовательной организации на основе реализации проекта «Школа Минпросвещения России»»",
             participants: [.directionLeads, .rmaMethodists, .schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.ministry, .rmaMethodists], timing: q(2023, 4, [11]),
             expected: "Обобщены и представлены управленческие практики школ области", status: .done),
        Item(direction: 10, title: "Адресные консультации школ по переходу на следующий уровень проекта",
             participants: [.schoolStaff], note: "",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: q(2024, 2, [4, 5, 6]),
             expected: "Планы перехода для школ базового уровня", status: .planned),

        Item(direction: 11, title: "Вебинары по использованию ФГИС «Моя школа»",
             participants: [.schoolStaff], note: "",
             executors: [.chiro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [10]),
             expected: "Сервисы ФГИС освоили не менее 2000 педагогов", status: .done),
        Item(direction: 11, title: "Мастер-классы «Цифровые инструменты формирующего оценивания»",
             participants: [.schoolStaff], note: "",
             executors: [.chiro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [3]),
             expected: "Материалы мастер-классов в открытом доступе", status: .inProgress),

        Item(direction: 12, title: "Методическое сопровождение участников конкурса «Учитель года Челябинской области — 2024»",
             participants: [.rmaMethodists, .schoolStaff], note: "Участники конкурса и их наставники",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [1, 2]),
             expected: "Участники подготовлены к региональному этапу", status: .done),
        Item(direction: 12, title: "Клуб «Педагогический дебют»: школа конкурсанта для молодых педагогов",
             participants: [.schoolStaff], note: "Молодые педагоги",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: q(2023, 4, [11, 12]),
             expected: "Подготовлены участники конкурса «Педагогический дебют — 2024»", status: .inProgress),

        Item(direction: 13, title: "Анализ результатов ВПР и региональных оценочных процедур",
             participants: [.directionLeads, .rmaMethodists], note: "Ответственные за ВСОКО",
             executors: [.chippkro], coExecutors: [.ministry], timing: q(2023, 4, [11]),
             expected: "Аналитические материалы для муниципалитетов", status: .done),
        Item(direction: 13, title: "Подготовка школ к исследованию PISA",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [1, 2]),
             expected: "Проведены тренировочные исследования в школах выборки", status: .inProgress),

        Item(direction: 14, title: "Диагностика профессиональных дефицитов педагогов",
             participants: [.schoolStaff, .regionSpecialists], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [10, 11]),
             expected: "Результаты диагностики в системе; дефициты выявлены", status: .done),
        Item(direction: 14, title: "Повторная диагностика педагогов, прошедших ИОМ",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [2, 3]),
             expected: "Доля закрытых дефицитов по итогам ИОМ", status: .inProgress),
        Item(direction: 14, title: "Семинар для экспертов аттестационных комиссий",
             participants: [.regionSpecialists], note: "",
             executors: [.chippkro], coExecutors: [.ministry], timing: q(2024, 3, [9]),
             expected: "Единые подходы к экспертизе при аттестации", status: .planned),

        Item(direction: 15, title: "Обучение ответственных за данные в ОО работе с информационными системами",
             participants: [.schoolStaff, .regionSpecialists], note: "",
             executors: [.chiro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [12]),
             expected: "Ответственные за данные во всех ОО обучены", status: .planned),
        Item(direction: 15, title: "Консультации по выгрузке данных мониторингов",
             participants: [.schoolStaff], note: "",
             executors: [.rmaMethodists], coExecutors: [.chiro], timing: .perEventsPlan(year: 2024),
             expected: "Своевременные и полные данные мониторингов", status: .inProgress),

        Item(direction: 16, title: "Семинар «Внутренняя система оценки качества образования в ОО»",
             participants: [.schoolStaff], note: "Руководители и заместители руководителей ОО",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 1, [2]),
             expected: "Модели ВСОКО школ актуализированы", status: .done),
        Item(direction: 16, title: "Стажировки управленческих команд на базе школ-лидеров",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2024, 4, [10, 11]),
             expected: "Стажировку прошли управленческие команды 25 школ", status: .planned),

        Item(direction: 17, title: "Совещание руководителей муниципальных методических служб",
             participants: [.directionLeads, .regionSpecialists], note: "Руководители ММС",
             executors: [.ministry], coExecutors: [.chippkro], timing: q(2023, 4, [10]),
             expected: "Согласованы планы ММС на учебный год", status: .done),
        Item(direction: 17, title: "Форум руководителей муниципальных методических служб",
             participants: [.regionSpecialists], note: "",
             executors: [.chippkro], coExecutors: [.ministry, .rmaMethodists], timing: q(2024, 2, [5]),
             expected: "Резолюция форума; лучшие практики ММС", status: .planned),
        Item(direction: 17, title: "Методические выезды в муниципалитеты без участников РМА",
             participants: [.rmaMethodists, .regionSpecialists],
             note: "ММС Варненского, Кизильского, Нагайбакского, Пластовского, Троицкого, Уйского МР и Локомотивного ГО",
             executors: [.rmaMethodists], coExecutors: [.chippkro], timing: q(2024, 1, [2, 3]),
             expected: "Планы включения муниципалитетов в работу РМА", status: .inProgress),

        Item(direction: 18, title: "Мастер-класс «Наставничество по модели «учитель – учитель»»",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.rmaMethodists], timing: q(2023, 4, [11]),
             expected: "Материалы мастер-класса для муниципальных систем наставничества", status: .done),
        Item(direction: 18, title: "Конкурс «Лучшая практика наставничества»",
             participants: [.schoolStaff], note: "",
             executors: [.chippkro], coExecutors: [.ministry], timing: q(2024, 2, [4]),
             expected: "Лучшие практики включены в реестр", status: .planned),
        Item(direction: 18, title: "Мониторинг закрепления наставников за молодыми педагогами",
             participants: [.directionLeads, .regionSpecialists], note: "",
             executors: [.ministry], coExecutors: [.chippkro], timing: q(2023, 3, [9]),
             expected: "У каждого молодого педагога есть наставник", status: .inProgress),

        Item(direction: 19, title: "Семинар «Управление колледжем в проекте «Профессионалитет»»",
             participants: [.rmaMethodists, .schoolStaff], note: "Руководители ПОО",
             executors: [.chirpo], coExecutors: [.ministry], timing: q(2024, 1, [1]),
             expected: "Обобщён опыт колледжей — участников проекта", status: .done),
        Item(direction: 19, title: "Консультации колледжей по подготовке к аккредитационному мониторингу",
             participants: [.schoolStaff], note: "",
             executors: [.chirpo], coExecutors: [.rmaMethodists], timing: .perEventsPlan(year: 2024),
             expected: "Колледжи подготовлены к аккредитационному мониторингу", status: .inProgress),
    ]
}
