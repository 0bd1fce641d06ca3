import Domain
import Foundation

extension SQLiteStore {
    /// `metodist init`: a new file at `path` holding the schema, the
    /// region's name and its one administrator — no other data. Refuses a
    /// path that exists (`alreadyExists`), whatever is there, and leaves it
    /// untouched. The file is built under a temporary name beside `path`
    /// and linked into place only when whole, so a failed init leaves
    /// nothing behind and a file made meanwhile by someone else is never
    /// replaced. Answers the store, open on the new file.
    public static func initRegion(_ charter: RegionCharter, at path: String, groupShared: Bool = false) throws -> SQLiteStore {
        if let why = charter.refusal { throw StoreError.refused(why) }
        guard DatabaseFile.state(path) == .missing else { throw StoreError.alreadyExists(path: path) }
        let building = RegionFileNames.temporary(beside: path, purpose: "init")
        do {
            // The connection closes at the end of this scope: SQLite folds the WAL into the file and removes it.
            do {
                let store = try SQLiteStore(path: building, mode: .create, groupShared: groupShared)
                try store.db.write {
                    try store.setMeta("region", charter.regionName)
                    try store.setMeta(RegionOrigin.metaKey, RegionOrigin.own.rawValue)
                    try store.audit(nil, entity: "region", id: nil, action: "create", after: charter.regionName)
                    _ = try store.addPerson(nil, Person(id: 0, login: charter.adminLogin, fullName: charter.adminName,
                                                        organizationID: nil, position: "администратор", roles: [.administrator]))
                }
            }
            try RegionFileNames.publish(building, as: path)
        } catch {
            RegionFileNames.remove(building)
            throw error
        }
        return try SQLiteStore(path: path, mode: .existing)
    }
}
