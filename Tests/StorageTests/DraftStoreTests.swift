import Domain
import Foundation
import XCTest
@testable import Storage

/// Drafts of forms: kept per login and form, replaced by a newer one,
/// read back exactly (Cyrillic, quotes, line breaks), deleted on demand.
final class DraftStoreTests: XCTestCase {
    func testADraftComesBackExactlyForItsLoginOnly() throws {
        let f = try ContractFixture()
        let elkina = try f.viewer("elkina"), ivanov = try f.viewer("ivanov")
        let text = "Прошу помочь с «проектным» уроком;\nвторая строка — ёж \"в кавычках\" \\ и {скобки}"
        try f.store.saveDraft(elkina, Draft(form: "my-requests:text,direction#1", fields: ["text": text, "direction": "3"],
                                            context: ["view": "my-requests", "opener": "myRequests.new"]))
        let back = try f.store.loadDrafts(elkina)
        XCTAssertEqual(back.count, 1)
        XCTAssertEqual(back.first?.fields["text"], text)
        XCTAssertEqual(back.first?.fields["direction"], "3")
        XCTAssertEqual(back.first?.context["opener"], "myRequests.new")
        XCTAssertEqual(back.first?.savedAt, 1_700_000_000)
        XCTAssertEqual(try f.store.loadDrafts(ivanov), [], "another person never gets it")
    }

    func testANewerDraftOfTheSameFormReplacesTheOldAndDeleteForgetsIt() throws {
        let f = try ContractFixture()
        let v = try f.viewer("methodist")
        try f.store.saveDraft(v, Draft(form: "a", fields: ["text": "первый"]))
        f.store.clock = { 1_700_000_500 }
        try f.store.saveDraft(v, Draft(form: "a", fields: ["text": "второй"]))
        f.store.clock = { 1_700_000_900 }
        try f.store.saveDraft(v, Draft(form: "b", fields: ["reason": "причина"]))
        let drafts = try f.store.loadDrafts(v)
        XCTAssertEqual(drafts.map(\.form), ["b", "a"], "newest first")
        XCTAssertEqual(drafts.last?.fields["text"], "второй")
        try f.store.deleteDraft(v, form: "a")
        XCTAssertEqual(try f.store.loadDrafts(v).map(\.form), ["b"])
        XCTAssertEqual(try f.probe.count("drafts"), 1)
        XCTAssertEqual(try f.probe.auditCount(entity: "draft"), 0, "drafts are personal, not audited")
    }

    func testAnUnreadablePayloadIsSkippedNotFatal() throws {
        let f = try ContractFixture()
        let v = try f.viewer("tutor")
        // A payload no build of ours writes, as another tool might leave it: written past the store (SQLite only).
        try f.sqlite("a payload only another tool writes").db.execute(
            "INSERT INTO drafts(login, form, saved_at, payload) VALUES ('tutor', 'x', 1, 'не json')")
        try f.store.saveDraft(v, Draft(form: "y", fields: ["a": "б"]))
        XCTAssertEqual(try f.store.loadDrafts(v).map(\.form), ["y"])
    }
}
