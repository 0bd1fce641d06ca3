import Foundation
import XCTest

/// Who the program runs as: `--as LOGIN` or the OS login. An unknown login
/// gets a clear message and exit 2 (ExitCode.usage), and the program never opens as someone
/// else — not from environment variables, not from a look-alike login.
final class IdentityEndToEndTests: XCTestCase {
    /// The OS login of this test run (what `metodist` uses without `--as`).
    var osLogin: String {
        if let p = getpwuid(geteuid()), let name = p.pointee.pw_name { return String(cString: name) }
        return ""
    }

    func assertRefused(_ r: Harness.Result, login: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 2, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.contains("«\(login)» не найден"), r.stderr, file: file, line: line)
        XCTAssertTrue(r.stdout.isEmpty, "nothing is shown: \(r.stdout.prefix(200))", file: file, line: line)
    }

    func testAnUnknownOSLoginIsRefusedWhateverTheEnvironmentSays() throws {
        let path = try Harness.demoCopy()
        let demoLogins = ["teacher", "teacher2", "tutor", "mentor", "methodist", "rma", "coordinator", "admin"]
        if demoLogins.contains(osLogin) { throw XCTSkip("the OS login \(osLogin) is a demo login") }
        // USER and LOGNAME can be set by anyone: they never choose the identity.
        let r = try Products.metodist(["--db", path, "--headless", "--keys", "q"],
                                     environment: ["USER": "admin", "LOGNAME": "admin"])
        assertRefused(r, login: osLogin)
    }

    func testSSHOriginalCommandIsIgnored() throws {
        let path = try Harness.demoCopy()
        // authorized_keys: command="metodist --as teacher",restrict; the user asked for admin.
        let env = ["SSH_ORIGINAL_COMMAND": "metodist --as admin export requests"]
        let route = try Products.metodist(["export", "route", "--db", path, "--as", "teacher"], environment: env)
        XCTAssertEqual(route.status, 0, route.stderr)
        XCTAssertTrue(route.stdout.contains("Ёлкина"), "the teacher's own route: \(route.stdout.prefix(300))")
        let requests = try Products.metodist(["export", "requests", "--db", path, "--as", "teacher", "--format", "csv"],
                                            environment: env)
        let all = try Products.metodist(["export", "requests", "--db", path, "--as", "admin", "--format", "csv"])
        XCTAssertEqual(all.status, 0, all.stderr)
        // Lines counted in bytes: CSV rows end in CRLF, one Character for Swift.
        func lines(_ s: String) -> Int { s.utf8.filter { $0 == 10 }.count }
        XCTAssertEqual(requests.status, 0, requests.stderr)
        XCTAssertGreaterThan(lines(requests.stdout), 0)
        XCTAssertLessThan(lines(requests.stdout), lines(all.stdout), "the teacher's requests only, not the administrator's view")
        assertRefused(try Products.metodist(["--db", path, "--as", "mallory", "--headless", "--keys", "q"], environment: env),
                      login: "mallory")
    }

    func testALookAlikeLoginIsNotSomeoneElse() throws {
        let path = try Harness.demoCopy()
        assertRefused(try Products.metodist(["--db", path, "--as", "Admin", "--headless", "--keys", "q"]), login: "Admin")
        // Outside the login character set (LoginRule): refused before any lookup, naming the character.
        for login in ["admin ", " admin", "admin'--", "%", "adm\u{0456}n", "admin\u{200B}"] {
            let r = try Products.metodist(["--db", path, "--as", login, "--headless", "--keys", "q"])
            XCTAssertEqual(r.status, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains("недопустимый знак U+"), r.stderr)
            XCTAssertTrue(r.stdout.isEmpty, "nothing is shown: \(r.stdout.prefix(200))")
        }
    }

    func testCommandsRefuseAnUnknownLoginToo() throws {
        let path = try Harness.demoCopy()
        for kind in ["requests", "route", "caseload", "roadmap"] {
            assertRefused(try Products.metodist(["export", kind, "--db", path, "--as", "mallory"]), login: "mallory")
        }
    }

    func testAnEmptyLoginIsRefused() throws {
        let path = try Harness.demoCopy()
        let r = try Products.metodist(["--db", path, "--as", "", "--headless", "--keys", "q"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stdout.isEmpty, "nothing is shown")
        XCTAssertFalse(r.stderr.isEmpty, "a message says why")
    }
}
