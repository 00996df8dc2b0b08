// chan.cpp — channels and select (go-runtime.md §4.3, §4.4; chan.go, select.go).
// Direct hand-off to a waiting partner without yielding, FIFO wait queues,
// a buffered ring, close waking everybody, nil channels blocking forever.
// Wait queues hold sudogs; a sudog is dead once its G was readied by another
// case of the same select (parkSeq changed), and dead ones are skipped.
#include "sim/runtime/simulation.h"

#include "sim/trace/wait_reason.h"

#include <algorithm>
#include <vector>

namespace gsl::runtime {

using program::ObjId;
using program::Value;
using trace::EvKind;

Chan &Simulation::chan(ObjId id)
{
    if (id >= m_chans.size()) m_chans.resize(size_t(id) + 1);
    return m_chans[id];
}

bool Simulation::liveSudog(const Sudog &s) const
{
    const G &gp = m_gs[size_t(s.goid)];
    return gp.status == GStatus::Waiting && gp.parkSeq == s.parkSeq;
}

namespace {
// popLive removes dead sudogs at the front; returns the first live one or null.
template <class Sim>
Sudog *frontLive(Queue<Sudog> &q, const Sim &live)
{
    while (!q.empty() && !live(q.front())) q.pop_front();
    return q.empty() ? nullptr : &q.front();
}
} // namespace

bool Simulation::chansend(M &m, G &gp, ObjId c, const Value &v, int32_t line)
{
    if (c == 0) {
        gopark(m, gp, trace::wait::ChanSendNilChan, 0, line);
        return false;
    }
    Chan &ch = chan(c);
    if (ch.closed) {
        gp.done.panic = "send on closed channel";
        return true;
    }
    auto live = [this](const Sudog &s) { return liveSudog(s); };
    if (Sudog *s = frontLive(ch.recvq, live)) {
        G &r = g(s->goid);
        r.done.v = v;
        r.done.ok = true;
        r.done.index = s->caseIndex;
        ch.recvq.pop_front();
        emit(EvKind::ChanSend, gp.goid, m.p, m.id, int32_t(c), r.goid, line);
        emit(EvKind::ChanRecv, r.goid, m.p, -1, int32_t(c), 1, 0);
        goready(r, gp.goid, m.p);
        return true;
    }
    if (ch.buf.size() < ch.cap) {
        ch.buf.push_back(v);
        emit(EvKind::ChanSend, gp.goid, m.p, m.id, int32_t(c), 0, line);
        return true;
    }
    ch.sendq.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, v});
    gopark(m, gp, trace::wait::ChanSend, int32_t(c), line);
    return false;
}

bool Simulation::chanrecv(M &m, G &gp, ObjId c, int32_t line)
{
    if (c == 0) {
        gopark(m, gp, trace::wait::ChanReceiveNilChan, 0, line);
        return false;
    }
    Chan &ch = chan(c);
    auto live = [this](const Sudog &s) { return liveSudog(s); };
    if (!ch.buf.empty()) {
        gp.done.v = ch.buf.front();
        gp.done.ok = true;
        ch.buf.pop_front();
        emit(EvKind::ChanRecv, gp.goid, m.p, m.id, int32_t(c), 1, line);
        // A blocked sender's value moves into the freed slot.
        if (Sudog *s = frontLive(ch.sendq, live)) {
            G &sd = g(s->goid);
            ch.buf.push_back(s->v);
            sd.done.index = s->caseIndex;
            ch.sendq.pop_front();
            emit(EvKind::ChanSend, sd.goid, m.p, -1, int32_t(c), 0, 0);
            goready(sd, gp.goid, m.p);
        }
        return true;
    }
    if (Sudog *s = frontLive(ch.sendq, live)) {
        G &sd = g(s->goid);
        gp.done.v = s->v;
        gp.done.ok = true;
        sd.done.index = s->caseIndex;
        ch.sendq.pop_front();
        emit(EvKind::ChanSend, sd.goid, m.p, -1, int32_t(c), gp.goid, 0);
        emit(EvKind::ChanRecv, gp.goid, m.p, m.id, int32_t(c), 1, line);
        goready(sd, gp.goid, m.p);
        return true;
    }
    if (ch.closed) {
        gp.done.v = Value{};
        gp.done.ok = false;
        emit(EvKind::ChanRecv, gp.goid, m.p, m.id, int32_t(c), 0, line);
        return true;
    }
    ch.recvq.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, Value{}});
    gopark(m, gp, trace::wait::ChanReceive, int32_t(c), line);
    return false;
}

// closechan wakes every receiver (zero value, ok=false) and every sender
// (they panic). Go collects them on a LIFO gList and readies them in that
// order, each into runnext: net effect for receivers R1,R2,R3: runnext=R1,
// ring tail ...R3,R2.
bool Simulation::closechan(M &m, G &gp, ObjId c, int32_t line)
{
    if (c == 0) {
        gp.done.panic = "close of nil channel";
        return true;
    }
    Chan &ch = chan(c);
    if (ch.closed) {
        gp.done.panic = "close of closed channel";
        return true;
    }
    ch.closed = true;
    emit(EvKind::ChanClose, gp.goid, m.p, m.id, int32_t(c), 0, line);
    std::vector<int32_t> glist;
    // A goroutine blocked in select can have several sudogs here (two cases
    // on this channel, or a send and a receive case). Only the first one
    // dequeued wins, as Go's dequeue() skips a select sudog whose
    // g.selectDone is already set (chan.go); the others are stale.
    auto taken = [&glist](int32_t goid) { return std::find(glist.begin(), glist.end(), goid) != glist.end(); };
    for (const Sudog &s : ch.recvq) {
        if (!liveSudog(s) || taken(s.goid)) continue;
        G &r = g(s.goid);
        r.done.v = Value{};
        r.done.ok = false;
        r.done.index = s.caseIndex;
        emit(EvKind::ChanRecv, r.goid, m.p, -1, int32_t(c), 0, 0);
        glist.push_back(s.goid);
    }
    for (const Sudog &s : ch.sendq) {
        if (!liveSudog(s) || taken(s.goid)) continue;
        G &sd = g(s.goid);
        sd.done.index = s.caseIndex;
        sd.done.panic = "send on closed channel";
        glist.push_back(s.goid);
    }
    ch.recvq.clear();
    ch.sendq.clear();
    for (auto it = glist.rbegin(); it != glist.rend(); ++it) goready(g(*it), gp.goid, m.p);
    return true;
}

// selectgo: uniformly random among ready cases (random poll order from the
// select RNG stream), default when none, else park on every channel.
bool Simulation::selectgo(M &m, G &gp, const program::Request &r)
{
    const int32_t line = r.line;
    std::vector<int32_t> order;
    order.reserve(size_t(r.ncases));
    for (int32_t i = 0; i < r.ncases; ++i)
        if (r.cases[i].chan != 0) order.push_back(i);
    for (size_t i = 1; i < order.size(); ++i)
        std::swap(order[i], order[m_rngSelect.bounded(uint32_t(i + 1))]);
    auto live = [this](const Sudog &s) { return liveSudog(s); };
    for (int32_t i : order) {
        const program::SelectCase &sc = r.cases[i];
        Chan &ch = chan(sc.chan);
        bool ready;
        if (sc.send)
            ready = ch.closed || frontLive(ch.recvq, live) || ch.buf.size() < ch.cap;
        else
            ready = !ch.buf.empty() || frontLive(ch.sendq, live) || ch.closed;
        if (!ready) continue;
        emit(EvKind::Select, gp.goid, m.p, m.id, int32_t(sc.chan), i, line);
        const bool cont = sc.send ? chansend(m, gp, sc.chan, sc.v, line) : chanrecv(m, gp, sc.chan, line);
        gp.done.index = i;
        return cont;
    }
    if (r.hasDefault) {
        gp.done.index = -1;
        emit(EvKind::Select, gp.goid, m.p, m.id, 0, -1, line);
        return true;
    }
    if (order.empty()) {
        gopark(m, gp, r.ncases == 0 ? trace::wait::SelectNoCases : trace::wait::Select, 0, line);
        return false;
    }
    const uint32_t seq = ++gp.parkSeq;
    for (int32_t i : order) {
        const program::SelectCase &sc = r.cases[i];
        Chan &ch = chan(sc.chan);
        (sc.send ? ch.sendq : ch.recvq).push_back(Sudog{gp.goid, seq, i, sc.v});
    }
    gopark(m, gp, trace::wait::Select, 0, line);
    return false;
}

// timerSend: the runtime's non-blocking send of the current time on a
// timer's channel (capacity 1; a Tick drops the tick when the buffer is full).
bool Simulation::timerSend(ObjId c, int32_t pid)
{
    Chan &ch = chan(c);
    const Value v = Value::ofInt(m_q.now());
    auto live = [this](const Sudog &s) { return liveSudog(s); };
    if (Sudog *s = frontLive(ch.recvq, live)) {
        G &r = g(s->goid);
        r.done.v = v;
        r.done.ok = true;
        r.done.index = s->caseIndex;
        ch.recvq.pop_front();
        emit(EvKind::ChanRecv, r.goid, pid, -1, int32_t(c), 1, 0);
        goready(r, 0, pid);
        return true;
    }
    if (ch.buf.size() < ch.cap) {
        ch.buf.push_back(v);
        return true;
    }
    return false;
}

} // namespace gsl::runtime
