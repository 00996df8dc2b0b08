// apply.cpp — apply(): the state change of every event kind, exactly as the
// comments of trace_event.h (written by the runtime owner) and
// sim/trace/EVENTS.md (the cases they leave open) say. Queue moves are in
// apply_queue.cpp.
#include "sim/trace/sched_state.h"

#include "sim/trace/apply_detail.h"
#include "sim/trace/trace.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace gsl::trace {

namespace detail {

[[noreturn]] void fail(const TraceEvent &e, const std::string &what)
{
    throw std::logic_error("apply: " + std::string(eventKindName(e.kind)) + " g" + std::to_string(e.g)
                           + " p" + std::to_string(e.p) + " m" + std::to_string(e.m) + ": " + what);
}

GState &gOf(SchedState &s, const TraceEvent &e, int32_t goid)
{
    if (goid <= 0 || size_t(goid) >= s.gs.size())
        fail(e, "unknown goroutine " + std::to_string(goid));
    return s.gs[size_t(goid)];
}
PState &pOf(SchedState &s, const TraceEvent &e, int32_t id)
{
    if (id < 0 || size_t(id) >= s.ps.size())
        fail(e, "unknown P " + std::to_string(id));
    return s.ps[size_t(id)];
}
MState &mOf(SchedState &s, const TraceEvent &e, int32_t id)
{
    if (id < 0 || size_t(id) >= s.ms.size())
        fail(e, "unknown M " + std::to_string(id));
    return s.ms[size_t(id)];
}

void unbindG(SchedState &s, GState &g)
{
    if (g.p >= 0 && size_t(g.p) < s.ps.size() && s.ps[size_t(g.p)].curg == g.goid)
        s.ps[size_t(g.p)].curg = 0;
    if (g.m >= 0 && size_t(g.m) < s.ms.size() && s.ms[size_t(g.m)].curg == g.goid)
        s.ms[size_t(g.m)].curg = 0;
    g.p = -1;
    g.m = -1;
}

void removeFromQueues(SchedState &s, int32_t goid)
{
    for (PState &p : s.ps) {
        if (p.runnext == goid)
            p.runnext = 0;
        eraseFrom(p.runq, goid);
    }
    eraseFrom(s.globrunq, goid);
}

void recountPs(SchedState &s)
{
    int32_t n = 0;
    for (size_t i = 0; i < s.ps.size() && int32_t(i) < s.gomaxprocs; ++i)
        n += s.ps[i].status == PStatus::Idle;
    s.npidle = n;
}

void recountMs(SchedState &s)
{
    int32_t spin = 0, cpu = 0;
    for (const MState &m : s.ms) {
        spin += m.status == MStatus::Spinning;
        cpu += m.status == MStatus::Running || m.status == MStatus::Spinning;
    }
    s.nmspinning = spin;
    s.nmcpu = cpu;
}

void bindPM(SchedState &s, const TraceEvent &e)
{
    PState &p = pOf(s, e, e.p);
    MState &m = mOf(s, e, e.m);
    if (p.m >= 0 && p.m != e.m && size_t(p.m) < s.ms.size() && s.ms[size_t(p.m)].p == e.p)
        s.ms[size_t(p.m)].p = -1;
    p.status = PStatus::Running;
    p.m = e.m;
    m.p = e.p;
    if (m.status == MStatus::Idle)
        m.status = MStatus::Running;
}

void unbindP(SchedState &s, PState &p, int32_t pid)
{
    if (p.m >= 0 && size_t(p.m) < s.ms.size() && s.ms[size_t(p.m)].p == pid)
        s.ms[size_t(p.m)].p = -1;
    p.m = -1;
    if (p.curg > 0 && size_t(p.curg) < s.gs.size() && s.gs[size_t(p.curg)].p == pid)
        s.gs[size_t(p.curg)].p = -1;
    p.curg = 0;
}

void takeToRun(SchedState &s, const TraceEvent &e, int32_t goid, int32_t pid)
{
    GState &g = gOf(s, e, goid);
    g.p = pid;
}

void pushRing(const TraceEvent &e, PState &p, int32_t goid, bool head)
{
    if (p.runq.size() >= 256)
        fail(e, "runqput: queue overflow");
    if (head)
        p.runq.insert(p.runq.begin(), goid);
    else
        p.runq.push_back(goid);
}

} // namespace detail

namespace {
using namespace detail;

void procresize(SchedState &s, const TraceEvent &e)
{
    int32_t nw = e.a;
    if (nw < 1)
        fail(e, "GOMAXPROCS " + std::to_string(nw));
    for (size_t i = size_t(nw); i < s.ps.size(); ++i) {
        PState &p = s.ps[i];
        if (p.status == PStatus::Dead)
            continue;
        if (p.runnext != 0 || !p.runq.empty())
            fail(e, "P" + std::to_string(i) + " dies with Gs still queued");
        unbindP(s, p, int32_t(i));
        p.status = PStatus::Dead;
    }
    if (s.ps.size() < size_t(nw))
        s.ps.resize(size_t(nw));
    for (size_t i = 0; i < size_t(nw); ++i)
        if (s.ps[i].status == PStatus::Dead) {
            // Revived: it starts _Pidle and empty, but keeps its tick counters,
            // as the runtime does (go1.19 proc.go procresize reuses allp[i];
            // (*p).init and (*p).destroy leave schedtick and syscalltick alone).
            PState revived;
            revived.schedtick = s.ps[i].schedtick;
            revived.syscalltick = s.ps[i].syscalltick;
            s.ps[i] = revived;
        }
    s.gomaxprocs = nw;
}

void applyProcM(SchedState &s, const TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::ProcStart: bindPM(s, e); break;
    case EvKind::ProcStop: {
        PState &p = pOf(s, e, e.p);
        unbindP(s, p, e.p);
        p.status = e.a == 1 ? PStatus::Dead : PStatus::Idle;
        break;
    }
    case EvKind::MStart: {
        if (e.m < 0)
            fail(e, "no M id");
        if (s.ms.size() <= size_t(e.m))
            s.ms.resize(size_t(e.m) + 1);
        MState &m = s.ms[size_t(e.m)];
        m = MState{};
        m.id = e.m;
        m.status = e.b == 1 ? MStatus::Sysmon : e.a == 1 ? MStatus::Spinning : MStatus::Running;
        break; // p is the P handed over; ProcStart binds it when the M runs

    }
    case EvKind::MSpin: mOf(s, e, e.m).status = MStatus::Spinning; break;
    case EvKind::MSpinStop: {
        mOf(s, e, e.m).status = MStatus::Running;
        break;
    }
    case EvKind::MPark: {
        MState &m = mOf(s, e, e.m);
        m.status = MStatus::Idle;
        m.p = -1;
        m.curg = 0;
        break;
    }
    case EvKind::MWake: {
        MState &m = mOf(s, e, e.m);
        m.status = e.a == 1 ? MStatus::Spinning : MStatus::Running;
        break; // ProcStart binds p when the M runs

    }
    case EvKind::Retake: break; // a request only: GoPreempt / ProcStop follow
    case EvKind::GoMaxProcs: procresize(s, e); break;
    case EvKind::STWStart:
        for (PState &p : s.ps)
            if (p.status != PStatus::Dead)
                p.status = PStatus::GcStop;
        break;
    case EvKind::STWDone:
        for (PState &p : s.ps)
            if (p.status == PStatus::GcStop)
                p.status = p.m >= 0 ? PStatus::Running : PStatus::Idle;
        // The goroutine that stopped the world runs on, on P e.p: after a
        // GOMAXPROCS resize killed its P it moved to P0 (ProcStop dead=1,
        // ProcStart p=0 left P0 without a curg).
        if (e.g > 0 && size_t(e.g) < s.gs.size() && e.p >= 0 && size_t(e.p) < s.ps.size() &&
            s.gs[size_t(e.g)].status == GStatus::Running) {
            s.ps[size_t(e.p)].curg = e.g;
            s.gs[size_t(e.g)].p = e.p;
        }
        break;
    default: break;
    }
    recountPs(s);
    recountMs(s);
}

void applyG(SchedState &s, const TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::GoCreate: {
        if (e.g <= 0)
            fail(e, "goid must be >= 1");
        if (s.gs.size() <= size_t(e.g))
            s.gs.resize(size_t(e.g) + 1);
        GState &g = s.gs[size_t(e.g)];
        if (g.status != GStatus::Idle && g.status != GStatus::Dead)
            fail(e, "goroutine already exists");
        g = GState{};
        g.goid = e.g;
        g.status = GStatus::Runnable;
        g.creator = e.a;
        g.line = e.b;
        break;
    }
    case EvKind::GoStart: {
        GState &g = gOf(s, e, e.g);
        if (g.status != GStatus::Runnable)
            fail(e, "goroutine is not runnable");
        PState &p = pOf(s, e, e.p);
        if (p.curg != 0)
            fail(e, "P already runs g" + std::to_string(p.curg));
        g.status = GStatus::Running;
        g.p = e.p;
        g.m = e.m;
        p.curg = e.g;
        if (e.m >= 0)
            mOf(s, e, e.m).curg = e.g;
        if (e.a == 0)
            ++p.schedtick;
        break;
    }
    case EvKind::GoEnd:
    case EvKind::GoKilled: {
        GState &g = gOf(s, e, e.g);
        unbindG(s, g);
        if (e.kind == EvKind::GoKilled)
            removeFromQueues(s, e.g);
        g.status = GStatus::Dead;
        g.waitReason = 0;
        break;
    }
    case EvKind::GoSched:
    case EvKind::GoPreempt: {
        GState &g = gOf(s, e, e.g);
        if (g.status != GStatus::Running)
            fail(e, "goroutine is not running");
        unbindG(s, g);
        g.status = GStatus::Runnable;
        break;
    }
    case EvKind::GoPark: {
        GState &g = gOf(s, e, e.g);
        if (g.status != GStatus::Running)
            fail(e, "goroutine is not running");
        unbindG(s, g);
        g.status = GStatus::Waiting;
        g.waitReason = e.a;
        if (e.c != 0)
            g.line = e.c;
        break;
    }
    case EvKind::GoUnpark: {
        GState &g = gOf(s, e, e.g);
        if (g.status != GStatus::Waiting)
            fail(e, "goroutine is not waiting");
        g.status = GStatus::Runnable;
        g.waitReason = 0;
        g.p = -1; // in hand: the RunqPut that follows places it
        break;
    }
    default: break;
    }
}

} // namespace

void apply(SchedState &s, const TraceEvent &e, const Trace &)
{
    if (e.time > s.time)
        s.cfs.quotaUsed += (e.time - s.time) * cfsRunning(s.nmcpu, s.cpus, int32_t(s.cfs.throttledCpus.size()));
    s.time = e.time;
    switch (e.kind) {
    case EvKind::GoCreate: case EvKind::GoStart: case EvKind::GoEnd: case EvKind::GoSched:
    case EvKind::GoPreempt: case EvKind::GoPark: case EvKind::GoUnpark: case EvKind::GoKilled:
        applyG(s, e);
        break;
    case EvKind::RunqPut: case EvKind::RunqGet: case EvKind::GlobRunqPut: case EvKind::GlobRunqGet:
    case EvKind::ProcSteal: case EvKind::RunqOverflow: case EvKind::ForcedPick:
        applyQueue(s, e);
        break;
    case EvKind::ProcStart: case EvKind::ProcStop: case EvKind::MStart: case EvKind::MSpin:
    case EvKind::MSpinStop: case EvKind::MPark: case EvKind::MWake: case EvKind::Retake:
    case EvKind::GoMaxProcs: case EvKind::STWStart: case EvKind::STWDone:
        applyProcM(s, e);
        break;
    case EvKind::MemRead: case EvKind::MemWrite: case EvKind::AtomicRead: case EvKind::AtomicWrite:
    case EvKind::ChanMake: case EvKind::ChanSend: case EvKind::ChanRecv: case EvKind::ChanClose:
    case EvKind::Select: case EvKind::MutexLock: case EvKind::MutexUnlock: case EvKind::RWRLock:
    case EvKind::RWRUnlock: case EvKind::RWLock: case EvKind::RWUnlock: case EvKind::WgAdd:
    case EvKind::WgWait: case EvKind::OnceDone:
        if (e.c != 0 && e.g > 0 && size_t(e.g) < s.gs.size())
            s.gs[size_t(e.g)].line = e.c;
        break;
    case EvKind::CfsPeriod:
        s.cfs.nrPeriods += e.b == 1;
        s.cfs.quotaUsed = 0;
        break;
    case EvKind::Throttle: {
        auto &v = s.cfs.throttledCpus;
        auto it = std::lower_bound(v.begin(), v.end(), std::pair<int32_t, SimTime>{e.a, std::numeric_limits<SimTime>::min()});
        if (it != v.end() && it->first == e.a) break;
        if (v.empty()) {
            s.cfs.throttled = true;
            ++s.cfs.nrThrottled;
            s.cfs.throttledSince = e.time;
        }
        v.insert(it, {e.a, e.time});
        break;
    }
    case EvKind::Unthrottle: {
        auto &v = s.cfs.throttledCpus;
        auto it = std::lower_bound(v.begin(), v.end(), std::pair<int32_t, SimTime>{e.a, std::numeric_limits<SimTime>::min()});
        if (it == v.end() || it->first != e.a) break;
        s.cfs.throttledTime += e.time - it->second;
        v.erase(it);
        if (v.empty()) {
            s.cfs.throttled = false;
            s.cfs.throttledSince = 0;
        }
        break;
    }
    default: break;
    }
}

} // namespace gsl::trace