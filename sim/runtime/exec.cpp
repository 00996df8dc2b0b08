// exec.cpp — running goroutine code: the step/perform cycle with the
// executor, gopark/goready, newproc, Gosched/preemption, exit and panics.
//
// Each step the executor returns is charged on the M's CPU (its cost plus
// the runtime's own cost of the operation, MachineProfile), and performed
// when that work is done. Preemption is checked at that boundary: always
// with async preemption (Go >= 1.14), only at safe points (call prologues)
// without it.
#include "sim/runtime/simulation.h"

#include <utility>

#include "sim/engine/cold_create.h"

#include "sim/trace/wait_reason.h"

#include <stdexcept>

namespace gsl::runtime {

using program::ReqKind;
using trace::EvKind;

SimDur Simulation::opCost(const program::Request &r) const
{
    switch (r.kind) {
    case ReqKind::Go: return m_prof.goCreateCost;
    case ReqKind::ChanMake: case ReqKind::ChanSend: case ReqKind::ChanRecv: case ReqKind::ChanClose:
    case ReqKind::Select: case ReqKind::TimerMake: case ReqKind::TimerStop: case ReqKind::Sleep:
        return m_prof.chanOpCost;
    case ReqKind::MutexLock: case ReqKind::MutexUnlock: case ReqKind::MutexTryLock: case ReqKind::RWRLock:
    case ReqKind::RWRUnlock: case ReqKind::RWLock: case ReqKind::RWUnlock: case ReqKind::WgAdd:
    case ReqKind::WgWait: case ReqKind::OnceBegin: case ReqKind::OnceEnd:
        return m_prof.lockCost / 2;
    case ReqKind::Atomic: return m_prof.atomicCost;
    case ReqKind::Print: return m_prof.printCost;
    default: return 0;
    }
}

uint32_t Simulation::varString(uint32_t var)
{
    if (var >= m_varStr.size()) m_varStr.resize(size_t(var) + 1, 0);
    if (m_varStr[var] == 0) m_varStr[var] = m_res.trace.intern(m_exec.name(var)) + 1;
    return m_varStr[var] - 1;
}

// A system goroutine's one step: runfinq finds finq empty and parks
// (mfinal.go runfinq: lock, test, goparkunlock), about the work of an
// uncontended channel operation.
static const program::Request kSystemStep = [] {
    program::Request r;
    r.kind = program::ReqKind::Compute;
    return r;
}();

void Simulation::stepG(M &m, G &gp)
{
    if (gp.system) {
        gp.req = &kSystemStep;
        gp.reqPending = true;
        work(m, m_prof.chanOpCost, MPhase::Step);
        return;
    }
    if (m_pendingFinalizer && gp.goid == 1) startFinalizer(m);
    program::StepEnv env;
    env.now = m_q.now();
    env.numCPU = m_cfg.cpus;
    env.preemptPending = gp.preempt;
    env.asyncPreempt = m_cfg.go.asyncPreempt();
    setAhead(m, gp, env);
    const program::Request &r = m_exec.step(gp.ctx, gp.done, env);
    // Reset field by field (same as = Completion{}; keeps the panic string's buffer).
    gp.done.v = program::Value{};
    gp.done.n = 0;
    gp.done.ok = false;
    gp.done.index = -1;
    gp.done.panic.clear();
    gp.req = &r;
    gp.reqPending = true;
    m_res.steps += r.steps;
    m_point += r.aheadSteps;   // each step run ahead is a scheduling point passed (stepPoint)
    // gopanic's runningPanicDefers++: from here until fatalpanic, main
    // returning waits for the panic (goexit). The cold run of gopanic is
    // charged with the step (coldStepCost).
    if (r.kind == ReqKind::Panic) ++m_panicsUnwinding;
    const SimDur after = std::exchange(gp.afterCost, 0);   // the previous step's tail (cold.cpp)
    work(m, after + (r.cost - r.aheadNs) + (r.kind == ReqKind::Go ? goCreateCostOn(m.p) : opCost(r)) + coldStepCost(r, m.p),
         MPhase::Step, r.aheadNs + r.aheadJitterNs);
}

// goCreateCostOn: what newproc costs on P p. gfget (proc.go) reuses a dead G
// from p's free list, refilled from the global list: the warm goCreateCost.
// Without one, newproc1 calls malg for a new G and its stack, which in a fresh
// process costs far more, by the index of that new G (stack-cache refills,
// new stack spans: sim/engine/cold_create.h, drawn on the Latency stream).
// Simplification: the runtime's start-up goroutines are part of the measured
// pattern, not counted here.
SimDur Simulation::goCreateCostOn(int32_t p)
{
    if (m_ps[size_t(p)].gFree > 0 || m_gFreeGlobal > 0) return m_prof.goCreateCost;
    return engine::coldCreateCost(m_newGs + 1, m_prof, m_rngLatency);
}

// gfget (proc.go): take a dead G from pp's free list, first moving up to 32
// from the global list when pp's is empty. false: malg allocates a new one.
bool Simulation::gfget(P &pp)
{
    if (pp.gFree == 0 && m_gFreeGlobal > 0) {
        const int32_t n = std::min<int32_t>(32, m_gFreeGlobal);
        pp.gFree += n;
        m_gFreeGlobal -= n;
    }
    if (pp.gFree == 0) return false;
    --pp.gFree;
    return true;
}

// gfput (proc.go): a dead G goes on its P's free list; at 64, the list is
// trimmed to 32 onto the global list.
void Simulation::gfput(P &pp)
{
    if (++pp.gFree >= 64) {
        m_gFreeGlobal += pp.gFree - 31;
        pp.gFree = 31;
    }
}

void Simulation::completeAndContinue(M &m, G &gp)
{
    stepG(m, gp);
}

// performStep performs the current G's pending request at its instant.
void Simulation::performStep(M &m)
{
    if (m.frozen) return;   // preempted by a fatal panic's freezetheworld
    G &gp = g(m.curg);
    if (gp.system) {
        gp.reqPending = false;
        gopark(m, gp, trace::wait::FinalizerWait, 0, 0);
        return;
    }
    const program::Request &r = *gp.req;
    if (m_probing) probeAt(m, &gp);
    if (r.kind == ReqKind::Load || r.kind == ReqKind::Store || r.kind == ReqKind::Atomic) jointAhead(m, gp);
    if (stepPoint(m, gp)) return;
    if (gp.preempt && (r.safePoint || m_cfg.go.asyncPreempt())) {
        goschedImpl(m, gp, true, !r.safePoint);
        return;
    }
    gp.reqPending = false;
    const int32_t line = r.line;
    bool cont = true;
    switch (r.kind) {
    case ReqKind::Compute: break;
    case ReqKind::Load:
        emit(EvKind::MemRead, gp.goid, m.p, m.id, int32_t(r.access.addr), int32_t(varString(r.access.var)), line);
        break;
    case ReqKind::Store:
        emit(EvKind::MemWrite, gp.goid, m.p, m.id, int32_t(r.access.addr), int32_t(varString(r.access.var)), line);
        break;
    case ReqKind::Atomic:
        emit(r.atomicOp == program::AtomicOp::Load ? EvKind::AtomicRead : EvKind::AtomicWrite, gp.goid, m.p, m.id,
             int32_t(r.access.addr), int32_t(varString(r.access.var)), line);
        break;
    case ReqKind::Go: newproc(m, gp); break;
    case ReqKind::ChanMake: {
        Chan &c = chan(r.obj);
        c.made = true;
        c.cap = uint32_t(r.n < 0 ? 0 : r.n);
        emit(EvKind::ChanMake, gp.goid, m.p, m.id, int32_t(r.obj), int32_t(r.n), line);
        break;
    }
    case ReqKind::ChanLen: gp.done.n = r.obj ? int64_t(chan(r.obj).buf.size()) : 0; break;  // len(ch)
    case ReqKind::ChanSend: cont = chansend(m, gp, r.obj, r.v, line); break;
    case ReqKind::ChanRecv: cont = chanrecv(m, gp, r.obj, line); break;
    case ReqKind::ChanClose: cont = closechan(m, gp, r.obj, line); break;
    case ReqKind::Select: cont = selectgo(m, gp, r); break;
    case ReqKind::WgAdd: cont = wgAdd(m, gp, r.obj, r.n, line); break;
    case ReqKind::WgWait: cont = wgWait(m, gp, r.obj, line); break;
    case ReqKind::MutexLock: cont = mutexLock(m, gp, r.obj, line); break;
    case ReqKind::MutexUnlock: cont = mutexUnlock(m, gp, r.obj, line); break;
    case ReqKind::MutexTryLock: {
        if (r.obj >= m_mutexes.size()) m_mutexes.resize(r.obj + 1);
        Mutex &mu = m_mutexes[r.obj];
        gp.done.ok = !mu.locked && !mu.starving;
        if (gp.done.ok) {
            mu.locked = true;
            emit(EvKind::MutexLock, gp.goid, m.p, m.id, int32_t(r.obj), 0, line);
        }
        break;
    }
    case ReqKind::RWRLock: cont = rwRLock(m, gp, r.obj, line); break;
    case ReqKind::RWRUnlock: cont = rwRUnlock(m, gp, r.obj, line); break;
    case ReqKind::RWLock: cont = rwLock(m, gp, r.obj, line); break;
    case ReqKind::RWUnlock: cont = rwUnlock(m, gp, r.obj, line); break;
    case ReqKind::OnceBegin: cont = onceBegin(m, gp, r.obj, line); break;
    case ReqKind::OnceEnd: cont = onceEnd(m, gp, r.obj, line); break;
    case ReqKind::Sleep: {
        if (r.n <= 0) break;
        const uint32_t seq = ++gp.parkSeq;
        const int32_t id = addTimer(m.p, m_q.now() + r.n, gp.goid, 0, 0, 0);
        m_timers[size_t(id)].sleeperSeq = seq;
        emit(EvKind::TimerSet, gp.goid, m.p, m.id, id, int32_t(uint32_t((m_q.now() + r.n) / kMicrosecond)), line);
        gopark(m, gp, trace::wait::Sleep, 0, line);
        cont = false;
        break;
    }
    case ReqKind::TimerMake: {
        Chan &c = chan(r.obj2);
        c.made = true;
        c.cap = 1;
        if (r.obj >= m_timerOfObj.size()) m_timerOfObj.resize(r.obj + 1, -1);
        if (const int32_t old = m_timerOfObj[r.obj]; old >= 0) {
            m_timers[size_t(old)].active = false;
            ++m_timers[size_t(old)].gen;
        }
        const SimTime when = m_q.now() + (r.n > 0 ? r.n : 0);
        const int32_t id = addTimer(m.p, when, 0, r.obj2, r.obj, r.period);
        m_timerOfObj[r.obj] = id;
        emit(EvKind::TimerSet, gp.goid, m.p, m.id, id, int32_t(uint32_t(when / kMicrosecond)), line);
        break;
    }
    case ReqKind::TimerStop: {
        gp.done.ok = false;
        if (r.obj < m_timerOfObj.size() && m_timerOfObj[r.obj] >= 0) {
            Timer &t = m_timers[size_t(m_timerOfObj[r.obj])];
            gp.done.ok = t.active;
            t.active = false;
            ++t.gen;
        }
        break;
    }
    case ReqKind::Gosched: goschedImpl(m, gp, false, false); cont = false; break;
    case ReqKind::GoMaxProcs: {
        gp.done.n = m_gomaxprocs;
        if (r.n > 0) {
            if (!stopTheWorldResize(m, gp, int(r.n))) cont = false;
        }
        break;
    }
    case ReqKind::NumGoroutine: gp.done.n = m_live; break;
    case ReqKind::Print: {
        (r.toStderr ? m_res.stderrText : m_res.stdoutText) += r.text;
        gp.afterCost += coldWriteAfter(r);
        emit(EvKind::Print, gp.goid, m.p, m.id, int32_t(m_res.trace.intern(r.text)), r.toStderr ? 1 : 0, line);
        break;
    }
    case ReqKind::Exit: finish(int(r.n)); cont = false; break;
    case ReqKind::Panic: doPanic(m, gp, r.text); cont = false; break;
    case ReqKind::Fatal:
        if (r.n == 1) stopBudget("heap memory", "--max-memory", r.text);
        else doFatal(&gp, r.text);
        cont = false;
        break;
    case ReqKind::GoEnd: goexit(m, gp); cont = false; break;
    }
    if (cont && !m_finished) stepG(m, gp);
}

void Simulation::gopark(M &m, G &gp, int32_t reason, int32_t obj, int32_t line)
{
    gp.status = GStatus::Waiting;
    gp.waitReason = reason;
    gp.p = -1;
    gp.m = -1;
    gp.preempt = false;
    emit(EvKind::GoPark, gp.goid, m.p, m.id, reason, obj, line);
    schedule(m, coldParkCost(reason, obj));
}

// goready makes a waiting G runnable in runnext of the waker's P, then wakep.
void Simulation::goready(G &gp, int32_t waker, int32_t pid)
{
    if (gp.status != GStatus::Waiting) throw std::logic_error("goready: goroutine is not waiting");
    gp.status = GStatus::Runnable;
    gp.waitReason = 0;
    ++gp.parkSeq;
    emit(EvKind::GoUnpark, gp.goid, pid, -1, waker);
    runqput(m_ps[size_t(pid)], gp.goid, true);
    wakep();
}

void Simulation::newproc(M &m, G &parent)
{
    G ng;
    ng.goid = int32_t(m_gs.size());
    ng.line = parent.req ? parent.req->line : 0;
    ng.ctx = m_exec.spawn(parent.ctx);
    ng.status = GStatus::Runnable;
    ng.creator = parent.goid;
    if (!gfget(m_ps[size_t(m.p)])) ++m_newGs;
    const int32_t line = ng.line;
    m_gs.push_back(ng);
    ++m_live;
    ++m_res.goroutinesCreated;
    emit(EvKind::GoCreate, ng.goid, m.p, m.id, parent.goid, line);
    runqput(m_ps[size_t(m.p)], ng.goid, true);
    wakep();
}

// startFinalizer: go1.19's package initialisation of os (os.NewFile ->
// runtime.SetFinalizer -> createfing) ran `go runfinq()` on main's P just
// before main.main: runfinq waits in runnext (main.main's first `go` kicks
// it to the ring tail, go-runtime.md 1.6) and newproc's wakep has woken an
// idle M if a P is idle. Simplification: both happen at main's first step;
// the real wakep came a few microseconds earlier, during the remaining
// package initialisation.
void Simulation::startFinalizer(M &m)
{
    m_pendingFinalizer = false;
    G fing;
    fing.goid = int32_t(m_gs.size());
    fing.status = GStatus::Runnable;
    fing.creator = 1;
    fing.system = true;
    m_gs.push_back(fing);
    emit(EvKind::GoCreate, fing.goid, m.p, m.id, 1, 0);
    runqput(m_ps[size_t(m.p)], fing.goid, true);
    wakep();
}

// goschedImpl: Gosched and preemption put the G on the global queue tail.
// forced: a schedule's Preempt (forced.h): GoPreempt a=0 c=1.
void Simulation::goschedImpl(M &m, G &gp, bool preempted, bool async, bool forced)
{
    gp.status = GStatus::Runnable;
    gp.preempt = false;
    if (preempted)
        emit(EvKind::GoPreempt, gp.goid, m.p, m.id, async ? 1 : 0, 0, forced ? 1 : 0);
    else
        emit(EvKind::GoSched, gp.goid, m.p, m.id, 0);
    m_ps[size_t(m.p)].curg = 0;
    m.curg = 0;
    globrunqput(gp.goid, preempted ? trace::GlobWhy::Preempt : trace::GlobWhy::Gosched);
    schedule(m);
}

// goyield: like Gosched but to the local tail (sema hand-off).
void Simulation::goyield(M &m, G &gp)
{
    gp.status = GStatus::Runnable;
    gp.preempt = false;
    emit(EvKind::GoSched, gp.goid, m.p, m.id, 1);
    m_ps[size_t(m.p)].curg = 0;
    m.curg = 0;
    runqput(m_ps[size_t(m.p)], gp.goid, false);
    schedule(m);
}

void Simulation::goexit(M &m, G &gp)
{
    if (gp.goid == 1) {
        if (m_cfg.race) {
            // TSan's atexit_sleep_ms=1000: the main thread sleeps holding its P
            // while the other Ps keep running (that is when -race reports races
            // of goroutines that outlive main at GOMAXPROCS >= 2).
            m_exiting = true;
            delay(m, 1000 * kMillisecond, MPhase::Exiting);
            return;
        }
        if (m_panicsUnwinding > 0 || m_freezing) {
            // runtime.main (proc.go) after main.main returns: while another
            // goroutine's panic is unwinding (runningPanicDefers != 0) main
            // Goscheds, up to 1000 times; once that panic has set panicking
            // (m_freezing) it parks for good (waitReasonPanicWait), and the
            // panic ends the process with status 2 after what main printed. Simplification:
            // main waits the whole unwinding (1000 Goscheds, ~0.2 ms, outlast
            // gopanic's cold run except in its far tail) and parks at once.
            gopark(m, gp, trace::wait::Panicwait, 0, 0);
            return;
        }
        emit(EvKind::GoEnd, gp.goid, m.p, m.id);
        gp.status = GStatus::Dead;
        --m_live;
        finish(0);
        return;
    }
    emit(EvKind::GoEnd, gp.goid, m.p, m.id);
    gp.status = GStatus::Dead;
    gp.p = -1;
    gp.m = -1;
    --m_live;
    gfput(m_ps[size_t(m.p)]);
    m_exec.release(gp.ctx);
    schedule(m);
}

// doPanic: an unrecovered panic reaches fatalpanic (its cold gopanic run was
// charged with the step: cold.cpp). startpanic_m sets panicking (main
// returning from now on parks for good) and calls freezetheworld; the panic
// is printed after it, then exit(2).
void Simulation::doPanic(M &m, G &gp, const std::string &text)
{
    if (m_panicsUnwinding > 0) --m_panicsUnwinding;
    if (m_freezing) {
        // A second fatal panic blocks on paniclk in startpanic_m while the
        // first one finishes: its M does nothing more.
        m.frozen = true;
        return;
    }
    std::string msg = text;
    if (msg.rfind("panic: ", 0) != 0) msg = "panic: " + msg;
    // As the program itself prints it; `exit status 2` is go run's line, not the program's.
    m_panicText = msg + "\n\ngoroutine " + std::to_string(gp.goid) + " [running]:\n" + m_exec.traceback(gp.ctx) +
                  m_exec.createdBy(gp.ctx);
    emit(EvKind::Panic, gp.goid, gp.p, gp.m, int32_t(m_res.trace.intern(msg)));
    freezeTheWorld(m);
}

// freezeTheWorld is go1.19's freezetheworld (proc.go), called by startpanic_m:
// sched.gcwaiting = 1, then preemptall + usleep(1000) while another P still
// runs a goroutine, then usleep(1000), preemptall, usleep(1000). Modelled:
//  - goroutines running on other Ps now are preempted and never run again
//    (Simplification: at once; async preemption takes microseconds);
//  - an M that starts looking for work sees gcwaiting and stops (gcstopm),
//    as does a spinning M at its next victim (stealWork checks gcwaiting per
//    victim); but an M inside runqgrab's usleep(3) backoff still takes the
//    victim's runnext and runs it: that goroutine (e.g. main, readied by the
//    Done that hit zero) runs until the next preemptall, 1 ms later;
//  - the process exits 2 ms after the freeze began, 3 ms when the first
//    preemptall found a running goroutine; the panic is printed at the end.
void Simulation::freezeTheWorld(M &m)
{
    m_freezing = true;
    for (M &om : m_ms)
        if (om.id != m.id && om.curg != 0 && !om.sysmon) {
            om.frozen = true;
            m_freezeFoundRunning = true;
        }
    m.frozen = true;
    delay(m, kMillisecond, MPhase::Freezing);
}

// freezeDone: the preemptall 1 ms into the freeze stops whatever the window
// let run; nothing runs after it, and the process exits after the last
// usleep(1000) (and the extra round, when the first preemptall found one).
void Simulation::freezeDone(M &)
{
    m_res.stderrText += m_panicText;
    finish(2, m_freezeFoundRunning ? 2 * kMillisecond : kMillisecond);
}

// freezeTheWorldTime: a throw's exit delay (fatalthrow -> startpanic_m ->
// the same freezetheworld): 2 ms, 3 ms when another P was running a
// goroutine. Simplification: for a throw nothing runs during it (no window
// for an M in a steal backoff, unlike freezeTheWorld).
SimDur Simulation::freezeTheWorldTime(int32_t self) const
{
    SimDur t = 2 * kMillisecond;
    for (const P &pp : m_ps)
        if (pp.id != self && pp.status == PStatus::Running && pp.curg != 0) return t + kMillisecond;
    return t;
}

void Simulation::doFatal(G *gp, const std::string &text)
{
    std::string msg = text;
    if (msg.rfind("fatal error: ", 0) != 0) msg = "fatal error: " + msg;
    std::string out = msg + "\n";
    if (gp)
        out += "\ngoroutine " + std::to_string(gp->goid) + " [running]:\n" + m_exec.traceback(gp->ctx) +
               m_exec.createdBy(gp->ctx);
    m_res.stderrText += out;
    emit(EvKind::Fatal, gp ? gp->goid : 0, gp ? gp->p : -1, gp ? gp->m : -1, int32_t(m_res.trace.intern(msg)));
    // throw -> fatalthrow -> startpanic_m: the same freezetheworld.
    finish(2, freezeTheWorldTime(gp ? gp->p : -1));
}

} // namespace gsl::runtime
