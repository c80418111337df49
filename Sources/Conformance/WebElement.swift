/// A reference to an element in the current page, as WebDriver hands it out.
///
/// Pass `json` as a script argument to get the element itself in the page.
public struct WebElement: Sendable, Equatable, Hashable {
    /// The key W3C WebDriver uses for element references.
    public static let referenceKey = "element-6066-11e4-a52e-4f735466cecf"

    public var id: String

    public init(id: String) { self.id = id }

    /// Reads `{"element-6066-...": id}`; nil for anything else.
    public init?(json: WebDriverJSON) {
        guard let id = json[Self.referenceKey]?.stringValue else { return nil }
        self.id = id
    }

    /// The reference as a script argument.
    public var json: WebDriverJSON { [Self.referenceKey: .string(id)] }
}
