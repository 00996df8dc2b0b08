// schedtrace.cpp — Go 1.19's schedtrace() (proc.go) over a SchedState.
//
// Field order, spelling and number formats follow proc.go exactly (checked
// field by field against real output in tests/sim/trace/data/). Values the
// model does not have are printed as a quiet runtime would show them:
//   gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0 (no GC, no locked Ms,
//   no stop-the-world wait in progress), gfreecnt=0 (no free-G cache),
//   timerslen=0 (the per-P timer heaps are not in the SchedState),
//   mallocing=0 throwing=0 preemptoff= locks=0 dying=0 lockedg=-1 lockedm=-1.
// Simplifications: Go prints a G's last wait reason even after it was
// readied ("status=2(chan receive)"); SchedState clears it on GoUnpark, so we
// print "()" for a G that is not waiting. Go also lists its own runtime
// goroutines (forcegc, bgsweep, bgscavenge: G2-G4) and numbers user
// goroutines after them; the model has none of them.
#include "sim/trace/schedtrace.h"

#include "sim/trace/trace.h"
#include "sim/trace/wait_reason.h"

#include <algorithm>

namespace gsl::trace {

namespace {
void add(std::string &out, int64_t v) { out += std::to_string(v); }
} // namespace

std::string formatSchedtrace(const SchedState &s, bool detail)
{
    std::string out;
    int32_t nmidle = 0;
    for (const MState &m : s.ms)
        nmidle += m.status == MStatus::Idle;
    out += "SCHED ";
    add(out, s.time / 1000000);
    out += "ms: gomaxprocs=";
    add(out, s.gomaxprocs);
    out += " idleprocs=";
    add(out, s.npidle);
    out += " threads=";
    add(out, int64_t(s.ms.size()));
    out += " spinningthreads=";
    add(out, s.nmspinning);
    out += " idlethreads=";
    add(out, nmidle);
    out += " runqueue=";
    add(out, int64_t(s.globrunq.size()));
    if (detail)
        out += " gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n";
    // allp has gomaxprocs entries (procresize trims it).
    size_t np = std::min(s.ps.size(), size_t(std::max(s.gomaxprocs, 0)));
    for (size_t i = 0; i < np; ++i) {
        const PState &p = s.ps[i];
        if (detail) {
            out += "  P";
            add(out, int64_t(i));
            out += ": status=";
            add(out, int(p.status));
            out += " schedtick=";
            add(out, p.schedtick);
            out += " syscalltick=";
            add(out, p.syscalltick);
            out += " m=";
            add(out, p.m);
            out += " runqsize=";
            add(out, int64_t(p.runq.size()));
            out += " gfreecnt=0 timerslen=0\n";
        } else {
            out += i == 0 ? " [" : " ";
            add(out, int64_t(p.runq.size()));
            if (i + 1 == np)
                out += "]\n";
        }
    }
    if (!detail) {
        if (np == 0)
            out += '\n'; // Go prints no bracket and no newline here; keep lines whole
        return out;
    }
    // allm is a list with the newest M first.
    for (size_t j = s.ms.size(); j-- > 0;) {
        const MState &m = s.ms[j];
        out += "  M";
        add(out, int64_t(j));
        out += ": p=";
        add(out, m.p);
        out += " curg=";
        add(out, m.curg > 0 ? m.curg : -1);
        out += " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=";
        out += m.status == MStatus::Spinning ? "true" : "false";
        out += " blocked=";
        out += m.status == MStatus::Idle ? "true" : "false";
        out += " lockedg=-1\n";
    }
    // allgs in creation order, dead ones included.
    for (size_t k = 1; k < s.gs.size(); ++k) {
        const GState &g = s.gs[k];
        if (g.goid == 0)
            continue;
        out += "  G";
        add(out, g.goid);
        out += ": status=";
        add(out, int(g.status));
        out += '(';
        if (g.status == GStatus::Waiting)
            out += waitReasonString(g.waitReason);
        out += ") m=";
        add(out, g.m);
        out += " lockedm=-1\n";
    }
    return out;
}

std::string schedtraceText(const Trace &t, SimDur period, bool detail)
{
    std::string out;
    if (period <= 0)
        return out;
    SimTime end = t.size() ? t.events().back().time : 0;
    size_t idx = 0;
    SchedState s = stateAt(t, 0);
    // sysmon prints at once (starttime = the first print), then every period.
    for (SimTime at = 0; at <= end; at += period) {
        while (idx < t.size() && t[idx].time <= at)
            apply(s, t[idx++], t);
        SchedState shown = s;
        shown.time = at;
        out += formatSchedtrace(shown, detail);
    }
    return out;
}

} // namespace gsl::trace
