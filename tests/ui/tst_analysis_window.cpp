// ui.analysis_window — the analysis docks inside the main window: a run is
// analysed in the background, clicking a race moves the playback cursor and
// timeline to its accesses, an exploration fills the table and the charts,
// clicking an outcome row replays its witness seed in the main views.
// Screenshots: ${GSL_BINARY_DIR}/screenshots/mainwindow_races.png and
// mainwindow_explore.png.
#include "analysis_fixtures.h"

#include "ui/charts/chartspanel.h"
#include "ui/charts/outcomechart.h"
#include "ui/config/configpanel.h"
#include "ui/controller/playback.h"
#include "ui/controller/runcontroller.h"
#include "ui/explore/explorepanel.h"
#include "ui/explore/outcomemodel.h"
#include "ui/mainwindow.h"
#include "ui/races/racemodel.h"
#include "ui/races/racespanel.h"
#include "ui/timeline/timelinewidget.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
bool nonBlank(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7) colours.insert(img.pixel(x, y));
    return colours.size() > 20;
}
} // namespace

class TestAnalysisWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_analysis_window"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void racesAndExploreInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("racy_small.go"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::racyCounter(1000).toUtf8());
        }
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runtime::RunConfig cfg;
        cfg.gomaxprocs = 2;
        cfg.seed = 3;
        w.configPanel()->setConfig(cfg);
        auto *races = w.findChild<RacesPanel *>(QStringLiteral("racesPanel"));
        auto *explore = w.findChild<ExplorePanel *>(QStringLiteral("explorePanel"));
        auto *charts = w.findChild<ChartsPanel *>(QStringLiteral("chartsPanel"));
        QVERIFY(races && explore && charts);
        QSignalSpy shown(&w, &MainWindow::runShown);
        QVERIFY(w.openFile(path));
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(races->raceModel()->rowCount() > 0, 60000);
        QVERIFY(races->analysis().races.front().report.current.line == test::kCounterLine);

        // Click the race: the cursor goes just after the access that found it.
        w.findChild<QDockWidget *>(QStringLiteral("racesDock"))->raise();
        w.findChild<QDockWidget *>(QStringLiteral("chartsDock"))->raise();
        charts->setCurrentIndex(0);
        QApplication::processEvents();
        const size_t cur = races->analysis().races.front().report.current.eventIndex;
        const size_t prev = races->analysis().races.front().report.previous.eventIndex;
        w.playback()->seek(0);
        QTableView *rv = races->raceView();
        QTest::mouseClick(rv->viewport(), Qt::LeftButton, {}, rv->visualRect(races->raceModel()->index(0, RaceModel::VarCol)).center());
        QCOMPARE(w.playback()->position(), cur + 1);
        const trace::Trace *t = w.playback()->trace();
        QVERIFY(w.timeline()->visibleStart() <= (*t)[prev].time);
        QVERIFY(w.timeline()->visibleEnd() >= (*t)[cur].time);
        QApplication::processEvents();
        QImage img = w.grab().toImage();
        QVERIFY(nonBlank(img));
        QVERIFY(img.save(shot(QStringLiteral("mainwindow_races.png"))));
        // The panel alone, as large as a user would drag the dock.
        w.findChild<QDockWidget *>(QStringLiteral("racesDock"))->setFloating(true);
        w.findChild<QDockWidget *>(QStringLiteral("racesDock"))->resize(1200, 700);
        QApplication::processEvents();
        QTest::qWait(50);
        img = races->grab().toImage();
        QVERIFY(nonBlank(img));
        QVERIFY(img.save(shot(QStringLiteral("races_panel.png"))));
        w.findChild<QDockWidget *>(QStringLiteral("racesDock"))->setFloating(false);

        // Explore from the window: GOMAXPROCS 1 and 2, 8 seeds each.
        w.findChild<QDockWidget *>(QStringLiteral("exploreDock"))->raise();
        explore->gomaxprocsEdit()->setText(QStringLiteral("1,2"));
        explore->runsSpin()->setValue(8);
        QSignalSpy result(explore, &ExplorePanel::resultShown);
        QTest::mouseClick(explore->exploreButton(), Qt::LeftButton);
        QVERIFY(result.wait(120000));
        QCOMPARE(charts->outcomeChart()->categories().size(), 2);
        QVERIFY(explore->model()->rowCount() >= 2);
        charts->setCurrentIndex(2);
        QApplication::processEvents();
        img = w.grab().toImage();
        QVERIFY(img.save(shot(QStringLiteral("mainwindow_explore.png"))));

        // Click the last outcome row: the main views replay its witness seed.
        const int row = explore->model()->rowCount() - 1;
        const quint64 seed = explore->model()->index(row, OutcomeModel::SeedCol).data().toULongLong();
        QTableView *ot = explore->table();
        ot->scrollTo(explore->model()->index(row, 0));
        QSignalSpy started(w.runController(), &RunController::runStarted);
        shown.clear();
        QTest::mouseClick(ot->viewport(), Qt::LeftButton, {}, ot->visualRect(explore->model()->index(row, OutcomeModel::OutcomeCol)).center());
        QCOMPARE(started.count(), 1);
        QCOMPARE(w.configPanel()->config().seed, seed);
        QVERIFY(shown.wait(60000));
        QVERIFY(w.lastRun().ok());
        // The replay reproduces the row's outcome.
        const QString outcome = explore->model()->index(row, OutcomeModel::OutcomeCol).data().toString();
        QVERIFY2(outcome.startsWith(w.lastRun().stdoutText.trimmed()), qPrintable(outcome + " vs " + w.lastRun().stdoutText));
    }
};

QTEST_MAIN(TestAnalysisWindow)
#include "tst_analysis_window.moc"
