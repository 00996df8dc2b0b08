// fingerprints — prints one line per (scenario, GOMAXPROCS, seed, mode) with
// the run's trace fingerprint and counters. Used to show that a performance
// change leaves behaviour untouched: run it before and after, diff the output.
//     ./build/bench/fingerprints scenarios/*.go > fp.txt
// Modes: Go 1.22 free run with invariant checks off; Go 1.13 (no async
// preemption); -race; a CFS quota of 50 ms per 100 ms on 2 CPUs; Go 1.22 with
// explore's run-ahead (RunConfig::runAhead: closed-form loops skip their memory
// steps, so fp, ev and kf differ from a stepped run; exit, sev, steps, end, out
// and err do not). Steps are capped at 1 M per run so that CPU-bound scenarios
// stay quick. `--no-joint` first: run-ahead without the joint run-ahead of two
// interleaved loops (sim/runtime/joint_ahead.h), to diff against.
#include "sim/run/run.h"

#include <cstdio>
#include <functional>
#include <string>

using namespace gsl;

int main(int argc, char **argv)
{
    struct Mode {
        const char *name;
        GoVersion go;
        std::function<void(runtime::RunConfig &)> set;
    };
    const Mode modes[] = {
        {"go1.22", GoVersion{1, 22}, [](runtime::RunConfig &) {}},
        {"go1.13", GoVersion{1, 13}, [](runtime::RunConfig &) {}},
        {"race", GoVersion{1, 22}, [](runtime::RunConfig &c) { c.race = true; }},
        {"quota", GoVersion{1, 22}, [](runtime::RunConfig &c) { c.cpus = 2; c.quotaUs = 50'000; }},
        {"ahead", GoVersion{1, 22}, [](runtime::RunConfig &c) { c.runAhead = true; }},
    };
    bool joint = true;
    if (argc > 1 && std::string(argv[1]) == "--no-joint") {
        joint = false;
        --argc;
        ++argv;
    }
    int bad = 0;
    for (int i = 1; i < argc; ++i) {
        for (const Mode &md : modes) {
            run::Scenario sc = run::loadScenario(argv[i], md.go);
            if (!sc.ok()) { std::printf("%s %s: does not compile\n", argv[i], md.name); ++bad; continue; }
            for (int procs : {1, 2, 4})
                for (uint64_t seed = 1; seed <= 3; ++seed) {
                    runtime::RunConfig cfg;
                    cfg.go = md.go;
                    cfg.gomaxprocs = procs;
                    cfg.seed = seed;
                    cfg.budgets.maxSteps = 1'000'000;
                    md.set(cfg);
                    cfg.jointAhead = joint;
                    runtime::RunResult r = run::runScenario(sc, cfg);
                    std::printf("%s %s P%d s%llu fp=%016llx exit=%d ev=%llu sev=%llu steps=%llu end=%lld kf=%zu out=%zu err=%zu\n",
                                argv[i], md.name, procs, (unsigned long long)seed, (unsigned long long)r.fingerprint,
                                r.exitStatus, (unsigned long long)r.events, (unsigned long long)r.schedEvents,
                                (unsigned long long)r.steps, (long long)r.endTime, r.trace.keyframes().size(),
                                std::hash<std::string>{}(r.stdoutText), std::hash<std::string>{}(r.stderrText));
                }
        }
    }
    return bad ? 1 : 0;
}
