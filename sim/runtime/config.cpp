#include "sim/runtime/config.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace gsl::runtime {

std::string validate(const RunConfig &cfg)
{
    if (cfg.gomaxprocs && *cfg.gomaxprocs <= 0)
        return "--gomaxprocs must be >= 1 (got " + std::to_string(*cfg.gomaxprocs) + ")";
    if (cfg.cpus <= 0)
        return "--cpus must be >= 1 (got " + std::to_string(cfg.cpus) + ")";
    if (cfg.quotaUs == 0 || cfg.quotaUs < -1)
        return "--quota must be > 0 or none (got " + std::to_string(cfg.quotaUs) + "us)";
    if (cfg.periodUs < 1000 || cfg.periodUs > 1'000'000)
        return "--period must be between 1ms and 1s (got " + std::to_string(cfg.periodUs) + "us)";
    if (cfg.quotaUs > 0 && cfg.quotaUs < 1000)
        return "--quota must be at least 1ms (got " + std::to_string(cfg.quotaUs) + "us)";
    for (size_t i = 0; i < cfg.schedule.size(); ++i) {
        if (i > 0 && cfg.schedule[i].point <= cfg.schedule[i - 1].point)
            return "--schedule: points must increase (" + formatSchedule(cfg.schedule) + ")";
        if (cfg.schedule[i].kind == ScheduleChoice::Kind::Pick && cfg.schedule[i].goid <= 0)
            return "--schedule: a pick needs a goroutine id >= 1";
    }
    return {};
}

// envGomaxprocs mirrors schedinit: strconv.ParseInt on $GOMAXPROCS, used when > 0.
static int envGomaxprocs(const RunConfig &cfg)
{
    auto it = cfg.env.find("GOMAXPROCS");
    if (it == cfg.env.end() || it->second.empty() || it->second.size() > 9) return 0;
    int n = 0;
    for (char c : it->second) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

int initialGomaxprocs(const RunConfig &cfg)
{
    if (int n = envGomaxprocs(cfg); n > 0) return n;
    if (cfg.gomaxprocs && *cfg.gomaxprocs > 0) return *cfg.gomaxprocs;
    const int ncpu = std::max(cfg.cpus, 1);
    const bool hasQuota = cfg.quotaUs > 0;
    switch (cfg.policy) {
    case MaxProcsPolicy::NumCpu:
        return ncpu;
    case MaxProcsPolicy::Automaxprocs:
        // automaxprocs v1.6.0: floor(quota/period), minimum 1; no quota -> untouched.
        if (!hasQuota) return ncpu;
        return std::max<int>(1, int(cfg.quotaUs / cfg.periodUs));
    case MaxProcsPolicy::Runtime:
        break;
    }
    if (!cfg.go.containerAwareMaxProcs() || !hasQuota) return ncpu;
    // Go 1.25 defaultGOMAXPROCS: min(ncpu, max(2, ceil(quota/period))).
    const int64_t limit = (cfg.quotaUs + cfg.periodUs - 1) / cfg.periodUs;
    return int(std::min<int64_t>(ncpu, std::max<int64_t>(2, limit)));
}

} // namespace gsl::runtime
