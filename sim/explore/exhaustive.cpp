// exhaustive.cpp — explore's forced-schedule modes: PCT (--pct D) and
// preemption-bounded exhaustive exploration (--exhaustive
// --preemption-bound K). Both run in parallel (TBB) and merge by index, so
// the result does not depend on the number of worker threads.
//
// Exhaustive (CHESS-style preemption bounding, Musuvathi & Qadeer 2007):
// level k holds the schedules of k forced decisions. At GOMAXPROCS=1 the
// decisions are Picks pruned with sleep sets (por.h, por.cpp); with more Ps
// they are Preempts at candidate points (explorePreemptionSets below). In
// both, only step boundaries before a shared access or a synchronisation are
// candidates (RunResult::preemptPoints): a switch before a local step
// commutes with every other goroutine's steps.
#include "sim/explore/explorer.h"
#include "sim/explore/por.h"
#include "sim/explore/schedule.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <set>

namespace gsl::explore {

namespace {

// parallelRuns runs fn(i) for i in [0, n) on the arena, each result in its slot;
// cancelled slots stay nullopt.
template <class Fn>
std::vector<std::optional<RunOutcome>> parallelRuns(tbb::task_arena &arena, size_t n, const ExploreOptions &opts,
                                                    std::atomic<size_t> &done, size_t total, Fn fn)
{
    std::vector<std::optional<RunOutcome>> out(n);
    auto body = [&](const tbb::blocked_range<size_t> &r) {
        for (size_t i = r.begin(); i != r.end(); ++i) {
            if (opts.cancel && opts.cancel->load(std::memory_order_relaxed)) continue;
            out[i] = fn(i);
            const size_t d = done.fetch_add(1) + 1;
            if (opts.progress) opts.progress(d, std::max(d, total));
        }
    };
    arena.execute([&] { tbb::parallel_for(tbb::blocked_range<size_t>(0, n, 1), body); });
    return out;
}

// explorePreemptionSets: GOMAXPROCS > 1. A schedule S is run with
// RunConfig::recordPoints; its children are S + {p} for every candidate point
// p of that run after S's last point. Runs agree up to their first differing
// choice, so every set of <= K preemption points is reached once. A run whose
// happens-before class (hbclass.h) was already seen counts as pruned and is
// not extended. Simplification: this is state caching with the HB class as
// the state, not a proof that the pruned run's extensions add nothing.
BoundedRuns explorePreemptionSets(const runtime::RunConfig &base, int bound, size_t cap, const BatchFn &batch)
{
    BoundedRuns out;
    ScheduleStats &st = out.stats;
    std::set<uint64_t> seen;                      // happens-before classes
    std::vector<std::vector<ScheduleChoice>> level{{}};
    for (int k = 0; k <= bound && !level.empty(); ++k) {
        std::vector<runtime::RunConfig> cfgs(level.size(), base);
        for (size_t i = 0; i < level.size(); ++i) {
            cfgs[i].schedule = level[i];
            cfgs[i].recordPoints = k < bound;
        }
        auto outs = batch(cfgs);
        std::vector<std::vector<ScheduleChoice>> next;
        for (size_t i = 0; i < outs.size(); ++i) {
            auto &o = outs[i];
            if (!o) continue;
            ++st.schedules;
            const uint64_t cls = o->hbClass ^ (std::hash<std::string>{}(o->outcome) * 31 + uint64_t(o->exitStatus));
            if (!seen.insert(cls).second) {
                ++st.pruned;
            } else {
                ++st.distinct;
                if (k < bound && o->divergence.empty()) {
                    const uint64_t after = level[i].empty() ? 0 : level[i].back().point + 1;
                    size_t candidates = 0;
                    for (uint64_t p : o->preemptPoints) {
                        if (p < after) continue;
                        ++candidates;
                        if (st.schedules + outs.size() - i - 1 + next.size() >= cap) {
                            out.truncated = true;
                            break;
                        }
                        auto s = level[i];
                        s.push_back({p, ScheduleChoice::Kind::Preempt, 0});
                        next.push_back(std::move(s));
                    }
                    // The points after `after` that are not candidates precede local steps (or are
                    // schedule() calls, where there is nothing to preempt).
                    if (o->schedPoints > after) st.pointsSkipped += size_t(o->schedPoints - after) - candidates;
                }
            }
            o->preemptPoints = {};
            o->stepRecords = {};
            o->runnable = {};
            out.runs.push_back(std::move(o));
        }
        level = std::move(next);
    }
    return out;
}

} // namespace

ExploreResult Explorer::runPct(const std::vector<Configuration> &configs, const RunOneFn &runOne) const
{
    const size_t runs = m_opts.runs;
    const size_t total = configs.size() * runs;
    std::atomic<size_t> done{0};
    tbb::task_arena arena(m_opts.threads > 0 ? m_opts.threads : tbb::task_arena::automatic);
    const auto outcomes = parallelRuns(arena, total, m_opts, done, total, [&](size_t i) {
        runtime::RunConfig cfg = configs[i / runs].apply(m_opts.base);
        cfg.seed = m_opts.firstSeed + i % runs;
        // The free run of this seed measures where preemptions can land.
        runtime::RunConfig measure = cfg;
        measure.recordPoints = true;
        const RunOutcome free = runOne(measure);
        cfg.schedule = pctSchedule(cfg.seed, m_opts.pctDepth, free.preemptPoints);
        RunOutcome o = runOne(cfg);
        o.preemptPoints.clear();
        o.preemptPoints.shrink_to_fit();
        return o;
    });
    ExploreResult res;
    res.hasCorrect = !m_opts.correct.empty();
    for (size_t ci = 0; ci < configs.size(); ++ci) {
        std::vector<Entry> entries;
        for (size_t i = 0; i < runs; ++i)
            if (const auto &o = outcomes[ci * runs + i]) entries.push_back({&*o, m_opts.firstSeed + i});
        ConfigResult cr = aggregateConfig(configs[ci], entries);
        cr.scheduling.schedules = cr.runs;
        res.configs.push_back(std::move(cr));
    }
    return res;
}

ExploreResult Explorer::runExhaustive(const std::vector<Configuration> &configs, const RunOneFn &runOne) const
{
    ExploreResult res;
    res.hasCorrect = !m_opts.correct.empty();
    std::atomic<size_t> done{0};
    tbb::task_arena arena(m_opts.threads > 0 ? m_opts.threads : tbb::task_arena::automatic);
    const int bound = std::max(0, m_opts.preemptionBound);
    const size_t cap = std::max<size_t>(1, m_opts.maxSchedules);
    const BatchFn batch = [&](const std::vector<runtime::RunConfig> &cfgs) {
        return parallelRuns(arena, cfgs.size(), m_opts, done, done.load() + cfgs.size(),
                            [&](size_t i) { return runOne(cfgs[i]); });
    };
    for (const Configuration &config : configs) {
        runtime::RunConfig base = config.apply(m_opts.base);
        base.seed = m_opts.firstSeed;
        // One P: Pick schedules with sleep sets (por.h); more: preemption sets.
        BoundedRuns br = runtime::initialGomaxprocs(base) == 1
            ? exploreSleepSets(base, bound, cap, m_opts.sleepSets, batch)
            : explorePreemptionSets(base, bound, cap, batch);
        const bool cancelled = m_opts.cancel && m_opts.cancel->load();
        ScheduleStats st = br.stats;
        st.exhausted = !br.truncated && !cancelled;
        std::vector<Entry> entries;
        for (const auto &o : br.runs)
            if (o) entries.push_back({&*o, m_opts.firstSeed});
        ConfigResult cr = aggregateConfig(config, entries);
        st.diverged = cr.scheduling.diverged;
        cr.scheduling = st;
        res.configs.push_back(std::move(cr));
        if (cancelled) break;
    }
    return res;
}

} // namespace gsl::explore
