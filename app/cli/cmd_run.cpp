// run FILE.go — one simulated run (cli.md). The program's stdout to stdout,
// its panics and fatal errors to stderr, its exit status as Go's.
#include "commands.h"
#include "common.h"

#include "sim/analysis/race.h"
#include "sim/trace/trace_text.h"

#include <iostream>

namespace gsl::cli {

int cmdRun(const Args &a)
{
    std::string bad = checkFlags(a, {"race", "schedtrace", "scheddetail", "trace-text", "invariants", "schedule"});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    if (a.has("gomaxprocs") && ld.spec.expand().size() > 1) {
        std::cerr << "goschedlab-cli: run takes one configuration; use explore to compare --gomaxprocs "
                  << a.value("gomaxprocs") << "\n";
        return kExitUsage;
    }
    // A scenario's Config may list several values; `run` uses the first of each.
    runtime::RunConfig cfg = ld.spec.expand().front();
    cfg.race = a.has("race");
    cfg.checkInvariants = a.has("invariants");
    if (a.has("schedtrace")) {
        const std::string v = a.value("schedtrace");
        char *end = nullptr;
        long ms = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end || ms <= 0 || ms > 3'600'000) {
            std::cerr << "goschedlab-cli: --schedtrace: expected a period in milliseconds like 1, got \"" << v << "\"\n";
            return kExitUsage;
        }
        cfg.schedtraceMs = ms;
        cfg.scheddetail = a.has("scheddetail");
    } else if (a.has("scheddetail")) {
        std::cerr << "goschedlab-cli: --scheddetail needs --schedtrace MS (as GODEBUG=scheddetail=1 needs schedtrace)\n";
        return kExitUsage;
    }
    if (a.has("schedule")) {
        std::string err;
        auto s = runtime::parseSchedule(a.value("schedule"), &err);
        if (!s) {
            std::cerr << "goschedlab-cli: --" << err << " (expected e.g. \"12p,40g5\": <point>p preempts, <point>g<goid> picks)\n";
            return kExitUsage;
        }
        cfg.schedule = std::move(*s);
    }

    runtime::RunResult r = run::runScenario(ld.scenario, cfg);

    std::cout << r.stdoutText << std::flush;
    // SCHED lines are in stderrText already: sysmon prints them at their
    // simulated instants, interleaved with the program's own stderr, as Go does.
    std::cerr << r.stderrText;
    if (a.has("trace-text")) std::cerr << trace::traceText(r.trace);
    // cli.md: a schedule that cannot apply is a warning; the run went on free.
    if (!r.divergence.empty())
        std::cerr << "goschedlab-cli: warning: " << r.divergence << " (applied: \"" << r.schedule << "\")\n";

    int status = r.exitStatus;
    if (cfg.race) {
        analysis::RaceOptions opt = raceOptionsFor(ld.scenario, r.trace);
        analysis::RaceResult races = analysis::detectRaces(r.trace, opt);
        for (const auto &rep : races.reports) std::cerr << analysis::formatRaceReport(rep, opt);
        std::cerr << analysis::formatRaceSummary(races.reports.size());
        if (!r.budgetHit) status = analysis::raceExitStatus(status, races.reports.size());
    }
    if (r.budgetHit || r.hung) {
        std::cerr << "goschedlab-cli: " << r.budgetMessage << "\n";
        return kExitBudget;
    }
    return status;
}

} // namespace gsl::cli
