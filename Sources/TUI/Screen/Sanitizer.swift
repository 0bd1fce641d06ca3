import Domain

/// The screen cleans data text with Domain's sanitizer, the same function
/// the import and export messages and the command line use.
typealias Sanitizer = Domain.Sanitizer
