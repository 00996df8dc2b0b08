// ui.explore_panel — exploration from the GUI: the controller runs
// explore::Explorer on a worker with progress and cancel and hands the result
// over by value; the outcome model under QAbstractItemModelTester; the panel
// driven like a user (Explore, Cancel, click an outcome row -> replay with the
// witness seed).
#include "analysis_fixtures.h"

#include "ui/explore/explorecontroller.h"
#include "ui/explore/explorepanel.h"
#include "ui/explore/outcomemodel.h"
#ifndef Q_MOC_RUN
#include "sim/explore/scenario_runner.h"
#include "sim/run/run.h"
#endif

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace gsl;
using namespace gsl::ui;

namespace {
ExploreRequest request(int n, size_t runs, std::vector<int> procs)
{
    ExploreRequest r;
    r.path = QStringLiteral("racy_small.go");
    r.source = test::racyCounter(n);
    explore::Configuration base;
    r.configs = explore::grid(base, procs, {}, {}, {});
    r.runs = runs;
    r.threads = 2;
    return r;
}
} // namespace

class TestExplorePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controllerProgressAndResult()
    {
        ExploreController c;
        QSignalSpy progress(&c, &ExploreController::progress);
        QSignalSpy finished(&c, &ExploreController::finished);
        QSignalSpy busy(&c, &ExploreController::busyChanged);
        c.start(request(200, 12, {1, 2}));
        QVERIFY(c.isBusy());
        QVERIFY(finished.wait(120000));
        QVERIFY(!c.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toULongLong(), 24ull);
        QCOMPARE(progress.last().at(1).toULongLong(), 24ull);
        for (int i = 1; i < progress.count(); ++i)
            QVERIFY(progress.at(i).at(0).toULongLong() > progress.at(i - 1).at(0).toULongLong());
        const ExploreOutput out = finished.front().front().value<ExploreOutput>();
        QVERIFY2(out.ok(), qPrintable(out.error));
        QVERIFY(!out.result.cancelled);
        QVERIFY(out.result.hasCorrect);
        QCOMPARE(out.result.configs.size(), size_t(2));
        QCOMPARE(out.result.configs[0].runs, size_t(12));
        QCOMPARE(out.result.configs[0].gomaxprocs, 1);
        QCOMPARE(out.result.configs[1].gomaxprocs, 2);
        QCOMPARE(out.cells.size(), size_t(2));
        // Same seeds, same result: the GUI path is the CLI's explore.
        explore::ExploreOptions o;
        o.configs = request(200, 12, {1, 2}).configs;
        o.runs = 12;
        o.threads = 1;
        const run::Scenario sc = run::compileScenario("racy_small.go", test::racyCounter(200).toStdString(), GoVersion{1, 22});
        o.correct = explore::correctOf(sc);
        QCOMPARE(explore::Explorer(o).run(explore::scenarioRunner(sc)), out.result);
    }

    void cancelStopsEarly()
    {
        ExploreController c;
        QSignalSpy progress(&c, &ExploreController::progress);
        QSignalSpy finished(&c, &ExploreController::finished);
        c.start(request(2000, 400, {1, 2}));
        QVERIFY(progress.wait(60000));   // it is running
        c.cancel();
        QVERIFY(finished.wait(60000));
        const ExploreOutput out = finished.front().front().value<ExploreOutput>();
        QVERIFY(out.result.cancelled);
        size_t runs = 0;
        for (const auto &cr : out.result.configs) runs += cr.runs;
        QVERIFY2(runs < 800, qPrintable(QString::number(runs)));
        QVERIFY(!c.isBusy());
    }

    void badScenarioReportsError()
    {
        ExploreController c;
        QSignalSpy finished(&c, &ExploreController::finished);
        ExploreRequest r = request(3, 2, {1});
        r.source = QStringLiteral("package main\nfunc main() { x := }\n");
        c.start(r);
        QVERIFY(finished.wait(30000));
        const ExploreOutput out = finished.front().front().value<ExploreOutput>();
        QVERIFY(!out.ok());
        QVERIFY2(out.error.startsWith(QStringLiteral("racy_small.go:2:")), qPrintable(out.error));
    }

    void outcomeModel()
    {
        // Synthetic outcomes through the real aggregation: 3 of 4 runs correct in config 0, 1 of 4 in config 1.
        explore::ExploreOptions o;
        explore::Configuration base;
        o.configs = explore::grid(base, {1, 2}, {}, {}, {});
        o.runs = 4;
        o.firstSeed = 10;
        o.correct = "^ok$";
        std::vector<std::optional<explore::RunOutcome>> outs;
        for (const char *s : {"ok", "ok", "lost", "ok", "lost", "ok", "lost", "lost"}) {
            explore::RunOutcome r;
            r.outcome = s;
            outs.push_back(r);
        }
        const explore::ExploreResult res = explore::Explorer(o).aggregate(outs);
        OutcomeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runtime::RunConfig cfgBase;
        cfgBase.race = true;
        m.setResult(res, cfgBase);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.index(0, OutcomeModel::OutcomeCol).data().toString(), QStringLiteral("ok"));
        QCOMPARE(m.index(0, OutcomeModel::CountCol).data().toULongLong(), 3ull);
        QCOMPARE(m.index(0, OutcomeModel::ShareCol).data().toString(), QStringLiteral("75.0 %"));
        QCOMPARE(m.index(0, OutcomeModel::SeedCol).data().toULongLong(), 10ull);
        QCOMPARE(m.index(1, OutcomeModel::OutcomeCol).data().toString(), QStringLiteral("lost"));
        QCOMPARE(m.index(1, OutcomeModel::SeedCol).data().toULongLong(), 12ull);
        QVERIFY(m.index(1, 0).data(OutcomeModel::ManifestedRole).toBool());
        QCOMPARE(m.index(1, OutcomeModel::CorrectCol).data().toString(), QStringLiteral("no"));
        // Config 1 (GOMAXPROCS 2): "lost" 3 times, first at seed 10.
        QCOMPARE(m.index(2, OutcomeModel::OutcomeCol).data().toString(), QStringLiteral("lost"));
        QCOMPARE(m.index(2, OutcomeModel::SeedCol).data().toULongLong(), 10ull);
        const auto cfg = m.replayConfig(2);
        QVERIFY(cfg);
        QCOMPARE(cfg->gomaxprocs.value_or(0), 2);
        QCOMPARE(cfg->seed, 10u);
        QVERIFY(cfg->race);   // the base configuration is kept
        QVERIFY(!m.replayConfig(4));
        m.setResult({}, cfgBase);
        QCOMPARE(m.rowCount(), 0);
    }

    void panelLikeAUser()
    {
        ExploreController c;
        ExplorePanel p(&c);
        p.resize(700, 500);
        p.setSubjectProvider([] {
            ExploreSubject s;
            s.path = QStringLiteral("racy_small.go");
            s.source = test::racyCounter(300);
            s.base.cpus = 4;
            return s;
        });
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        // Bad grid text: a message, no exploration.
        p.gomaxprocsEdit()->setText(QStringLiteral("1,zero"));
        QSignalSpy started(&c, &ExploreController::started);
        QTest::mouseClick(p.exploreButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 0);
        QVERIFY(p.statusLabel()->text().contains(QStringLiteral("\"zero\"")));
        // A real one.
        p.gomaxprocsEdit()->clear();
        QTest::keyClicks(p.gomaxprocsEdit(), QStringLiteral("1,2"));
        p.quotaEdit()->setText(QStringLiteral("none,1.5"));
        p.runsSpin()->setValue(6);
        QSignalSpy shown(&p, &ExplorePanel::resultShown);
        QTest::mouseClick(p.exploreButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(p.cancelButton()->isEnabled());
        QVERIFY(shown.wait(120000));
        QVERIFY(!p.cancelButton()->isEnabled());
        QCOMPARE(p.progressBar()->value(), 24);
        QCOMPARE(p.progressBar()->maximum(), 24);
        const ExploreOutput out = shown.front().front().value<ExploreOutput>();
        QCOMPARE(out.result.configs.size(), size_t(4));
        QCOMPARE(out.result.configs[1].config.quotaUs, 150000);
        QVERIFY(p.model()->rowCount() >= 4);
        // Click the last outcome row: replay with its configuration and witness seed.
        QSignalSpy replay(&p, &ExplorePanel::replayRequested);
        const int row = p.model()->rowCount() - 1;
        QTableView *t = p.table();
        t->scrollTo(p.model()->index(row, 0));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(p.model()->index(row, OutcomeModel::OutcomeCol)).center());
        QCOMPARE(replay.count(), 1);
        const auto cfg = replay.front().front().value<runtime::RunConfig>();
        const int ci = p.model()->index(row, 0).data(OutcomeModel::ConfigIndexRole).toInt();
        QCOMPARE(cfg.seed, p.model()->index(row, OutcomeModel::SeedCol).data().toULongLong());
        QCOMPARE(cfg.gomaxprocs, out.result.configs[size_t(ci)].config.gomaxprocs);
        QCOMPARE(cfg.quotaUs, out.result.configs[size_t(ci)].config.quotaUs);
        QCOMPARE(cfg.cpus, 4);
    }
};

QTEST_MAIN(TestExplorePanel)
#include "tst_explore_panel.moc"
