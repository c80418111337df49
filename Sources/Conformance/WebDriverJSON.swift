import MockAPI

/// JSON values in WebDriver commands and answers: the same value type the mock API uses.
public typealias WebDriverJSON = JSONValue
