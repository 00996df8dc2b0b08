#include "sim/run/run.h"
#include "sim/run/interp_options.h"

#include "sim/engine/machine_profile.h"
#include "sim/program/interpreter.h"
#include "sim/runtime/simulation.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace gsl::run {

bool Scenario::ok() const
{
    return compiled.program != nullptr;
}

Scenario compileScenario(const std::string &path, std::string source, GoVersion go)
{
    Scenario sc;
    sc.path = path;
    sc.source = std::move(source);
    sc.compiled = lang::compile(path, sc.source, go);
    return sc;
}

Scenario loadScenario(const std::string &path, GoVersion go)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Scenario sc;
        sc.path = path;
        lang::Diagnostic d;
        d.file = path;
        d.kind = lang::Diagnostic::Io;
        d.message = std::strerror(errno);
        sc.compiled.diagnostics.push_back(d);
        return sc;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return compileScenario(path, ss.str(), go);
}

program::InterpOptions interpreterOptions(const runtime::RunConfig &cfg)
{
    program::InterpOptions opts;
    // Map iteration order is the only randomness inside the interpreter; it
    // follows the run's seed so a run replays exactly.
    opts.seed = cfg.seed;
    // One cost table for the interpreter's local work and the runtime's operations.
    opts.costs = program::InterpCosts::fromProfile(cfg.machine ? *cfg.machine : defaultProfile());
    opts.heapBudget = cfg.budgets.maxHeapBytes;
    return opts;
}

runtime::RunResult runScenario(const Scenario &sc, const runtime::RunConfig &cfg)
{
    if (!sc.ok()) throw std::logic_error("runScenario: scenario did not compile");
    program::Interpreter interp(sc.compiled.program, interpreterOptions(cfg));
    runtime::Simulation sim(interp, cfg);
    return sim.run();
}

std::string functionAt(const Scenario &sc, int32_t line)
{
    if (!sc.ok()) return "main.main";
    // The innermost function with code on that line: closures are separate
    // functions declared later (on a higher line) than their enclosing one.
    // A function literal that starts on the line itself (`go func() {`) has
    // its prologue there, but the line belongs to the enclosing function.
    const program::Function *best = nullptr;
    auto rank = [line](const program::Function &fn) { return fn.line < line ? fn.line : -1; };
    for (const auto &fn : sc.compiled.program->functions) {
        if (fn.line > line) continue;
        bool has = false;
        for (int32_t l : fn.lines)
            if (l == line) { has = true; break; }
        if (has && (!best || rank(fn) > rank(*best))) best = &fn;
    }
    return best ? best->name : "main.main";
}

} // namespace gsl::run
