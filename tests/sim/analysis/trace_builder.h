// trace_builder.h — hand-built traces for the analysis tests: one call per
// TraceEvent, times increasing by 1 µs per event.
#pragma once

#include "sim/trace/trace_event.h"
#include "sim/trace/wait_reason.h"

#include <vector>

namespace gsl::testing {

using trace::EvKind;
using trace::TraceEvent;

struct TB {
    std::vector<TraceEvent> ev;
    SimTime t = 0;
    TB &add(EvKind k, int g, int a = 0, int b = 0, int c = 0)
    {
        TraceEvent e;
        t += kMicrosecond;
        e.time = t;
        e.kind = k;
        e.g = g;
        e.a = a;
        e.b = b;
        e.c = c;
        ev.push_back(e);
        return *this;
    }
    TB &go(int child, int parent, int line) { return add(EvKind::GoCreate, child, parent, line); }
    TB &end(int g) { return add(EvKind::GoEnd, g); }
    TB &rd(int g, int addr, int line) { return add(EvKind::MemRead, g, addr, 0, line); }
    TB &wr(int g, int addr, int line) { return add(EvKind::MemWrite, g, addr, 0, line); }
    TB &ard(int g, int addr, int line) { return add(EvKind::AtomicRead, g, addr, 0, line); }
    TB &awr(int g, int addr, int line) { return add(EvKind::AtomicWrite, g, addr, 0, line); }
    TB &mkchan(int g, int ch, int cap) { return add(EvKind::ChanMake, g, ch, cap); }
    TB &send(int g, int ch, int to = 0) { return add(EvKind::ChanSend, g, ch, to); }
    TB &recv(int g, int ch, int ok = 1) { return add(EvKind::ChanRecv, g, ch, ok); }
    TB &close(int g, int ch) { return add(EvKind::ChanClose, g, ch); }
    TB &park(int g, int reason, int obj, int line = 0) { return add(EvKind::GoPark, g, reason, obj, line); }
    TB &unpark(int g, int waker) { return add(EvKind::GoUnpark, g, waker); }
    TB &lock(int g, int m) { return add(EvKind::MutexLock, g, m); }
    TB &unlock(int g, int m) { return add(EvKind::MutexUnlock, g, m); }
    TB &rlock(int g, int m) { return add(EvKind::RWRLock, g, m); }
    TB &runlock(int g, int m) { return add(EvKind::RWRUnlock, g, m); }
    TB &wlock(int g, int m) { return add(EvKind::RWLock, g, m); }
    TB &wunlock(int g, int m) { return add(EvKind::RWUnlock, g, m); }
    TB &wgadd(int g, int wg, int delta, int line = 0) { return add(EvKind::WgAdd, g, wg, delta, line); }
    TB &wgwait(int g, int wg) { return add(EvKind::WgWait, g, wg); }
    TB &once(int g, int o) { return add(EvKind::OnceDone, g, o); }
    TB &print(int g) { return add(EvKind::Print, g, 0, 0); }
    TB &exit(int status) { return add(EvKind::Exit, 0, status); }
};

} // namespace gsl::testing
