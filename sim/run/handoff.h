// handoff.h — deriving MachineProfile::switchCost (calibrate): the cost of a
// goroutine switch that makes the simulated ping-pong of calibrate's
// BenchmarkChanPingPong take as long per round trip as the real one.
#pragma once

#include "sim/engine/machine_profile.h"

namespace gsl::run {

// simulatedRoundTripNs: ns per round trip of BenchmarkChanPingPong's loop
// (GOMAXPROCS=1, two unbuffered channels), simulated with prof: the end-time
// difference between 3,000 and 1,000 rounds over 2,000, so start-up and
// first-run costs cancel.
double simulatedRoundTripNs(const MachineProfile &prof);

// switchCostFor: the switchCost (ns, >= 0) with which the simulated round trip
// equals realNs, given prof's other costs, and that round trip with
// switchCost 0 (for the profile's note). The simulator charges switchCost
// once per execute; how many executes a round trip has is measured (a run
// with a probe value), not assumed. 0 when the simulator is already as slow.
struct SwitchCostFit {
    SimDur cost = 0;
    double roundTripWithoutNs = 0;
};
SwitchCostFit switchCostFor(MachineProfile prof, double realNs);

} // namespace gsl::run
