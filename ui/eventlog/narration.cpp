#include "ui/eventlog/narration.h"

#include "sim/trace/wait_reason.h"

namespace gsl::ui {

using trace::EvKind;

namespace {

QString G(int32_t g) { return QStringLiteral("G%1").arg(g); }
QString P(int32_t p) { return QStringLiteral("P%1").arg(p); }
QString M(int32_t m) { return QStringLiteral("M%1").arg(m); }
QString S(const trace::Trace &t, int32_t i) { return QString::fromUtf8(t.str(uint32_t(i)).data(), qsizetype(t.str(uint32_t(i)).size())); }
QString wr(int32_t r)
{
    const std::string_view v = trace::waitReasonString(r);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
QString at(int32_t line) { return line > 0 ? QStringLiteral(" (line %1)").arg(line) : QString(); }
QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString sourceText(trace::Source s)
{
    switch (s) {
    case trace::Source::Runnext: return QStringLiteral("its runnext slot");
    case trace::Source::Local: return QStringLiteral("the head of its local run queue");
    case trace::Source::Global: return QStringLiteral("the global run queue");
    case trace::Source::Steal: return QStringLiteral("a steal");
    case trace::Source::Timer: return QStringLiteral("an expired timer");
    }
    return {};
}

QString globWhy(int32_t why)
{
    switch (trace::GlobWhy(why)) {
    case trace::GlobWhy::Gosched: return QStringLiteral("it called runtime.Gosched");
    case trace::GlobWhy::Preempt: return QStringLiteral("it was preempted");
    case trace::GlobWhy::Overflow: return QStringLiteral("its P's local run queue overflowed");
    case trace::GlobWhy::Destroy: return QStringLiteral("its P was destroyed by procresize");
    case trace::GlobWhy::Batch: return QStringLiteral("of a batch");
    case trace::GlobWhy::ExitSyscall: return QStringLiteral("it left a syscall and found no idle P");
    }
    return QStringLiteral("of an unknown reason");
}

} // namespace

QString formatTime(SimTime t)
{
    if (t < 10 * kMicrosecond && t > -10 * kMicrosecond)
        return QStringLiteral("%1 ns").arg(t);
    if (t < 10 * kMillisecond)
        return QStringLiteral("%1 µs").arg(double(t) / 1e3, 0, 'f', 3);
    if (t < 10 * kSecond)
        return QStringLiteral("%1 ms").arg(double(t) / 1e6, 0, 'f', 3);
    return QStringLiteral("%1 s").arg(double(t) / 1e9, 0, 'f', 3);
}

QString narrate(const trace::TraceEvent &e, const trace::Trace &t, const trace::SchedState *before)
{
    switch (e.kind) {
    case EvKind::GoCreate:
        return e.a > 0 ? QStringLiteral("%1 was created by %2%3 and is runnable").arg(G(e.g), G(e.a), at(e.b))
                       : QStringLiteral("%1 (main) was created by the runtime").arg(G(e.g));
    case EvKind::GoStart:
        return QStringLiteral("%1 started running on %2 (thread %3)%4")
            .arg(G(e.g), P(e.p), M(e.m),
                 e.a ? QStringLiteral(", inheriting the rest of the time slice") : QString());
    case EvKind::GoEnd: return QStringLiteral("%1 returned and is dead").arg(G(e.g));
    case EvKind::GoSched:
        return QStringLiteral("%1 called runtime.Gosched and yields %2").arg(G(e.g), e.p >= 0 ? P(e.p) : QStringLiteral("its P"));
    case EvKind::GoPreempt:
        return QStringLiteral("%1 ran too long (10 ms): sysmon preempted it %2")
            .arg(G(e.g), e.a ? QStringLiteral("with a signal (asynchronous)") : QStringLiteral("at a function call (cooperative)"));
    case EvKind::GoPark: {
        const QString why = wr(e.a);
        return QStringLiteral("%1 blocked [%2]%3; its P looks for other work").arg(G(e.g), why.isEmpty() ? QStringLiteral("waiting") : why, at(e.c));
    }
    case EvKind::GoUnpark:
        return e.a > 0 ? QStringLiteral("%1 woke %2 (goready): runnable again").arg(G(e.a), G(e.g))
                       : QStringLiteral("the runtime woke %1 (timer or netpoll)").arg(G(e.g));
    case EvKind::GoKilled: return QStringLiteral("%1 was still alive when the process exited").arg(G(e.g));
    case EvKind::RunqPut: {
        const auto where = trace::Placement(e.reason);
        if (where == trace::Placement::Runnext) {
            QString s = QStringLiteral("%1 was placed in %2.runnext").arg(G(e.g), P(e.p));
            if (e.a != 0)
                s += QStringLiteral("; %1 was kicked to the tail of %2's local run queue").arg(G(e.a), P(e.p));
            return s;
        }
        return QStringLiteral("%1 was put at the %2 of %3's local run queue")
            .arg(G(e.g), where == trace::Placement::Head ? QStringLiteral("head") : QStringLiteral("tail"), P(e.p));
    }
    case EvKind::RunqGet:
        return QStringLiteral("%1 took %2 from %3").arg(P(e.p), G(e.g), sourceText(trace::Source(e.reason)));
    case EvKind::GlobRunqPut:
        return QStringLiteral("%1 went to the %2 of the global run queue because %3")
            .arg(G(e.g), trace::Placement(e.reason) == trace::Placement::Head ? QStringLiteral("head") : QStringLiteral("tail"), globWhy(e.a));
    case EvKind::GlobRunqGet:
        return e.a > 1 ? QStringLiteral("%1 took %2 from the global run queue: %3 runs, the rest go to its local queue")
                             .arg(P(e.p), plural(e.a, "goroutine", "goroutines"), G(e.g))
                       : QStringLiteral("%1 took %2 from the global run queue").arg(P(e.p), G(e.g));
    case EvKind::ProcSteal: {
        if (e.c == 1)
            return QStringLiteral("%1 found nothing locally and stole %2 from %3's runnext slot").arg(P(e.p), G(e.g), P(e.b));
        QString of;
        if (before) {
            if (const trace::PState *v = before->p(e.b))
                of = QStringLiteral(" of %1").arg(v->runq.size());
        }
        return QStringLiteral("%1 found nothing locally, stole %2%3 goroutines from %4 (half its queue); %5 runs first")
            .arg(P(e.p)).arg(e.a).arg(of, P(e.b), G(e.g));
    }
    case EvKind::RunqOverflow:
        return QStringLiteral("%1's local run queue is full (256): %2 moved to the global run queue")
            .arg(P(e.p), plural(e.a, "goroutine", "goroutines"));
    case EvKind::ProcStart: return QStringLiteral("%1 acquired %2").arg(M(e.m), P(e.p));
    case EvKind::ProcStop: return QStringLiteral("%1 released %2 to the idle P list").arg(M(e.m), P(e.p));
    case EvKind::MStart:
        if (e.b == 1) return QStringLiteral("%1 started as sysmon (no P)").arg(M(e.m));
        return QStringLiteral("a new thread %1 was created%2").arg(M(e.m), e.a ? QStringLiteral(", spinning to look for work") : QString());
    case EvKind::MSpin: return QStringLiteral("%1 is spinning: looking for work to steal").arg(M(e.m));
    case EvKind::MSpinStop: return QStringLiteral("%1 stopped spinning").arg(M(e.m));
    case EvKind::MPark: return QStringLiteral("%1 found no work and went to sleep (stopm)").arg(M(e.m));
    case EvKind::MWake: return QStringLiteral("idle %1 was woken (startm)%2").arg(M(e.m), e.p >= 0 ? QStringLiteral(" with %1").arg(P(e.p)) : QString());
    case EvKind::Retake:
        return e.a ? QStringLiteral("sysmon retook %1 from a thread blocked in a syscall (handoffp)").arg(P(e.p))
                   : QStringLiteral("sysmon asked the goroutine on %1 to yield: it ran over 10 ms").arg(P(e.p));
    case EvKind::GoMaxProcs: return QStringLiteral("GOMAXPROCS changed from %1 to %2 (procresize)").arg(e.b).arg(e.a);
    case EvKind::STWStart: return QStringLiteral("the world was stopped");
    case EvKind::STWDone: return QStringLiteral("the world was restarted");
    case EvKind::MemRead: return QStringLiteral("%1 read %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::MemWrite: return QStringLiteral("%1 wrote %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::AtomicRead: return QStringLiteral("%1 atomically loaded %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::AtomicWrite: return QStringLiteral("%1 atomically updated %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::ChanMake: return QStringLiteral("%1 made channel #%2 (capacity %3)").arg(G(e.g)).arg(e.a).arg(e.b);
    case EvKind::ChanSend:
        return e.b ? QStringLiteral("%1 sent on channel #%2 directly to waiting %3%4").arg(G(e.g)).arg(e.a).arg(G(e.b), at(e.c))
                   : QStringLiteral("%1 sent on channel #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::ChanRecv:
        return QStringLiteral("%1 received from channel #%2%3%4").arg(G(e.g)).arg(e.a)
            .arg(e.b ? QString() : QStringLiteral(" (closed: zero value)"), at(e.c));
    case EvKind::ChanClose: return QStringLiteral("%1 closed channel #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::Select:
        return e.b < 0 ? QStringLiteral("%1's select took the default case%2").arg(G(e.g), at(e.c))
                       : QStringLiteral("%1's select chose case %2%3").arg(G(e.g)).arg(e.b).arg(at(e.c));
    case EvKind::MutexLock:
        return QStringLiteral("%1 locked mutex #%2%3%4").arg(G(e.g)).arg(e.a)
            .arg(e.b ? QStringLiteral(" (handed off in starvation mode)") : QString(), at(e.c));
    case EvKind::MutexUnlock: return QStringLiteral("%1 unlocked mutex #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWRLock: return QStringLiteral("%1 read-locked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWRUnlock: return QStringLiteral("%1 read-unlocked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWLock: return QStringLiteral("%1 write-locked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWUnlock: return QStringLiteral("%1 write-unlocked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::WgAdd:
        return e.b == -1 ? QStringLiteral("%1 called wg.Done on WaitGroup #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c))
                         : QStringLiteral("%1 called wg.Add(%2) on WaitGroup #%3%4").arg(G(e.g)).arg(e.b).arg(e.a).arg(at(e.c));
    case EvKind::WgWait: return QStringLiteral("%1's wg.Wait returned%2").arg(G(e.g), at(e.c));
    case EvKind::OnceDone: return QStringLiteral("%1 finished once.Do's function%2").arg(G(e.g), at(e.c));
    case EvKind::TimerSet: return QStringLiteral("%1 set timer #%2").arg(G(e.g)).arg(e.a);
    case EvKind::TimerFire: return QStringLiteral("timer #%1 fired").arg(e.a);
    case EvKind::CfsPeriod: return QStringLiteral("CFS period %1 began: the cgroup's quota is refilled").arg(e.a);
    case EvKind::Throttle:
        return QStringLiteral("CPU %1 used up its slice of the cgroup's CPU quota and the pool is empty: "
                              "the thread on it is frozen until the next period").arg(e.a);
    case EvKind::Unthrottle: return QStringLiteral("the quota was refilled: threads run again");
    case EvKind::CpuRun: return QStringLiteral("the OS put %1 on CPU %2").arg(M(e.m)).arg(e.a);
    case EvKind::CpuPreempt: return QStringLiteral("the OS took CPU %1 from %2 (time slice over)").arg(e.a).arg(M(e.m));
    case EvKind::Print:
        return QStringLiteral("%1 printed %2 to %3").arg(G(e.g), S(t, e.a).trimmed().prepend(QLatin1Char('"')).append(QLatin1Char('"')),
                                                         e.b ? QStringLiteral("stderr") : QStringLiteral("stdout"));
    case EvKind::Panic: return QStringLiteral("%1 panicked: %2").arg(G(e.g), S(t, e.a).trimmed());
    case EvKind::Fatal: {
        const QString f = S(t, e.a).trimmed();
        return f.isEmpty() ? QStringLiteral("fatal error") : f;
    }
    case EvKind::Exit: return QStringLiteral("the process exited with status %1").arg(e.a);
    case EvKind::Budget: return QStringLiteral("the run stopped: %1").arg(S(t, e.a));
    case EvKind::ForcedPick: return QStringLiteral("the schedule forced P%1 to run %2 next (point %3)").arg(e.p).arg(G(e.g)).arg(e.a);
    case EvKind::Count_: break;
    }
    return QString::fromUtf8(trace::eventKindName(e.kind).data());
}

QString moveLabel(const trace::TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::RunqPut:
        if (trace::Placement(e.reason) == trace::Placement::Runnext)
            return e.a ? QStringLiteral("G%1 → runnext, G%2 kicked to tail").arg(e.g).arg(e.a) : QStringLiteral("G%1 → runnext").arg(e.g);
        return QStringLiteral("G%1 → runq %2").arg(e.g).arg(trace::Placement(e.reason) == trace::Placement::Head ? QStringLiteral("head") : QStringLiteral("tail"));
    case EvKind::RunqGet: return QStringLiteral("P%1 takes G%2").arg(e.p).arg(e.g);
    case EvKind::GlobRunqPut: return QStringLiteral("G%1 → global queue").arg(e.g);
    case EvKind::GlobRunqGet: return QStringLiteral("P%1 ← global (%2)").arg(e.p).arg(e.a);
    case EvKind::ProcSteal: return QStringLiteral("P%1 steals %2 from P%3").arg(e.p).arg(e.a).arg(e.b);
    case EvKind::RunqOverflow: return QStringLiteral("P%1 overflow → global").arg(e.p);
    case EvKind::GoStart: return QStringLiteral("G%1 runs on P%2").arg(e.g).arg(e.p);
    case EvKind::GoPark: return QStringLiteral("G%1 blocks: %2").arg(e.g).arg(wr(e.a));
    case EvKind::GoUnpark: return QStringLiteral("G%1 woken").arg(e.g);
    case EvKind::GoPreempt: return QStringLiteral("G%1 preempted").arg(e.g);
    case EvKind::GoSched: return QStringLiteral("G%1 yields").arg(e.g);
    case EvKind::GoEnd: return QStringLiteral("G%1 ends").arg(e.g);
    case EvKind::GoCreate: return QStringLiteral("G%1 created").arg(e.g);
    default: return {};
    }
}

} // namespace gsl::ui
