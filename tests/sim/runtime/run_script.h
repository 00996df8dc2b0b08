// run_script.h — test helper: run a ScriptProgram on the runtime model.
#pragma once

#include "sim/runtime/script_executor.h"
#include "sim/runtime/simulation.h"

namespace gsl::runtime::test {

inline RunConfig config(int gomaxprocs, uint64_t seed = 1, int cpus = 2)
{
    RunConfig cfg;
    cfg.gomaxprocs = gomaxprocs;
    cfg.cpus = cpus;
    cfg.seed = seed;
    cfg.checkInvariants = true;
    return cfg;
}

inline RunResult runScript(ScriptProgram &prog, const RunConfig &cfg)
{
    ScriptExecutor ex(prog);
    Simulation sim(ex, cfg);
    return sim.run();
}

} // namespace gsl::runtime::test
