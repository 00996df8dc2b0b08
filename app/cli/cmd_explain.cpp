// explain FILE.go — for one run (the configuration and --seed given): did the
// bug manifest; if not, the scheduler facts that serialised the conflicting
// accesses, and the smallest perturbation found that exposes it, as a
// replayable command line.
#include "commands.h"
#include "common.h"

#include "sim/analysis/explain.h"
#include "sim/explore/manifest.h"
#include "sim/explore/scenario_runner.h"
#include "sim/run/config_text.h"

#include <iostream>

namespace gsl::cli {
namespace {

std::string replayCommand(const std::string &path, const runtime::RunConfig &c)
{
    std::string s = "goschedlab-cli run " + path;
    if (c.gomaxprocs) s += " --gomaxprocs " + std::to_string(*c.gomaxprocs);
    s += " --cpus " + std::to_string(c.cpus);
    if (c.quotaUs >= 0) s += " --cpu-max \"" + std::to_string(c.quotaUs) + " " + std::to_string(c.periodUs) + "\"";
    s += " --go " + c.go.str() + " --seed " + std::to_string(c.seed);
    if (!c.schedule.empty()) s += " --schedule " + runtime::formatSchedule(c.schedule);
    return s;
}

} // namespace

int cmdExplain(const Args &a)
{
    std::string bad = checkFlags(a, {});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    runtime::RunConfig cfg = ld.spec.expand().front();
    const std::string correct = explore::correctOf(ld.scenario);
    runtime::RunResult r = run::runScenario(ld.scenario, cfg);
    const std::string outcome = explore::toOutcome(r, cfg, explore::raceOptionsFor(ld.scenario)).outcome;

    std::cout << "run: " << replayCommand(ld.scenario.path, cfg) << "\n";
    std::cout << "outcome: " << (outcome.empty() ? "(no output)" : outcome) << " (exit " << r.exitStatus << ")\n";
    if (correct.empty()) {
        std::cout << "the scenario has no Correct: pattern, so there is no bug to explain\n";
        return 0;
    }
    if (!explore::matchesCorrect(correct, outcome)) {
        std::cout << "the bug MANIFESTED in this run (outcome does not match " << correct << ")\n";
        return 0;
    }
    std::cout << "the bug stayed HIDDEN in this run (outcome matches " << correct << ")\n\nwhy:\n";
    analysis::HiddenExplanation why = analysis::explainHidden(r.trace);
    if (why.facts.empty()) std::cout << "  no shared variable was accessed by more than one goroutine\n";
    for (const auto &f : why.facts) std::cout << "  - " << f << "\n";

    auto p = explore::findPerturbation(cfg, correct, explore::scenarioRunner(ld.scenario));
    if (p) {
        std::cout << "\nsmallest change found that exposes it: " << p->description << " -> " << p->outcome << "\n"
                  << "  replay: " << replayCommand(ld.scenario.path, p->config) << "\n";
    } else {
        std::cout << "\nno single forced preemption, nearby seed or extra P exposed it (tried up to 400 preemption points, "
                     "20 seeds and one more P); "
                     "explore with more runs or a larger --gomaxprocs\n";
    }
    return 0;
}

} // namespace gsl::cli
