import Foundation
import Testing
@testable import Scenarios

/// Features a page reaches for that the harness lacks are listed per page, merged across visits.
@Suite struct MissingFeaturesTests {
    @Test func summaryCountsAndNamesTheFeatures() {
        #expect(MissingFeatures(page: "https://a.example/", features: ["indexedDB"]).summary
            == "page https://a.example/ used 1 feature the harness lacks: indexedDB")
        #expect(MissingFeatures(page: "https://a.example/", features: ["WebSocket", "Element.attachShadow"]).summary
            == "page https://a.example/ used 2 features the harness lacks: WebSocket, Element.attachShadow")
    }

    @Test func entriesForOnePageMergeAndEmptyOnesAreDropped() {
        var list: [MissingFeatures] = []
        MissingFeatures.add(MissingFeatures(page: "https://a.example/", features: []), to: &list)
        #expect(list.isEmpty)
        MissingFeatures.add(MissingFeatures(page: "https://a.example/", features: ["x", "y"]), to: &list)
        MissingFeatures.add(MissingFeatures(page: "https://b.example/", features: ["z"]), to: &list)
        MissingFeatures.add(MissingFeatures(page: "https://a.example/", features: ["y", "w"]), to: &list)
        #expect(list == [MissingFeatures(page: "https://a.example/", features: ["x", "y", "w"]),
                         MissingFeatures(page: "https://b.example/", features: ["z"])])
    }

    @Test func aScenarioRunRecordsWhatEachPageReachedFor() throws {
        let yaml = """
            name: a page that feature-detects
            build:
              library: true
            pages:
              https://shop.example/: |
                <!DOCTYPE html><html><body><p id="p"></p>
                <script>document.getElementById('p').textContent = window.indexedDB ? 'idb' : 'none';</script>
                </body></html>
              https://shop.example/two: |
                <!DOCTYPE html><html><body><script>try { document.createElement('form').submit(); } catch (e) {}</script></body></html>
            visitor: {url: "https://shop.example/"}
            steps:
              - visit
              - visit: https://shop.example/two
              - expect: {eval: {"1 + 1": 2}}
            """
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let scenario = try ScenarioParser.parse(yaml: yaml, file: root.appendingPathComponent("scenarios/missing.yaml").path)
        let result = try ScenarioRunner().run(scenario)
        #expect(result.passed, "\(result.failures)")
        #expect(result.missingFeatures == [
            MissingFeatures(page: "https://shop.example/", features: ["indexedDB"]),
            MissingFeatures(page: "https://shop.example/two", features: ["HTMLFormElement.submit"]),
        ])
    }
}
