// tst_trace_schedtrace.cpp — formatSchedtrace against real Go 1.19 output.
// data/schedtrace_go119*.txt were captured from data/schedtrace_prog.go (the
// command is in that file). Values differ between a real run and ours, so the
// lines are compared by shape: every number becomes N, true/false becomes B,
// a parenthesised wait reason becomes (R); the field names, their order,
// separators and spelling must be identical.
#include "trace_test_util.h"

#include "sim/trace/schedtrace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace gsltest;

class TestTraceSchedtrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shapesMatchGo_data();
    void shapesMatchGo();
    void goWaitReasonsKnown();
    void waitReasonTableIsGo119();
    void exactValues();
    void periodicText();

private:
    QStringList m_real, m_realDetail, m_ours, m_oursDetail;
    SchedState m_state;
};

namespace {
QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

QString shape(QString line)
{
    static const QRegularExpression paren("\\((?:[^()]|\\([^()]*\\))*\\)"), boolean("\\b(true|false)\\b"), number("-?\\d+");
    line.replace(paren, "(R)");
    line.replace(boolean, "B");
    line.replace(number, "N");
    return line;
}

QString lineType(const QString &l)
{
    if (l.startsWith("SCHED"))
        return l.contains("gcwaiting=") ? "sched-detail" : "sched";
    if (l.startsWith("  P")) return "p";
    if (l.startsWith("  M")) return "m";
    if (l.startsWith("  G")) return l.contains("status=4(") ? "g-waiting" : "g-other";
    return "other";
}

// A state like the captured program's: main running on P0, a worker on P1,
// Gs in runnext, ring and global queue, Gs blocked on channels and asleep,
// a sysmon M, a spinning M and a parked M.
const char *kScenario =
    "0.000001ms  MStart m=1 sysmon=1\n"
    "0.000001ms  MStart m=2\n"
    "0.000001ms  ProcStart p=1 m=2\n"
    "0.000002ms  GoCreate g=2 p=0 m=0 creator=1\n0.000002ms  RunqPut g=2 p=0 to=runnext\n"
    "0.000002ms  GoCreate g=3 p=0 m=0 creator=1\n0.000002ms  RunqPut g=3 p=0 to=runnext kicked=2\n"
    "0.000002ms  GoCreate g=4 p=0 m=0 creator=1\n0.000002ms  RunqPut g=4 p=0 to=runnext kicked=3\n"
    "0.000002ms  GoCreate g=5 p=0 m=0 creator=1\n0.000002ms  GlobRunqPut g=5 to=tail\n"
    "0.000003ms  ProcSteal g=2 p=1 m=2 n=1 victim=0\n0.000003ms  GoStart g=2 p=1 m=2\n"
    "0.000004ms  GoPark g=2 p=1 m=2 wait=\"chan receive\"\n"
    "0.000004ms  ProcSteal g=3 p=1 m=2 n=1 victim=0\n0.000004ms  GoStart g=3 p=1 m=2\n"
    "0.000005ms  GoPark g=3 p=1 m=2 wait=\"sleep\"\n"
    "0.000005ms  ProcSteal g=4 p=1 m=2 n=1 victim=0 runnext=1\n0.000005ms  GoStart g=4 p=1 m=2\n"
    "0.000006ms  MStart m=3 spinning=1\n"
    "0.000006ms  MStart m=4\n0.000006ms  MPark m=4\n"
    "0.000007ms  GoCreate g=7 p=0 m=0 creator=1\n0.000007ms  RunqPut g=7 p=0 to=tail\n"
    "0.000007ms  GoCreate g=6 p=0 m=0 creator=1\n0.000007ms  GoEnd g=6\n"
    "12.500000ms  MemRead g=1 p=0 m=0 addr=1\n";
} // namespace

void TestTraceSchedtrace::initTestCase()
{
    QString dir = QStringLiteral(GSL_TEST_DATA_DIR) + "/sim/trace/data/";
    m_real = readLines(dir + "schedtrace_go119.txt");
    m_realDetail = readLines(dir + "schedtrace_go119_detail.txt");
    QVERIFY(m_real.size() >= 3);
    QVERIFY(m_realDetail.size() >= 20);
    Trace t;
    t.setInitialState(initialState(2));
    QVERIFY(parseInto(t, QString(kPrelude) + kScenario));
    m_state = replayState(t, t.size());
    m_ours = QString::fromStdString(formatSchedtrace(m_state, false)).split('\n', Qt::SkipEmptyParts);
    m_oursDetail = QString::fromStdString(formatSchedtrace(m_state, true)).split('\n', Qt::SkipEmptyParts);
}

void TestTraceSchedtrace::shapesMatchGo_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("detail");
    QTest::newRow("sched-line") << "sched" << false;
    QTest::newRow("sched-detail-line") << "sched-detail" << true;
    QTest::newRow("p-line") << "p" << true;
    QTest::newRow("m-line") << "m" << true;
    QTest::newRow("g-line-waiting") << "g-waiting" << true;
    QTest::newRow("g-line-not-waiting") << "g-other" << true;
}

void TestTraceSchedtrace::shapesMatchGo()
{
    QFETCH(QString, type);
    QFETCH(bool, detail);
    QSet<QString> realShapes;
    for (const QString &l : detail ? m_realDetail : m_real)
        if (lineType(l) == type)
            realShapes.insert(shape(l));
    QCOMPARE(realShapes.size(), 1); // Go prints one shape per line type
    int n = 0;
    for (const QString &l : detail ? m_oursDetail : m_ours) {
        if (lineType(l) != type)
            continue;
        ++n;
        QCOMPARE(shape(l), *realShapes.begin());
    }
    QVERIFY(n > 0);
    // Nothing else in our output.
    for (const QString &l : detail ? m_oursDetail : m_ours)
        QVERIFY2(lineType(l) != "other", qPrintable(l));
}

void TestTraceSchedtrace::goWaitReasonsKnown()
{
    // Every wait reason Go printed is in our table, with Go's spelling.
    static const QRegularExpression re("status=4\\(((?:[^()]|\\([^()]*\\))*)\\)");
    int n = 0;
    for (const QString &l : m_realDetail) {
        QRegularExpressionMatch m = re.match(l);
        if (!m.hasMatch())
            continue;
        QByteArray reason = m.captured(1).toUtf8();
        QVERIFY2(waitReasonFromString(std::string_view(reason.constData(), size_t(reason.size()))) > 0, reason.constData());
        ++n;
    }
    QVERIFY(n >= 5);
    QCOMPARE(waitReasonString(wait::ChanReceive), std::string_view("chan receive"));
    QCOMPARE(waitReasonString(wait::Semacquire), std::string_view("semacquire"));
}

// The whole table against Go 1.19's own runtime2.go when the Go 1.19 sources
// are installed (Debian golang-1.19-src); skipped otherwise.
void TestTraceSchedtrace::waitReasonTableIsGo119()
{
    QFile f("/usr/lib/go-1.19/src/runtime/runtime2.go");
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("Go 1.19 sources not installed");
    const QString src = QString::fromUtf8(f.readAll());
    int start = src.indexOf("var waitReasonStrings = [...]string{");
    QVERIFY(start >= 0);
    int end = src.indexOf("\n}", start);
    static const QRegularExpression entry("\\n\\s*waitReason\\w+:\\s*\"([^\"]*)\",");
    QStringList goStrings;
    for (auto it = entry.globalMatch(src.mid(start, end - start)); it.hasNext();)
        goStrings << it.next().captured(1);
    QCOMPARE(goStrings.size(), int(wait::Count_));
    for (int i = 0; i < goStrings.size(); ++i) {
        std::string_view ours = waitReasonString(i);
        QCOMPARE(QString::fromUtf8(ours.data(), qsizetype(ours.size())), goStrings[i]);
    }
}

void TestTraceSchedtrace::exactValues()
{
    QCOMPARE(m_ours.join('\n'),
             QString("SCHED 12ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=1 idlethreads=1 runqueue=1 [1 0]"));
    const QString detail = QString::fromStdString(formatSchedtrace(m_state, true));
    const QString want("SCHED 12ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=1 idlethreads=1 runqueue=1 "
                     "gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n"
                     "  P0: status=1 schedtick=1 syscalltick=0 m=0 runqsize=1 gfreecnt=0 timerslen=0\n"
                     "  P1: status=1 schedtick=3 syscalltick=0 m=2 runqsize=0 gfreecnt=0 timerslen=0\n"
                     "  M4: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=-1\n"
                     "  M3: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=true blocked=false lockedg=-1\n"
                     "  M2: p=1 curg=4 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1\n"
                     "  M1: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1\n"
                     "  M0: p=0 curg=1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1\n"
                     "  G1: status=2() m=0 lockedm=-1\n"
                     "  G2: status=4(chan receive) m=-1 lockedm=-1\n"
                     "  G3: status=4(sleep) m=-1 lockedm=-1\n"
                     "  G4: status=2() m=2 lockedm=-1\n"
                     "  G5: status=1() m=-1 lockedm=-1\n"
                     "  G6: status=6() m=-1 lockedm=-1\n"
                     "  G7: status=1() m=-1 lockedm=-1\n");
    if (detail != want)
        qWarning("got:\n%s", qPrintable(detail)); // QCOMPARE truncates long strings
    QCOMPARE(detail, want);
}

void TestTraceSchedtrace::periodicText()
{
    Trace t;
    t.setInitialState(initialState(2));
    QVERIFY(parseInto(t, QString(kPrelude) + kScenario));
    QString text = QString::fromStdString(schedtraceText(t, 5 * gsl::kMillisecond, false));
    QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    // At 0, 5 and 10 ms (the last event is at 12.5 ms).
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QString("SCHED 0ms: gomaxprocs=2 idleprocs=1 threads=1 spinningthreads=0 idlethreads=0 runqueue=0 [0 0]"));
    QVERIFY(lines[1].startsWith("SCHED 5ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=1 idlethreads=1 runqueue=1 [1 0]"));
    QVERIFY(lines[2].startsWith("SCHED 10ms: "));
    QVERIFY(schedtraceText(t, 0, false).empty());
}

QTEST_GUILESS_MAIN(TestTraceSchedtrace)
#include "tst_trace_schedtrace.moc"
