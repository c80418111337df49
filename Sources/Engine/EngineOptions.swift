import Foundation

/// JavaScriptCore's options for the harness, set once, before the engine starts: the interpreter only, with
/// regular expressions still compiled.
///
/// A harness page lives for milliseconds, and most of its code (the runtime's setup, a library's start, the
/// client's first scan) runs a handful of times before the page is thrown away. Neither JIT tier pays for
/// itself there:
/// - the optimising tier (DFG, and FTL above it) compiles on background threads for code discarded a moment
///   later, and takes CPU from the other worker;
/// - the baseline JIT costs each new page more than it saves: without it a cold page takes three quarters of
///   the time, the scenario suite about four fifths of the CPU, and memory stays lower.
///
/// Long loops pay instead: they run one and a half to two times slower in the interpreter (docs/limits.md has
/// both sides' figures). Regular expressions, which the client's scan leans on, keep their own JIT.
/// A value already in the environment wins: `JSC_useBaselineJIT=true dni test` brings the baseline JIT back,
/// `JSC_useDFGJIT=true` as well the optimising tier.
enum EngineOptions {
    /// Applies the options; JavaScriptCore reads its environment when the first context group is created.
    static let applied: Void = {
        setenv("JSC_useBaselineJIT", "false", 0)
        setenv("JSC_useDFGJIT", "false", 0)
    }()
}
