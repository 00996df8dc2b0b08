// trace FILE.go -o out.json|out.dot — one run as Chrome Trace Event JSON
// (Perfetto, chrome://tracing) or its happens-before graph as Graphviz DOT,
// chosen by the output's extension (cli.md).
#include "commands.h"
#include "common.h"
#include "output.h"

#include "sim/analysis/hbgraph.h"
#include "sim/analysis/race.h"
#include "sim/export/chrome_trace.h"
#include "sim/export/report_gather.h"
#include "sim/trace/trace.h"

#include <cctype>
#include <iostream>

namespace gsl::cli {

namespace {

bool endsWith(const std::string &s, const std::string &suffix)
{
    if (s.size() < suffix.size()) return false;
    for (size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
    return true;
}

} // namespace

int cmdTrace(const Args &a)
{
    std::string bad = checkFlags(a, {"o", "race", "no-memory"});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    const std::string out = a.value("o");
    if (out.empty()) {
        std::cerr << "goschedlab-cli trace: -o out.json (Chrome trace) or -o out.dot (happens-before graph) is required\n";
        return kExitUsage;
    }
    const bool dot = endsWith(out, ".dot") || endsWith(out, ".gv");
    if (!dot && !endsWith(out, ".json")) {
        std::cerr << "goschedlab-cli trace: -o must end in .json (Chrome trace) or .dot (happens-before graph), got \"" << out
                  << "\"\n";
        return kExitUsage;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    if (ld.spec.expand().size() > 1 && a.has("gomaxprocs")) {
        std::cerr << "goschedlab-cli: trace takes one configuration; give one --gomaxprocs value\n";
        return kExitUsage;
    }
    if (int rc = checkOutputPath(out, std::cerr)) return rc;
    runtime::RunConfig cfg = ld.spec.expand().front();
    cfg.race = a.has("race");
    runtime::RunResult r = run::runScenario(ld.scenario, cfg);

    analysis::RaceOptions opt = raceOptionsFor(ld.scenario, r.trace);
    std::string bytes;
    if (dot) {
        analysis::HbGraph::Options go;
        go.memory = !a.has("no-memory");
        analysis::HbGraph g = analysis::HbGraph::build(r.trace.events(), go);
        // The transitive reduction is what a reader wants, but it is
        // quadratic: large graphs are written as they are.
        if (g.nodes().size() <= 4000) g = g.reduced();
        bytes = g.toDot([&r](uint32_t i) { return std::string(r.trace.str(i)); });
    } else {
        exports::ExportContext ctx;
        ctx.title = ld.scenario.compiled.metadata.title;
        ctx.scenarioPath = ld.scenario.path;
        ctx.replayCommand = exports::replayCommandFor(ld.scenario.path, cfg);
        ctx.engineVersion = GSL_VERSION;
        ctx.races = exports::raceMarks(analysis::detectRaces(r.trace, opt));
        bytes = exports::toChromeTraceJson(r.trace, ctx);
    }
    if (int rc = writeOutput(out, bytes, std::cerr)) return rc;
    if (r.budgetHit) std::cerr << "goschedlab-cli: note: " << r.budgetMessage << " (the trace ends there)\n";
    return 0;
}

} // namespace gsl::cli
