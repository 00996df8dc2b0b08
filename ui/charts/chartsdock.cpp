#include "ui/charts/chartsdock.h"

#include "ui/charts/chartspanel.h"
#include "ui/explore/explorepanel.h"
#include "ui/mainwindow.h"
#include "ui/races/analysiscontroller.h"

#include <QDockWidget>

namespace gsl::ui {

QDockWidget *addChartsDock(MainWindow *w)
{
    auto *panel = new ChartsPanel;
    auto *dock = new QDockWidget(MainWindow::tr("Charts"), w);
    dock->setObjectName(QStringLiteral("chartsDock"));
    dock->setWidget(panel);
    w->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *tl = w->findChild<QDockWidget *>(QStringLiteral("timelineDock"))) {
        w->tabifyDockWidget(tl, dock);
        tl->raise();
    }
    if (auto *ctl = w->findChild<AnalysisController *>(QStringLiteral("analysisController")))
        QObject::connect(ctl, &AnalysisController::analysisFinished, panel, &ChartsPanel::setRunAnalysis);
    if (auto *ex = w->findChild<ExplorePanel *>(QStringLiteral("explorePanel")))
        QObject::connect(ex, &ExplorePanel::resultShown, panel, [panel, dock](const ExploreOutput &out) {
            panel->setExploreResult(out.result, out.cells);
            panel->setCurrentIndex(out.cells.empty() ? 2 : 3);
            dock->raise();
        });
    return dock;
}

} // namespace gsl::ui
