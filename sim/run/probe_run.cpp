#include "sim/run/probe_run.h"
#include "sim/run/interp_options.h"

#include "sim/engine/machine_profile.h"
#include "sim/program/interpreter.h"
#include "sim/runtime/simulation.h"

#include <stdexcept>

namespace gsl::run {

// probeScenario: runScenario (run.cpp) with the probe set; the interpreter
// options are the same, so the run up to the point is the one
// `run --schedule` replays.
ProbeRun probeScenario(const Scenario &sc, const runtime::RunConfig &cfg, const runtime::ProbeOptions &opts)
{
    if (!sc.ok()) throw std::logic_error("probeScenario: scenario did not compile");
    program::Interpreter interp(sc.compiled.program, interpreterOptions(cfg));
    runtime::Simulation sim(interp, cfg);
    sim.setProbe(opts);
    ProbeRun out;
    out.result = sim.run();
    out.point = sim.probe();
    return out;
}

} // namespace gsl::run
