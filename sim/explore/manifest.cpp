// manifest.cpp — manifestation map cells and the perturbation search.
#include "sim/explore/manifest.h"
#include "sim/explore/schedule.h"

namespace gsl::explore {

std::vector<MapCell> manifestationMap(const ExploreResult &r)
{
    std::vector<MapCell> cells;
    for (const ConfigResult &c : r.configs) {
        MapCell m;
        m.gomaxprocs = c.gomaxprocs;
        m.quota = c.config.quotaText();
        m.go = c.config.go;
        m.runs = c.runs;
        m.manifested = c.manifested;
        m.rate = c.runs ? double(c.manifested) / double(c.runs) : 0.0;
        m.ci = c.bugRate;
        m.witness = c.manifestSeed;
        cells.push_back(m);
    }
    return cells;
}

std::vector<MapCell> runManifestationMap(ExploreOptions opts, const std::vector<int> &gomaxprocs,
                                         const std::vector<int64_t> &quotasUs, const std::vector<GoVersion> &versions,
                                         const RunOneFn &runOne)
{
    Configuration base{opts.base.gomaxprocs, opts.base.cpus, opts.base.quotaUs, opts.base.periodUs, opts.base.go, opts.base.policy};
    opts.configs = grid(base, gomaxprocs, quotasUs, versions, {});
    return manifestationMap(Explorer(std::move(opts)).run(runOne));
}

std::optional<Perturbation> findPerturbation(const runtime::RunConfig &cfg, const std::string &correct,
                                             const RunOneFn &runOne, int seeds)
{
    auto manifests = [&](const runtime::RunConfig &c, std::string *outcome) {
        const RunOutcome o = runOne(c);
        *outcome = o.outcome;
        return !matchesCorrect(correct, o.outcome);
    };
    std::string outcome;
    // 1. One forced preemption, same seed and configuration: the smallest
    // change there is. The free run names the candidate points (step
    // boundaries before a shared access or a synchronisation); the first
    // kMaxPoints are tried in order.
    {
        constexpr size_t kMaxPoints = 400;
        runtime::RunConfig measure = cfg;
        measure.recordPoints = true;
        const std::vector<uint64_t> points = runOne(measure).preemptPoints;
        for (size_t i = 0; i < points.size() && i < kMaxPoints; ++i) {
            runtime::RunConfig c = cfg;
            c.schedule = {{points[i], ScheduleChoice::Kind::Preempt, 0}};
            if (manifests(c, &outcome))
                return Perturbation{"one forced preemption at scheduling point " + std::to_string(points[i]) +
                                        " (same seed " + std::to_string(cfg.seed) + ")",
                                    c, outcome};
        }
    }
    // 2. Another seed: the same configuration, a different interleaving.
    for (int i = 1; i <= seeds; ++i) {
        runtime::RunConfig c = cfg;
        c.seed = cfg.seed + uint64_t(i);
        if (manifests(c, &outcome))
            return Perturbation{"seed " + std::to_string(c.seed) + " instead of " + std::to_string(cfg.seed), c, outcome};
    }
    // 3. One more P (explicit GOMAXPROCS), same seed first.
    const int procs = runOne(cfg).gomaxprocs;
    if (procs > 0) {
        for (int i = 0; i <= seeds; ++i) {
            runtime::RunConfig c = cfg;
            c.gomaxprocs = procs + 1;
            c.seed = cfg.seed + uint64_t(i);
            if (manifests(c, &outcome))
                return Perturbation{"GOMAXPROCS " + std::to_string(procs + 1) + " instead of " + std::to_string(procs) +
                                        " (seed " + std::to_string(c.seed) + ")",
                                    c, outcome};
        }
    }
    return std::nullopt;
}

} // namespace gsl::explore
