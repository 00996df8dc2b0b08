// divergence.h — where two runs of the same scenario first differ in a way
// that matters: a pure function of the two traces.
//
// Program: only what the goroutines themselves do, in trace order —
// creation, start, end, blocking and waking, every memory, atomic and sync
// operation with its variable/object and line, prints and the exit. P and M
// ids, times and queue bookkeeping are ignored, so GOMAXPROCS=1 and 4 agree
// until the interleaving differs (the first point where a different
// goroutine acts, or the same one does something else).
// Schedule: additionally every scheduler move (queues, steals, preemption,
// Ps and Ms) with its P, ignoring times and M ids.
// Exact: every field of every event, times included.
#pragma once

#include "sim/trace/trace.h"

#include <QString>

namespace gsl::ui {

enum class DivergenceMode { Program, Schedule, Exact };

struct Divergence {
    bool diverged = false;   // false: one run's compared events are a prefix of... equal to the other's
    size_t indexA = 0;       // event index in A of the first differing event (A.size() when A ended)
    size_t indexB = 0;
    SimTime timeA = 0;       // its time (the last event's time when a run ended)
    SimTime timeB = 0;
    size_t matched = 0;      // compared events that agreed before it
    QString whatA;           // plain language: what A did there ("G2 stored counter (line 12)")
    QString whatB;
};

// compared: does mode look at events of this kind?
bool comparedInMode(trace::EvKind k, DivergenceMode mode);

Divergence firstDivergence(const trace::Trace &a, const trace::Trace &b, DivergenceMode mode = DivergenceMode::Program);

} // namespace gsl::ui
