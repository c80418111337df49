extension Scenario {
    /// Every fault the scenario sets: those given at the start, then those its `faults` steps add.
    public var allFaults: [FaultSpec] {
        steps.reduce(faults) { all, step in
            if case .faults(let more) = step { return all + more }
            return all
        }
    }
}
