// tst_trace_store.cpp — the Trace container: string table, time order,
// fingerprint, keyframes, stateAt == replay from the start, memory.
#include "trace_test_util.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <random>

#include "sim/engine/rng.h"

using namespace gsltest;
using gsl::SimTime;
using gsl::kSecond;
namespace engine = gsl::engine;

class TestTraceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void internDeduplicates();
    void internManyStrings();
    void pushRejectsTimeGoingBack();
    void fingerprintFollowsItsDefinition();
    void fingerprintChangesWithAnyField_data();
    void fingerprintChangesWithAnyField();
    void fingerprintCoversStringBytes();
    void keyframeLookup();
    void stateAtEqualsReplay_data();
    void stateAtEqualsReplay();
    void memoryPerEvent();
    void packedEventsRoundTrip();
};

void TestTraceStore::internDeduplicates()
{
    Trace t;
    QCOMPARE(t.str(0), std::string_view(""));
    QCOMPARE(t.intern(""), 0u);
    uint32_t a = t.intern("counter");
    uint32_t b = t.intern("other");
    QVERIFY(a != b);
    QCOMPARE(t.intern("counter"), a);
    QCOMPARE(t.str(a), std::string_view("counter"));
    QCOMPARE(t.str(b), std::string_view("other"));
    QCOMPARE(t.str(999), std::string_view(""));
    QCOMPARE(t.stringCount(), size_t(3));
}

// intern scans a small table and indexes a large one: every string keeps its
// first index across the switch, and lookups after it find the early ones.
void TestTraceStore::internManyStrings()
{
    Trace t;
    std::vector<uint32_t> ids;
    for (int i = 0; i < 100; ++i) {
        ids.push_back(t.intern("v" + std::to_string(i)));
        QCOMPARE(ids.back(), uint32_t(i + 1));
        for (int k = 0; k <= i; k += 7) QCOMPARE(t.intern("v" + std::to_string(k)), ids[size_t(k)]);
    }
    for (int i = 99; i >= 0; --i) {
        QCOMPARE(t.intern("v" + std::to_string(i)), ids[size_t(i)]);
        QCOMPARE(t.str(ids[size_t(i)]), std::string_view("v" + std::to_string(i)));
    }
    QCOMPARE(t.intern(""), 0u);
    QCOMPARE(t.stringCount(), size_t(101));
}

void TestTraceStore::pushRejectsTimeGoingBack()
{
    Trace t;
    TraceEvent e;
    e.time = 10;
    t.push(e);
    e.time = 10;
    t.push(e); // equal times are fine (same instant)
    e.time = 9;
    QVERIFY_THROWS_EXCEPTION(std::logic_error, t.push(e));
    QCOMPARE(t.size(), size_t(2));
}

namespace {
// An independent implementation of the documented fingerprint (trace.h).
uint64_t referenceFingerprint(const std::vector<TraceEvent> &evs)
{
    uint64_t h = 14695981039346656037ull;
    auto word = [&h](uint64_t w) {
        h ^= w;
        h *= 1099511628211ull;
        h ^= h >> 29;
    };
    for (const TraceEvent &e : evs) {
        unsigned char raw[32];
        static_assert(sizeof(TraceEvent) == 32);
        std::memcpy(raw, &e, 32); // the struct has no padding: fields at 0,8,9,10,12,16,20,24,28
        auto le = [&raw](int off, int n) {
            uint64_t v = 0;
            for (int i = n - 1; i >= 0; --i)
                v = v << 8 | raw[off + i];
            return v;
        };
        // Little-endian host assumed by this reference (x86-64, aarch64).
        word(le(0, 8));
        word(le(8, 1) | le(9, 1) << 8 | le(10, 2) << 16 | le(12, 4) << 32);
        word(le(16, 4) | le(20, 4) << 32);
        word(le(24, 4) | le(28, 4) << 32);
    }
    return h;
}

TraceEvent sample()
{
    TraceEvent e;
    e.time = 123456789;
    e.kind = EvKind::ProcSteal;
    e.reason = 2;
    e.p = 1;
    e.g = 7;
    e.m = 3;
    e.a = 2;
    e.b = 0;
    e.c = 1;
    return e;
}
} // namespace

void TestTraceStore::fingerprintFollowsItsDefinition()
{
    Trace t;
    QCOMPARE(t.fingerprint(), kFnvOffset);
    TraceEvent e = sample();
    TraceEvent f = sample();
    f.time += 5;
    f.g = -1;
    f.p = -1;
    t.push(e);
    t.push(f);
    QCOMPARE(t.fingerprint(), referenceFingerprint({e, f}));
    Trace u;
    u.push(e);
    u.push(f);
    QCOMPARE(u.fingerprint(), t.fingerprint());
}

void TestTraceStore::fingerprintChangesWithAnyField_data()
{
    QTest::addColumn<int>("field");
    const char *names[] = {"time", "kind", "reason", "p", "g", "m", "a", "b", "c", "high-bit-of-a"};
    for (int i = 0; i < 10; ++i)
        QTest::newRow(names[i]) << i;
}

void TestTraceStore::fingerprintChangesWithAnyField()
{
    QFETCH(int, field);
    TraceEvent e = sample();
    TraceEvent f = e;
    switch (field) {
    case 0: f.time += 1; break;
    case 1: f.kind = EvKind::RunqPut; break;
    case 2: f.reason ^= 1; break;
    case 3: f.p = 0; break;
    case 4: f.g = 8; break;
    case 5: f.m = 2; break;
    case 6: f.a = 3; break;
    case 7: f.b = 1; break;
    case 8: f.c = 0; break;
    case 9: f.a = int32_t(uint32_t(e.a) | 0x80000000u); break;
    }
    QVERIFY(!(e == f));
    Trace t1, t2;
    t1.push(e);
    t2.push(f);
    QVERIFY(t1.fingerprint() != t2.fingerprint());
}

void TestTraceStore::fingerprintCoversStringBytes()
{
    // Same events, same string index, different text: different fingerprints.
    Trace t1, t2;
    TraceEvent e;
    e.kind = EvKind::Print;
    e.a = int32_t(t1.intern("hello\n"));
    QCOMPARE(uint32_t(e.a), t2.intern("hellO\n"));
    t1.push(e);
    t2.push(e);
    QVERIFY(t1.fingerprint() != t2.fingerprint());
    // A variable name (b of a memory event) counts too.
    Trace t3, t4;
    TraceEvent w;
    w.kind = EvKind::MemWrite;
    w.b = int32_t(t3.intern("x"));
    t4.intern("y");
    t3.push(w);
    t4.push(w);
    QVERIFY(t3.fingerprint() != t4.fingerprint());
}

void TestTraceStore::keyframeLookup()
{
    Trace t;
    for (int i = 0; i < 10; ++i) {
        TraceEvent e;
        e.time = i;
        e.kind = EvKind::MemRead;
        t.push(e);
    }
    QVERIFY(t.keyframeBefore(5) == nullptr);
    SchedState a, b;
    a.time = 1;
    b.time = 2;
    t.addKeyframe(3, a);
    t.addKeyframe(8, b);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, t.addKeyframe(8, b));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, t.addKeyframe(11, b));
    QVERIFY(t.keyframeBefore(2) == nullptr);
    QCOMPARE(t.keyframeBefore(3)->eventIndex, size_t(3));
    QCOMPARE(t.keyframeBefore(7)->state.time, SimTime(1));
    QCOMPARE(t.keyframeBefore(8)->eventIndex, size_t(8));
    QCOMPARE(t.keyframeBefore(10)->eventIndex, size_t(8));
}

namespace {
// Generator of valid random schedules, driven by the state itself: what a
// runtime would emit, with snapshots taken the way the runtime takes them.
struct Gen {
    std::mt19937 rng;
    Trace t;
    SchedState s;
    SimTime now = 0;
    int32_t nextG = 2;
    explicit Gen(unsigned seed) : rng(seed) {}
    int r(int n) { return int(rng() % unsigned(n)); }
    void emit(TraceEvent e)
    {
        e.time = now;
        t.push(e);
        apply(s, e, t);
    }
    TraceEvent ev(EvKind k, int32_t g = 0, int p = -1, int32_t m = -1, int32_t a = 0, int32_t b = 0, int32_t c = 0,
                  uint8_t reason = 0)
    {
        TraceEvent e;
        e.kind = k;
        e.g = g;
        e.p = int16_t(p);
        e.m = m;
        e.a = a;
        e.b = b;
        e.c = c;
        e.reason = reason;
        return e;
    }
    void start(int pi, int32_t g, bool inherit)
    {
        emit(ev(EvKind::GoStart, g, pi, pi, inherit ? 1 : 0));
    }
    void step(int pi)
    {
        PState &p = s.ps[size_t(pi)];
        int32_t cur = p.curg;
        if (cur != 0) {
            switch (r(7)) {
            case 0:
                if (nextG < 400 && p.runq.size() < 255) {
                    int32_t g = nextG++;
                    emit(ev(EvKind::GoCreate, g, pi, pi, cur, 10 + r(50)));
                    emit(ev(EvKind::RunqPut, g, pi, -1, p.runnext, 0, 0, uint8_t(Placement::Runnext)));
                }
                break;
            case 1: emit(ev(EvKind::GoPark, cur, pi, pi, wait::ChanReceive + r(2), 1, 20 + r(9))); break;
            case 2:
                emit(ev(EvKind::GoSched, cur, pi, pi));
                emit(ev(EvKind::GlobRunqPut, cur, -1, -1, int32_t(GlobWhy::Gosched), 0, 0, uint8_t(Placement::Tail)));
                break;
            case 3: {
                std::vector<int32_t> waiting;
                for (const GState &g : s.gs)
                    if (g.status == GStatus::Waiting)
                        waiting.push_back(g.goid);
                if (!waiting.empty() && p.runq.size() < 255) {
                    int32_t g = waiting[size_t(r(int(waiting.size())))];
                    emit(ev(EvKind::GoUnpark, g, pi, pi, cur));
                    emit(ev(EvKind::RunqPut, g, pi, -1, p.runnext, 0, 0, uint8_t(Placement::Runnext)));
                }
                break;
            }
            case 4: emit(ev(EvKind::GoEnd, cur, pi, pi)); break;
            default: {
                uint32_t v = t.intern("v" + std::to_string(r(5)));
                emit(ev(r(2) ? EvKind::MemWrite : EvKind::MemRead, cur, pi, pi, r(5), int32_t(v), 30 + r(9)));
            }
            }
            return;
        }
        if (p.runnext != 0) {
            int32_t g = p.runnext;
            emit(ev(EvKind::RunqGet, g, pi, pi, 0, 0, 0, uint8_t(Source::Runnext)));
            start(pi, g, true);
        } else if (!p.runq.empty()) {
            int32_t g = p.runq.front();
            emit(ev(EvKind::RunqGet, g, pi, pi, 0, 0, 0, uint8_t(Source::Local)));
            start(pi, g, false);
        } else if (!s.globrunq.empty()) {
            int32_t n = std::min<int32_t>(int32_t(s.globrunq.size()), int32_t(s.globrunq.size()) / s.gomaxprocs + 1);
            int32_t g = s.globrunq.front();
            emit(ev(EvKind::GlobRunqGet, g, pi, pi, n));
            start(pi, g, false);
        } else {
            int victim = (pi + 1 + r(s.gomaxprocs - 1)) % s.gomaxprocs;
            PState &v = s.ps[size_t(victim)];
            if (!v.runq.empty()) {
                int32_t n = int32_t(v.runq.size() - v.runq.size() / 2);
                int32_t g = v.runq[size_t(n - 1)];
                emit(ev(EvKind::ProcSteal, g, pi, pi, n, victim));
                start(pi, g, false);
            } else if (v.runnext != 0) {
                int32_t g = v.runnext;
                emit(ev(EvKind::ProcSteal, g, pi, pi, 1, victim, 1));
                start(pi, g, false);
            }
        }
    }
    // timerWake readies a sleeping G onto a random P's ring tail (as a timer
    // would, without a running waker), or starts a new G from the runtime
    // onto the global queue when nothing waits: keeps the schedule alive.
    void timerWake()
    {
        std::vector<int32_t> waiting;
        for (const GState &g : s.gs)
            if (g.status == GStatus::Waiting)
                waiting.push_back(g.goid);
        int pi = r(s.gomaxprocs);
        if (!waiting.empty() && s.ps[size_t(pi)].runq.size() < 255) {
            int32_t g = waiting[size_t(r(int(waiting.size())))];
            emit(ev(EvKind::GoUnpark, g, -1, -1, 0));
            emit(ev(EvKind::RunqPut, g, pi, -1, 0, 0, 0, uint8_t(Placement::Tail)));
        } else if (nextG < 400 && r(3) == 0) {
            int32_t g = nextG++;
            emit(ev(EvKind::GoCreate, g, -1, -1, 0, 1));
            emit(ev(EvKind::GlobRunqPut, g, -1, -1, int32_t(GlobWhy::Batch), 0, 0, uint8_t(Placement::Tail)));
        }
    }
    void run(int nevents, uint32_t snapEvery)
    {
        t.setInitialState(initialState(3));
        s = t.initialState();
        std::string err;
        Trace pre;
        QVERIFY(parseTraceText(kPrelude, pre, &err));
        for (const TraceEvent &e : pre.events())
            emit(e);
        for (int i = 1; i < 3; ++i) {
            emit(ev(EvKind::MStart, 0, -1, i));
            emit(ev(EvKind::ProcStart, 0, i, i));
        }
        size_t lastSnap = 0;
        while (t.size() < size_t(nevents)) {
            now += r(2000);
            if (r(100) == 0) {
                emit(ev(s.cfs.throttled ? EvKind::Unthrottle : EvKind::Throttle));
                if (!s.cfs.throttled)
                    emit(ev(EvKind::CfsPeriod, 0, -1, -1, int32_t(s.cfs.nrPeriods + 1), 1));
            }
            if (r(8) == 0)
                timerWake();
            step(r(3));
            if (snapEvery && t.size() - lastSnap >= snapEvery) {
                t.addKeyframe(t.size(), s);
                lastSnap = t.size();
            }
        }
    }
};
} // namespace

void TestTraceStore::stateAtEqualsReplay_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<uint32_t>("every");
    QTest::newRow("seed1-runtime-snapshots-every-13") << 1u << 13u;
    QTest::newRow("seed2-runtime-snapshots-every-64") << 2u << 64u;
    QTest::newRow("seed3-no-keyframes") << 3u << 0u;
}

void TestTraceStore::stateAtEqualsReplay()
{
    QFETCH(unsigned, seed);
    QFETCH(uint32_t, every);
    Gen gen(seed);
    gen.run(1500, every);
    if (QTest::currentTestFailed())
        return;
    const Trace &t = gen.t;
    // The generator must exercise the interesting moves.
    int kinds[size_t(EvKind::Count_)] = {};
    for (const TraceEvent &e : t.events())
        ++kinds[size_t(e.kind)];
    QString counts;
    for (size_t k = 0; k < size_t(EvKind::Count_); ++k)
        if (kinds[k])
            counts += QString("%1=%2 ").arg(QString::fromLatin1(eventKindName(EvKind(k)).data())).arg(kinds[k]);
    qDebug("%s", qPrintable(counts));
    QVERIFY(kinds[size_t(EvKind::ProcSteal)] > 0);
    QVERIFY(kinds[size_t(EvKind::GlobRunqGet)] > 0);
    QVERIFY(kinds[size_t(EvKind::GoUnpark)] > 0);
    QVERIFY(kinds[size_t(EvKind::Throttle)] > 0);
    // Final state: the generator's own state equals replay from the start.
    QCOMPARE(replayState(t, t.size()), gen.s);
    SchedState fromStart = t.initialState();
    for (size_t i = 0; i <= t.size(); ++i) {
        SchedState viaKeyframe = stateAt(t, i);
        if (!(viaKeyframe == fromStart))
            QFAIL(qPrintable(QString("stateAt(%1) differs from replay from the start").arg(i)));
        if (i < t.size())
            apply(fromStart, t[i], t);
    }
    // Keyframes built by replay agree too.
    Trace copy = t;
    buildKeyframes(copy, 50);
    QCOMPARE(copy.keyframes().front().eventIndex, size_t(0));
    QCOMPARE(copy.keyframes()[1].eventIndex, size_t(50));
    for (size_t i = 0; i <= copy.size(); i += 37)
        QCOMPARE(stateAt(copy, i), replayState(t, i));
}

void TestTraceStore::memoryPerEvent()
{
    Gen gen(7);
    gen.run(20000, 4096);
    Trace t = gen.t;
    t.shrinkToFit();
    // Packed events: 24 bytes each plus one 8-byte block time per 256, the
    // chunk table and the slack shrinkToFit keeps (at most 1/8 of the
    // events, 3 bytes each).
    QVERIFY2(t.eventBytes() <= t.size() * 27 + (t.size() / 256 + 1) * 8 + 1024,
             qPrintable(QString::number(t.eventBytes())));
    QVERIFY(t.totalBytes() > t.eventBytes());
    // A last chunk mostly empty (4,200 events: 104 in the second chunk of
    // 4,096 slots) is shrunk.
    Gen small(8);
    small.run(4200, 4096);
    Trace ts = std::move(small.t);  // a copy would have no slack
    const size_t before = ts.eventBytes();
    ts.shrinkToFit();
    QVERIFY2(ts.eventBytes() + 3900 * 24 <= before, qPrintable(QString("%1 -> %2").arg(before).arg(ts.eventBytes())));
    // Keyframes every 4096 events of a few hundred Gs stay a small share.
    QVERIFY2(t.bytesPerEvent() < 32.0, qPrintable(QString::number(t.bytesPerEvent())));
}

// The packed store gives back exactly what was pushed, also for events that
// do not fit the packed form (time gaps beyond 2^32 ns within a block, M ids
// and c values beyond int16, negative and extreme fields).
void TestTraceStore::packedEventsRoundTrip()
{
    Trace t;
    std::vector<TraceEvent> pushed;
    engine::Rng rng(3, 1);
    SimTime now = 0;
    for (int i = 0; i < 20000; ++i) {
        TraceEvent e;
        const uint32_t r = rng.bounded(100);
        now += r < 2 ? SimTime(5) * kSecond + rng.bounded(1000) : SimTime(rng.bounded(5000));
        e.time = now;
        e.kind = EvKind(rng.bounded(uint32_t(EvKind::Count_)));
        e.reason = uint8_t(rng.bounded(256));
        e.p = int16_t(int32_t(rng.bounded(65536)) - 32768);
        e.g = int32_t(rng.next32());
        e.m = r == 3 ? 40000 : r == 4 ? -40000 : int32_t(rng.bounded(300)) - 1;
        e.a = int32_t(rng.next32());
        e.b = int32_t(rng.next32());
        e.c = r == 5 ? int32_t(rng.next32()) : r == 6 ? -32769 : r == 7 ? 32767 : int32_t(rng.bounded(2000));
        t.push(e);
        pushed.push_back(e);
    }
    QCOMPARE(t.size(), pushed.size());
    for (size_t i = 0; i < pushed.size(); ++i)
        if (!(t[i] == pushed[i])) QFAIL(qPrintable(QString("event %1 differs").arg(i)));
    QVERIFY(t.events() == pushed);
    QVERIFY(t.events().toVector() == pushed);
    size_t n = 0;
    for (const TraceEvent &e : t.events()) QVERIFY(e == pushed[n++]);
    QCOMPARE(n, pushed.size());
    QVERIFY(t.events().back() == pushed.back());
    QCOMPARE(t.lastTime(), pushed.back().time);
    // Iterators are random access (std::upper_bound by time, as the GUI seeks).
    const auto ev = t.events();
    const SimTime mid = pushed[12345].time;
    const auto it = std::upper_bound(ev.begin(), ev.end(), mid, [](SimTime v, const TraceEvent &e) { return v < e.time; });
    const auto ref = std::upper_bound(pushed.begin(), pushed.end(), mid, [](SimTime v, const TraceEvent &e) { return v < e.time; });
    QCOMPARE(it - ev.begin(), ref - pushed.begin());
}

QTEST_GUILESS_MAIN(TestTraceStore)
#include "tst_trace_store.moc"
