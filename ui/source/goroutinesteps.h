// goroutinesteps.h — where every live goroutine is in the source at one
// playback position: its current line and, when the trace says it, the step
// within the line ("between the load and the store of counter"). A pure
// function of the trace, the state and the position, so the source view and
// its tests agree.
#pragma once

#include "sim/trace/trace.h"

#include <QString>
#include <QVector>

namespace gsl::ui {

struct GoroutineAt {
    int32_t goid = 0;
    int line = 0;                 // 1-based; 0 = not known yet
    trace::GStatus status = trace::GStatus::Idle;
    int32_t proc = -1;            // the P running it (Running), else -1
    int32_t waitReason = 0;       // Waiting: Go's waitReason number
    QString step;                 // the step within the line, "" when the trace has none
    bool betweenLoadAndStore = false; // last did a plain load of a variable whose store on this line comes next
    friend bool operator==(const GoroutineAt &, const GoroutineAt &) = default;
};

// goroutinesAt lists the live goroutines of s (the state after the first pos
// events of t), by goid. The step comes from the goroutine's last memory or
// synchronisation event on its current line within `lookback` events before
// pos, and from its next one within `lookback` events after pos.
QVector<GoroutineAt> goroutinesAt(const trace::Trace &t, const trace::SchedState &s, size_t pos,
                                  size_t lookback = 8192);

// statusText: "running on P1", "runnable", "blocked: chan receive".
QString goroutineStatusText(const GoroutineAt &g);

} // namespace gsl::ui
