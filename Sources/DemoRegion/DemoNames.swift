/// Russian names for demo people: surname, first name and patronymic in the
/// right gender, drawn from lists large enough that full names rarely repeat
/// (about 190 surnames × 50 first names × 45 patronymics for each gender).
/// Some carry ё (Ёлкина, Семёнов, Королёв, Артём, Фёдоровна) so ё/е search
/// can be tried. About one in ten is a Tatar or Bashkir name, as in the
/// South Urals.
enum DemoNames {
    /// A name part with its search key (lower case, ё → е) and its ASCII
    /// transliteration, computed once per list entry rather than per person.
    struct Part: Sendable {
        let text: String
        let key: String
        let latin: String
        init(_ text: String) {
            self.text = text
            key = DemoNames.fold(text)
            latin = DemoNames.translit(text)
        }
    }

    struct FullName {
        var surname: Part
        var first: Part
        var patronymic: Part
        var full: String { "\(surname.text) \(first.text) \(patronymic.text)" }
        /// `SearchKey.fold(full)`, from the parts' keys.
        var key: String { "\(surname.key) \(first.key) \(patronymic.key)" }

        init(surname: String, first: String, patronymic: String) {
            self.surname = Part(surname); self.first = Part(first); self.patronymic = Part(patronymic)
        }
        init(surname: Part, first: Part, patronymic: Part) {
            self.surname = surname; self.first = first; self.patronymic = patronymic
        }
    }

    static func make(_ rng: inout DemoRandom, female: Bool) -> FullName {
        let tatar = rng.chance(0.1)
        let surnames = tatar ? tatarSurnameParts : surnameParts
        let surname = surnames[rng.index(surnames.count)]
        let first: Part
        let patronymic: (Part, Part)
        if tatar {
            first = female ? tatarFemaleParts[rng.index(tatarFemaleParts.count)] : tatarMaleParts[rng.index(tatarMaleParts.count)]
            // Many Tatar families use Russian patronymics too.
            patronymic = rng.chance(0.6) ? tatarPatronymicParts[rng.index(tatarPatronymicParts.count)]
                                         : patronymicParts[rng.index(patronymicParts.count)]
        } else {
            first = female ? femaleParts[rng.index(femaleParts.count)] : maleParts[rng.index(maleParts.count)]
            patronymic = patronymicParts[rng.index(patronymicParts.count)]
        }
        return FullName(surname: female ? surname.1 : surname.0, first: first, patronymic: female ? patronymic.1 : patronymic.0)
    }

    /// `SearchKey.fold` without Foundation's string search (a few µs a call);
    /// the tests check that both agree on every generated name.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.lowercased().unicodeScalars { out.append(u == "ё" ? "е" : u) }
        return String(out)
    }

    static let surnameParts: [(Part, Part)] = surnames.map { (Part($0), Part(feminine($0))) }
    static let tatarSurnameParts: [(Part, Part)] = tatarSurnames.map { (Part($0), Part(feminine($0))) }
    static let maleParts = maleNames.map(Part.init)
    static let femaleParts = femaleNames.map(Part.init)
    static let tatarMaleParts = tatarMale.map(Part.init)
    static let tatarFemaleParts = tatarFemale.map(Part.init)
    static let patronymicParts: [(Part, Part)] = patronymics.map { (Part($0.0), Part($0.1)) }
    static let tatarPatronymicParts: [(Part, Part)] = tatarPatronymics.map { (Part($0.0), Part($0.1)) }

    /// The feminine form of a masculine surname: Семёнов → Семёнова,
    /// Покровский → Покровская, Луговой → Луговая; Черных, Коваленко stay.
    static func feminine(_ surname: String) -> String {
        if surname.hasSuffix("ский") || surname.hasSuffix("цкий") { return String(surname.dropLast(2)) + "ая" }
        if surname.hasSuffix("ой") || surname.hasSuffix("ый") { return String(surname.dropLast(2)) + "ая" }
        for suffix in ["ов", "ев", "ёв", "ин", "ын"] where surname.hasSuffix(suffix) { return surname + "а" }
        return surname
    }

    /// ASCII transliteration for logins (simplified ГОСТ 7.79 / passport style).
    static func translit(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.lowercased() {
            if let t = translitTable[ch] { out += t }
            else if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch) }
        }
        return out
    }

    static let translitTable: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    static let surnames: [String] = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
        "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
        "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
        "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов",
        "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов",
        "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
        "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков",
        "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев",
        "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов",
        "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов",
        "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев",
        "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин", "Тихомиров", "Галкин",
        "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев",
        "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронцов", "Шубин", "Горбачёв", "Пугачёв",
        "Ёлкин", "Ёжиков", "Зуев", "Шилов", "Рябов", "Полозов", "Бажов", "Черепанов", "Демидов", "Уткин",
        "Пестов", "Шумилов", "Носков", "Сычёв", "Чебыкин", "Мальцев", "Лобанов", "Ларионов", "Зыков",
        "Покровский", "Преображенский", "Успенский", "Троицкий", "Новицкий", "Высоцкий", "Добровольский",
        "Островский", "Ковальский", "Толстой", "Береговой", "Луговой", "Полевой", "Черных", "Седых",
        "Белых", "Коваленко", "Шевченко", "Бондаренко", "Кравченко", "Ткаченко", "Лысенко", "Шевчук",
        "Ковальчук", "Гайдук", "Мороз",
    ]

    static let tatarSurnames: [String] = [
        "Мухаметшин", "Хабибуллин", "Галиуллин", "Сафин", "Гарипов", "Ахметов", "Юсупов", "Валеев", "Нуриев",
        "Абдрахманов", "Шарипов", "Зарипов", "Латыпов", "Каримов", "Хасанов", "Гайнуллин", "Файзуллин",
        "Исмагилов", "Саитов", "Рахимов", "Гильманов", "Закиров", "Мингазов", "Ахмадуллин",
    ]

    static let maleNames: [String] = [
        "Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий", "Василий", "Виктор",
        "Виталий", "Владимир", "Владислав", "Вячеслав", "Геннадий", "Георгий", "Григорий", "Даниил", "Денис",
        "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим",
        "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Роман", "Руслан", "Сергей", "Станислав",
        "Степан", "Тимофей", "Фёдор", "Юрий", "Ярослав", "Семён", "Матвей", "Глеб", "Аркадий",
    ]

    static let femaleNames: [String] = [
        "Александра", "Алёна", "Алина", "Алла", "Анастасия", "Ангелина", "Анна", "Валентина", "Валерия",
        "Вера", "Вероника", "Виктория", "Галина", "Дарья", "Евгения", "Екатерина", "Елена", "Елизавета",
        "Жанна", "Зоя", "Инна", "Ирина", "Кристина", "Ксения", "Лариса", "Лидия", "Любовь", "Людмила",
        "Маргарита", "Марина", "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Олеся", "Ольга", "Полина",
        "Светлана", "Снежана", "Софья", "Тамара", "Татьяна", "Ульяна", "Юлия", "Яна", "Фаина", "Таисия",
        "Антонина", "Раиса",
    ]

    static let tatarMale: [String] = [
        "Рустам", "Ильдар", "Ринат", "Марат", "Тимур", "Айдар", "Рашид", "Анвар", "Ильнур", "Радик", "Фарид",
    ]

    static let tatarFemale: [String] = [
        "Гульнара", "Айгуль", "Альфия", "Динара", "Резеда", "Гузель", "Лилия", "Эльвира", "Наиля", "Зульфия",
        "Алсу", "Ляйсан",
    ]

    /// (masculine, feminine)
    static let patronymics: [(String, String)] = [
        ("Александрович", "Александровна"), ("Алексеевич", "Алексеевна"), ("Андреевич", "Андреевна"),
        ("Анатольевич", "Анатольевна"), ("Борисович", "Борисовна"), ("Вадимович", "Вадимовна"),
        ("Валерьевич", "Валерьевна"), ("Васильевич", "Васильевна"), ("Викторович", "Викторовна"),
        ("Витальевич", "Витальевна"), ("Владимирович", "Владимировна"), ("Вячеславович", "Вячеславовна"),
        ("Геннадьевич", "Геннадьевна"), ("Георгиевич", "Георгиевна"), ("Григорьевич", "Григорьевна"),
        ("Дмитриевич", "Дмитриевна"), ("Евгеньевич", "Евгеньевна"), ("Иванович", "Ивановна"),
        ("Игоревич", "Игоревна"), ("Ильич", "Ильинична"), ("Константинович", "Константиновна"),
        ("Леонидович", "Леонидовна"), ("Максимович", "Максимовна"), ("Михайлович", "Михайловна"),
        ("Николаевич", "Николаевна"), ("Олегович", "Олеговна"), ("Павлович", "Павловна"),
        ("Петрович", "Петровна"), ("Романович", "Романовна"), ("Сергеевич", "Сергеевна"),
        ("Станиславович", "Станиславовна"), ("Степанович", "Степановна"), ("Фёдорович", "Фёдоровна"),
        ("Юрьевич", "Юрьевна"), ("Артёмович", "Артёмовна"), ("Семёнович", "Семёновна"),
        ("Аркадьевич", "Аркадьевна"), ("Эдуардович", "Эдуардовна"), ("Яковлевич", "Яковлевна"),
        ("Никитич", "Никитична"), ("Львович", "Львовна"), ("Егорович", "Егоровна"),
        ("Валентинович", "Валентиновна"), ("Геннадиевич", "Геннадиевна"),
    ]

    static let tatarPatronymics: [(String, String)] = [
        ("Рустамович", "Рустамовна"), ("Ринатович", "Ринатовна"), ("Маратович", "Маратовна"),
        ("Ильдарович", "Ильдаровна"), ("Рашидович", "Рашидовна"), ("Анварович", "Анваровна"),
        ("Фаритович", "Фаритовна"), ("Радикович", "Радиковна"), ("Наилевич", "Наилевна"),
    ]
}
