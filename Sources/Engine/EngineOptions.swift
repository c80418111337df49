import Foundation

/// JavaScriptCore's options for the harness, set once, before the engine starts.
///
/// A harness page lives for milliseconds. JavaScriptCore's optimising tier (DFG, and FTL above it) compiles
/// hot code on background threads, and in the harness that code is thrown away with its page a moment
/// later, while the compiler threads take CPU from the other worker. Without that tier the scenario suite
/// runs in about four fifths of the time; code still moves from the interpreter to the baseline JIT, so a
/// long loop stays fast enough (docs/limits.md has the figures). A value already in the environment wins:
/// `JSC_useDFGJIT=true dni test` brings the tier back.
enum EngineOptions {
    /// Applies the options; JavaScriptCore reads its environment when the first context group is created.
    static let applied: Void = {
        setenv("JSC_useDFGJIT", "false", 0)
    }()
}
