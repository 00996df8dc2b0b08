// hb.cpp — the synchronisation edges of HappensBefore (see hb.h for the list).
#include "sim/analysis/hb.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::analysis {

using trace::EvKind;
using trace::TraceEvent;

const char *edgeKindName(EdgeKind k)
{
    switch (k) {
    case EdgeKind::Go: return "go";
    case EdgeKind::ChanSendRecv: return "send->recv";
    case EdgeKind::ChanRecvSend: return "recv->send";
    case EdgeKind::ChanClose: return "close->recv";
    case EdgeKind::Mutex: return "unlock->lock";
    case EdgeKind::RWMutex: return "rwmutex";
    case EdgeKind::WaitGroup: return "done->wait";
    case EdgeKind::Once: return "once";
    case EdgeKind::Atomic: return "atomic";
    case EdgeKind::Print: return "stdout";
    case EdgeKind::Timer: return "timer";
    }
    return "?";
}

HappensBefore::GState &HappensBefore::gs(int32_t g)
{
    if (g < 0) throw std::logic_error("HappensBefore::gs: negative goroutine id");
    const size_t old = m_gs.size();
    if (size_t(g) >= old) {
        m_gs.resize(size_t(g) + 1);
        for (size_t i = old; i < m_gs.size(); ++i) {
            m_gs[i].clock.set(int32_t(i), 1);
            m_gs[i].info.goid = int32_t(i);
        }
    }
    return m_gs[size_t(g)];
}

const VClock &HappensBefore::clock(int32_t g) { return gs(g).clock; }
const GoroutineInfo &HappensBefore::goroutine(int32_t g) { return gs(g).info; }

HappensBefore::SyncObj &HappensBefore::obj(Obj kind, int32_t id)
{
    const uint64_t key = (uint64_t(kind) << 32) | uint32_t(id);
    return m_objs[key];
}

void HappensBefore::edge(size_t from, size_t to, EdgeKind k)
{
    if (m_opt.recordEdges && from != to) m_edges.push_back({from, to, k});
}

void HappensBefore::acquire(int32_t g, SyncObj &o, size_t index, EdgeKind k)
{
    gs(g).clock.join(o.clock);
    for (const Releaser &r : o.releasers)
        if (r.g != g) edge(r.index, index, k);
}

void HappensBefore::release(int32_t g, SyncObj &o, size_t index)
{
    GState &s = gs(g);
    o.clock.join(s.clock);
    bool found = false;
    for (Releaser &r : o.releasers)
        if (r.g == g) { r.index = index; found = true; }
    if (!found) o.releasers.push_back({g, index});
    // Later accesses of g must not look ordered before this release.
    s.clock.tick(g);
}

// exchange joins the clocks of both parties of an unbuffered hand-off
// (chan.go racesync: release, acquire by the partner, release, acquire).
void HappensBefore::exchange(int32_t a, size_t ia, int32_t b, size_t ib)
{
    VClock ca = gs(a).clock;
    gs(a).clock.join(gs(b).clock);
    gs(b).clock.join(ca);
    gs(a).clock.tick(a);
    gs(b).clock.tick(b);
    edge(ia, ib, EdgeKind::ChanSendRecv);
    edge(ib, ia, EdgeKind::ChanRecvSend);
}

// commitSend: the send of g on c completed; it is the j-th, so it waits for
// the (j-C)-th receive (memory model: k-th receive before the (k+C)-th send completes).
void HappensBefore::commitSend(int32_t c, int32_t g, size_t index)
{
    Chan &ch = chan(c);
    const uint64_t j = ++ch.nSend;
    if (j > uint64_t(ch.cap)) {
        const uint64_t k = j - uint64_t(ch.cap);
        while (!ch.recvs.empty() && ch.recvBase + 1 < k) { ch.recvs.pop_front(); ++ch.recvBase; }
        if (!ch.recvs.empty() && ch.recvBase + 1 == k) {
            gs(g).clock.join(ch.recvs.front().clock);
            edge(ch.recvs.front().index, index, EdgeKind::ChanRecvSend);
        }
    }
    ch.inFlight.push_back({g, index, gs(g).clock});
    gs(g).clock.tick(g);
}

// commitRecv: g received the oldest value in flight (channels are FIFO).
void HappensBefore::commitRecv(int32_t c, int32_t g, size_t index)
{
    Chan &ch = chan(c);
    ++ch.nRecv;
    if (!ch.inFlight.empty()) {
        gs(g).clock.join(ch.inFlight.front().clock);
        edge(ch.inFlight.front().index, index, EdgeKind::ChanSendRecv);
        ch.inFlight.pop_front();
    }
    if (ch.recvs.empty()) ch.recvBase = ch.nRecv - 1;
    ch.recvs.push_back({g, index, gs(g).clock});
    gs(g).clock.tick(g);
}

// parkedPartner finds the goroutine parked longest on channel c (its clock is
// frozen at the moment it started its operation), or -1.
int32_t HappensBefore::parkedPartner(int32_t c, int32_t self) const
{
    int32_t best = -1;
    uint64_t bestSeq = UINT64_MAX;
    for (size_t i = 0; i < m_gs.size(); ++i) {
        const GState &s = m_gs[i];
        if (int32_t(i) == self || s.parkedOn != c || s.prepairedChan == c) continue;
        if (s.parkSeq < bestSeq) { bestSeq = s.parkSeq; best = int32_t(i); }
    }
    return best;
}

void HappensBefore::onChanSend(const TraceEvent &e, size_t index)
{
    const int32_t c = e.a;
    GState &s = gs(e.g);
    if (s.prepairedChan == c) {
        s.prepairedChan = -1;
        edge(s.prepairedFrom, index, s.prepairedKind);
        return;
    }
    Chan &ch = chan(c);
    int32_t partner = e.b > 0 && e.b != e.g ? e.b : -1;           // direct hand-off to a parked receiver
    if (partner < 0 && ch.cap == 0 && ch.inFlight.empty()) partner = parkedPartner(c, e.g);
    if (partner >= 0) {
        if (ch.cap == 0) {
            ++ch.nSend;
            ++ch.nRecv;
            exchange(e.g, index, partner, index);
        } else {
            commitSend(c, e.g, index);
            commitRecv(c, partner, index);
        }
        gs(partner).prepairedChan = c;
        gs(partner).prepairedFrom = index;
        gs(partner).prepairedKind = EdgeKind::ChanSendRecv;
        return;
    }
    commitSend(c, e.g, index);
}

void HappensBefore::onChanRecv(const TraceEvent &e, size_t index)
{
    const int32_t c = e.a;
    GState &s = gs(e.g);
    if (s.prepairedChan == c) {
        s.prepairedChan = -1;
        edge(s.prepairedFrom, index, s.prepairedKind);
        return;
    }
    Chan &ch = chan(c);
    if (e.b == 0) {   // the channel was closed and drained: the zero value
        if (ch.closed) {
            gs(e.g).clock.join(ch.close.clock);
            edge(ch.close.index, index, EdgeKind::ChanClose);
        }
        return;
    }
    if (ch.inFlight.empty()) {
        const int32_t partner = parkedPartner(c, e.g);
        if (partner >= 0) {
            if (ch.cap == 0) {
                ++ch.nSend;
                ++ch.nRecv;
                exchange(partner, index, e.g, index);
            } else {
                commitSend(c, partner, index);
                commitRecv(c, e.g, index);
            }
            gs(partner).prepairedChan = c;
            gs(partner).prepairedFrom = index;
            gs(partner).prepairedKind = EdgeKind::ChanRecvSend;
            return;
        }
    }
    commitRecv(c, e.g, index);
}

void HappensBefore::step(const TraceEvent &e, size_t index)
{
    switch (e.kind) {
    case EvKind::GoCreate: {
        // g = the new goroutine, a = its creator. The go statement is a
        // release by the creator that the child starts from; the HB graph adds
        // the edge GoCreate -> the child's first event itself.
        GState &child = gs(e.g);
        child.info.creator = e.a;
        child.info.createdLine = e.b;
        child.info.createEvent = index;
        if (e.a > 0 && e.a != e.g) {
            VClock c = gs(e.a).clock;
            c.set(e.g, std::max<uint32_t>(1, gs(e.g).clock.get(e.g)));
            gs(e.g).clock = c;
            gs(e.a).clock.tick(e.a);
        }
        return;
    }
    case EvKind::GoEnd:
    case EvKind::GoKilled:
        gs(e.g).info.finished = e.kind == EvKind::GoEnd || gs(e.g).info.finished;
        gs(e.g).parkedOn = -1;
        return;
    case EvKind::GoPark:
        gs(e.g).parkedOn = e.b;
        gs(e.g).parkSeq = ++m_parkSeq;
        return;
    case EvKind::ChanMake:
        chan(e.a).cap = e.b;
        return;
    case EvKind::ChanSend:
        gs(e.g).parkedOn = -1;
        onChanSend(e, index);
        return;
    case EvKind::ChanRecv:
        gs(e.g).parkedOn = -1;
        onChanRecv(e, index);
        return;
    case EvKind::ChanClose: {
        Chan &ch = chan(e.a);
        ch.closed = true;
        ch.close.g = e.g;
        ch.close.index = index;
        ch.close.clock.join(gs(e.g).clock);
        gs(e.g).clock.tick(e.g);
        return;
    }
    case EvKind::MutexLock:
        gs(e.g).parkedOn = -1;
        acquire(e.g, obj(Obj::Mutex, e.a), index, EdgeKind::Mutex);
        return;
    case EvKind::MutexUnlock:
        release(e.g, obj(Obj::Mutex, e.a), index);
        return;
    case EvKind::RWRLock:
        gs(e.g).parkedOn = -1;
        acquire(e.g, obj(Obj::RWReader, e.a), index, EdgeKind::RWMutex);
        return;
    case EvKind::RWRUnlock:
        release(e.g, obj(Obj::RWWriter, e.a), index);
        return;
    case EvKind::RWLock:
        gs(e.g).parkedOn = -1;
        acquire(e.g, obj(Obj::RWReader, e.a), index, EdgeKind::RWMutex);
        acquire(e.g, obj(Obj::RWWriter, e.a), index, EdgeKind::RWMutex);
        return;
    case EvKind::RWUnlock:
        release(e.g, obj(Obj::RWReader, e.a), index);
        return;
    case EvKind::WgAdd:
        if (e.b < 0) release(e.g, obj(Obj::Wg, e.a), index);
        return;
    case EvKind::WgWait:
        gs(e.g).parkedOn = -1;
        acquire(e.g, obj(Obj::Wg, e.a), index, EdgeKind::WaitGroup);
        return;
    case EvKind::OnceDone:
        acquire(e.g, obj(Obj::Once, e.a), index, EdgeKind::Once);
        release(e.g, obj(Obj::Once, e.a), index);
        return;
    case EvKind::AtomicRead:
        acquire(e.g, obj(Obj::Atomic, e.a), index, EdgeKind::Atomic);
        return;
    case EvKind::AtomicWrite:
        // reason 1 = plain Store (REQUESTS-analysis.md): release only; Add/Swap/CAS also acquire.
        if (e.reason != 1) acquire(e.g, obj(Obj::Atomic, e.a), index, EdgeKind::Atomic);
        release(e.g, obj(Obj::Atomic, e.a), index);
        return;
    case EvKind::Print:
        if (m_opt.stdoutSync) {
            SyncObj &fd = obj(Obj::Fd, e.b == 1 ? 2 : 1);
            acquire(e.g, fd, index, EdgeKind::Print);
            release(e.g, fd, index);
        }
        return;
    case EvKind::TimerSet:
        release(e.g, obj(Obj::Timer, e.a), index);
        return;
    case EvKind::TimerFire:
        acquire(e.g, obj(Obj::Timer, e.a), index, EdgeKind::Timer);
        return;
    default:
        return;
    }
}

} // namespace gsl::analysis
