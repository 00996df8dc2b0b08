// check FILE.go — parse and type-check only; the same diagnostics as a run.
#include "commands.h"
#include "common.h"

#include <iostream>

namespace gsl::cli {

int cmdCheck(const Args &a)
{
    std::string bad = checkFlags(a, {});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    // Every configuration the flags or the Config line name must compile
    // (the Go version decides loop-variable semantics and range-over-int).
    for (const auto &cfg : ld.spec.expand()) {
        if (cfg.go == ld.spec.base.go) continue;
        run::Scenario other = run::loadScenario(ld.scenario.path, cfg.go);
        if (!other.ok()) {
            printDiagnostics(other, std::cerr);
            return kExitData;
        }
    }
    return 0;
}

} // namespace gsl::cli
