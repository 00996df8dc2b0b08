// handoff.cpp — see handoff.h.
#include "sim/run/handoff.h"

#include "sim/run/run.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace gsl::run {

namespace {
// The loop of BenchmarkChanPingPong (resources/calibrate/machine_bench_test.go).
std::string pingPong(int rounds)
{
    return "package main\n\nfunc main() {\n\tping, pong := make(chan int), make(chan int)\n"
           "\tgo func() {\n\t\tfor v := range ping {\n\t\t\tpong <- v + 1\n\t\t}\n\t}()\n"
           "\tfor i := 0; i < " + std::to_string(rounds) + "; i++ {\n\t\tping <- i\n\t\t<-pong\n\t}\n"
           "\tclose(ping)\n}\n";
}

SimTime endOf(const MachineProfile &prof, int rounds)
{
    const GoVersion go{1, 19};
    const Scenario sc = compileScenario("chan_ping_pong.go", pingPong(rounds), go);
    if (!sc.ok()) throw std::logic_error("handoff: the ping-pong scenario does not compile");
    runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = 2;
    cfg.gomaxprocs = 1;
    cfg.seed = 1;
    cfg.machine = &prof;
    cfg.recordTrace = false;
    const runtime::RunResult r = runScenario(sc, cfg);
    if (r.exitStatus != 0) throw std::logic_error("handoff: the ping-pong scenario did not exit 0");
    return r.endTime;
}
} // namespace

double simulatedRoundTripNs(const MachineProfile &prof)
{
    return double(endOf(prof, 3000) - endOf(prof, 1000)) / 2000.0;
}

SwitchCostFit switchCostFor(MachineProfile prof, double realNs)
{
    SwitchCostFit fit;
    prof.switchCost = 0;
    fit.roundTripWithoutNs = simulatedRoundTripNs(prof);
    constexpr SimDur kProbe = 1000;
    prof.switchCost = kProbe;
    const double perSwitch = (simulatedRoundTripNs(prof) - fit.roundTripWithoutNs) / double(kProbe); // executes per round trip
    if (perSwitch > 0 && realNs > fit.roundTripWithoutNs)
        fit.cost = SimDur(std::llround((realNs - fit.roundTripWithoutNs) / perSwitch));
    return fit;
}

} // namespace gsl::run
