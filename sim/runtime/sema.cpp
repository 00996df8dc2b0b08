// sema.cpp — sync.WaitGroup, Mutex, RWMutex and Once on semaphore queues
// (go-runtime.md §5.1–§5.3; sync/waitgroup.go, sync/mutex.go, sema.go).
// Wait reasons are go1.19's: every sync blocking shows as "semacquire".
//
// Simplification: Mutex spinning (canSpin: multicore, GOMAXPROCS > npidle +
// nmspinning + 1, empty local runq, at most 4 x procyield(30)) is not
// modelled; a contended Lock queues at once. At GOMAXPROCS=1 Go never spins
// either, and elsewhere spinning only shifts a lock grab by ~100 ns.
#include "sim/runtime/simulation.h"

#include "sim/trace/wait_reason.h"

namespace gsl::runtime {

using program::ObjId;
using trace::EvKind;

template <class T>
static T &obj(std::vector<T> &v, ObjId id)
{
    if (id >= v.size()) v.resize(size_t(id) + 1);
    return v[id];
}

bool Simulation::wgAdd(M &m, G &gp, ObjId id, int64_t delta, int32_t line)
{
    WaitGroup &wg = obj(m_wgs, id);
    wg.counter += int32_t(delta);
    const int32_t v = wg.counter;
    const uint32_t w = wg.waiters;
    emit(EvKind::WgAdd, gp.goid, m.p, m.id, int32_t(id), int32_t(delta), line);
    if (v < 0) {
        gp.done.panic = "sync: negative WaitGroup counter";
        return true;
    }
    if (w != 0 && delta > 0 && v == int32_t(delta)) {
        gp.done.panic = "sync: WaitGroup misuse: Add called concurrently with Wait";
        return true;
    }
    if (v > 0 || w == 0) return true;
    // Counter reached 0 with waiters: reset the state, release every waiter.
    wg.waiters = 0;
    Queue<Sudog> q;
    q.swap(wg.sema);
    // Each waiter's Wait returns when it runs again, as a step of its own
    // (a scheduling point where a forced schedule can preempt or pick): it
    // re-reads the state there (wgWait), as waitgroup.go does after
    // runtime_Semacquire.
    for (const Sudog &s : q) {
        if (!liveSudog(s)) continue;
        G &w2 = g(s.goid);
        w2.wgRecheck = id;
        w2.reqPending = true;
        goready(w2, gp.goid, m.p);
    }
    return true;
}

bool Simulation::wgWait(M &m, G &gp, ObjId id, int32_t line)
{
    WaitGroup &wg = obj(m_wgs, id);
    if (gp.wgRecheck == id) {
        // Woken by the Add/Done that reached 0: Wait returns, after checking
        // that nobody reused the WaitGroup meanwhile (waitgroup.go Wait).
        gp.wgRecheck = 0;
        emit(EvKind::WgWait, gp.goid, m.p, m.id, int32_t(id), 0, line);
        if (wg.counter != 0 || wg.waiters != 0)
            gp.done.panic = "sync: WaitGroup is reused before previous Wait has returned";
        return true;
    }
    if (wg.counter == 0) {
        emit(EvKind::WgWait, gp.goid, m.p, m.id, int32_t(id), 0, line);
        return true;
    }
    ++wg.waiters;
    wg.sema.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, {}});
    gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
    return false;
}

// mutexIdle (program::SyncView): Lock would take the Mutex at once and
// Unlock would find nobody to wake, changing nothing else (a loop of them
// may run ahead, interp_loop.cpp). An untouched Mutex is idle.
bool Simulation::mutexIdle(ObjId id) const
{
    if (id >= m_mutexes.size()) return true;
    const Mutex &mu = m_mutexes[id];
    return !mu.locked && !mu.starving && mu.sema.empty();
}

bool Simulation::mutexLock(M &m, G &gp, ObjId id, int32_t line)
{
    Mutex &mu = obj(m_mutexes, id);
    if (!mu.locked) {
        mu.locked = true;
        gp.mutexWoken = false;
        gp.waitStart = 0;
        emit(EvKind::MutexLock, gp.goid, m.p, m.id, int32_t(id), 0, line);
        return true;
    }
    // Queue: a woken waiter that lost the race goes back to the FRONT (LIFO)
    // and switches the mutex to starvation mode after 1 ms of waiting.
    const bool lifo = gp.waitStart != 0;
    if (gp.waitStart == 0) gp.waitStart = m_q.now();
    if (gp.mutexWoken && m_q.now() - gp.waitStart > kMillisecond) mu.starving = true;
    gp.mutexWoken = false;
    const Sudog s{gp.goid, ++gp.parkSeq, -1, {}};
    if (lifo)
        mu.sema.push_front(s);
    else
        mu.sema.push_back(s);
    gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
    return false;
}

bool Simulation::mutexUnlock(M &m, G &gp, ObjId id, int32_t line)
{
    Mutex &mu = obj(m_mutexes, id);
    if (!mu.locked) {
        doFatal(&gp, "sync: unlock of unlocked mutex");
        return false;
    }
    emit(EvKind::MutexUnlock, gp.goid, m.p, m.id, int32_t(id), 0, line);
    while (!mu.sema.empty() && !liveSudog(mu.sema.front())) mu.sema.pop_front();
    if (mu.sema.empty()) {
        mu.locked = false;
        mu.starving = false;
        return true;
    }
    const Sudog s = mu.sema.front();
    mu.sema.pop_front();
    G &w = g(s.goid);
    if (!mu.starving) {
        // Normal mode: the woken waiter does not own the lock; it retries.
        mu.locked = false;
        w.mutexWoken = true;
        w.reqPending = true;
        goready(w, gp.goid, m.p);
        return true;
    }
    // Starvation mode: hand the lock straight to the waiter, yield to it.
    const bool last = mu.sema.empty();
    if (last || m_q.now() - w.waitStart < kMillisecond) mu.starving = false;
    w.waitStart = 0;
    w.mutexWoken = false;
    emit(EvKind::MutexLock, w.goid, m.p, -1, int32_t(id), 1, 0);
    goready(w, gp.goid, m.p);
    goyield(m, gp);
    return false;
}

bool Simulation::rwRLock(M &m, G &gp, ObjId id, int32_t line)
{
    RWMutex &rw = obj(m_rws, id);
    if (rw.writer || rw.writerPending) {
        rw.readerq.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, {}});
        gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
        return false;
    }
    ++rw.readers;
    emit(EvKind::RWRLock, gp.goid, m.p, m.id, int32_t(id), 0, line);
    return true;
}

bool Simulation::rwRUnlock(M &m, G &gp, ObjId id, int32_t line)
{
    RWMutex &rw = obj(m_rws, id);
    if (rw.readers <= 0) {
        doFatal(&gp, "sync: RUnlock of unlocked RWMutex");
        return false;
    }
    --rw.readers;
    emit(EvKind::RWRUnlock, gp.goid, m.p, m.id, int32_t(id), 0, line);
    if (rw.writerPending && --rw.writerWaitingReaders <= 0) {
        rw.writerPending = false;
        rw.writer = true;
        G &w = g(rw.pendingWriter);
        emit(EvKind::RWLock, w.goid, m.p, -1, int32_t(id), 0, 0);
        goready(w, gp.goid, m.p);
    }
    return true;
}

// rwLock: writer preference as Go's: a writer first excludes other writers,
// then announces itself (new readers block) and waits for active readers.
bool Simulation::rwLock(M &m, G &gp, ObjId id, int32_t line)
{
    RWMutex &rw = obj(m_rws, id);
    if (rw.writer || rw.writerPending) {
        rw.writerq.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, {}});
        gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
        return false;
    }
    if (rw.readers > 0) {
        rw.writerPending = true;
        rw.pendingWriter = gp.goid;
        rw.writerWaitingReaders = rw.readers;
        ++gp.parkSeq;
        gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
        return false;
    }
    rw.writer = true;
    emit(EvKind::RWLock, gp.goid, m.p, m.id, int32_t(id), 0, line);
    return true;
}

bool Simulation::rwUnlock(M &m, G &gp, ObjId id, int32_t line)
{
    RWMutex &rw = obj(m_rws, id);
    if (!rw.writer) {
        doFatal(&gp, "sync: Unlock of unlocked RWMutex");
        return false;
    }
    rw.writer = false;
    emit(EvKind::RWUnlock, gp.goid, m.p, m.id, int32_t(id), 0, line);
    // Readers that queued behind this writer go first (Go's Unlock releases them).
    Queue<Sudog> rq;
    rq.swap(rw.readerq);
    for (const Sudog &s : rq) {
        if (!liveSudog(s)) continue;
        ++rw.readers;
        G &r = g(s.goid);
        emit(EvKind::RWRLock, r.goid, m.p, -1, int32_t(id), 0, 0);
        goready(r, gp.goid, m.p);
    }
    while (!rw.writerq.empty()) {
        const Sudog s = rw.writerq.front();
        rw.writerq.pop_front();
        if (!liveSudog(s)) continue;
        if (rw.readers > 0) {
            rw.writerPending = true;
            rw.pendingWriter = s.goid;
            rw.writerWaitingReaders = rw.readers;
        } else {
            rw.writer = true;
            G &w = g(s.goid);
            emit(EvKind::RWLock, w.goid, m.p, -1, int32_t(id), 0, 0);
            goready(w, gp.goid, m.p);
        }
        break;
    }
    return true;
}

bool Simulation::onceBegin(M &m, G &gp, ObjId id, int32_t line)
{
    Once &o = obj(m_onces, id);
    if (o.state == 2) {
        gp.done.n = 0;
        return true;
    }
    if (o.state == 0) {
        o.state = 1;
        gp.done.n = 1;
        return true;
    }
    // Another goroutine runs f: wait on Once's mutex.
    o.waiters.push_back(Sudog{gp.goid, ++gp.parkSeq, -1, {}});
    gopark(m, gp, trace::wait::Semacquire, int32_t(id), line);
    return false;
}

bool Simulation::onceEnd(M &m, G &gp, ObjId id, int32_t line)
{
    Once &o = obj(m_onces, id);
    o.state = 2;
    emit(EvKind::OnceDone, gp.goid, m.p, m.id, int32_t(id), 0, line);
    Queue<Sudog> q;
    q.swap(o.waiters);
    for (const Sudog &s : q) {
        if (!liveSudog(s)) continue;
        G &w = g(s.goid);
        w.done.n = 0;
        goready(w, gp.goid, m.p);
    }
    return true;
}

} // namespace gsl::runtime
