// config_text.h — the configuration words shared by the CLI flags (cli.md),
// the GUI's configuration panel and a scenario's `// Config:` line. One parser,
// so `--quota 0.5` and `Config: quota=0.5` can never mean different things.
#pragma once

#include "sim/runtime/config.h"

#include <string>
#include <string_view>
#include <vector>

namespace gsl::run {

// A configuration that may name lists (gomaxprocs=1,2,4) for comparisons.
struct ConfigSpec {
    runtime::RunConfig base;
    std::vector<int> gomaxprocsList;       // empty = from the policy
    std::vector<int64_t> quotaUsList;      // empty = base.quotaUs only; -1 = none
    std::vector<GoVersion> goList;         // empty = base.go only
    bool goSet = false;                    // --go / go= given explicitly
    // Every RunConfig this spec expands to, in the order gomaxprocs x quota x go.
    std::vector<runtime::RunConfig> expand() const;
};

// applyKey sets one configuration word. Keys are the CLI's flag names without
// "--" (gomaxprocs, cpus, quota, cpu-max, go, maxprocs-policy, seed, env,
// max-steps, max-time, max-goroutines, max-events, max-memory, race). Returns "" or one
// line that names the key and the problem, e.g.
// "--quota: expected a number of cores like 0.5 or none, got \"abc\"".
std::string applyKey(ConfigSpec &spec, std::string_view key, std::string_view value);

// applyConfigLine parses a metadata `Config:` value: space-separated key=value
// words; unknown keys are ignored (kept by the metadata), bad values reported.
std::string applyConfigLine(ConfigSpec &spec, std::string_view line);

// quotaText renders a quota as the TSV column does: "none" or cores ("0.5").
std::string quotaText(int64_t quotaUs, int64_t periodUs);

// parseDuration accepts Go-style durations for budgets: "10s", "500ms", "2m".
bool parseDuration(std::string_view s, SimDur &out);

} // namespace gsl::run
