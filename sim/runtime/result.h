// result.h — what one simulated run produced: the process's observable
// output, the record, and the counters front ends show.
#pragma once

#include "sim/engine/simtime.h"
#include "sim/runtime/forced.h"
#include "sim/trace/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gsl::runtime {

struct RunResult {
    int exitStatus = 0;            // 0 normal exit, 2 panic/fatal, os.Exit(n); -1 = a budget stopped the run
    std::string stdoutText;
    std::string stderrText;
    trace::Trace trace;
    uint64_t fingerprint = 0;      // == trace.fingerprint()
    bool budgetHit = false;
    std::string budgetMessage;     // "budget: 10000000000 steps reached (raise it with --max-steps)"
    bool hung = false;             // no event left and no exit (race build deadlock, golang/go#20588)
    int gomaxprocsInitial = 0;
    int gomaxprocsFinal = 0;
    SimTime endTime = 0;
    // CFS cpu.stat counters
    int64_t nrPeriods = 0;
    int64_t nrThrottled = 0;
    SimDur throttledTime = 0;
    // counts
    uint64_t goroutinesCreated = 0;
    uint64_t steps = 0;
    uint64_t events = 0;           // trace events recorded
    uint64_t schedEvents = 0;      // discrete events processed by the engine
    uint64_t jointPeriods = 0;     // periods of two interleaved loops run ahead at once (joint_ahead.h)
    // Forced schedules (forced.h). `schedule` is the text of the choices that
    // applied, so run --schedule replays this run exactly ("" for a free run).
    std::string schedule;
    uint64_t schedPoints = 0;      // scheduling points counted in the run
    std::string divergence;        // first choice that could not apply ("" = none); the run continued free
    // With RunConfig::recordPoints: the step-boundary points where the running
    // G was about to perform a shared access or a synchronisation (where a
    // preemption can change what other goroutines observe), increasing.
    std::vector<uint64_t> preemptPoints;
    // With RunConfig::recordPoints, one record per preemptPoints entry (same
    // order): who steps there, what the step touches, who else was runnable.
    std::vector<StepRecord> stepRecords;
    std::vector<int32_t> runnable;  // the records' runnable goroutines, concatenated
};

} // namespace gsl::runtime
