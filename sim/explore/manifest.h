// manifest.h — the manifestation map (bug rate over GOMAXPROCS x CPU quota
// x Go version) and the smallest perturbation that makes a hidden bug show.
#pragma once

#include "sim/explore/explorer.h"

#include <optional>
#include <string>
#include <vector>

namespace gsl::explore {

struct MapCell {
    int gomaxprocs = 0;
    std::string quota;               // "none" or cores
    GoVersion go;
    size_t runs = 0;
    size_t manifested = 0;
    double rate = 0;
    Interval ci;                     // Wilson 95 %
    std::optional<uint64_t> witness; // smallest seed where it manifested
    friend bool operator==(const MapCell &, const MapCell &) = default;
};

// manifestationMap: one cell per configuration of an explore result (which
// must have had a Correct regex), in the configurations' order.
std::vector<MapCell> manifestationMap(const ExploreResult &r);

// runManifestationMap explores the grid gomaxprocs x quotasUs x versions
// (opts.runs seeds per cell, opts.correct required) and maps it.
std::vector<MapCell> runManifestationMap(ExploreOptions opts, const std::vector<int> &gomaxprocs,
                                         const std::vector<int64_t> &quotasUs, const std::vector<GoVersion> &versions,
                                         const RunOneFn &runOne);

// A replayable change that made the bug manifest.
struct Perturbation {
    std::string description;         // "seed 17 instead of 3", "GOMAXPROCS 2 instead of 1 (seed 3)"
    runtime::RunConfig config;       // run it with exactly this to see the bug (config.schedule: run --schedule)
    std::string outcome;
};

// findPerturbation: for a run (cfg) whose outcome matched `correct`, try, in
// order of size: one forced preemption at a point of the same run (the first
// 400 candidate points, RunResult::preemptPoints); the next `seeds` seeds; one
// more P with the same seed, then with the next seeds. Runs sequentially,
// deterministic. nullopt when none of them manifests.
std::optional<Perturbation> findPerturbation(const runtime::RunConfig &cfg, const std::string &correct,
                                             const RunOneFn &runOne, int seeds = 20);

} // namespace gsl::explore
