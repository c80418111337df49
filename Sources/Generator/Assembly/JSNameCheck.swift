/// Refuses a build that uses a `dni*` name it never declares.
///
/// The assembly contract (docs/client.md) is that the modules share one function scope and every name they declare
/// starts with `dni`. A `dni*` identifier that is used but declared nowhere in the build would silently read a page's
/// global (or throw a `ReferenceError` on a visitor's page), so it stops the build instead:
///
/// ```swift
/// try JSNameCheck.check("const dniA = typeof dniMissing;")   // throws: dniMissing never declared
/// ```
public enum JSNameCheck {
    /// Returns `source` unchanged, or throws when it uses an undeclared `dni*` name.
    @discardableResult
    public static func check(_ source: String) throws -> String {
        let tokens = JSTokenizer.tokens(source)
        let roles = JSIdentifierRoles(tokens)
        let used = Set(tokens.indices.filter { roles.isRenamable($0) }.map { tokens[$0].text })
        let undeclared = used.subtracting(roles.declared).sorted()
        if !undeclared.isEmpty {
            throw GeneratorError.unsafeScript("\(undeclared.joined(separator: ", ")) never declared in the build")
        }
        return source
    }
}
