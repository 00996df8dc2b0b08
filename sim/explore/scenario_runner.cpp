// scenario_runner.cpp — explore's bridge to run::runScenario.
#include "sim/explore/scenario_runner.h"

#include "sim/explore/hbclass.h"

namespace gsl::explore {

analysis::RaceOptions raceOptionsFor(const run::Scenario &sc)
{
    analysis::RaceOptions o;
    o.file = sc.path;
    o.funcName = [&sc](int32_t line) { return run::functionAt(sc, line); };
    o.collectConflicts = true;
    return o;
}

RunOutcome toOutcome(const runtime::RunResult &r, const runtime::RunConfig &cfg, const analysis::RaceOptions &race,
                     bool coverage)
{
    RunOutcome o;
    o.outcome = normalizeOutcome(r.stdoutText);
    o.exitStatus = r.exitStatus;
    o.gomaxprocs = r.gomaxprocsInitial;
    o.fingerprint = r.fingerprint;
    o.budgetHit = r.budgetHit;
    o.schedule = r.schedule;
    o.divergence = r.divergence;
    o.schedPoints = r.schedPoints;
    o.preemptPoints = r.preemptPoints;
    o.stepRecords = r.stepRecords;
    o.runnable = r.runnable;
    if (cfg.race || coverage) {
        const analysis::RaceResult rr = analysis::detectRaces(r.trace, race);
        if (cfg.race) {
            o.races = rr.reports.size();
            o.exitStatus = analysis::raceExitStatus(r.exitStatus, o.races);
        }
        o.hbClass = hbClassOf(r.trace);
        o.conflicts = rr.conflicts;
    }
    return o;
}

RunOneFn scenarioRunner(const run::Scenario &sc, bool coverage)
{
    return [&sc, coverage](const runtime::RunConfig &cfg) {
        // Options per call: nothing shared between worker threads but `sc` (read-only).
        // Closed-form loops run their memory steps ahead (RunConfig::runAhead),
        // alone and two at once (joint_ahead.h): the same outcome, and the race
        // detector needs only the iterations before and after those skipped.
        runtime::RunConfig lean = cfg;
        lean.runAhead = true;
        if (cfg.race || coverage) return toOutcome(run::runScenario(sc, lean), cfg, raceOptionsFor(sc), coverage);
        // Nothing reads the events: count and fingerprint them only (same run, same fingerprint).
        lean.recordTrace = false;
        return toOutcome(run::runScenario(sc, lean), cfg, raceOptionsFor(sc), coverage);
    };
}

std::string correctOf(const run::Scenario &sc)
{
    return sc.compiled.metadata.correct;
}

} // namespace gsl::explore
