// probe_run.h — the run facade's probe (runtime/probe.h): run a scenario with
// a forced schedule until its next scheduling point with a choice. The GUI's
// "you are the scheduler" game calls this on a worker thread.
#pragma once

#include "sim/run/run.h"
#include "sim/runtime/probe.h"

#include <optional>

namespace gsl::run {

struct ProbeRun {
    // The point reached (nullopt: no choice was left and the run ended).
    std::optional<runtime::PointProbe> point;
    // The run: partial when stopped at `point`, else complete (its outcome,
    // the schedule that applied and any divergence).
    runtime::RunResult result;
};

// probeScenario runs sc with cfg (cfg.schedule: the choices made so far)
// and stops at the first point at or after opts.from that offers a choice.
ProbeRun probeScenario(const Scenario &sc, const runtime::RunConfig &cfg, const runtime::ProbeOptions &opts);

} // namespace gsl::run
