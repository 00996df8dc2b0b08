#include "ui/races/racesdock.h"

#include "ui/config/configpanel.h"
#include "ui/controller/playback.h"
#include "ui/controller/runcontroller.h"
#include "ui/editor/goeditor.h"
#include "ui/mainwindow.h"
#include "ui/races/analysiscontroller.h"
#include "ui/races/racespanel.h"
#include "ui/timeline/timelinewidget.h"

#include <QDockWidget>

#include <algorithm>
#include <memory>

namespace gsl::ui {

QVector<RaceMark> raceMarksOf(const RunAnalysis &a)
{
    QVector<RaceMark> marks;
    for (int i = 0; i < a.races.size(); ++i) {
        const analysis::RaceReport &r = a.races[i].report;
        auto side = [](const analysis::RaceAccess &x) {
            return MainWindow::tr("G%1 %2 (line %3)").arg(x.goid)
                .arg(x.write ? MainWindow::tr("write") : MainWindow::tr("read")).arg(x.line);
        };
        marks.push_back({r.previous.time, r.previous.goid, r.current.time, r.current.goid, i,
                         MainWindow::tr("Data race on %1: %2, then %3 — click to show the report")
                             .arg(QString::fromStdString(r.current.var), side(r.previous), side(r.current))});
    }
    return marks;
}

QDockWidget *addRacesDock(MainWindow *w)
{
    auto *ctl = new AnalysisController(w);
    ctl->setObjectName(QStringLiteral("analysisController"));
    auto *panel = new RacesPanel;
    panel->setObjectName(QStringLiteral("racesPanel"));
    auto *dock = new QDockWidget(MainWindow::tr("Races and bugs"), w);
    dock->setObjectName(QStringLiteral("racesDock"));
    dock->setWidget(panel);
    w->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *log = w->findChild<QDockWidget *>(QStringLiteral("eventLogDock"))) w->tabifyDockWidget(log, dock);

    // The request as it was when the run started (the editor may change meanwhile).
    auto pending = std::make_shared<AnalysisRequest>();
    auto snapshot = [w](AnalysisRequest &r) {
        r.path = w->currentPath().isEmpty() ? QStringLiteral("untitled.go") : w->currentPath();
        r.source = w->editor()->toPlainText();
        r.config = w->configPanel()->config();
    };
    QObject::connect(w->runController(), &RunController::runStarted, panel, [pending, snapshot] {
        snapshot(*pending);
        pending->trace.reset();
    });
    QObject::connect(w, &MainWindow::runShown, panel, [w, ctl, panel, pending, snapshot] {
        const RunOutput &out = w->lastRun();
        if (!out.ok() || out.demo) {
            ctl->reset();
            panel->setAnalysis(RunAnalysis{});
            return;
        }
        AnalysisRequest req = *pending;
        if (req.source.isEmpty()) snapshot(req);   // showRun called directly (tests)
        pending->source.clear();
        req.trace = out.trace;
        req.stdoutText = out.stdoutText;
        panel->setPending();
        ctl->start(req);
    });
    QObject::connect(ctl, &AnalysisController::analysisFinished, panel, &RacesPanel::setAnalysis);
    auto showAccesses = [w](qulonglong cur, qulonglong prev, int curLine, int) {
        PlaybackController *pb = w->playback();
        const trace::Trace *t = pb->trace();
        if (!t || cur >= t->size() || prev >= t->size()) return;
        pb->pause();
        pb->seek(size_t(cur) + 1);   // the state just after the access that found the race
        const SimTime a = (*t)[size_t(prev)].time, b = (*t)[size_t(cur)].time;
        const SimTime margin = std::max<SimTime>((b - a) / 4, 2000);
        w->timeline()->setVisibleRange(std::min(a, b) - margin, std::max(a, b) + margin);
        if (curLine > 0) w->editor()->goToLine(curLine);
    };
    QObject::connect(panel, &RacesPanel::accessesSelected, w, showAccesses);
    // Races on the timeline: red marks at both accesses, joined; a click selects the race here.
    QObject::connect(ctl, &AnalysisController::analysisFinished, w->timeline(), [w](const RunAnalysis &a) {
        w->timeline()->setRaceMarks(raceMarksOf(a));
    });
    QObject::connect(w->timeline(), &TimelineWidget::raceClicked, panel, [panel, dock, showAccesses](int race) {
        dock->show();
        dock->raise();
        panel->selectRace(race);
        // Also when it was selected already (the first race is, after a run).
        if (race >= 0 && race < panel->analysis().races.size()) {
            const analysis::RaceReport &r = panel->analysis().races[race].report;
            showAccesses(r.current.eventIndex, r.previous.eventIndex, r.current.line, r.previous.line);
        }
    });
    QObject::connect(panel, &RacesPanel::replayRequested, w, [w](const runtime::RunConfig &cfg) {
        w->configPanel()->setConfig(cfg);
        w->runNow();
    });
    return dock;
}

} // namespace gsl::ui
