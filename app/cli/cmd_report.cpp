// report FILE.go -o out.html|.pdf|.svg|.png — the exported timeline report
// (cli.md): explore --runs N seeds per configuration, pick a run where the
// bug manifested and one where it stayed hidden, re-run both for their
// traces, analyse them, lay the report out (sim/export) and render it
// (render/). Output is written atomically: nothing, or the whole file.
#include "commands.h"
#include "common.h"

#include "render/report_writer.h"
#include "sim/analysis/race.h"
#include "sim/analysis/waitfor.h"
#include "sim/explore/scenario_runner.h"
#include "sim/explore/stats.h"
#include "sim/export/report.h"
#include "sim/run/config_text.h"
#include "sim/trace/schedtrace.h"

#include <QGuiApplication>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace gsl::cli {

// replayCommandFor: the exact `run` command line that replays cfg (every
// flag that differs from the CLI defaults, and always gomaxprocs/seed).
std::string replayCommandFor(const std::string &path, const runtime::RunConfig &cfg)
{
    auto quoteArg = [](const std::string &s) {
        if (!s.empty() && s.find_first_of(" \t'\"$\\*?;&|<>()") == std::string::npos) return s;
        std::string q = "'";
        for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return q + "'";
    };
    std::string c = "goschedlab-cli run " + quoteArg(path) + " --gomaxprocs " + std::to_string(runtime::initialGomaxprocs(cfg)) +
                    " --cpus " + std::to_string(cfg.cpus);
    if (cfg.quotaUs >= 0 && cfg.periodUs != 100'000)
        c += " --cpu-max " + quoteArg(std::to_string(cfg.quotaUs) + " " + std::to_string(cfg.periodUs));
    else
        c += " --quota " + run::quotaText(cfg.quotaUs, cfg.periodUs);
    c += " --go " + cfg.go.str();
    if (cfg.policy == runtime::MaxProcsPolicy::Automaxprocs) c += " --maxprocs-policy automaxprocs";
    if (cfg.policy == runtime::MaxProcsPolicy::NumCpu) c += " --maxprocs-policy numcpu";
    for (const auto &[k, v] : cfg.env) c += " --env " + quoteArg(k + "=" + v);
    c += " --seed " + std::to_string(cfg.seed);
    if (cfg.race) c += " --race";
    return c;
}

// checkOutputPath fails early (exit 74) when the output's folder cannot
// take a new file, before minutes of runs are spent.
int checkOutputPath(const std::string &path, std::ostream &err)
{
    namespace fs = std::filesystem;
    fs::path p(path);
    std::string dir = p.has_parent_path() ? p.parent_path().string() : std::string(".");
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        err << "goschedlab-cli: cannot write " << path << ": " << std::strerror(errno) << "\n";
        return kExitIo;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        err << "goschedlab-cli: cannot write " << path << ": Is a directory\n";
        return kExitIo;
    }
    return 0;
}

namespace {

// Signal state for writeOutput. A handler, not a thread signal mask, because
// a process-directed SIGINT may be delivered to any thread (TBB workers).
volatile std::sig_atomic_t g_inWrite = 0;
volatile std::sig_atomic_t g_pendingSignal = 0;

extern "C" void deferSignal(int sig)
{
    if (g_inWrite) {
        g_pendingSignal = sig;
        return;
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

// writeOutput writes atomically (temporary file, fsync, rename) and holds
// SIGINT/SIGTERM/SIGHUP back while the temporary file exists, so Ctrl-C can
// never strike between creating it and renaming or removing it: an
// interrupted export leaves the old file or none, and no temporary file.
// Before and after, the signals keep their default effect (end the process;
// nothing was created yet / the file is complete).
int writeOutput(const std::string &path, const std::string &bytes, std::ostream &err)
{
    struct sigaction sa {};
    sa.sa_handler = deferSignal;
    sigemptyset(&sa.sa_mask);
    struct sigaction oldInt {}, oldTerm {}, oldHup {};
    g_inWrite = 1;
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    sigaction(SIGHUP, &sa, &oldHup);
    std::string problem = writeFileAtomically(path, bytes);
    g_inWrite = 0;
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGHUP, &oldHup, nullptr);
    if (g_pendingSignal) std::raise(g_pendingSignal);   // delivered now, after the rename
    if (!problem.empty()) {
        err << "goschedlab-cli: " << problem << "\n";
        return kExitIo;
    }
    return 0;
}

// raceMarks: one mark per race report, at the access that found it.
std::vector<exports::RaceMark> raceMarks(const analysis::RaceResult &races, const analysis::RaceOptions &opt)
{
    (void)opt;
    std::vector<exports::RaceMark> out;
    for (const auto &r : races.reports) {
        auto side = [](const analysis::RaceAccess &x) {
            return "G" + std::to_string(x.goid) + " " + (x.atomic ? "atomic " : "") + (x.write ? "write" : "read") +
                   " of " + x.var + " (line " + std::to_string(x.line) + ")";
        };
        out.push_back(exports::RaceMark{r.current.eventIndex, r.previous.eventIndex,
                                        "data race: " + side(r.current) + " vs earlier " + side(r.previous)});
    }
    return out;
}

namespace {

explore::Configuration configurationOf(const runtime::RunConfig &c)
{
    explore::Configuration x;
    x.gomaxprocs = c.gomaxprocs;
    x.cpus = c.cpus;
    x.quotaUs = c.quotaUs;
    x.periodUs = c.periodUs;
    x.go = c.go;
    x.policy = c.policy;
    return x;
}

std::string configText(const runtime::RunConfig &c)
{
    std::string s = "GOMAXPROCS=" + std::to_string(runtime::initialGomaxprocs(c)) + " cpus=" + std::to_string(c.cpus) +
                    " quota=" + run::quotaText(c.quotaUs, c.periodUs) + " go=" + c.go.str();
    if (c.race) s += " race";
    return s;
}

// A run chosen for the report: the configuration and seed to re-run.
struct Pick {
    size_t config = 0;
    uint64_t seed = 0;
    bool manifested = false;
};

// pickRuns: prefer one configuration that shows both a manifested and a
// hidden run (the contrast is the lesson); otherwise take each from the
// first configuration that has it.
std::vector<Pick> pickRuns(const explore::ExploreResult &r, std::string &note, size_t runs)
{
    std::vector<Pick> out;
    auto find = [&](size_t ci, explore::Verdict v) -> std::optional<uint64_t> {
        std::optional<uint64_t> best;
        for (const auto &row : r.configs[ci].rows)
            if (row.correct == v && (!best || row.seed < *best)) best = row.seed;
        return best;
    };
    if (!r.hasCorrect) {
        if (!r.configs.empty() && !r.configs[0].rows.empty()) out.push_back({0, r.configs[0].rows[0].seed, false});
        note = "The scenario has no Correct pattern, so no run is judged manifested or hidden; the most frequent "
               "outcome of the first configuration is shown.";
        return out;
    }
    for (size_t ci = 0; ci < r.configs.size(); ++ci) {
        auto bad = find(ci, explore::Verdict::No), good = find(ci, explore::Verdict::Yes);
        if (bad && good) return {{ci, *bad, true}, {ci, *good, false}};
    }
    std::optional<Pick> bad, good;
    for (size_t ci = 0; ci < r.configs.size(); ++ci) {
        if (!bad)
            if (auto s = find(ci, explore::Verdict::No)) bad = Pick{ci, *s, true};
        if (!good)
            if (auto s = find(ci, explore::Verdict::Yes)) good = Pick{ci, *s, false};
    }
    if (bad) out.push_back(*bad);
    if (good) out.push_back(*good);
    if (!bad) note = "The bug did not manifest in any of the " + std::to_string(runs) + " runs of any configuration: only a run where it stayed hidden is shown. That is not proof of correctness (see the intervals below).";
    if (!good) note = "Every one of the " + std::to_string(runs) + " runs of every configuration showed the bug: there is no run where it stayed hidden.";
    return out;
}

std::string oneLineOutcome(const std::string &s)
{
    return explore::normalizeOutcome(s);
}

} // namespace

int cmdReport(const Args &a)
{
    std::string bad = checkFlags(a, {"o", "runs", "page", "race", "threads", "schedtrace"});
    if (!bad.empty()) {
        std::cerr << "goschedlab-cli: " << bad << "\n";
        return kExitUsage;
    }
    const std::string out = a.value("o");
    auto format = render::formatForPath(out);
    if (out.empty() || !format) {
        std::cerr << "goschedlab-cli report: -o must name a .html, .pdf, .svg or .png file"
                  << (out.empty() ? std::string() : ", got \"" + out + "\"") << "\n";
        return kExitUsage;
    }
    render::RenderOptions ropt;
    const std::string page = a.value("page", "a4");
    if (page == "letter") ropt.page = exports::PageSize::letter();
    else if (page != "a4") {
        std::cerr << "goschedlab-cli: --page: expected a4 or letter, got \"" << page << "\"\n";
        return kExitUsage;
    }
    size_t runs = 200;
    if (a.has("runs")) {
        const std::string v = a.value("runs");
        char *end = nullptr;
        unsigned long long n = std::strtoull(v.c_str(), &end, 10);
        if (v.empty() || *end || n == 0 || n > 10'000'000) {
            std::cerr << "goschedlab-cli: --runs: expected a positive number of runs like 200, got \"" << v << "\"\n";
            return kExitUsage;
        }
        runs = size_t(n);
    }
    SimDur schedtrace = 0;
    if (a.has("schedtrace")) {
        const std::string v = a.value("schedtrace");
        char *end = nullptr;
        long ms = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end || ms <= 0) {
            std::cerr << "goschedlab-cli: --schedtrace: expected a period in milliseconds like 1, got \"" << v << "\"\n";
            return kExitUsage;
        }
        schedtrace = ms * kMillisecond;
    }
    Loaded ld;
    if (int rc = loadScenarioWithConfig(a, ld, std::cerr)) return rc;
    if (int rc = checkOutputPath(out, std::cerr)) return rc;

    // PDF and PNG go through Qt Gui; the CLI has no display.
    std::unique_ptr<QGuiApplication> app;
    if (*format == render::ReportFormat::Pdf || *format == render::ReportFormat::Png) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char arg0[] = "goschedlab-cli";
        static char *argv[] = {arg0, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }

    const std::vector<runtime::RunConfig> cfgs = ld.spec.expand();
    explore::ExploreOptions eo;
    for (auto c : cfgs) eo.configs.push_back(configurationOf(c));
    eo.base = ld.spec.base;
    eo.base.race = a.has("race");
    eo.runs = runs;
    eo.firstSeed = ld.spec.base.seed;
    eo.correct = explore::correctOf(ld.scenario);
    if (a.has("threads")) eo.threads = std::atoi(a.value("threads").c_str());
    const bool tty = ::isatty(2);
    std::mutex progressMutex;
    if (tty)
        eo.progress = [&](size_t done, size_t total) {
            std::lock_guard<std::mutex> lock(progressMutex);
            std::cerr << "\rreport: " << done << "/" << total << " runs" << std::flush;
        };
    explore::Explorer explorer(eo);
    explore::ExploreResult dist = explorer.run(explore::scenarioRunner(ld.scenario));
    if (tty) std::cerr << "\r\033[K";

    exports::ReportInput in;
    const lang::Metadata &md = ld.scenario.compiled.metadata;
    in.title = md.title.empty() ? std::filesystem::path(ld.scenario.path).filename().string() : md.title;
    in.topic = md.topic;
    in.lesson = md.lesson;
    in.correct = eo.correct;
    in.scenarioPath = ld.scenario.path;
    in.source = ld.scenario.source;
    in.engineVersion = GSL_VERSION;
    in.distribution = &dist;
    in.runsPerConfig = runs;
    std::string cfgLine;
    for (size_t i = 0; i < cfgs.size(); ++i) cfgLine += (i ? "; " : "") + configText(cfgs[i]);
    in.configText = cfgLine + "; " + std::to_string(runs) + " seeds from " + std::to_string(eo.firstSeed) + " per configuration";

    std::vector<Pick> picks = pickRuns(dist, in.runsNote, runs);
    std::vector<runtime::RunResult> results;
    results.reserve(picks.size());
    for (const Pick &p : picks) {
        runtime::RunConfig c = eo.configs[p.config].apply(eo.base);
        c.seed = p.seed;
        results.push_back(run::runScenario(ld.scenario, c));
        const runtime::RunResult &r = results.back();
        exports::ReportRun rr;
        rr.label = !dist.hasCorrect ? "Run" : p.manifested ? "Run where the bug manifested" : "Run where the bug stayed hidden";
        rr.configText = configText(c) + " seed=" + std::to_string(c.seed);
        rr.replayCommand = replayCommandFor(ld.scenario.path, c);
        rr.outcome = oneLineOutcome(r.stdoutText);
        rr.exitStatus = r.exitStatus;
        rr.manifested = p.manifested;
        rr.trace = &r.trace;
        analysis::RaceOptions ro = raceOptionsFor(ld.scenario, r.trace);
        analysis::RaceResult races = analysis::detectRaces(r.trace, ro);
        rr.ctx.races = raceMarks(races, ro);
        for (const auto &m : rr.ctx.races) in.findings.push_back({"race", m.text + " — " + rr.label});
        analysis::WaitForResult wf = analysis::analyzeWaitFor(r.trace);
        if (wf.deadlock || !wf.leaked.empty())
            in.findings.push_back({wf.deadlock ? "deadlock" : "leak", wf.text + " — " + rr.label});
        if (schedtrace > 0 && in.schedtrace.empty()) in.schedtrace = trace::schedtraceText(r.trace, schedtrace, false);
        in.runs.push_back(std::move(rr));
    }

    exports::ReportDocument doc = exports::buildReport(in);
    QByteArray bytes;
    std::string problem = render::renderReport(doc, *format, ropt, bytes);
    if (!problem.empty()) {
        std::cerr << "goschedlab-cli: cannot write " << out << ": " << problem << "\n";
        return kExitIo;
    }
    return writeOutput(out, std::string(bytes.constData(), size_t(bytes.size())), std::cerr);
}

} // namespace gsl::cli
