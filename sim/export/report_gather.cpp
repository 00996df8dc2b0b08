// report_gather.cpp — the report's runs and analyses (moved from the CLI's
// cmd_report.cpp so the GUI shares it; behaviour unchanged).
#include "sim/export/report_gather.h"

#include "sim/analysis/waitfor.h"
#include "sim/explore/scenario_runner.h"
#include "sim/explore/stats.h"
#include "sim/run/config_text.h"
#include "sim/trace/schedtrace.h"

#include <filesystem>

namespace gsl::exports {

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

std::vector<RaceMark> raceMarks(const analysis::RaceResult &races)
{
    std::vector<RaceMark> out;
    for (const auto &r : races.reports) {
        auto side = [](const analysis::RaceAccess &x) {
            return "G" + std::to_string(x.goid) + " " + (x.atomic ? "atomic " : "") + (x.write ? "write" : "read") +
                   " of " + x.var + " (line " + std::to_string(x.line) + ")";
        };
        out.push_back(RaceMark{r.current.eventIndex, r.previous.eventIndex,
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

bool cancelled(const ReportHooks &h)
{
    return h.cancel && h.cancel->load();
}

} // namespace

std::optional<ReportDocument> gatherReport(const ReportRequest &req, const ReportHooks &hooks)
{
    const run::Scenario &sc = *req.scenario;
    const std::vector<runtime::RunConfig> cfgs = req.configs.empty() ? std::vector<runtime::RunConfig>{req.base} : req.configs;
    explore::ExploreOptions eo;
    for (const auto &c : cfgs) eo.configs.push_back(configurationOf(c));
    eo.base = req.base;
    eo.runs = req.runs;
    eo.firstSeed = req.base.seed;
    eo.correct = explore::correctOf(sc);
    eo.threads = req.threads;
    eo.progress = hooks.progress;
    eo.cancel = hooks.cancel;
    explore::Explorer explorer(eo);
    explore::ExploreResult dist = explorer.run(explore::scenarioRunner(sc));
    if (dist.cancelled || cancelled(hooks)) return std::nullopt;

    ReportInput in;
    const lang::Metadata &md = sc.compiled.metadata;
    in.title = md.title.empty() ? std::filesystem::path(sc.path).filename().string() : md.title;
    in.topic = md.topic;
    in.lesson = md.lesson;
    in.correct = eo.correct;
    in.scenarioPath = sc.path;
    in.source = sc.source;
    in.engineVersion = req.engineVersion;
    in.distribution = &dist;
    in.runsPerConfig = req.runs;
    std::string cfgLine;
    for (size_t i = 0; i < cfgs.size(); ++i) cfgLine += (i ? "; " : "") + configText(cfgs[i]);
    in.configText = cfgLine + "; " + std::to_string(req.runs) + " seeds from " + std::to_string(eo.firstSeed) + " per configuration";

    std::vector<Pick> picks = pickRuns(dist, in.runsNote, req.runs);
    std::vector<runtime::RunResult> results;   // the traces buildReport reads
    results.reserve(picks.size());
    for (const Pick &p : picks) {
        if (cancelled(hooks)) return std::nullopt;
        runtime::RunConfig c = eo.configs[p.config].apply(eo.base);
        c.seed = p.seed;
        results.push_back(run::runScenario(sc, c));
        const runtime::RunResult &r = results.back();
        ReportRun rr;
        rr.label = !dist.hasCorrect ? "Run" : p.manifested ? "Run where the bug manifested" : "Run where the bug stayed hidden";
        rr.configText = configText(c) + " seed=" + std::to_string(c.seed);
        rr.replayCommand = replayCommandFor(sc.path, c);
        rr.outcome = explore::normalizeOutcome(r.stdoutText);
        rr.exitStatus = r.exitStatus;
        rr.manifested = p.manifested;
        rr.trace = &r.trace;
        analysis::RaceOptions ro = explore::raceOptionsFor(sc);
        ro.str = [&t = r.trace](uint32_t i) { return std::string(t.str(i)); };
        analysis::RaceResult races = analysis::detectRaces(r.trace, ro);
        rr.ctx.races = raceMarks(races);
        for (const auto &m : rr.ctx.races) in.findings.push_back({"race", m.text + " — " + rr.label});
        analysis::WaitForResult wf = analysis::analyzeWaitFor(r.trace);
        if (wf.deadlock || !wf.leaked.empty())
            in.findings.push_back({wf.deadlock ? "deadlock" : "leak", wf.text + " — " + rr.label});
        if (req.schedtrace > 0 && in.schedtrace.empty()) in.schedtrace = trace::schedtraceText(r.trace, req.schedtrace, false);
        in.runs.push_back(std::move(rr));
    }
    if (cancelled(hooks)) return std::nullopt;
    return buildReport(in);
}

} // namespace gsl::exports
