// run.h — the one entry point front ends use to load and run a scenario:
// source text -> lang (parse, check, compile) -> program::Interpreter ->
// runtime::Simulation -> RunResult. CLI, GUI, explore and exports call this;
// none of them touches the layers below directly.
#pragma once

#include "sim/lang/compile.h"      // lang::CompileResult, Diagnostic, Metadata
#include "sim/runtime/config.h"
#include "sim/runtime/result.h"    // runtime::RunResult

#include <memory>
#include <string>

namespace gsl::run {

// A parsed, checked and compiled scenario file. Compilation depends on the Go
// version (loop-variable semantics), so a Scenario is compiled for one version.
struct Scenario {
    std::string path;
    std::string source;
    lang::CompileResult compiled;   // diagnostics, metadata, program (null on error)
    bool ok() const;
};

// loadScenario reads and compiles a file. An unreadable file yields a
// diagnostic "<path>: <strerror>" with ioError set.
Scenario loadScenario(const std::string &path, GoVersion go);
Scenario compileScenario(const std::string &path, std::string source, GoVersion go);

// runScenario runs one simulation. Thread-safe: a Scenario can be run from
// many threads at once (explore), each run owning its own state.
runtime::RunResult runScenario(const Scenario &sc, const runtime::RunConfig &cfg);

// functionAt names the Go function enclosing a source line as Go's tracebacks
// do ("main.main", "main.main.func1", "main.(*T).m"); "main.main" if unknown.
std::string functionAt(const Scenario &sc, int32_t line);

} // namespace gsl::run
