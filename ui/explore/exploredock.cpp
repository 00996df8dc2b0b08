#include "ui/explore/exploredock.h"

#include "ui/config/configpanel.h"
#include "ui/editor/goeditor.h"
#include "ui/explore/explorepanel.h"
#include "ui/mainwindow.h"

#include <QDockWidget>

namespace gsl::ui {

QDockWidget *addExploreDock(MainWindow *w)
{
    auto *ctl = new ExploreController(w);
    ctl->setObjectName(QStringLiteral("exploreController"));
    auto *panel = new ExplorePanel(ctl);
    panel->setObjectName(QStringLiteral("explorePanel"));
    panel->setSubjectProvider([w] {
        ExploreSubject s;
        s.path = w->currentPath().isEmpty() ? QStringLiteral("untitled.go") : w->currentPath();
        s.source = w->editor()->toPlainText();
        s.base = w->configPanel()->config();
        return s;
    });
    auto *dock = new QDockWidget(MainWindow::tr("Explore"), w);
    dock->setObjectName(QStringLiteral("exploreDock"));
    dock->setWidget(panel);
    w->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *cfg = w->findChild<QDockWidget *>(QStringLiteral("configDock"))) w->tabifyDockWidget(cfg, dock);
    QObject::connect(panel, &ExplorePanel::replayRequested, w, [w](const runtime::RunConfig &cfg) {
        w->configPanel()->setConfig(cfg);
        w->runNow();
    });
    return dock;
}

} // namespace gsl::ui
