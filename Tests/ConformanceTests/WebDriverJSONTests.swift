import Conformance
import Foundation
import Testing

@Suite("WebDriver JSON")
struct WebDriverJSONTests {
    @Test("parses and prints values with sorted keys")
    func roundTrip() throws {
        let value = try WebDriverJSON.parse(Data(#"{"b": [1, true, null], "a": "x"}"#.utf8))
        #expect(value == ["a": "x", "b": [1, true, .null]])
        #expect(value.jsonText == #"{"a":"x","b":[1,true,null]}"#)
    }

    @Test("serialized cookies read back with their session flag")
    func cookie() throws {
        let json = try WebDriverJSON.parse(Data(#"""
            {"name": "p", "value": "1", "domain": ".shop.example", "path": "/", "expiry": 1795787041,
             "httpOnly": true, "secure": false, "sameSite": "Lax"}
            """#.utf8))
        let cookie = try #require(WebDriverCookie(json: json))
        #expect(!cookie.isSession && !cookie.hostOnly && cookie.bareDomain == "shop.example" && cookie.httpOnly)
        #expect(WebDriverCookie(json: ["name": "s", "value": "2"])?.isSession == true)
    }
}
