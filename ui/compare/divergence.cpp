#include "ui/compare/divergence.h"

#include "ui/eventlog/narration.h"

#include <QCoreApplication>

namespace gsl::ui {

using trace::EvKind;

namespace {

bool programKind(EvKind k)
{
    switch (k) {
    case EvKind::GoCreate: case EvKind::GoStart: case EvKind::GoEnd: case EvKind::GoSched:
    case EvKind::GoPark: case EvKind::GoUnpark: case EvKind::GoKilled:
    case EvKind::MemRead: case EvKind::MemWrite: case EvKind::AtomicRead: case EvKind::AtomicWrite:
    case EvKind::ChanMake: case EvKind::ChanSend: case EvKind::ChanRecv: case EvKind::ChanClose: case EvKind::Select:
    case EvKind::MutexLock: case EvKind::MutexUnlock:
    case EvKind::RWRLock: case EvKind::RWRUnlock: case EvKind::RWLock: case EvKind::RWUnlock:
    case EvKind::WgAdd: case EvKind::WgWait: case EvKind::OnceDone:
    case EvKind::Print: case EvKind::Panic: case EvKind::Fatal: case EvKind::Exit:
        return true;
    default:
        return false;
    }
}

bool hostKind(EvKind k)
{
    switch (k) {
    case EvKind::CfsPeriod: case EvKind::Throttle: case EvKind::Unthrottle: case EvKind::CpuRun: case EvKind::CpuPreempt:
        return true;
    default:
        return false;
    }
}

// Strings (variable names, printed text) compare by content, not by index:
// two traces intern in their own order.
std::string_view strOf(const trace::Trace &t, int32_t i) { return t.str(uint32_t(i)); }

bool same(const trace::Trace &ta, const trace::TraceEvent &a, const trace::Trace &tb, const trace::TraceEvent &b,
          DivergenceMode mode)
{
    if (a.kind != b.kind || a.g != b.g)
        return false;
    const trace::StringFields sf = trace::eventStringFields(a.kind);
    auto field = [&](int32_t x, int32_t y, bool isStr) { return isStr ? strOf(ta, x) == strOf(tb, y) : x == y; };
    if (mode == DivergenceMode::Exact)
        return a.time == b.time && a.reason == b.reason && a.p == b.p && a.m == b.m && field(a.a, b.a, sf.a)
            && field(a.b, b.b, sf.b) && a.c == b.c;
    if (mode == DivergenceMode::Schedule)
        return a.reason == b.reason && a.p == b.p && field(a.a, b.a, sf.a) && field(a.b, b.b, sf.b) && a.c == b.c;
    // Program: what the goroutine did, not where.
    switch (a.kind) {
    case EvKind::GoStart:  // a = inherited time slice: a scheduler detail
    case EvKind::GoEnd: case EvKind::GoKilled: case EvKind::GoSched:
        return true;
    case EvKind::GoCreate: return a.a == b.a && a.b == b.b;
    case EvKind::GoPark: return a.a == b.a && a.c == b.c;
    case EvKind::GoUnpark: return a.a == b.a;
    case EvKind::MemRead: case EvKind::MemWrite: case EvKind::AtomicRead: case EvKind::AtomicWrite:
        return field(a.b, b.b, sf.b) && a.c == b.c;
    case EvKind::Print: case EvKind::Panic: case EvKind::Fatal:
        return field(a.a, b.a, true) && a.b == b.b;
    case EvKind::Exit: return a.a == b.a;
    default: // channels, mutexes, wait groups: object id, detail and line
        return a.a == b.a && a.b == b.b && a.c == b.c;
    }
}

size_t nextCompared(const trace::Trace &t, size_t i, DivergenceMode mode)
{
    while (i < t.size() && !comparedInMode(t[i].kind, mode))
        ++i;
    return i;
}

QString describe(const trace::Trace &t, size_t i)
{
    if (i >= t.size())
        return QCoreApplication::translate("Divergence", "(the run had ended)");
    return narrate(t[i], t);
}

SimTime timeOf(const trace::Trace &t, size_t i)
{
    if (t.size() == 0) return 0;
    return t[std::min(i, t.size() - 1)].time;
}

} // namespace

bool comparedInMode(EvKind k, DivergenceMode mode)
{
    switch (mode) {
    case DivergenceMode::Program: return programKind(k);
    case DivergenceMode::Schedule: return !hostKind(k) && k != EvKind::Budget;
    case DivergenceMode::Exact: return true;
    }
    return true;
}

Divergence firstDivergence(const trace::Trace &a, const trace::Trace &b, DivergenceMode mode)
{
    Divergence d;
    size_t i = nextCompared(a, 0, mode), j = nextCompared(b, 0, mode);
    while (i < a.size() && j < b.size()) {
        if (!same(a, a[i], b, b[j], mode))
            break;
        ++d.matched;
        i = nextCompared(a, i + 1, mode);
        j = nextCompared(b, j + 1, mode);
    }
    d.diverged = i < a.size() || j < b.size();
    d.indexA = i;
    d.indexB = j;
    d.timeA = timeOf(a, i);
    d.timeB = timeOf(b, j);
    if (d.diverged) {
        d.whatA = describe(a, i);
        d.whatB = describe(b, j);
    }
    return d;
}

} // namespace gsl::ui
