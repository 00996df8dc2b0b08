#include "ui/teaching/prediction.h"

#include <QCoreApplication>

#include <algorithm>

namespace gsl::ui {

using trace::EvKind;

namespace {


bool takes(const trace::TraceEvent &e, int32_t proc, int32_t g)
{
    return e.p == proc && e.g == g
        && (e.kind == EvKind::RunqGet || e.kind == EvKind::GlobRunqGet || e.kind == EvKind::ProcSteal);
}

void addOnce(QVector<int32_t> &v, int32_t g)
{
    if (g > 0 && !v.contains(g)) v.push_back(g);
}

} // namespace

QVector<int32_t> candidatesAt(const trace::SchedState &s, int32_t proc, int max)
{
    QVector<int32_t> c;
    if (const trace::PState *p = s.p(proc)) {
        addOnce(c, p->runnext);
        for (int32_t g : p->runq) addOnce(c, g);
    }
    for (int32_t g : s.globrunq) addOnce(c, g);
    for (size_t i = 0; i < s.ps.size(); ++i) {
        if (int32_t(i) == proc) continue;
        addOnce(c, s.ps[i].runnext);
        for (int32_t g : s.ps[i].runq) addOnce(c, g);
    }
    for (size_t g = 1; g < s.gs.size(); ++g)
        if (s.gs[g].status == trace::GStatus::Runnable)
            addOnce(c, int32_t(g));
    if (c.size() > max) c.resize(max);
    return c;
}

PredictionQuestion nextQuestion(const trace::Trace &t, size_t from, int32_t proc)
{
    PredictionQuestion q;
    q.proc = proc;
    int examined = 0;
    for (size_t k = from; k < t.size(); ++k) {
        const trace::TraceEvent &e = t[k];
        if (e.kind != EvKind::GoStart || e.p != proc)
            continue;
        // Find how proc took e.g: the nearest take event before the start.
        size_t take = k;
        // The earliest of a chain (ProcSteal then RunqGet, GlobRunqGet then
        // RunqGet): from there on the goroutine is in P's hand.
        for (size_t i = k; i > from; --i) {
            if (t[i - 1].kind == EvKind::GoStart && t[i - 1].p == proc) break; // the previous decision
            if (takes(t[i - 1], proc, e.g)) take = i - 1;
        }
        // Taken before `from` (the answer is already in hand on the screen) or
        // started without a take: nothing left to guess; try the next decision.
        if (take == k)
            continue;
        if (++examined > 256)
            break;
        const trace::SchedState s = trace::stateAt(t, take);
        QVector<int32_t> c = candidatesAt(s, proc);
        if (!c.contains(e.g)) {
            if (c.size() >= kMaxCandidates) c.removeLast();
            c.push_back(e.g);
        }
        if (c.size() < 2)
            continue; // nothing to guess: only one goroutine could run
        std::sort(c.begin(), c.end());
        q.valid = true;
        q.askAt = take;
        q.takeIndex = take;
        q.startIndex = k;
        q.answer = e.g;
        q.candidates = c;
        return q;
    }
    return q;
}

QString revealReason(const trace::Trace &t, const PredictionQuestion &q)
{
    if (!q.valid) return {};
    const QString g = QStringLiteral("G%1").arg(q.answer), p = QStringLiteral("P%1").arg(q.proc);
    if (q.takeIndex >= q.startIndex)
        return QCoreApplication::translate("Prediction", "%1 started %2 directly.").arg(p, g);
    const trace::TraceEvent &e = t[q.takeIndex];
    switch (e.kind) {
    case EvKind::RunqGet:
        if (trace::Source(e.reason) == trace::Source::Runnext)
            return QCoreApplication::translate("Prediction",
                "%1 took %2 from its runnext slot: findRunnable checks runnext first, so the goroutine "
                "readied most recently by this P runs before older ones in the queue (and inherits the time slice).").arg(p, g);
        return QCoreApplication::translate("Prediction",
            "%1 took %2 from the head of its local run queue: runnext was empty, and the local queue is first-in first-out.").arg(p, g);
    case EvKind::GlobRunqGet:
        return QCoreApplication::translate("Prediction",
            "%1 took %2 from the global run queue: its local queue was empty, or this was the 61st schedule "
            "tick, when the global queue is checked first so it cannot starve.").arg(p, g);
    case EvKind::ProcSteal:
        return QCoreApplication::translate("Prediction",
            "%1 had nothing to run and stole %2 from P%3: an idle P steals half of another P's local queue.").arg(p, g).arg(e.b);
    default:
        return {};
    }
}

} // namespace gsl::ui
