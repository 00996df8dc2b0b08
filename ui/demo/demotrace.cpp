#include "ui/demo/demotrace.h"

#include "sim/trace/wait_reason.h"

namespace gsl::ui {

using trace::EvKind;
using trace::TraceEvent;

namespace {

// Builder appends events with a clock that advances by a fixed step unless
// told otherwise, so the demo reads like a real run.
class Builder
{
public:
    explicit Builder(trace::Trace &t) : m_t(t) {}
    Builder &at(SimDur advance) { m_now += advance; return *this; }
    void ev(EvKind k, int32_t g, int p = -1, int32_t m = -1, int32_t a = 0, int32_t b = 0, int32_t c = 0,
            uint8_t reason = 0)
    {
        TraceEvent e;
        e.time = m_now;
        e.kind = k;
        e.reason = reason;
        e.p = int16_t(p);
        e.g = g;
        e.m = m;
        e.a = a;
        e.b = b;
        e.c = c;
        m_t.push(e);
        m_now += 200; // every event takes a little simulated time
    }
    SimTime now() const { return m_now; }

private:
    trace::Trace &m_t;
    SimTime m_now = 0;
};

uint8_t r(trace::Placement p) { return uint8_t(p); }
uint8_t r(trace::Source s) { return uint8_t(s); }

} // namespace

const char *demoSource()
{
    return "// Scenario: Demo (hand-built trace)\n"            // 1
           "// Topic: demo\n"                                    // 2
           "// Lesson: go puts new goroutines in runnext; idle Ps steal half.\n" // 3
           "package main\n"                                      // 4
           "\n"                                                  // 5
           "import (\n"                                          // 6
           "\t\"fmt\"\n"                                         // 7
           "\t\"sync\"\n"                                        // 8
           ")\n"                                                 // 9
           "\n"                                                  // 10
           "func main() {\n"                                     // 11
           "\tvar wg sync.WaitGroup\n"                           // 12
           "\tcounter := 0\n"                                    // 13
           "\tfor i := 0; i < 4; i++ {\n"                        // 14
           "\t\twg.Add(1)\n"                                     // 15
           "\t\tgo func() {\n"                                   // 16
           "\t\t\tdefer wg.Done()\n"                             // 17
           "\t\t\tcounter++ // racy\n"                           // 18
           "\t\t}()\n"                                           // 19
           "\t}\n"                                               // 20
           "\twg.Wait()\n"                                       // 21
           "\tfmt.Println(counter)\n"                            // 22
           "}\n";                                                // 23
}

std::shared_ptr<trace::Trace> makeDemoTrace()
{
    auto t = std::make_shared<trace::Trace>();
    trace::SchedState init;
    init.cpus = 2;
    t->setInitialState(init);
    const int32_t counter = int32_t(t->intern("counter"));
    const int32_t out = int32_t(t->intern("4\n"));
    Builder b(*t);
    using P = trace::Placement;
    using S = trace::Source;
    b.ev(EvKind::GoMaxProcs, 0, -1, -1, 2, 0);
    b.ev(EvKind::MStart, 0, 0, 0);
    b.ev(EvKind::ProcStart, 0, 0, 0);
    b.ev(EvKind::MStart, 0, -1, 1, 0, 1); // sysmon
    b.ev(EvKind::GoCreate, 1, -1, -1, 0, 11);
    b.ev(EvKind::RunqPut, 1, 0, -1, 0, 0, 0, r(P::Runnext));
    b.ev(EvKind::RunqGet, 1, 0, -1, 0, 0, 0, r(S::Runnext));
    b.ev(EvKind::GoStart, 1, 0, 0, 0);
    b.ev(EvKind::CfsPeriod, 0, -1, -1, 0);
    // G1 creates G2..G5: each new G takes runnext and kicks the previous one.
    for (int32_t g = 2; g <= 5; ++g) {
        b.at(1000);
        b.ev(EvKind::WgAdd, 1, 0, 0, 1, 1, 15);
        b.ev(EvKind::GoCreate, g, 0, 0, 1, 16);
        b.ev(EvKind::RunqPut, g, 0, -1, g > 2 ? g - 1 : 0, 0, 0, r(P::Runnext));
    }
    // wakep: a spinning M takes idle P1 and steals half of P0's ring [2 3 4].
    b.at(500);
    b.ev(EvKind::MStart, 0, -1, 2, 1);
    b.ev(EvKind::ProcStart, 0, 1, 2);
    b.ev(EvKind::ProcSteal, 3, 1, 2, 2, 0, 0);
    b.ev(EvKind::RunqGet, 3, 1, 2, 0, 0, 0, r(S::Steal));
    b.ev(EvKind::MSpinStop, 0, 1, 2);
    b.ev(EvKind::GoStart, 3, 1, 2, 0);
    b.at(2000);
    b.ev(EvKind::MemRead, 3, 1, 2, 1, counter, 18);
    b.ev(EvKind::GoPark, 1, 0, 0, trace::wait::Semacquire, 1, 21);
    b.ev(EvKind::RunqGet, 5, 0, 0, 0, 0, 0, r(S::Runnext));
    b.ev(EvKind::GoStart, 5, 0, 0, 1);
    b.at(1500);
    b.ev(EvKind::MemRead, 5, 0, 0, 1, counter, 18);
    b.ev(EvKind::MemWrite, 5, 0, 0, 1, counter, 18);
    b.ev(EvKind::MemWrite, 3, 1, 2, 1, counter, 18);
    b.ev(EvKind::WgAdd, 5, 0, 0, 1, -1, 17);
    b.ev(EvKind::GoEnd, 5, 0, 0);
    b.ev(EvKind::RunqGet, 4, 0, 0, 0, 0, 0, r(S::Local));
    b.ev(EvKind::GoStart, 4, 0, 0, 0);
    // sysmon preempts G3 on P1: it goes to the global queue's tail.
    b.at(10000);
    b.ev(EvKind::Retake, 0, 1, 1, 0);
    b.ev(EvKind::GoPreempt, 3, 1, 2, 1);
    b.ev(EvKind::GlobRunqPut, 3, -1, -1, int32_t(trace::GlobWhy::Preempt), 0, 0, r(P::Tail));
    b.ev(EvKind::RunqGet, 2, 1, 2, 0, 0, 0, r(S::Local));
    b.ev(EvKind::GoStart, 2, 1, 2, 0);
    b.at(3000);
    b.ev(EvKind::Throttle, 0);
    b.at(40000);
    b.ev(EvKind::CfsPeriod, 0, -1, -1, 1);
    b.ev(EvKind::Unthrottle, 0);
    b.ev(EvKind::MemRead, 4, 0, 0, 1, counter, 18);
    b.ev(EvKind::MemWrite, 4, 0, 0, 1, counter, 18);
    b.ev(EvKind::WgAdd, 4, 0, 0, 1, -1, 17);
    b.ev(EvKind::GoEnd, 4, 0, 0);
    b.ev(EvKind::GlobRunqGet, 3, 0, 0, 1);
    b.ev(EvKind::RunqGet, 3, 0, 0, 0, 0, 0, r(S::Global));
    b.ev(EvKind::GoStart, 3, 0, 0, 0);
    b.at(1000);
    b.ev(EvKind::MemRead, 2, 1, 2, 1, counter, 18);
    b.ev(EvKind::MemWrite, 2, 1, 2, 1, counter, 18);
    b.ev(EvKind::WgAdd, 2, 1, 2, 1, -1, 17);
    b.ev(EvKind::GoEnd, 2, 1, 2);
    b.ev(EvKind::MSpin, 0, 1, 2);
    b.ev(EvKind::ProcStop, 0, 1, 2);
    b.ev(EvKind::MPark, 0, -1, 2);
    // G3 is the last Done: it wakes G1 into its own P's runnext.
    b.ev(EvKind::WgAdd, 3, 0, 0, 1, -1, 17);
    b.ev(EvKind::GoUnpark, 1, 0, 0, 3);
    b.ev(EvKind::RunqPut, 1, 0, -1, 0, 0, 0, r(P::Runnext));
    b.ev(EvKind::GoEnd, 3, 0, 0);
    b.ev(EvKind::RunqGet, 1, 0, 0, 0, 0, 0, r(S::Runnext));
    b.ev(EvKind::GoStart, 1, 0, 0, 0);
    b.ev(EvKind::WgWait, 1, 0, 0, 1, 0, 21);
    b.ev(EvKind::MemRead, 1, 0, 0, 1, counter, 22);
    b.ev(EvKind::Print, 1, 0, 0, out, 0);
    b.ev(EvKind::GoEnd, 1, 0, 0);
    b.ev(EvKind::Exit, 0, -1, -1, 0);
    trace::buildKeyframes(*t, 16);
    return t;
}

std::shared_ptr<trace::Trace> makeLargeTrace(size_t n)
{
    auto t = std::make_shared<trace::Trace>();
    t->reserve(n + 64);
    trace::SchedState init;
    init.cpus = 4;
    t->setInitialState(init);
    const int32_t x = int32_t(t->intern("x"));
    Builder b(*t);
    constexpr int kPs = 4;
    b.ev(EvKind::GoMaxProcs, 0, -1, -1, kPs, 0);
    for (int p = 0; p < kPs; ++p) {
        b.ev(EvKind::MStart, 0, p, p);
        b.ev(EvKind::ProcStart, 0, p, p);
    }
    // Each P cycles through its own 16 goids so no goid is live twice.
    int32_t next[kPs] = {};
    while (t->size() < n) {
        for (int p = 0; p < kPs && t->size() < n; ++p) {
            const int32_t g = 2 + p * 16 + next[p];
            next[p] = (next[p] + 1) % 16;
            b.ev(EvKind::GoCreate, g, p, p, 1, 5);
            b.ev(EvKind::RunqPut, g, p, -1, 0, 0, 0, r(trace::Placement::Tail));
            b.ev(EvKind::RunqGet, g, p, p, 0, 0, 0, r(trace::Source::Local));
            b.ev(EvKind::GoStart, g, p, p, 0);
            b.ev(EvKind::MemWrite, g, p, p, 1, x, 6);
            b.ev(EvKind::GoEnd, g, p, p);
        }
    }
    trace::buildKeyframes(*t, 4096);
    return t;
}

} // namespace gsl::ui
