// snapshot.cpp — the live runtime as a trace::SchedState (keyframes, tests)
// and the invariant checker of RunConfig::checkInvariants.
#include "sim/runtime/simulation.h"

#include <stdexcept>
#include <string>

namespace gsl::runtime {

trace::SchedState Simulation::snapshot() const
{
    trace::SchedState s;
    s.time = m_res.trace.lastTime();
    s.gomaxprocs = m_gomaxprocs;
    s.cpus = m_cfg.cpus;
    s.ps.resize(m_ps.size());
    for (size_t i = 0; i < m_ps.size(); ++i) {
        const P &pp = m_ps[i];
        trace::PState &ps = s.ps[i];
        ps.status = pp.status;
        ps.m = pp.m;
        ps.curg = pp.curg;
        ps.runnext = pp.runnext;
        for (uint32_t k = pp.runqhead; k != pp.runqtail; ++k) ps.runq.push_back(pp.runq[k % kRunqSize]);
        ps.schedtick = pp.schedtick;
        ps.syscalltick = pp.syscalltick;
        if (int(i) < m_gomaxprocs && pp.status == PStatus::Idle) ++s.npidle;
    }
    s.nmcpu = m_nmcpu;
    s.globrunq.assign(m_globrunq.begin(), m_globrunq.end());
    s.ms.resize(m_ms.size());
    for (size_t i = 0; i < m_ms.size(); ++i) {
        const M &m = m_ms[i];
        trace::MState &ms = s.ms[i];
        ms.id = m.id;
        ms.p = m.p;
        ms.curg = m.curg;
        if (m.sysmon)
            ms.status = trace::MStatus::Sysmon;
        else if (m.idle)
            ms.status = trace::MStatus::Idle;
        else if (m.spinning)
            ms.status = trace::MStatus::Spinning;
        else
            ms.status = trace::MStatus::Running;
        s.nmspinning += ms.status == trace::MStatus::Spinning;
    }
    s.gs.resize(m_gs.size());
    for (size_t i = 1; i < m_gs.size(); ++i) {
        const G &gp = m_gs[i];
        trace::GState &gs = s.gs[i];
        gs.goid = gp.goid;
        gs.status = gp.status;
        gs.waitReason = gp.status == GStatus::Waiting ? gp.waitReason : 0;
        gs.p = (gp.status == GStatus::Runnable || gp.status == GStatus::Running) ? gp.p : -1;
        gs.m = gp.status == GStatus::Running ? gp.m : -1;
        gs.creator = gp.creator;
        gs.line = gp.line;
    }
    const auto &st = m_host->cfs();
    s.cfs.throttled = m_host->throttled();
    for (int c = 0; c < m_host->cpus(); ++c)
        if (m_host->cpuThrottled(c)) {
            const SimTime since = m_host->cpuThrottledSince(c);
            s.cfs.throttledCpus.emplace_back(c, since);
            if (s.cfs.throttledCpus.size() == 1 || since < s.cfs.throttledSince) s.cfs.throttledSince = since;
        }
    s.cfs.nrPeriods = st.nrPeriods;
    s.cfs.nrThrottled = st.nrThrottled;
    s.cfs.throttledTime = st.throttledTime;
    s.cfs.quotaUsed = m_derivedQuotaUsed;
    return s;
}

// checkInvariants: every goroutine in exactly one place, ring bounds, the
// idle/spinning counters, the CFS quota. Throws naming the invariant.
void Simulation::checkInvariants() const
{
    auto fail = [](const std::string &what) { throw std::logic_error("checkInvariants: " + what); };
    std::vector<int> places(m_gs.size(), 0);
    auto place = [&](int32_t goid, const char *where) {
        if (goid <= 0 || size_t(goid) >= m_gs.size()) fail(std::string("bad goid in ") + where);
        if (++places[size_t(goid)] > 1) fail("g" + std::to_string(goid) + " is in two places (" + where + ")");
        if (m_gs[size_t(goid)].status != GStatus::Runnable && std::string(where) != "running")
            fail("g" + std::to_string(goid) + " queued but not runnable");
    };
    int idle = 0;
    for (size_t i = 0; i < m_ps.size(); ++i) {
        const P &pp = m_ps[i];
        if (pp.runqsize() > kRunqSize) fail("runq of p" + std::to_string(i) + " exceeds 256");
        for (uint32_t k = pp.runqhead; k != pp.runqtail; ++k) place(pp.runq[k % kRunqSize], "runq");
        if (pp.runnext) place(pp.runnext, "runnext");
        if (pp.curg) place(pp.curg, "running");
        if (int(i) < m_gomaxprocs && pp.status == PStatus::Idle && !pp.reserved) ++idle;
        if (pp.status == PStatus::Idle && pp.curg != 0) fail("idle p" + std::to_string(i) + " runs a G");
    }
    for (int32_t goid : m_globrunq) place(goid, "global runq");
    if (idle != int(m_pidle.size())) fail("npidle does not match the idle Ps");
    int spinning = 0;
    for (const M &m : m_ms) spinning += m.spinning;
    if (spinning != m_nmspinning) fail("nmspinning does not match the spinning Ms");
    for (size_t i = 1; i < m_gs.size(); ++i) {
        const G &gp = m_gs[i];
        const bool queued = gp.status == GStatus::Runnable || gp.status == GStatus::Running;
        if (queued && places[i] != 1) fail("g" + std::to_string(i) + " is runnable but in no queue");
        if (!queued && places[i] != 0) fail("g" + std::to_string(i) + " is queued but not runnable");
    }
    // Local budgets do not expire at the refill, so a period may use up to
    // one slice per CPU more than the quota (go-runtime.md §7.1), never more.
    if (m_host->quota() >= 0) {
        if (m_host->pool() < 0 || m_host->pool() > m_host->quota()) fail("CFS pool outside [0, quota]");
        for (int c = 0; c < m_host->cpus(); ++c)
            if (m_host->localBudget(c) > host::Host::kSlice) fail("CFS local budget above one slice");
        if (m_host->quotaUsedThisPeriod() > m_host->quota() + m_host->cpus() * host::Host::kSlice)
            fail("CFS quota overrun");
    }
    checkWaitQueues();
    // Simulated time never goes backwards (Trace::push checks event order;
    // this checks the clock against the last event).
    if (m_res.trace.pushed() > 0 && m_res.trace.lastTime() > m_q.now())
        fail("time went backwards: last event at " + std::to_string(m_res.trace.lastTime()) +
             "ns, clock at " + std::to_string(m_q.now()) + "ns");
}

// checkWaitQueues: a waiting goroutine is on at most one wait queue (a
// channel's sendq/recvq, a semaphore of a WaitGroup, Mutex, RWMutex or Once,
// or a sleep timer), except that a goroutine blocked in select has one sudog
// per channel case and nothing else (Go's selectgo enqueues on every case).
// Entries of goroutines that were woken are lazily deleted (parkSeq), so only
// live entries count.
void Simulation::checkWaitQueues() const
{
    std::vector<int> plain(m_gs.size(), 0), selects(m_gs.size(), 0);
    auto count = [&](const Queue<Sudog> &q, const char *what) {
        for (const Sudog &s : q) {
            if (s.goid <= 0 || size_t(s.goid) >= m_gs.size())
                throw std::logic_error(std::string("checkInvariants: bad goid on a ") + what + " queue");
            if (!liveSudog(s)) continue;
            ++(s.caseIndex >= 0 ? selects : plain)[size_t(s.goid)];
        }
    };
    for (const Chan &c : m_chans) {
        count(c.recvq, "channel receive");
        count(c.sendq, "channel send");
    }
    for (const WaitGroup &w : m_wgs) count(w.sema, "WaitGroup");
    for (const Mutex &mu : m_mutexes) count(mu.sema, "Mutex");
    for (const RWMutex &rw : m_rws) {
        count(rw.readerq, "RWMutex reader");
        count(rw.writerq, "RWMutex writer");
    }
    for (const Once &o : m_onces) count(o.waiters, "Once");
    for (const Timer &t : m_timers)
        if (t.active && t.sleeper > 0 && size_t(t.sleeper) < m_gs.size() &&
            m_gs[size_t(t.sleeper)].status == GStatus::Waiting && m_gs[size_t(t.sleeper)].parkSeq == t.sleeperSeq)
            ++plain[size_t(t.sleeper)];
    for (size_t i = 1; i < m_gs.size(); ++i) {
        if (plain[i] > 1 || (plain[i] == 1 && selects[i] > 0))
            throw std::logic_error("checkInvariants: g" + std::to_string(i) + " is in two wait queues");
    }
}

// checkKeyframe: replay the events since the last check and compare.
void Simulation::checkKeyframe(const trace::SchedState &keyframe)
{
    const trace::Trace &t = m_res.trace;
    if (!m_invReplay) {
        m_invReplay = std::make_unique<trace::SchedState>(t.initialState());
        m_invApplied = 0;
    }
    try {
        for (; m_invApplied < t.size(); ++m_invApplied) trace::apply(*m_invReplay, t[m_invApplied], t);
    } catch (const std::exception &e) {
        throw std::logic_error("checkInvariants: the trace does not replay at event " + std::to_string(m_invApplied) +
                               ": " + e.what());
    }
    if (*m_invReplay == keyframe) return;
    const trace::SchedState &r = *m_invReplay;
    std::string why;
    if (r.ps != keyframe.ps) {
        why += " ps";
        // name the first P that differs and how (replayed / live)
        if (r.ps.size() != keyframe.ps.size()) {
            why += " (" + std::to_string(r.ps.size()) + " Ps replayed, " + std::to_string(keyframe.ps.size()) + " live)";
        } else {
            for (size_t i = 0; i < r.ps.size(); ++i) {
                const trace::PState &a = r.ps[i], &b = keyframe.ps[i];
                if (a == b) continue;
                auto field = [&](const char *name, long long x, long long y) {
                    if (x != y) why += std::string(" ") + name + " " + std::to_string(x) + "/" + std::to_string(y);
                };
                why += " (p" + std::to_string(i) + ":";
                field("status", int(a.status), int(b.status));
                field("m", a.m, b.m);
                field("curg", a.curg, b.curg);
                field("runnext", a.runnext, b.runnext);
                field("runq", (long long)a.runq.size(), (long long)b.runq.size());
                field("schedtick", a.schedtick, b.schedtick);
                field("syscalltick", a.syscalltick, b.syscalltick);
                why += ")";
                break;
            }
        }
    }
    if (r.ms != keyframe.ms) why += " ms";
    if (r.gs != keyframe.gs) why += " gs";
    if (r.globrunq != keyframe.globrunq) why += " globrunq";
    if (!(r.cfs == keyframe.cfs)) why += " cfs";
    if (r.npidle != keyframe.npidle || r.nmspinning != keyframe.nmspinning || r.nmcpu != keyframe.nmcpu)
        why += " counters";
    if (r.time != keyframe.time || r.gomaxprocs != keyframe.gomaxprocs || r.cpus != keyframe.cpus) why += " header";
    throw std::logic_error("checkInvariants: keyframe at event " + std::to_string(t.size()) +
                           " differs from the replayed trace in" + why);
}

void Simulation::debugCorrupt(Corruption what)
{
    switch (what) {
    case Corruption::DuplicateG: {
        P &pp = m_ps[0];
        pp.runq[pp.runqtail % kRunqSize] = 1;
        ++pp.runqtail;
        break;
    }
    case Corruption::SpinningCount: ++m_nmspinning; break;
    case Corruption::TwoWaitQueues:
        // Copy the first live plain sudog of a channel onto the other queue.
        for (Chan &c : m_chans) {
            for (const Sudog &s : c.recvq)
                if (liveSudog(s) && s.caseIndex < 0) { c.sendq.push_back(s); return; }
            for (const Sudog &s : c.sendq)
                if (liveSudog(s) && s.caseIndex < 0) { c.recvq.push_back(s); return; }
        }
        throw std::logic_error("debugCorrupt: no goroutine is blocked on a channel");
    }
}

} // namespace gsl::runtime
