// run_with_profile.h — test helper: compile one Go source (a compile error is
// fatal, with its diagnostics) and run it once under a given machine profile:
// go1.19, GOMAXPROCS=1 on `cpus` CPUs, seed 1, no trace recorded.
#pragma once

#include "sim/engine/machine_profile.h"
#include "sim/run/run.h"

#include <QtGlobal>

#include <string>

namespace gsl::testing {

inline runtime::RunResult runWithProfile(const char *path, const std::string &src, const MachineProfile &prof,
                                         int cpus)
{
    const GoVersion go{1, 19};
    run::Scenario sc = run::compileScenario(path, src, go);
    if (!sc.ok()) {
        std::string all;
        for (const auto &d : sc.compiled.diagnostics)
            all += d.format() + "\n";
        qFatal("%s", all.c_str());
    }
    runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = cpus;
    cfg.gomaxprocs = 1;
    cfg.machine = &prof;
    cfg.recordTrace = false;
    return run::runScenario(sc, cfg);
}

} // namespace gsl::testing
