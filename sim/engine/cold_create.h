// cold_create.h — what a go statement costs when newproc1 must allocate a new
// G (malg: no dead G to reuse) in a fresh process, by its index: the k-th
// such creation of the process. Measured on the reference VM (2-vCPU KVM,
// go1.19.8, load ~1, 2026-11-27): 100 fresh processes x 40 go statements at
// GOMAXPROCS=1, each timed with time.Now (tests/validation/programs/
// cold_create.go is the oracle's check of the result). The costs come in a
// fixed pattern, not at random: #1 ~47 us; #4, #12, #20, #28, #36 ~15 us
// (the P's stack cache refilled with 16 KB = eight 2 KB stacks, stack.go
// stackcacherefill); #13 and #29 ~120-160 us (every 16th: a new 32 KB stack
// span from the heap); #10, #19, #38 ~30 us in 83 % of processes (#8, #17,
// #27, #36 in the rest; cause not identified); the others 0.1-2 us.
// A machine profile replaces the table (goCreateTable.K, measured by
// `goschedlab-cli calibrate` with bench/cold/create40, the same measurement);
// entries it does not set are the reference VM's. Measured on an AMD EPYC VM
// (2026-11-29) the pattern is the same at a fifth of the cost (#4 2.8 us,
// #13 20 us). Simplification: the index counts the process's new Gs,
// whichever P creates them.
#pragma once

#include "sim/engine/machine_profile.h"
#include "sim/engine/rng.h"

namespace gsl::engine {

inline constexpr int kColdCreateTableSize = 40;

// coldCreateCost: the cost of the index-th (1-based) new G of the process.
// Index 1 draws from p.goCreateFirstCostQuantiles (or the constant
// goCreateFirstCost), indices 2..40 from the profile's goCreateTable entry
// when set, else from the built-in reference table when
// p.goCreateNewCostQuantiles is set (else the constant goCreateNewCost),
// later ones from p.goCreateNewCostQuantiles (or goCreateNewCost). Draws use rng.
SimDur coldCreateCost(int index, const MachineProfile &p, Rng &rng);

} // namespace gsl::engine
