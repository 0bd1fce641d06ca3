import XCTest
@testable import Domain

final class DirectionTests: XCTestCase {
    func testNineteenDirectionsOfTheSeed() {
        XCTAssertEqual(Direction.all.count, 19)
        XCTAssertEqual(Direction.all.map(\.number), Array(1...19))
        XCTAssertEqual(Direction.all.first?.name, "Сопровождение реализации ФГОС НОО, ООО, СОО в рамках предметного обучения")
        XCTAssertEqual(Direction.all.last?.name,
                       "Сопровождение управленческой деятельности в профессиональных образовательных организациях СПО")
        XCTAssertEqual(Direction.number(6)?.name, "Сопровождение профилактики учебной неуспешности обучающихся и адресной поддержки ШНОР")
        XCTAssertEqual(Direction.number(10)?.name, "Сопровождение проекта «Школа Минпросвещения России»")
        XCTAssertEqual(Set(Direction.all.map(\.name)).count, 19)
        XCTAssertTrue(Direction.all.allSatisfy { $0.name.hasPrefix("Сопровождение ") })
        XCTAssertEqual(Direction.number(7)?.id, 7)
    }

    func testNumberLookup() {
        XCTAssertNil(Direction.number(0))
        XCTAssertNil(Direction.number(20))
        XCTAssertNil(Direction.number(-1))
        XCTAssertEqual(Direction.number(19)?.number, 19)
    }

    func testShortName() {
        XCTAssertEqual(Direction.number(10)?.shortName, "Проекта «Школа Минпросвещения России»")
        XCTAssertEqual(Direction.number(17)?.shortName, "Муниципальных методических служб")
        XCTAssertEqual(Direction(number: 99, name: "Другое").shortName, "Другое")
    }
}
