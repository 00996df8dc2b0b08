// explorer.cpp — parallel runs (TBB) and the deterministic merge by run index.
#include "sim/explore/explorer.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>
#include <tuple>

namespace gsl::explore {

runtime::RunConfig Configuration::apply(const runtime::RunConfig &base) const
{
    runtime::RunConfig c = base;
    c.gomaxprocs = gomaxprocs;
    c.cpus = cpus;
    c.quotaUs = quotaUs;
    c.periodUs = periodUs;
    c.go = go;
    c.policy = policy;
    return c;
}

std::string Configuration::quotaText() const
{
    if (quotaUs < 0 || periodUs <= 0) return "none";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", double(quotaUs) / double(periodUs));
    return buf;
}

std::vector<Configuration> grid(const Configuration &base, const std::vector<int> &gomaxprocs,
                                const std::vector<int64_t> &quotasUs, const std::vector<GoVersion> &versions,
                                const std::vector<runtime::MaxProcsPolicy> &policies)
{
    std::vector<std::optional<int>> gs;
    for (int g : gomaxprocs) gs.push_back(g);
    if (gs.empty()) gs.push_back(base.gomaxprocs);
    std::vector<int64_t> qs = quotasUs.empty() ? std::vector<int64_t>{base.quotaUs} : quotasUs;
    std::vector<GoVersion> vs = versions.empty() ? std::vector<GoVersion>{base.go} : versions;
    std::vector<runtime::MaxProcsPolicy> ps = policies.empty() ? std::vector<runtime::MaxProcsPolicy>{base.policy} : policies;
    std::vector<Configuration> out;
    for (const auto &g : gs)
        for (int64_t q : qs)
            for (const GoVersion &v : vs)
                for (runtime::MaxProcsPolicy p : ps) {
                    Configuration c = base;
                    c.gomaxprocs = g;
                    c.quotaUs = q;
                    c.go = v;
                    c.policy = p;
                    out.push_back(c);
                }
    return out;
}

const char *verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Yes: return "yes";
    case Verdict::No: return "no";
    case Verdict::Unknown: return "-";
    }
    return "-";
}

bool matchesCorrect(const std::string &pattern, const std::string &outcome)
{
    return std::regex_search(outcome, std::regex(pattern, std::regex::ECMAScript));
}

ExploreResult Explorer::run(const RunOneFn &runOne) const
{
    const std::vector<Configuration> configs = m_opts.configs.empty()
        ? std::vector<Configuration>{Configuration{m_opts.base.gomaxprocs, m_opts.base.cpus, m_opts.base.quotaUs,
                                                   m_opts.base.periodUs, m_opts.base.go, m_opts.base.policy}}
        : m_opts.configs;
    ExploreResult res;
    switch (m_opts.mode) {
    case Mode::Seeds: res = runSeeds(configs, runOne); break;
    case Mode::Pct: res = runPct(configs, runOne); break;
    case Mode::Exhaustive: res = runExhaustive(configs, runOne); break;
    }
    res.mode = m_opts.mode;
    res.depth = m_opts.mode == Mode::Pct ? m_opts.pctDepth : m_opts.mode == Mode::Exhaustive ? m_opts.preemptionBound : 0;
    res.cancelled = m_opts.cancel && m_opts.cancel->load();
    return res;
}

ExploreResult Explorer::runSeeds(const std::vector<Configuration> &configs, const RunOneFn &runOne) const
{
    const size_t runs = m_opts.runs;
    const size_t total = configs.size() * runs;
    std::vector<std::optional<RunOutcome>> outcomes(total);
    std::atomic<size_t> done{0};

    auto body = [&](const tbb::blocked_range<size_t> &r) {
        for (size_t i = r.begin(); i != r.end(); ++i) {
            if (m_opts.cancel && m_opts.cancel->load(std::memory_order_relaxed)) continue;
            runtime::RunConfig cfg = configs[i / runs].apply(m_opts.base);
            cfg.seed = m_opts.firstSeed + i % runs;
            outcomes[i] = runOne(cfg);   // each slot written by exactly one task
            const size_t d = done.fetch_add(1) + 1;
            if (m_opts.progress) m_opts.progress(d, total);
        }
    };
    // One run per task: runs are long (ms) and vary, so fine grain balances best.
    tbb::task_arena arena(m_opts.threads > 0 ? m_opts.threads : tbb::task_arena::automatic);
    arena.execute([&] { tbb::parallel_for(tbb::blocked_range<size_t>(0, total, 1), body); });

    ExploreOptions withConfigs = m_opts;
    withConfigs.configs = configs;
    return Explorer(withConfigs).aggregate(outcomes);
}

namespace {

Coverage coverageOf(const std::vector<const RunOutcome *> &runs)
{
    Coverage c;
    std::vector<uint64_t> fps, hbs;
    std::vector<std::tuple<int32_t, bool, int32_t, bool>> orders;
    for (const RunOutcome *o : runs) {
        fps.push_back(o->fingerprint);
        if (o->hbClass != 0 || !o->conflicts.empty()) hbs.push_back(o->hbClass);   // 0 = not computed
        for (const auto &p : o->conflicts) orders.emplace_back(p.firstLine, p.firstWrite, p.secondLine, p.secondWrite);
    }
    auto uniq = [](auto &v) { std::sort(v.begin(), v.end()); v.erase(std::unique(v.begin(), v.end()), v.end()); };
    uniq(fps);
    uniq(hbs);
    uniq(orders);
    c.distinctSchedules = fps.size();
    c.distinctHbClasses = hbs.size();
    for (const auto &[l1, w1, l2, w2] : orders) {
        const auto a = std::make_pair(l1, w1), b = std::make_pair(l2, w2);
        if (!(a < b)) continue;   // count each unordered pair once
        if (std::binary_search(orders.begin(), orders.end(), std::make_tuple(l2, w2, l1, w1))) ++c.pairsBothOrders;
    }
    for (const auto &[l1, w1, l2, w2] : orders) {
        // a pair seen in one order only (a pair of one location with itself is its own reverse)
        if (!std::binary_search(orders.begin(), orders.end(), std::make_tuple(l2, w2, l1, w1))) ++c.pairsOneOrder;
    }
    return c;
}

} // namespace

ExploreResult Explorer::aggregate(const std::vector<std::optional<RunOutcome>> &outcomes) const
{
    ExploreResult res;
    const size_t runs = m_opts.runs;
    res.hasCorrect = !m_opts.correct.empty();
    for (size_t ci = 0; ci < m_opts.configs.size(); ++ci) {
        std::vector<Entry> entries;
        for (size_t i = 0; i < runs && ci * runs + i < outcomes.size(); ++i)
            if (const auto &o = outcomes[ci * runs + i]) entries.push_back({&*o, m_opts.firstSeed + i});
        res.configs.push_back(aggregateConfig(m_opts.configs[ci], entries));
    }
    return res;
}

ConfigResult Explorer::aggregateConfig(const Configuration &config, const std::vector<Entry> &entries) const
{
    std::optional<std::regex> correct;
    if (!m_opts.correct.empty()) correct.emplace(m_opts.correct, std::regex::ECMAScript);
    ConfigResult cr;
    cr.config = config;
    using Key = std::tuple<std::string, int, size_t>;
    std::map<Key, OutcomeRow> rows;   // ordered: deterministic
    std::vector<const RunOutcome *> done;
    std::vector<analysis::RaceResult> raceRuns;
    for (const Entry &en : entries) {
        const RunOutcome *o = en.outcome;
        if (cr.runs == 0) cr.gomaxprocs = cr.config.gomaxprocs.value_or(o->gomaxprocs);
        ++cr.runs;
        done.push_back(o);
        if (o->races > 0) ++cr.racyRuns;
        if (!o->divergence.empty()) ++cr.scheduling.diverged;
        OutcomeRow &row = rows[Key{o->outcome, o->exitStatus, o->races}];
        if (row.count == 0) {
            row.outcome = o->outcome;
            row.exitStatus = o->exitStatus;
            row.races = o->races;
            row.seed = en.seed;   // entries come in run-index order: the first is the witness
            row.schedule = o->schedule;
            row.correct = correct ? (std::regex_search(o->outcome, *correct) ? Verdict::Yes : Verdict::No)
                                  : Verdict::Unknown;
        }
        ++row.count;
        if (row.correct == Verdict::No) {
            ++cr.manifested;
            if (!cr.manifestSeed) {
                cr.manifestSeed = en.seed;
                cr.manifestSchedule = o->schedule;
            }
        }
        analysis::RaceResult rr;   // one per completed run: witnessRun = its index among the completed runs
        rr.conflicts = o->conflicts;
        raceRuns.push_back(std::move(rr));
    }
    for (auto &[k, row] : rows) {
        row.share = cr.runs ? double(row.count) / double(cr.runs) : 0.0;
        row.ci = wilson(row.count, cr.runs);
        cr.rows.push_back(row);
    }
    std::stable_sort(cr.rows.begin(), cr.rows.end(),
                     [](const OutcomeRow &a, const OutcomeRow &b) { return a.count > b.count; });
    cr.bugRate = wilson(cr.manifested, cr.runs);
    cr.raceRate = wilson(cr.racyRuns, cr.runs);
    cr.coverage = coverageOf(done);
    cr.predicted = analysis::predictRaces(raceRuns);
    return cr;
}

} // namespace gsl::explore
