// cold_create.cpp — the measured table of cold goroutine creation costs.
#include "sim/engine/cold_create.h"

#include "sim/engine/latency_dist.h"

#include <array>

namespace gsl::engine {

namespace {

// p1 p10 p50 p90 p99 in ns of the k-th new G's go statement (k = 1..40),
// 100 fresh go1.19.8 processes on the reference VM (see cold_create.h).
// Entry #1 is the default goCreateFirstCostQuantiles (the profile's is used).
constexpr std::array<LatencyQuantiles, kColdCreateTableSize> kTable = {{
    {true, {27399, 33620, 47050, 134660, 431886}}, // #1
    {true, {500, 500, 700, 900, 1645}}, // #2
    {true, {200, 300, 400, 500, 700}}, // #3
    {true, {12899, 13590, 15700, 66970, 360181}}, // #4
    {true, {900, 1200, 1600, 2000, 2100}}, // #5
    {true, {199, 200, 300, 300, 400}}, // #6
    {true, {100, 200, 300, 400, 500}}, // #7
    {true, {100, 200, 200, 46020, 110005}}, // #8
    {true, {100, 100, 100, 410, 600}}, // #9
    {true, {100, 300, 30500, 91920, 541760}}, // #10
    {true, {199, 290, 350, 400, 1027}}, // #11
    {true, {11700, 13290, 15000, 23870, 413694}}, // #12
    {true, {104609, 109270, 120300, 253230, 3161886}}, // #13
    {true, {300, 300, 300, 400, 2514}}, // #14
    {true, {100, 100, 200, 300, 401}}, // #15
    {true, {100, 100, 100, 200, 200}}, // #16
    {true, {100, 100, 100, 13610, 18541}}, // #17
    {true, {100, 100, 100, 500, 500}}, // #18
    {true, {100, 100, 13700, 19770, 330158}}, // #19
    {true, {100, 200, 500, 600, 601}}, // #20
    {true, {200, 300, 300, 300, 600}}, // #21
    {true, {100, 100, 100, 200, 202}}, // #22
    {true, {100, 100, 100, 300, 300}}, // #23
    {true, {100, 100, 100, 200, 956}}, // #24
    {true, {100, 100, 100, 200, 201}}, // #25
    {true, {200, 300, 400, 500, 600}}, // #26
    {true, {100, 100, 200, 33810, 89818}}, // #27
    {true, {12096, 13400, 15100, 18830, 102978}}, // #28
    {true, {103475, 110080, 154850, 269150, 4367961}}, // #29
    {true, {300, 300, 400, 500, 2022}}, // #30
    {true, {100, 100, 200, 200, 300}}, // #31
    {true, {100, 100, 100, 200, 200}}, // #32
    {true, {100, 100, 100, 200, 201}}, // #33
    {true, {100, 100, 100, 200, 200}}, // #34
    {true, {100, 100, 100, 200, 200}}, // #35
    {true, {100, 100, 200, 13410, 18325}}, // #36
    {true, {200, 200, 200, 500, 981}}, // #37
    {true, {100, 100, 13850, 17430, 109491}}, // #38
    {true, {100, 100, 200, 300, 402}}, // #39
    {true, {100, 100, 100, 200, 201}}, // #40
}};

static_assert(std::tuple_size_v<decltype(MachineProfile::goCreateTable)> == kColdCreateTableSize - 1,
              "a profile's goCreateTable holds #2 to #40");

} // namespace

SimDur coldCreateCost(int index, const MachineProfile &p, Rng &rng)
{
    if (index <= 1) return drawLatency(p.goCreateFirstCostQuantiles, p.goCreateFirstCost, rng);
    if (index <= kColdCreateTableSize) {
        // The profile's own entry first; else the reference VM's table, unless
        // the profile has no new-G distribution at all (an old file giving the
        // scalar only: a constant cost, as before distributions existed).
        const LatencyQuantiles &own = p.goCreateTable[size_t(index - 2)];
        if (own.set) return quantileAt(own, rng.unit());
        if (!p.goCreateNewCostQuantiles.set) return p.goCreateNewCost;
        return quantileAt(kTable[size_t(index - 1)], rng.unit());
    }
    if (!p.goCreateNewCostQuantiles.set) return p.goCreateNewCost;
    return quantileAt(p.goCreateNewCostQuantiles, rng.unit());
}

} // namespace gsl::engine
