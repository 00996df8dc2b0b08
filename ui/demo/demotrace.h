// demotrace.h — hand-built Traces that drive the views without the engine:
// the GUI's demo mode (no scenario could be run) and the ui.* tests.
// Every event follows sim/trace/EVENTS.md, so apply() accepts the traces.
#pragma once

#include "sim/trace/trace.h"

#include <memory>

namespace gsl::ui {

// makeDemoTrace: GOMAXPROCS=2 on 2 CPUs. G1 creates G2..G5 into P0.runnext
// (each kicking the previous one to the tail), P1 wakes and steals 2 of P0's
// 3 queued Gs, G1 parks in wg.Wait, G3 is preempted to the global queue,
// P0 takes it back from there, G3's wg.Done wakes G1 into P0.runnext, the
// cgroup is throttled once, P1 goes idle and main exits.
// Source lines refer to demoSource().
std::shared_ptr<trace::Trace> makeDemoTrace();

// demoSource: the Go program makeDemoTrace pretends to have run.
const char *demoSource();

// makeLargeTrace: about n events on 4 Ps, goroutines created, queued, run
// and ended in a loop (goids reused from a pool of 64), for timeline and
// model performance tests. Keyframes every 4096 events.
std::shared_ptr<trace::Trace> makeLargeTrace(size_t n);

} // namespace gsl::ui
