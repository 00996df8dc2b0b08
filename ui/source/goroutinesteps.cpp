#include "ui/source/goroutinesteps.h"

#include "sim/trace/wait_reason.h"

#include <QCoreApplication>

#include <algorithm>

namespace gsl::ui {

using trace::EvKind;

namespace {

// The source line an event names for its goroutine, or 0.
int lineOf(const trace::TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::GoPark:
    case EvKind::MemRead: case EvKind::MemWrite: case EvKind::AtomicRead: case EvKind::AtomicWrite:
    case EvKind::ChanSend: case EvKind::ChanRecv: case EvKind::ChanClose: case EvKind::Select:
    case EvKind::MutexLock: case EvKind::MutexUnlock:
    case EvKind::RWRLock: case EvKind::RWRUnlock: case EvKind::RWLock: case EvKind::RWUnlock:
    case EvKind::WgAdd: case EvKind::WgWait: case EvKind::OnceDone:
        return e.c;
    default:
        return 0;
    }
}

QString var(const trace::Trace &t, int32_t i)
{
    const std::string_view v = t.str(uint32_t(i));
    return v.empty() ? QCoreApplication::translate("GoroutineSteps", "a variable") : QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString stepText(const trace::Trace &t, const trace::TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::MemRead: return QCoreApplication::translate("GoroutineSteps", "loaded %1").arg(var(t, e.b));
    case EvKind::MemWrite: return QCoreApplication::translate("GoroutineSteps", "stored %1").arg(var(t, e.b));
    case EvKind::AtomicRead: return QCoreApplication::translate("GoroutineSteps", "atomically loaded %1").arg(var(t, e.b));
    case EvKind::AtomicWrite: return QCoreApplication::translate("GoroutineSteps", "atomically updated %1").arg(var(t, e.b));
    case EvKind::GoPark: return {}; // the status says it: "blocked: chan receive"
    case EvKind::ChanSend: return QCoreApplication::translate("GoroutineSteps", "sent on channel #%1").arg(e.a);
    case EvKind::ChanRecv: return QCoreApplication::translate("GoroutineSteps", "received from channel #%1").arg(e.a);
    case EvKind::ChanClose: return QCoreApplication::translate("GoroutineSteps", "closed channel #%1").arg(e.a);
    case EvKind::Select: return e.b < 0 ? QCoreApplication::translate("GoroutineSteps", "select took default") : QCoreApplication::translate("GoroutineSteps", "select chose case %1").arg(e.b);
    case EvKind::MutexLock: return QCoreApplication::translate("GoroutineSteps", "locked mutex #%1").arg(e.a);
    case EvKind::MutexUnlock: return QCoreApplication::translate("GoroutineSteps", "unlocked mutex #%1").arg(e.a);
    case EvKind::RWRLock: case EvKind::RWLock: return QCoreApplication::translate("GoroutineSteps", "locked #%1").arg(e.a);
    case EvKind::RWRUnlock: case EvKind::RWUnlock: return QCoreApplication::translate("GoroutineSteps", "unlocked #%1").arg(e.a);
    case EvKind::WgAdd: return e.b == -1 ? QCoreApplication::translate("GoroutineSteps", "called wg.Done") : QCoreApplication::translate("GoroutineSteps", "called wg.Add(%1)").arg(e.b);
    case EvKind::WgWait: return QCoreApplication::translate("GoroutineSteps", "wg.Wait returned");
    case EvKind::OnceDone: return QCoreApplication::translate("GoroutineSteps", "finished once.Do");
    default: return {};
    }
}

} // namespace

QVector<GoroutineAt> goroutinesAt(const trace::Trace &t, const trace::SchedState &s, size_t pos, size_t lookback)
{
    QVector<GoroutineAt> out;
    pos = std::min(pos, t.size());
    std::vector<int> slot(s.gs.size(), -1); // goid -> index in out
    for (size_t g = 1; g < s.gs.size(); ++g) {
        const trace::GState &gs = s.gs[g];
        if (gs.status == trace::GStatus::Dead || gs.status == trace::GStatus::Idle)
            continue;
        GoroutineAt a;
        a.goid = int32_t(g);
        a.line = gs.line;
        a.status = gs.status;
        a.proc = gs.status == trace::GStatus::Running ? gs.p : -1;
        a.waitReason = gs.status == trace::GStatus::Waiting ? gs.waitReason : 0;
        slot[g] = int(out.size());
        out.push_back(a);
    }
    // Backwards: each goroutine's last event that names a line.
    std::vector<int> last(out.size(), -1);
    int missing = int(out.size());
    const size_t stop = pos > lookback ? pos - lookback : 0;
    for (size_t i = pos; i > stop && missing > 0; --i) {
        const trace::TraceEvent &e = t[i - 1];
        if (e.g <= 0 || size_t(e.g) >= slot.size() || slot[size_t(e.g)] < 0)
            continue;
        const int k = slot[size_t(e.g)];
        if (last[size_t(k)] >= 0 || lineOf(e) <= 0)
            continue;
        last[size_t(k)] = int(i - 1);
        --missing;
    }
    // Forwards, only for plain loads: is the next step a store of the same
    // variable on the same line (x++, x += 1, x = x + 1)?
    std::vector<int> pendingLoad; // indices into out
    for (size_t k = 0; k < size_t(out.size()); ++k) {
        if (last[k] < 0) continue;
        const trace::TraceEvent &e = t[size_t(last[k])];
        if (e.c != out[qsizetype(k)].line) continue; // the line moved on since
        out[qsizetype(k)].step = stepText(t, e);
        if (e.kind == EvKind::MemRead)
            pendingLoad.push_back(int(k));
    }
    if (!pendingLoad.empty()) {
        const size_t end = std::min(t.size(), pos + lookback);
        int left = int(pendingLoad.size());
        std::vector<char> done(out.size(), 0);
        for (size_t i = pos; i < end && left > 0; ++i) {
            const trace::TraceEvent &e = t[i];
            if (e.g <= 0 || size_t(e.g) >= slot.size() || slot[size_t(e.g)] < 0)
                continue;
            const int k = slot[size_t(e.g)];
            if (done[size_t(k)] || lineOf(e) <= 0)
                continue;
            if (std::find(pendingLoad.begin(), pendingLoad.end(), k) == pendingLoad.end())
                continue;
            done[size_t(k)] = 1;
            --left;
            const trace::TraceEvent &load = t[size_t(last[size_t(k)])];
            if (e.kind == EvKind::MemWrite && e.b == load.b && e.c == load.c) {
                GoroutineAt &a = out[k];
                a.betweenLoadAndStore = true;
                a.step = QCoreApplication::translate("GoroutineSteps", "between the load and the store of %1").arg(var(t, load.b));
            }
        }
    }
    return out;
}

QString goroutineStatusText(const GoroutineAt &g)
{
    switch (g.status) {
    case trace::GStatus::Running: return QCoreApplication::translate("GoroutineSteps", "running on P%1").arg(g.proc);
    case trace::GStatus::Runnable: return QCoreApplication::translate("GoroutineSteps", "runnable");
    case trace::GStatus::Syscall: return QCoreApplication::translate("GoroutineSteps", "in a syscall");
    case trace::GStatus::Waiting: {
        const std::string_view w = trace::waitReasonString(g.waitReason);
        return w.empty() ? QCoreApplication::translate("GoroutineSteps", "blocked") : QCoreApplication::translate("GoroutineSteps", "blocked: %1").arg(QString::fromUtf8(w.data(), qsizetype(w.size())));
    }
    default: return {};
    }
}

} // namespace gsl::ui
