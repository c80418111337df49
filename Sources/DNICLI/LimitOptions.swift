import ArgumentParser
import Engine

/// `--cpu-limit` and `--memory-limit`: how much a scenario or visit may use before it is stopped and failed.
struct LimitOptions: ParsableArguments {
    @Option(help: "CPU seconds a scenario (or a `dni run` visit) may use before it is stopped and failed.")
    var cpuLimit: Double = ExecutionBudget.Limits().cpuSeconds

    @Option(help: "MB the process's resident memory may grow by while a scenario runs before it is stopped and failed.")
    var memoryLimit: Int = ExecutionBudget.Limits().memoryBytes >> 20

    func validate() throws {
        guard cpuLimit > 0, cpuLimit.isFinite else {
            throw UserError("--cpu-limit \(cpuLimit) is not a positive number of seconds", fix: "give seconds above 0, like 20",
                            exitCode: UserError.usage).validation
        }
        guard memoryLimit >= 64 else {
            throw UserError("--memory-limit \(memoryLimit) is below 64 (MB)", fix: "give 64 or more, like 2048",
                            exitCode: UserError.usage).validation
        }
    }

    var limits: ExecutionBudget.Limits { .init(cpuSeconds: cpuLimit, memoryBytes: memoryLimit << 20) }
}
