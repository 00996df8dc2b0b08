// ui.mainwindow — the whole window driven like a user: it opens a scenario,
// runs it, steps with the keyboard, jumps from a diagnostic to its line,
// switches to presenter layout; screenshots go to ${GSL_BINARY_DIR}/screenshots/.
#include "ui/browser/scenariomodel.h"
#include "ui/config/configpanel.h"
#include "ui/controller/playback.h"
#include "ui/controller/runcontroller.h"
#include "ui/demo/demotrace.h"
#include "ui/editor/goeditor.h"
#include "ui/editor/gohighlighter.h"
#include "ui/eventlog/eventlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/timeline/timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBlock>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
// nonBlank: more than a handful of distinct colours.
bool nonBlank(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    return colours.size() > 20;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void scenarioModel()
    {
        ScenarioModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.scan(QStringLiteral(GSL_SCENARIO_DIR));
        QVERIFY(m.scenarioCount() > 0);
        const QModelIndex wg = m.indexForPath(QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go"));
        QVERIFY(wg.isValid());
        QCOMPARE(wg.parent().data().toString(), QStringLiteral("waitgroup"));
        QCOMPARE(wg.data().toString(), QStringLiteral("WaitGroup.Add inside the goroutine"));
        m.scan(QStringLiteral("/nonexistent"));
        QCOMPARE(m.rowCount(), 0);
    }

    void opensRunsAndSteps()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go")));
        QVERIFY(shown.wait(30000));
        QCOMPARE(w.configPanel()->config().gomaxprocs.value_or(0), 1); // from the Config line
        if (!w.lastRun().ok())
            QSKIP("the engine could not run the scenario; see lastRun().diagnostics");
        QVERIFY(w.playback()->eventCount() > 0);
        QVERIFY(w.recentFiles().contains(QFileInfo(QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go")).absoluteFilePath()));

        // Keyboard: Home, Right x3, Left.
        w.schedView()->setFocus();
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.playback()->position(), size_t(0));
        QTest::keyClick(&w, Qt::Key_Right);
        QTest::keyClick(&w, Qt::Key_Right);
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.playback()->position(), size_t(3));
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.playback()->position(), size_t(2));
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.playback()->position(), w.playback()->eventCount());
        // Ctrl+B runs until a goroutine blocks (from the start).
        QTest::keyClick(&w, Qt::Key_Home);
        QTest::keyClick(&w, Qt::Key_B, Qt::ControlModifier);
        if (w.playback()->position() < w.playback()->eventCount())
            QCOMPARE(w.playback()->lastEvent()->kind, trace::EvKind::GoPark);
        // The timeline cursor follows.
        QCOMPARE(w.timeline()->cursor(), w.playback()->time());
        // Clicking an event log row jumps there.
        QTableView *log = w.eventLogView();
        log->scrollToTop();
        const QRect r = log->visualRect(log->model()->index(4, 2));
        QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.playback()->position(), size_t(5));
        QTest::qWait(400); // let the last move finish before the screenshot
        const QImage img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("mainwindow.png"))));
        QVERIFY(nonBlank(img));
    }

    void demoRunAndScreenshots()
    {
        MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        RunOutput out;
        auto t = makeDemoTrace();
        out.trace = t;
        out.timeline = std::make_shared<TimelineData>(TimelineData::build(*t));
        out.demo = true;
        out.gomaxprocs = 2;
        out.info = parseScenarioInfo(QString::fromUtf8(demoSource()));
        w.editor()->setPlainText(QString::fromUtf8(demoSource()));
        w.showRun(out);
        // Opened at the first park: G1 blocked in wg.Wait.
        QCOMPARE(w.playback()->lastEvent()->kind, trace::EvKind::GoPark);
        // The source view marks every live goroutine's line in its colour.
        QVERIFY(!w.editor()->goroutineLines().isEmpty());
        bool g1At21 = false;
        for (const auto &gl : w.editor()->goroutineLines())
            g1At21 |= gl.first == 1 && gl.second == 21;
        QVERIFY(g1At21);
        // Filter the log to G3 by clicking G3's token.
        const trace::SchedState &s = w.playback()->state();
        const auto places = tokenPlaces(s, computeLayout(s, w.schedView()->size()));
        QVERIFY(places.contains(3));
        QTest::mouseClick(w.schedView(), Qt::LeftButton, {}, places.value(3).center.toPoint());
        QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("filterG"))->value(), 3);
        QVERIFY(w.eventFilter()->rowCount() < int(t->size()));

        // Mid-animation screenshot of the whole window.
        w.playback()->stepForward();
        w.schedView()->setProgress(0.5);
        QImage img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("mainwindow_demo_mid_animation.png"))));
        QVERIFY(nonBlank(img));

        // Presenter layout: browser and configuration hidden, big lesson.
        w.setPresenterMode(true);
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("scenariosDock"))->isVisible());
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("configDock"))->isVisible());
        QTest::qWait(50);
        img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("presenter.png"))));
        QVERIFY(nonBlank(img));
        w.setPresenterMode(false);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("configDock"))->isVisible());
    }

    void diagnosticsUnderlineAndJump()
    {
        MainWindow w;
        w.show();
        w.editor()->setPlainText(QStringLiteral("package main\n\nfunc main() {\n\tx := 1\n}\n"));
        RunOutput out;
        out.diagnostics = {UiDiagnostic{QStringLiteral("bad.go"), 4, 2, QStringLiteral("declared and not used: x"), true}};
        w.showRun(out);
        QListWidget *list = w.diagnosticsList();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("bad.go:4:2: declared and not used: x"));
        // The wavy underline is an extra selection on line 4 with the message as tooltip.
        bool underlined = false;
        for (const auto &sel : w.editor()->extraSelections())
            if (sel.cursor.block().blockNumber() == 3 && sel.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                underlined = sel.format.toolTip() == QStringLiteral("declared and not used: x");
        QVERIFY(underlined);
        // Clicking the diagnostic jumps to 4:2.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(w.editor()->textCursor().blockNumber(), 3);
        QCOMPARE(w.editor()->textCursor().positionInBlock(), 1);
    }

    void highlighter()
    {
        GoEditor e;
        e.setPlainText(QStringLiteral("func main() { s := \"go func\" // go\n\tx := 42 }\n"));
        const QTextBlock b0 = e.document()->firstBlock();
        auto fmtAt = [](const QTextBlock &b, int pos) {
            for (const QTextLayout::FormatRange &r : b.layout()->formats())
                if (pos >= r.start && pos < r.start + r.length) return r.format;
            return QTextCharFormat();
        };
        GoHighlighter *h = e.highlighter();
        QCOMPARE(fmtAt(b0, 0).foreground(), h->keywordFormat.foreground());        // func
        QCOMPARE(fmtAt(b0, 20).foreground(), h->stringFormat.foreground());        // inside the string: not a keyword
        QCOMPARE(fmtAt(b0, 31).foreground(), h->commentFormat.foreground());       // comment
        QCOMPARE(fmtAt(b0.next(), 6).foreground(), h->numberFormat.foreground());  // 42
    }

    void configPanelKnobs()
    {
        ConfigPanel p;
        QSignalSpy changed(&p, &ConfigPanel::configChanged);
        p.applyScenarioConfig(QStringLiteral("gomaxprocs=1,2,4 cpus=4 quota=0.5 go=1.25"));
        QCOMPARE(p.config().gomaxprocs.value_or(0), 1);
        QCOMPARE(p.config().quotaUs, 50'000);
        QCOMPARE(p.config().go, (GoVersion{1, 25}));
        QVERIFY(changed.count() > 0);
        // Default GOMAXPROCS under a 0.5-core quota, by version and policy (go-runtime.md §6.5).
        auto *gmp = p.findChild<QSpinBox *>(QStringLiteral("gomaxprocs"));
        gmp->setValue(0);
        QCOMPARE(p.expectedGomaxprocs(), 2);   // Go 1.25: min(4, max(2, ceil(0.5)))
        p.findChild<QComboBox *>(QStringLiteral("go"))->setCurrentText(QStringLiteral("1.24"));
        QCOMPARE(p.expectedGomaxprocs(), 4);   // Go <= 1.24 ignores the quota
        auto *policy = p.findChild<QComboBox *>(QStringLiteral("policy"));
        policy->setCurrentIndex(policy->findText(QStringLiteral("automaxprocs")));
        QCOMPARE(p.expectedGomaxprocs(), 1);   // floor(0.5) -> min 1
        // Round trip through the settings text.
        ConfigPanel q;
        q.fromText(p.toText());
        QCOMPARE(q.toText(), p.toText());
        QVERIFY(!gmp->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
