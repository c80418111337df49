import Conformance
import Foundation
import Testing

/// Reading `docs/known-differences.yaml`: the real file parses, and a broken one says where and what.
@Suite struct KnownDifferencesTests {
    static let file = repositoryRoot.appendingPathComponent("docs/known-differences.yaml")

    @Test func theRepositorysFileParses() throws {
        let known = try KnownDifferences.load(path: Self.file.path)
        #expect(!known.entries.isEmpty)
    }

    @Test func aPatternThatIsNotARegularExpressionNamesItsEntry() {
        let yaml = "differences:\n  - {id: ok, reason: r, field: '^a$'}\n  - {id: broken, reason: r, scenarios: '('}\n"
        #expect { try KnownDifferences.parse(yaml: yaml, file: "k.yaml") } throws: { error in
            "\(error)" == "k.yaml: differences[1] (broken): scenarios '(' is not a valid regular expression"
        }
    }

    @Test func aMissingReasonAndBrokenYAMLAreSaidPlainly() {
        #expect { try KnownDifferences.parse(yaml: "differences:\n  - {id: x}\n", file: "k.yaml") } throws: { error in
            "\(error)".hasPrefix("k.yaml: missing 'reason' in differences[0]")
        }
        #expect { try KnownDifferences.parse(yaml: "differences: [\n", file: "k.yaml") } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("k.yaml: not valid YAML: ") && !text.contains("DecodingError")
        }
    }
}
