#include "ui/eventlog/narration.h"

#include "sim/trace/wait_reason.h"

#include <QCoreApplication>

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
QString at(int32_t line) { return line > 0 ? QCoreApplication::translate("Narration", " (line %1)").arg(line) : QString(); }
// "1 goroutine" / "N goroutines" (the only counted noun in the narration).
QString goroutines(int n)
{
    return n == 1 ? QCoreApplication::translate("Narration", "1 goroutine")
                  : QCoreApplication::translate("Narration", "%1 goroutines").arg(n);
}

QString sourceText(trace::Source s)
{
    switch (s) {
    case trace::Source::Runnext: return QCoreApplication::translate("Narration", "its runnext slot");
    case trace::Source::Local: return QCoreApplication::translate("Narration", "the head of its local run queue");
    case trace::Source::Global: return QCoreApplication::translate("Narration", "the global run queue");
    case trace::Source::Steal: return QCoreApplication::translate("Narration", "a steal");
    case trace::Source::Timer: return QCoreApplication::translate("Narration", "an expired timer");
    }
    return {};
}

QString globWhy(int32_t why)
{
    switch (trace::GlobWhy(why)) {
    case trace::GlobWhy::Gosched: return QCoreApplication::translate("Narration", "it called runtime.Gosched");
    case trace::GlobWhy::Preempt: return QCoreApplication::translate("Narration", "it was preempted");
    case trace::GlobWhy::Overflow: return QCoreApplication::translate("Narration", "its P's local run queue overflowed");
    case trace::GlobWhy::Destroy: return QCoreApplication::translate("Narration", "its P was destroyed by procresize");
    case trace::GlobWhy::Batch: return QCoreApplication::translate("Narration", "of a batch");
    case trace::GlobWhy::ExitSyscall: return QCoreApplication::translate("Narration", "it left a syscall and found no idle P");
    }
    return QCoreApplication::translate("Narration", "of an unknown reason");
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
        return e.a > 0 ? QCoreApplication::translate("Narration", "%1 was created by %2%3 and is runnable").arg(G(e.g), G(e.a), at(e.b))
                       : QCoreApplication::translate("Narration", "%1 (main) was created by the runtime").arg(G(e.g));
    case EvKind::GoStart:
        return QCoreApplication::translate("Narration", "%1 started running on %2 (thread %3)%4")
            .arg(G(e.g), P(e.p), M(e.m),
                 e.a ? QCoreApplication::translate("Narration", ", inheriting the rest of the time slice") : QString());
    case EvKind::GoEnd: return QCoreApplication::translate("Narration", "%1 returned and is dead").arg(G(e.g));
    case EvKind::GoSched:
        return QCoreApplication::translate("Narration", "%1 called runtime.Gosched and yields %2").arg(G(e.g), e.p >= 0 ? P(e.p) : QCoreApplication::translate("Narration", "its P"));
    case EvKind::GoPreempt:
        return QCoreApplication::translate("Narration", "%1 ran too long (10 ms): sysmon preempted it %2")
            .arg(G(e.g), e.a ? QCoreApplication::translate("Narration", "with a signal (asynchronous)") : QCoreApplication::translate("Narration", "at a function call (cooperative)"));
    case EvKind::GoPark: {
        const QString why = wr(e.a);
        return QCoreApplication::translate("Narration", "%1 blocked [%2]%3; its P looks for other work").arg(G(e.g), why.isEmpty() ? QCoreApplication::translate("Narration", "waiting") : why, at(e.c));
    }
    case EvKind::GoUnpark:
        return e.a > 0 ? QCoreApplication::translate("Narration", "%1 woke %2 (goready): runnable again").arg(G(e.a), G(e.g))
                       : QCoreApplication::translate("Narration", "the runtime woke %1 (timer or netpoll)").arg(G(e.g));
    case EvKind::GoKilled: return QCoreApplication::translate("Narration", "%1 was still alive when the process exited").arg(G(e.g));
    case EvKind::RunqPut: {
        const auto where = trace::Placement(e.reason);
        if (where == trace::Placement::Runnext) {
            QString s = QCoreApplication::translate("Narration", "%1 was placed in %2.runnext").arg(G(e.g), P(e.p));
            if (e.a != 0)
                s += QCoreApplication::translate("Narration", "; %1 was kicked to the tail of %2's local run queue").arg(G(e.a), P(e.p));
            return s;
        }
        return QCoreApplication::translate("Narration", "%1 was put at the %2 of %3's local run queue")
            .arg(G(e.g), where == trace::Placement::Head ? QCoreApplication::translate("Narration", "head") : QCoreApplication::translate("Narration", "tail"), P(e.p));
    }
    case EvKind::RunqGet:
        return QCoreApplication::translate("Narration", "%1 took %2 from %3").arg(P(e.p), G(e.g), sourceText(trace::Source(e.reason)));
    case EvKind::GlobRunqPut:
        return QCoreApplication::translate("Narration", "%1 went to the %2 of the global run queue because %3")
            .arg(G(e.g), trace::Placement(e.reason) == trace::Placement::Head ? QCoreApplication::translate("Narration", "head") : QCoreApplication::translate("Narration", "tail"), globWhy(e.a));
    case EvKind::GlobRunqGet:
        return e.a > 1 ? QCoreApplication::translate("Narration", "%1 took %2 from the global run queue: %3 runs, the rest go to its local queue")
                             .arg(P(e.p), goroutines(e.a), G(e.g))
                       : QCoreApplication::translate("Narration", "%1 took %2 from the global run queue").arg(P(e.p), G(e.g));
    case EvKind::ProcSteal: {
        if (e.c == 1)
            return QCoreApplication::translate("Narration", "%1 found nothing locally and stole %2 from %3's runnext slot").arg(P(e.p), G(e.g), P(e.b));
        // Only the state before the steal knows how many the victim had.
        if (const trace::PState *v = before ? before->p(e.b) : nullptr)
            return QCoreApplication::translate("Narration", "%1 found nothing locally, stole %2 of %3 goroutines from %4 (half its queue); %5 runs first")
                .arg(P(e.p)).arg(e.a).arg(qulonglong(v->runq.size())).arg(P(e.b), G(e.g));
        return QCoreApplication::translate("Narration", "%1 found nothing locally, stole %2 goroutines from %3 (half its queue); %4 runs first")
            .arg(P(e.p)).arg(e.a).arg(P(e.b), G(e.g));
    }
    case EvKind::RunqOverflow:
        return QCoreApplication::translate("Narration", "%1's local run queue is full (256): %2 moved to the global run queue")
            .arg(P(e.p), goroutines(e.a));
    case EvKind::ProcStart: return QCoreApplication::translate("Narration", "%1 acquired %2").arg(M(e.m), P(e.p));
    case EvKind::ProcStop: return QCoreApplication::translate("Narration", "%1 released %2 to the idle P list").arg(M(e.m), P(e.p));
    case EvKind::MStart:
        if (e.b == 1) return QCoreApplication::translate("Narration", "%1 started as sysmon (no P)").arg(M(e.m));
        return QCoreApplication::translate("Narration", "a new thread %1 was created%2").arg(M(e.m), e.a ? QCoreApplication::translate("Narration", ", spinning to look for work") : QString());
    case EvKind::MSpin: return QCoreApplication::translate("Narration", "%1 is spinning: looking for work to steal").arg(M(e.m));
    case EvKind::MSpinStop: return QCoreApplication::translate("Narration", "%1 stopped spinning").arg(M(e.m));
    case EvKind::MPark: return QCoreApplication::translate("Narration", "%1 found no work and went to sleep (stopm)").arg(M(e.m));
    case EvKind::MWake: return QCoreApplication::translate("Narration", "idle %1 was woken (startm)%2").arg(M(e.m), e.p >= 0 ? QCoreApplication::translate("Narration", " with %1").arg(P(e.p)) : QString());
    case EvKind::Retake:
        return e.a ? QCoreApplication::translate("Narration", "sysmon retook %1 from a thread blocked in a syscall (handoffp)").arg(P(e.p))
                   : QCoreApplication::translate("Narration", "sysmon asked the goroutine on %1 to yield: it ran over 10 ms").arg(P(e.p));
    case EvKind::GoMaxProcs: return QCoreApplication::translate("Narration", "GOMAXPROCS changed from %1 to %2 (procresize)").arg(e.b).arg(e.a);
    case EvKind::STWStart: return QCoreApplication::translate("Narration", "the world was stopped");
    case EvKind::STWDone: return QCoreApplication::translate("Narration", "the world was restarted");
    case EvKind::MemRead: return QCoreApplication::translate("Narration", "%1 read %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::MemWrite: return QCoreApplication::translate("Narration", "%1 wrote %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::AtomicRead: return QCoreApplication::translate("Narration", "%1 atomically loaded %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::AtomicWrite: return QCoreApplication::translate("Narration", "%1 atomically updated %2%3").arg(G(e.g), S(t, e.b), at(e.c));
    case EvKind::ChanMake: return QCoreApplication::translate("Narration", "%1 made channel #%2 (capacity %3)").arg(G(e.g)).arg(e.a).arg(e.b);
    case EvKind::ChanSend:
        return e.b ? QCoreApplication::translate("Narration", "%1 sent on channel #%2 directly to waiting %3%4").arg(G(e.g)).arg(e.a).arg(G(e.b), at(e.c))
                   : QCoreApplication::translate("Narration", "%1 sent on channel #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::ChanRecv:
        return QCoreApplication::translate("Narration", "%1 received from channel #%2%3%4").arg(G(e.g)).arg(e.a)
            .arg(e.b ? QString() : QCoreApplication::translate("Narration", " (closed: zero value)"), at(e.c));
    case EvKind::ChanClose: return QCoreApplication::translate("Narration", "%1 closed channel #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::Select:
        return e.b < 0 ? QCoreApplication::translate("Narration", "%1's select took the default case%2").arg(G(e.g), at(e.c))
                       : QCoreApplication::translate("Narration", "%1's select chose case %2%3").arg(G(e.g)).arg(e.b).arg(at(e.c));
    case EvKind::MutexLock:
        return QCoreApplication::translate("Narration", "%1 locked mutex #%2%3%4").arg(G(e.g)).arg(e.a)
            .arg(e.b ? QCoreApplication::translate("Narration", " (handed off in starvation mode)") : QString(), at(e.c));
    case EvKind::MutexUnlock: return QCoreApplication::translate("Narration", "%1 unlocked mutex #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWRLock: return QCoreApplication::translate("Narration", "%1 read-locked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWRUnlock: return QCoreApplication::translate("Narration", "%1 read-unlocked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWLock: return QCoreApplication::translate("Narration", "%1 write-locked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::RWUnlock: return QCoreApplication::translate("Narration", "%1 write-unlocked #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c));
    case EvKind::WgAdd:
        return e.b == -1 ? QCoreApplication::translate("Narration", "%1 called wg.Done on WaitGroup #%2%3").arg(G(e.g)).arg(e.a).arg(at(e.c))
                         : QCoreApplication::translate("Narration", "%1 called wg.Add(%2) on WaitGroup #%3%4").arg(G(e.g)).arg(e.b).arg(e.a).arg(at(e.c));
    case EvKind::WgWait: return QCoreApplication::translate("Narration", "%1's wg.Wait returned%2").arg(G(e.g), at(e.c));
    case EvKind::OnceDone: return QCoreApplication::translate("Narration", "%1 finished once.Do's function%2").arg(G(e.g), at(e.c));
    case EvKind::TimerSet: return QCoreApplication::translate("Narration", "%1 set timer #%2").arg(G(e.g)).arg(e.a);
    case EvKind::TimerFire: return QCoreApplication::translate("Narration", "timer #%1 fired").arg(e.a);
    case EvKind::CfsPeriod: return QCoreApplication::translate("Narration", "CFS period %1 began: the cgroup's quota is refilled").arg(e.a);
    case EvKind::Throttle:
        return QCoreApplication::translate("Narration", "CPU %1 used up its slice of the cgroup's CPU quota and the pool is empty: "
                                                        "the thread on it is frozen until the next period").arg(e.a);
    case EvKind::Unthrottle: return QCoreApplication::translate("Narration", "the quota was refilled: threads run again");
    case EvKind::CpuRun: return QCoreApplication::translate("Narration", "the OS put %1 on CPU %2").arg(M(e.m)).arg(e.a);
    case EvKind::CpuPreempt: return QCoreApplication::translate("Narration", "the OS took CPU %1 from %2 (time slice over)").arg(e.a).arg(M(e.m));
    case EvKind::Print:
        return QCoreApplication::translate("Narration", "%1 printed %2 to %3").arg(G(e.g), S(t, e.a).trimmed().prepend(QLatin1Char('"')).append(QLatin1Char('"')),
                                                         e.b ? QCoreApplication::translate("Narration", "stderr") : QCoreApplication::translate("Narration", "stdout"));
    case EvKind::Panic: return QCoreApplication::translate("Narration", "%1 panicked: %2").arg(G(e.g), S(t, e.a).trimmed());
    case EvKind::Fatal: {
        const QString f = S(t, e.a).trimmed();
        return f.isEmpty() ? QCoreApplication::translate("Narration", "fatal error") : f;
    }
    case EvKind::Exit: return QCoreApplication::translate("Narration", "the process exited with status %1").arg(e.a);
    case EvKind::Budget: return QCoreApplication::translate("Narration", "the run stopped: %1").arg(S(t, e.a));
    case EvKind::ForcedPick: return QCoreApplication::translate("Narration", "the schedule forced P%1 to run %2 next (point %3)").arg(e.p).arg(G(e.g)).arg(e.a);
    case EvKind::Count_: break;
    }
    return QString::fromUtf8(trace::eventKindName(e.kind).data());
}

QString moveLabel(const trace::TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::RunqPut:
        if (trace::Placement(e.reason) == trace::Placement::Runnext)
            return e.a ? QCoreApplication::translate("Narration", "G%1 → runnext, G%2 kicked to tail").arg(e.g).arg(e.a) : QCoreApplication::translate("Narration", "G%1 → runnext").arg(e.g);
        return QCoreApplication::translate("Narration", "G%1 → runq %2").arg(e.g).arg(trace::Placement(e.reason) == trace::Placement::Head ? QCoreApplication::translate("Narration", "head") : QCoreApplication::translate("Narration", "tail"));
    case EvKind::RunqGet: return QCoreApplication::translate("Narration", "P%1 takes G%2").arg(e.p).arg(e.g);
    case EvKind::GlobRunqPut: return QCoreApplication::translate("Narration", "G%1 → global queue").arg(e.g);
    case EvKind::GlobRunqGet: return QCoreApplication::translate("Narration", "P%1 ← global (%2)").arg(e.p).arg(e.a);
    case EvKind::ProcSteal: return QCoreApplication::translate("Narration", "P%1 steals %2 from P%3").arg(e.p).arg(e.a).arg(e.b);
    case EvKind::RunqOverflow: return QCoreApplication::translate("Narration", "P%1 overflow → global").arg(e.p);
    case EvKind::GoStart: return QCoreApplication::translate("Narration", "G%1 runs on P%2").arg(e.g).arg(e.p);
    case EvKind::GoPark: return QCoreApplication::translate("Narration", "G%1 blocks: %2").arg(e.g).arg(wr(e.a));
    case EvKind::GoUnpark: return QCoreApplication::translate("Narration", "G%1 woken").arg(e.g);
    case EvKind::GoPreempt: return QCoreApplication::translate("Narration", "G%1 preempted").arg(e.g);
    case EvKind::GoSched: return QCoreApplication::translate("Narration", "G%1 yields").arg(e.g);
    case EvKind::GoEnd: return QCoreApplication::translate("Narration", "G%1 ends").arg(e.g);
    case EvKind::GoCreate: return QCoreApplication::translate("Narration", "G%1 created").arg(e.g);
    default: return {};
    }
}

} // namespace gsl::ui
