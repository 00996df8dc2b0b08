// analyzerun.cpp — analyzeRun: the races panel's and run charts' only
// contact with the analysis library. Runs on the analysis worker thread.
#include "ui/races/analysisdata.h"
#include "ui/races/graphviz.h"

#include "sim/analysis/explain.h"
#include "sim/analysis/hbgraph.h"
#include "sim/analysis/waitfor.h"
#include "sim/explore/manifest.h"
#include "sim/explore/scenario_runner.h"
#include "sim/explore/stats.h"
#include "sim/run/run.h"
#include "sim/trace/sched_state.h"

#include <algorithm>
#include <exception>

namespace gsl::ui {

namespace {

constexpr double kMs = 1e6;   // SimTime is ns

void addRaces(RunAnalysis &out, const AnalysisRequest &req, const run::Scenario &sc)
{
    const trace::Trace &t = *req.trace;
    analysis::RaceOptions opt = explore::raceOptionsFor(sc);
    opt.collectConflicts = false;
    if (!sc.ok()) opt.funcName = nullptr;
    opt.str = [&t](uint32_t i) { return std::string(t.str(i)); };
    const analysis::RaceResult rr = analysis::detectRaces(t, opt);
    out.raceSummary = QString::fromStdString(analysis::formatRaceSummary(rr.reports.size())).trimmed();
    const auto str = [&t](uint32_t i) { return std::string(t.str(i)); };
    for (size_t i = 0; i < rr.reports.size(); ++i) {
        const analysis::RaceReport &r = rr.reports[i];
        RaceItem item;
        item.report = r;
        item.text = QString::fromStdString(analysis::formatRaceReport(r, opt));
        if (int(i) < req.maxExcerpts) {
            // The relation needs the history from the start; nodes only up to the
            // later access, which keeps a long run's graph small.
            analysis::HbGraph::Options go;
            go.last = std::max(r.current.eventIndex, r.previous.eventIndex) + 1;
            const analysis::HbGraph g = analysis::HbGraph::build(t.events(), go);
            std::string why;
            const analysis::HbGraph x = g.excerpt(r, 4, &why).reduced();
            item.why = QString::fromStdString(why);
            item.dot = QString::fromStdString(x.toDot(str));
            item.svg = dotToSvg(item.dot.toUtf8(), &item.layoutError);
        }
        out.races.push_back(std::move(item));
    }
}

void addWaitFor(RunAnalysis &out, const trace::Trace &t)
{
    const analysis::WaitForResult wf = analysis::analyzeWaitFor(t);
    out.deadlock = wf.deadlock;
    out.cycles = int(wf.cycles.size());
    out.waitText = QString::fromStdString(wf.text).trimmed();
    for (int32_t g : wf.leaked) out.leaked.push_back(g);
    for (const analysis::BlockedGoroutine &b : wf.blocked) {
        BlockedItem it;
        it.goid = b.goid;
        it.object = b.object ? QStringLiteral("%1#%2").arg(QString::fromLatin1(analysis::objKindName(b.kind))).arg(b.object)
                             : QString::fromLatin1(analysis::objKindName(b.kind));
        it.line = b.line;
        it.forever = b.forever;
        it.explanation = QString::fromStdString(b.explanation);
        out.blocked.push_back(it);
    }
}

// findPerturbation's runner. Its measuring run (RunConfig::recordPoints)
// records a step record and the runnable goroutines at every candidate point
// of the whole run, and reads only the first 400 points (kMaxPoints in
// sim/explore/manifest.cpp). For a 1,000,000-event run that is 600,000 points
// and ~100 MB (8 M runnable entries), on top of the trace the GUI holds. The
// points are a deterministic prefix, so the measuring run here stops at a
// step budget once it has enough of them: 200,000 steps, then 8x more until
// it has kPointsWanted points or ran to its end. The other runs are
// scenarioRunner's (no trace stored).
explore::RunOneFn perturbationRunner(const run::Scenario &sc)
{
    return [&sc, full = explore::scenarioRunner(sc)](const runtime::RunConfig &cfg) {
        if (cfg.race || !cfg.recordPoints) return full(cfg);
        constexpr size_t kPointsWanted = 400;
        runtime::RunConfig lean = cfg;
        lean.recordTrace = false;   // as scenarioRunner does: nothing reads the events
        runtime::RunResult r;
        for (uint64_t steps = 200'000;; steps *= 8) {
            lean.budgets.maxSteps = std::min(steps, cfg.budgets.maxSteps);
            r = run::runScenario(sc, lean);
            if (!r.budgetHit || r.preemptPoints.size() >= kPointsWanted || lean.budgets.maxSteps == cfg.budgets.maxSteps)
                break;
        }
        r.stepRecords = {};   // toOutcome would copy them; nothing reads them
        r.runnable = {};
        return explore::toOutcome(r, cfg, explore::raceOptionsFor(sc));
    };
}

void addManifestation(RunAnalysis &out, const AnalysisRequest &req, const run::Scenario &sc)
{
    const std::string correct = explore::correctOf(sc);
    out.correct = QString::fromStdString(correct);
    out.outcome = QString::fromStdString(explore::normalizeOutcome(req.stdoutText.toStdString()));
    if (correct.empty()) return;
    out.manifested = !explore::matchesCorrect(correct, out.outcome.toStdString());
    if (out.manifested) return;
    const analysis::HiddenExplanation why = analysis::explainHidden(*req.trace);
    for (const std::string &f : why.facts) out.hiddenFacts << QString::fromStdString(f);
    if (!req.searchPerturbation) return;
    out.perturbationSearched = true;
    const auto p = explore::findPerturbation(req.config, correct, perturbationRunner(sc));
    if (!p) return;
    out.perturbationFound = true;
    out.perturbation = QString::fromStdString(p->description);
    out.perturbedOutcome = QString::fromStdString(p->outcome);
    out.perturbedConfig = p->config;
}

void addSeries(RunAnalysis &out, const AnalysisRequest &req)
{
    const trace::Trace &t = *req.trace;
    const auto &ev = t.events();
    trace::SchedState s = t.initialState();
    const SimTime end = ev.empty() ? 0 : ev.back().time;
    const size_t buckets = std::min<size_t>(ev.size(), 800);
    const SimTime step = buckets ? std::max<SimTime>(1, end / SimTime(buckets)) : 1;
    SimTime next = 0;
    auto sample = [&](SimTime at) {
        QueueSample q;
        q.ms = double(at) / kMs;
        const int n = std::max<int>(s.gomaxprocs, int(s.ps.size()));
        out.procs = std::max(out.procs, n);
        for (int p = 0; p < n; ++p) {
            const trace::PState *ps = s.p(p);
            q.local.push_back(ps && ps->status != trace::PStatus::Dead ? int(ps->runq.size()) + (ps->runnext ? 1 : 0) : 0);
        }
        q.global = int(s.globrunq.size());
        q.idlePs = s.npidle;
        out.queues.push_back(std::move(q));
    };
    const bool quota = req.config.quotaUs >= 0;
    out.quotaMs = quota ? double(req.config.quotaUs) / 1000.0 : -1;
    SimDur throttledBefore = 0;
    SimTime periodStart = 0;
    int periodIndex = 0;
    for (const trace::TraceEvent &e : ev) {
        while (e.time >= next && next <= end) {
            sample(next);
            next += step;
        }
        if (quota && e.kind == trace::EvKind::CfsPeriod) {
            // quotaUsed is derived before each event (EVENTS.md): add the stretch up to now.
            const int32_t cpus = s.cpus > 0 ? std::min(s.nmcpu, s.cpus) : s.nmcpu;
            const SimDur used = s.cfs.quotaUsed + (s.cfs.throttled ? 0 : (e.time - s.time) * cpus);
            CfsPeriodStat c;
            c.index = periodIndex++;
            c.startMs = double(periodStart) / kMs;
            c.usedMs = double(used) / kMs;
            c.throttledMs = double(s.cfs.throttledTime - throttledBefore) / kMs;
            out.periods.push_back(c);
            throttledBefore = s.cfs.throttledTime;
            periodStart = e.time;
        }
        trace::apply(s, e, t);
    }
    sample(end);
}

} // namespace

RunAnalysis analyzeRun(const AnalysisRequest &req)
{
    RunAnalysis out;
    if (!req.trace) {
        out.error = QStringLiteral("no trace: the scenario did not run");
        return out;
    }
    try {
        const run::Scenario sc = run::compileScenario(req.path.toStdString(), req.source.toStdString(), req.config.go);
        addRaces(out, req, sc);
        addWaitFor(out, *req.trace);
        if (sc.ok()) addManifestation(out, req, sc);
    } catch (const std::exception &e) {
        out.error = QString::fromUtf8(e.what());
    }
    try {
        addSeries(out, req);
    } catch (const std::exception &e) {
        // apply() rejects an event that contradicts the state: keep the rest.
        if (out.error.isEmpty()) out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace gsl::ui
