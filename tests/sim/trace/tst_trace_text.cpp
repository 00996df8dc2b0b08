// tst_trace_text.cpp — the one-event-per-line text form: exact lines per
// kind (the format is stable forever), parse errors, and the round trip
// text -> Trace -> text.
#include "trace_test_util.h"

#include <QFile>
#include <QTest>

using namespace gsltest;

class TestTraceText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventLine_data();
    void eventLine();
    void everyKindHasAName();
    void roundTrip();
    void goldenEveryKind();
    void parseErrors_data();
    void parseErrors();
};

namespace {
Trace everyKindTrace();
TraceEvent mk(gsl::SimTime time, EvKind k, int32_t g, int p, int32_t m, int32_t a = 0, int32_t b = 0, int32_t c = 0,
              uint8_t reason = 0)
{
    TraceEvent e;
    e.time = time;
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
} // namespace

void TestTraceText::eventLine_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("line");
    QTest::newRow("gocreate-names-creator-and-line") << 0 << "     1.234567ms  GoCreate g=2 p=0 m=0 creator=1 line=12";
    QTest::newRow("runqput-kicked-and-placement") << 1 << "     1.240000ms  RunqPut g=3 p=0 to=runnext kicked=2";
    QTest::newRow("runqput-tail-printed-though-default") << 2 << "     0.000000ms  RunqPut g=3 p=1 to=tail";
    QTest::newRow("memwrite-resolves-var") << 3 << "     2.000000ms  MemWrite g=2 p=0 m=0 addr=4 var=counter line=9";
    QTest::newRow("print-quotes-and-escapes") << 4 << "     3.000000ms  Print g=1 p=0 m=0 text=\"9\\n\\\"q\\\"\\t\\x01\"";
    QTest::newRow("park-wait-reason-by-name") << 5 << "    10.500001ms  GoPark g=4 p=1 m=1 wait=\"chan receive\" obj=2 line=30";
    QTest::newRow("globrunqput-why") << 6 << "    20.000000ms  GlobRunqPut g=5 p=0 to=head why=destroy";
    QTest::newRow("steal-victim") << 7 << "     0.000100ms  ProcSteal g=7 p=1 m=1 n=3 victim=0";
    QTest::newRow("large-time-widens") << 8 << "123456.789012ms  Exit status=2";
    QTest::newRow("var-with-space-is-quoted") << 9 << "     0.000000ms  MemRead g=2 addr=1 var=\"a b\"";
    QTest::newRow("unnamed-field-kept") << 10 << "     0.000000ms  STWDone a=5";
    QTest::newRow("runqget-source") << 11 << "     0.000001ms  RunqGet g=9 p=2 m=2 from=local";
}

void TestTraceText::eventLine()
{
    QFETCH(int, row);
    QFETCH(QString, line);
    Trace t;
    TraceEvent e;
    switch (row) {
    case 0: e = mk(1234567, EvKind::GoCreate, 2, 0, 0, 1, 12); break;
    case 1: e = mk(1240000, EvKind::RunqPut, 3, 0, -1, 2, 0, 0, uint8_t(Placement::Runnext)); break;
    case 2: e = mk(0, EvKind::RunqPut, 3, 1, -1, 0, 0, 0, uint8_t(Placement::Tail)); break;
    case 3: e = mk(2000000, EvKind::MemWrite, 2, 0, 0, 4, int32_t(t.intern("counter")), 9); break;
    case 4: e = mk(3000000, EvKind::Print, 1, 0, 0, int32_t(t.intern("9\n\"q\"\t\x01"))); break;
    case 5: e = mk(10500001, EvKind::GoPark, 4, 1, 1, wait::ChanReceive, 2, 30); break;
    case 6: e = mk(20000000, EvKind::GlobRunqPut, 5, 0, -1, int32_t(GlobWhy::Destroy), 0, 0, uint8_t(Placement::Head)); break;
    case 7: e = mk(100, EvKind::ProcSteal, 7, 1, 1, 3, 0); break;
    case 8: e = mk(123456789012, EvKind::Exit, 0, -1, -1, 2); break;
    case 9: e = mk(0, EvKind::MemRead, 2, -1, -1, 1, int32_t(t.intern("a b"))); break;
    case 10: e = mk(0, EvKind::STWDone, 0, -1, -1, 5); break;
    case 11: e = mk(1, EvKind::RunqGet, 9, 2, 2, 0, 0, 0, uint8_t(Source::Local)); break;
    }
    std::string got = eventText(e, t);
    QCOMPARE(QString::fromStdString(got), line + "\n");
    // And it reads back to the same event (strings by content).
    Trace back;
    QVERIFY(parseInto(back, line));
    QCOMPARE(back.size(), size_t(1));
    QCOMPARE(QString::fromStdString(eventText(back[0], back)), line + "\n");
    TraceEvent r = back[0];
    if (eventStringFields(e.kind).a)
        QCOMPARE(back.str(uint32_t(r.a)), t.str(uint32_t(e.a)));
    if (eventStringFields(e.kind).b)
        QCOMPARE(back.str(uint32_t(r.b)), t.str(uint32_t(e.b)));
    r.a = eventStringFields(e.kind).a ? e.a : r.a;
    r.b = eventStringFields(e.kind).b ? e.b : r.b;
    QVERIFY(r == e);
}

void TestTraceText::everyKindHasAName()
{
    for (size_t k = 0; k < size_t(EvKind::Count_); ++k) {
        std::string_view n = eventKindName(EvKind(k));
        QVERIFY2(n != "Unknown" && !n.empty(), qPrintable(QString::number(k)));
        for (size_t j = 0; j < k; ++j)
            QVERIFY(eventKindName(EvKind(j)) != n);
    }
    QCOMPARE(eventKindName(EvKind::GoCreate), std::string_view("GoCreate"));
    QCOMPARE(eventKindName(EvKind::Budget), std::string_view("Budget"));
    QCOMPARE(eventKindName(EvKind::Count_), std::string_view("Unknown"));
}

void TestTraceText::roundTrip()
{
    Trace t = everyKindTrace();
    std::string text = traceText(t);
    QCOMPARE(std::count(text.begin(), text.end(), '\n'), std::ptrdiff_t(EvKind::Count_));
    Trace back;
    std::string err;
    QVERIFY2(parseTraceText(text, back, &err), err.c_str());
    QCOMPARE(traceText(back), text);
    // Strings were interned in the same order, so the events are identical,
    // and so is the fingerprint.
    QCOMPARE(back.events(), t.events());
    QCOMPARE(back.fingerprint(), t.fingerprint());
}

namespace {
// everyKindTrace: one event of every kind, every field set, in time order.
Trace everyKindTrace()
{
    Trace t;
    for (size_t k = 0; k < size_t(EvKind::Count_); ++k) {
        EvKind kind = EvKind(k);
        StringFields sf = eventStringFields(kind);
        int32_t i = int32_t(k);
        TraceEvent e = mk(gsl::SimTime(k) * 1001, kind, i + 1, int(k % 4), i % 3, i + 7, -i, i * 3);
        if (kind == EvKind::RunqPut || kind == EvKind::GlobRunqPut)
            e.reason = uint8_t(k % 3);
        else if (kind == EvKind::RunqGet)
            e.reason = uint8_t(k % 5);
        else
            e.reason = uint8_t(k % 2);
        if (kind == EvKind::GoPark)
            e.a = wait::Sleep;
        if (kind == EvKind::GlobRunqPut)
            e.a = int32_t(GlobWhy::ExitSyscall);
        if (sf.a)
            e.a = int32_t(t.intern("text " + std::to_string(k) + "\n"));
        if (sf.b)
            e.b = int32_t(t.intern("var" + std::to_string(k)));
        t.push(e);
    }
    return t;
}
} // namespace

// goldenEveryKind pins the text form of every kind (stable forever). The
// golden file was written by the command below and reviewed line by line:
//   GSL_REGEN_GOLDEN=1 build/tests/tst_sim_trace_text goldenEveryKind
// A mismatch writes <golden>.actual next to it.
void TestTraceText::goldenEveryKind()
{
    const QString path = QStringLiteral(GSL_TEST_DATA_DIR) + "/sim/trace/data/every_kind.trace.txt";
    const QByteArray got = QByteArray::fromStdString(traceText(everyKindTrace()));
    if (qEnvironmentVariableIsSet("GSL_REGEN_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(got);
        QSKIP("golden file regenerated: review it");
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray want = f.readAll();
    if (got != want) {
        QFile a(path + ".actual");
        if (a.open(QIODevice::WriteOnly | QIODevice::Truncate))
            a.write(got);
    }
    QCOMPARE(got, want);
}

void TestTraceText::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown-kind") << "0.000000ms  GoStart g=1\n1.000000ms  GoFly g=2\n" << "line 2: unknown event kind 'GoFly'";
    QTest::newRow("bad-time") << "1.5ms  GoEnd g=1\n" << "line 1: bad time '1.5ms'";
    // Found by fuzz_readers (UBSan: signed overflow in ms * 1000000).
    QTest::newRow("time-overflows-int64") << "3333333333333330.000000ms  GoEnd g=1\n"
                                          << "line 1: bad time '3333333333333330.000000ms'";
    QTest::newRow("unknown-field") << "0.000000ms  GoEnd g=1 color=red\n" << "line 1: unknown field 'color=red' for GoEnd";
    QTest::newRow("bad-number") << "0.000000ms  GoCreate g=2 creator=x\n" << "line 1: bad number 'x' for creator";
    QTest::newRow("bad-wait-reason") << "0.000000ms  GoPark g=2 wait=\"nap\"\n" << "line 1: unknown wait reason \"nap\"";
    QTest::newRow("time-goes-back") << "2.000000ms  GoEnd g=1\n1.000000ms  GoEnd g=2\n" << "line 2: Trace::push: time goes backwards";
    QTest::newRow("unterminated-string") << "0.000000ms  Print text=\"abc\n" << "line 1: bad value for text";
}

void TestTraceText::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    Trace t;
    std::string err;
    QByteArray u = text.toUtf8();
    QVERIFY(!parseTraceText(std::string_view(u.constData(), size_t(u.size())), t, &err));
    QCOMPARE(QString::fromStdString(err), error);
}

QTEST_GUILESS_MAIN(TestTraceText)
#include "tst_trace_text.moc"
