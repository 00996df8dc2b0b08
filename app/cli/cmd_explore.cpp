// explore FILE.go — many runs per configuration (cli.md). Runs in parallel on
// all cores; output identical with any thread count (merged by run index).
#include "commands.h"
#include "common.h"

#include "sim/explore/explorer.h"
#include "sim/explore/format.h"
#include "sim/explore/scenario_runner.h"
#include "sim/export/explore_csv.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <iostream>
#include <mutex>
#include <unistd.h>

namespace gsl::cli {
namespace {

std::atomic<bool> g_cancel{false};
extern "C" void onSigint(int) { g_cancel.store(true); }

bool parseCount(const std::string &s, long lo, long hi, long &out)
{
    char *end = nullptr;
    out = std::strtol(s.c_str(), &end, 10);
    return !s.empty() && !*end && out >= lo && out <= hi;
}

} // namespace

int cmdExplore(const Args &a)
{
    std::string bad =
        checkFlags(a, {"runs", "format", "threads", "race", "pct", "exhaustive", "preemption-bound", "max-schedules",
                       "all-outcomes"});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    long runs = 100, threads = 0;
    if (a.has("runs") && !parseCount(a.value("runs"), 1, 100'000'000, runs)) {
        std::cerr << "goschedlab-cli: --runs: expected a positive number of runs, got \"" << a.value("runs") << "\"\n";
        return kExitUsage;
    }
    if (a.has("threads") && !parseCount(a.value("threads"), 1, 1024, threads)) {
        std::cerr << "goschedlab-cli: --threads: expected 1..1024, got \"" << a.value("threads") << "\"\n";
        return kExitUsage;
    }
    const std::string format = a.value("format", "table");
    if (format != "table" && format != "tsv" && format != "json" && format != "csv") {
        std::cerr << "goschedlab-cli: --format: expected table, tsv, csv or json, got \"" << format << "\"\n";
        return kExitUsage;
    }
    explore::Mode mode = explore::Mode::Seeds;
    long depth = 3, bound = 2, maxSchedules = 100'000;
    if (a.has("pct") && a.has("exhaustive")) {
        std::cerr << "goschedlab-cli: --pct and --exhaustive are two different explorations; choose one\n";
        return kExitUsage;
    }
    if (a.has("pct")) {
        mode = explore::Mode::Pct;
        if (!parseCount(a.value("pct"), 1, 64, depth)) {
            std::cerr << "goschedlab-cli: --pct: expected a bug depth 1..64, got \"" << a.value("pct") << "\"\n";
            return kExitUsage;
        }
    }
    if (a.has("exhaustive")) {
        mode = explore::Mode::Exhaustive;
        if (a.has("runs")) {
            std::cerr << "goschedlab-cli: --runs does not apply to --exhaustive (one seed, every schedule up to "
                         "--preemption-bound K)\n";
            return kExitUsage;
        }
    }
    if ((a.has("preemption-bound") || a.has("max-schedules")) && mode != explore::Mode::Exhaustive) {
        std::cerr << "goschedlab-cli: --" << (a.has("preemption-bound") ? "preemption-bound" : "max-schedules")
                  << " needs --exhaustive\n";
        return kExitUsage;
    }
    if (a.has("preemption-bound") && !parseCount(a.value("preemption-bound"), 0, 16, bound)) {
        std::cerr << "goschedlab-cli: --preemption-bound: expected 0..16, got \"" << a.value("preemption-bound") << "\"\n";
        return kExitUsage;
    }
    if (a.has("max-schedules") && !parseCount(a.value("max-schedules"), 1, 100'000'000, maxSchedules)) {
        std::cerr << "goschedlab-cli: --max-schedules: expected a positive number, got \"" << a.value("max-schedules")
                  << "\"\n";
        return kExitUsage;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;

    const std::vector<runtime::RunConfig> all = ld.spec.expand();
    const bool tty = ::isatty(2);
    std::signal(SIGINT, onSigint);
    std::mutex progressMu;

    // Loop-variable semantics depend on the Go version, so each version gets
    // its own compile; configurations keep the order of the expansion.
    explore::ExploreResult merged;
    std::vector<GoVersion> versions;
    for (const auto &c : all)
        if (std::find(versions.begin(), versions.end(), c.go) == versions.end()) versions.push_back(c.go);
    for (GoVersion v : versions) {
        run::Scenario sc = ld.scenario;
        if (!(v == ld.spec.base.go)) {
            sc = run::loadScenario(ld.scenario.path, v);
            if (!sc.ok()) {
                printDiagnostics(sc, std::cerr);
                return kExitData;
            }
        }
        explore::ExploreOptions opt;
        opt.base = ld.spec.base;
        opt.base.race = a.has("race");
        opt.runs = size_t(runs);
        opt.firstSeed = ld.spec.base.seed;
        opt.threads = int(threads);
        opt.correct = explore::correctOf(sc);
        opt.cancel = &g_cancel;
        opt.mode = mode;
        opt.pctDepth = int(depth);
        opt.preemptionBound = int(bound);
        opt.maxSchedules = size_t(maxSchedules);
        for (const auto &c : all) {
            if (!(c.go == v)) continue;
            explore::Configuration cf;
            cf.gomaxprocs = c.gomaxprocs;
            cf.cpus = c.cpus;
            cf.quotaUs = c.quotaUs;
            cf.periodUs = c.periodUs;
            cf.go = c.go;
            cf.policy = c.policy;
            opt.configs.push_back(cf);
        }
        if (tty) {
            opt.progress = [&](size_t done, size_t total) {
                std::lock_guard lk(progressMu);
                std::cerr << "\r" << done << "/" << total << " runs" << (done == total && mode != explore::Mode::Exhaustive ? "\n" : "")
                          << std::flush;
            };
        }
        // The forced-schedule modes always measure coverage (their HB classes prune).
        explore::ExploreResult r = explore::Explorer(opt).run(explore::scenarioRunner(sc, mode != explore::Mode::Seeds));
        merged.hasCorrect = r.hasCorrect;
        merged.mode = r.mode;
        merged.depth = r.depth;
        merged.cancelled |= r.cancelled;
        for (auto &c : r.configs) merged.configs.push_back(std::move(c));
        if (merged.cancelled) break;
    }
    if (tty && mode == explore::Mode::Exhaustive) std::cerr << "\n";
    // The table is for people: past kTableRows outcomes a configuration's
    // rarest are summed in one line (tsv, csv and json list every one).
    constexpr size_t kTableRows = 20;
    if (format == "tsv") std::cout << explore::formatTsv(merged);
    else if (format == "json") std::cout << explore::formatJson(merged);
    else if (format == "csv") std::cout << exports::formatExploreCsv(merged);
    else std::cout << explore::formatTable(merged, a.has("race"), a.has("all-outcomes") ? 0 : kTableRows);
    if (merged.cancelled) {
        std::cerr << "goschedlab-cli: interrupted; the figures above cover the runs that finished\n";
        return 130;
    }
    return 0;
}

} // namespace gsl::cli
