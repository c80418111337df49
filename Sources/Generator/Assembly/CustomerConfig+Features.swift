extension CustomerConfig {
    /// The client features this config needs; only their modules go into its build.
    ///
    /// - `detect` when a filter is `detect`/`campaign`, referrer rules are set, or `paid_only` is on;
    /// - `replace` with per-source tracking, `allocate` with per-session tracking;
    /// - `heartbeat` with per-session tracking unless `heartbeat_seconds` is 0;
    /// - `observe` unless `observe: false`; `debug` with `debug: true`;
    /// - `consent` when consent is read from Google Consent Mode or IAB TCF.
    public var features: Set<Feature> {
        var features: Set<Feature> = [.always]
        let perSource = onLoad.perSource
        let perSession = onLoad.perSession
        let filters = (perSource?.filters ?? []) + (perSource?.defaults ?? [])
            + (perSession?.filters ?? []) + (perSession?.defaults ?? [])
        if filters.contains(where: { $0.value.isDetected }) || !referrers.isEmpty || paidOnly == true {
            features.insert(.detect)
        }
        if perSource != nil { features.insert(.replace) }
        if perSession != nil {
            features.insert(.allocate)
            if (heartbeatSeconds ?? 60) > 0 { features.insert(.heartbeat) }
        }
        if observe { features.insert(.observe) }
        if debug { features.insert(.debug) }
        if consent == .googleConsentMode || consent == .tcf { features.insert(.consent) }
        return features
    }
}
