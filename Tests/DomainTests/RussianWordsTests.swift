import XCTest
@testable import Domain

final class RussianWordsTests: XCTestCase {
    func testTheFormFollowsTheLastTwoDigits() {
        let years = { (n: Int) in RussianPlural.count(n, "год", "года", "лет") }
        XCTAssertEqual([1, 2, 4, 5, 11, 12, 14, 15, 21, 22, 25, 31, 32, 100, 101, 111, 112, 0].map(years), [
            "1 год", "2 года", "4 года", "5 лет", "11 лет", "12 лет", "14 лет", "15 лет", "21 год", "22 года", "25 лет",
            "31 год", "32 года", "100 лет", "101 год", "111 лет", "112 лет", "0 лет",
        ])
        XCTAssertEqual(RussianPlural.form(-1), .one)
        XCTAssertEqual(RussianPlural.form(1_000_002), .few)
        XCTAssertEqual(RussianPlural.age(32).ru, "32 года")
        XCTAssertEqual(RussianPlural.age(31).ru, "31 год")
        XCTAssertEqual(RussianPlural.age(27).en, "age 27")
    }

    func testAfterIzTheGenitiveIsSingularOnlyForALastOne() {
        let steps = { (n: Int) in RussianPlural.ofCount(n, singular: "шага", plural: "шагов") }
        XCTAssertEqual([1, 2, 5, 11, 21].map(steps), ["1 шага", "2 шагов", "5 шагов", "11 шагов", "21 шага"])
    }

    func testTheGenderComesFromThePatronymicThenTheSurname() {
        let cases: [(String, NameGender)] = [
            ("Кузнецова Ирина Николаевна", .feminine), ("Смирнов Пётр Алексеевич", .masculine),
            ("Фомина Анна Ильинична", .feminine), ("Ильин Илья Ильич", .masculine),
            ("Мамедов Рашид Исмаил оглы", .masculine), ("Алиева Айгюль Рашид кызы", .feminine),
            ("Белых Раиса Степановна", .feminine), ("Белых Степан Петрович", .masculine),
            ("Королёва Татьяна", .feminine), ("Толстая Анна", .feminine), ("Иванов Иван", .masculine),
            ("Злоумышленник", .masculine), ("", .masculine),
        ]
        for (name, gender) in cases { XCTAssertEqual(NameGender(fullName: name), gender, name) }
        XCTAssertEqual(NameGender(fullName: "Кузнецова Ирина Николаевна").past("изменил"), "изменила")
        XCTAssertEqual(NameGender(fullName: "Смирнов Пётр Алексеевич").past("изменил"), "изменил")
    }
}
