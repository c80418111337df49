import Foundation

/// How JavaScriptCore is set up for the process, decided before its first context.
///
/// A scenario's pages live for milliseconds: JavaScriptCore's JIT compilers spend more time compiling the
/// runtime and the client than the compiled code saves. With the interpreter only, the scenario suite
/// runs in about two thirds of the time (measured with `dni test scenarios`, release build: median
/// 24 ms → 17 ms per scenario; the real-world library pages too). Long runs in one context, such as
/// `dni detect --batch`, keep the JIT.
///
///     EngineTuning.forShortPages()   // first thing in a process that runs scenarios
public enum EngineTuning {
    /// Interpreter only, unless the environment already says otherwise (`JSC_useJIT`). Must run before the
    /// process creates its first context: JavaScriptCore reads its options once.
    public static func forShortPages() {
        setenv("JSC_useJIT", "0", 0)
    }
}
