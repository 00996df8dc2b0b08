// prediction.h — "which G runs next on P0?": the question, its candidates
// and the scheduler's reason for the answer, as pure functions of a trace.
//
// The question is asked at the instant just before P0 takes the goroutine
// it will run (its RunqGet / GlobRunqGet / ProcSteal), so the state shown
// while the class thinks does not give the answer away. The answer is the
// goroutine of P0's next GoStart; the reveal position shows that GoStart.
#pragma once

#include "sim/trace/trace.h"

#include <QString>
#include <QVector>

namespace gsl::ui {

struct PredictionQuestion {
    bool valid = false;
    int32_t proc = 0;
    size_t askAt = 0;        // playback position while asking (state after askAt events)
    size_t takeIndex = 0;    // index of the event by which proc took the answer (== startIndex when none)
    size_t startIndex = 0;   // index of the GoStart
    int32_t answer = 0;      // goid that runs next on proc
    QVector<int32_t> candidates; // goids offered, the answer among them
    size_t revealAt() const { return startIndex + 1; }
};

// Candidates offered at most (the runnable goroutines, nearest first).
constexpr int kMaxCandidates = 8;

// nextQuestion: the next scheduling decision of proc at or after position
// `from` that can still be asked (its take event is not before from).
PredictionQuestion nextQuestion(const trace::Trace &t, size_t from, int32_t proc);

// candidatesAt: the goroutines that could run next on proc in state s —
// proc's runnext, proc's ring in order, the global queue, other Ps' queues,
// then runnable ones on no queue — at most max, by that order.
QVector<int32_t> candidatesAt(const trace::SchedState &s, int32_t proc, int max = kMaxCandidates);

// revealReason: why the scheduler chose the answer, in plain language.
QString revealReason(const trace::Trace &t, const PredictionQuestion &q);

} // namespace gsl::ui
