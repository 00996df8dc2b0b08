// interp_options.h — the interpreter's options for a run (sim/run internal).
#pragma once

#include "sim/program/interpreter.h"
#include "sim/runtime/config.h"

namespace gsl::run {

// interpreterOptions: seed, cost table from cfg's machine profile, heap
// budget. Every entry point that builds an Interpreter for a scenario
// (runScenario, probeScenario) uses them, so their runs replay alike.
program::InterpOptions interpreterOptions(const runtime::RunConfig &cfg);

} // namespace gsl::run
