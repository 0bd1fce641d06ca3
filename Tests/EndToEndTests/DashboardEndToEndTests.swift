import Foundation
import XCTest

/// The demo coordinator, in the real binary in tmux: opens «Показатели»,
/// drills from the region to the weakest municipality, to a school, to a
/// person, and opens that person's route.
final class DashboardEndToEndTests: XCTestCase {
    func testTheCoordinatorDrillsFromTheRegionToAPersonsRoute() throws {
        let db = try Harness.demoCopy()
        let s = try TmuxSession(command: "\(TutorEndToEndTests.binary) --db \(TmuxSession.quote(db)) --as coordinator",
                                width: 160, height: 40, environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        let overview = try s.waitFor("Показатели")
        // The tab's number as the tab bar shows it (other tabs may come before it).
        let tabBar = overview.split(separator: "\n").first { $0.contains("Показатели") }.map(String.init) ?? ""
        let number = try XCTUnwrap(tabBar.range(of: #"\d(?= Показатели)"#, options: .regularExpression).map { String(tabBar[$0]) },
                                   tabBar)
        try s.send(number)
        // A capture may land while a frame is being drawn: wait for every part the checks read.
        let region = try s.waitUntil(timeout: 30, "the region level") {
            $0.contains("по муниципалитетам") && $0.contains("Молодые педагоги без наставника") && $0.contains("▸!")
        }
        XCTAssertTrue(region.contains("Доля педагогов, прошедших диагностику"), region)
        XCTAssertTrue(region.contains("Молодые педагоги без наставника"), region)
        XCTAssertTrue(region.contains("▸!"), "the weakest municipality is first and marked:\n\(region)")
        // The first (weakest) municipality, then its first organization, then its people.
        try s.send("Enter")
        let municipality = try s.waitFor("по организациям")
        let crumb = municipality.split(separator: "\n").first { $0.contains("Челябинская область ›") }.map(String.init) ?? ""
        XCTAssertFalse(crumb.isEmpty, municipality)
        try s.send("Enter")
        let school = try s.waitFor("Работники — Enter: карточка")
        XCTAssertEqual(school.split(separator: "\n").first { $0.contains("Челябинская область ›") }?.components(separatedBy: " › ").count, 3,
                       school)
        try s.send("Enter")
        let card = try s.waitUntil("the person's card") { $0.contains("Esc закрыть") && $0.contains("┌─ ") }
        // The card's title is the person's name: «┌─ Фамилия Имя Отчество ───┐».
        // (the leftmost box: the card covers the tab, whose own panels may still show at its edges)
        let title = card.split(separator: "\n").map(String.init).filter { $0.contains("┌─ ") }
            .min { $0.components(separatedBy: "┌─ ")[0].count < $1.components(separatedBy: "┌─ ")[0].count } ?? ""
        let name = title.components(separatedBy: "┌─ ").last?.components(separatedBy: " ─").first ?? ""
        XCTAssertGreaterThan(name.split(separator: " ").count, 1, card)
        try s.send("Enter")
        let route = try s.waitUntil("the person's route") {
            $0.contains("Тьютор:") && $0.contains("A согласовать") && $0.contains(name)
        }
        XCTAssertTrue(route.contains(name), "the route of \(name):\n\(route)")
        let path = route.split(separator: "\n").first { $0.contains("Челябинская область ›") }.map(String.init) ?? ""
        XCTAssertEqual(path.components(separatedBy: " › ").count, 4, "region › municipality › school › person:\n\(route)")
        XCTAssertTrue(route.contains("A согласовать"), route)
        try s.send("Escape")
        try s.waitFor("Работники — Enter: карточка")
        try s.send("Escape", "Escape")
        try s.waitFor("по муниципалитетам")
        try s.send("q")
        try s.waitFor("EXIT=0")
    }
}
