/// The browser's only clock: virtual milliseconds since the Unix epoch, moved only by the harness.
///
/// `Date`, `Date.now`, `performance.now`, timers and cookie expiry all read it, so a run is reproducible
/// and an hour passes instantly.
public final class VirtualClock {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public private(set) var now: Double

    /// 2026-06-01T09:00:00Z, a fixed and unremarkable default start.
    public static let defaultStart: Double = 1_780_304_400_000

    public init(start: Double = VirtualClock.defaultStart) { now = start }

    /// Moves the clock forward to `time`; it never goes back.
    func move(to time: Double) { if time > now { now = time } }
}
