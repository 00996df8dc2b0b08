#include "ui/mainwindow.h"

#include "ui/browser/scenariomodel.h"
#include "ui/budget/budgetguard.h"
#include "ui/charts/chartsdock.h"
#include "ui/compare/comparewindow.h"
#include "ui/config/configpanel.h"
#include "ui/controller/playback.h"
#include "ui/controller/runcontroller.h"
#include "ui/controls/playbackbar.h"
#include "ui/demo/demotrace.h"
#include "ui/editor/goeditor.h"
#include "ui/eventlog/eventlogmodel.h"
#include "ui/export/reportexportui.h"
#include "ui/persistence/settingsguard.h"
#include "ui/persistence/worksafety.h"
#include "ui/explore/exploredock.h"
#include "ui/races/racesdock.h"
#include "ui/i18n/language.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/source/sourcepanel.h"
#include "ui/source/sourceview.h"
#include "ui/teaching/presenterview.h"
#include "ui/teaching/schedgamepanel.h"
#include "ui/theme/theme.h"
#include "ui/timeline/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

void gslInitUiResources();

namespace gsl::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    gslInitUiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("goschedlab"));
    setWindowIcon(QIcon(QStringLiteral(":/goschedlab/icon.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_runs = new RunController(this);
    m_playback = new PlaybackController(this);

    m_sched = new SchedViewWidget;
    m_sched->setObjectName(QStringLiteral("schedView"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_sched);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The centre: the scheduler view, or the presenter layout (ui/teaching).
    m_centre = new QStackedWidget;
    m_centre->addWidget(scroll);
    m_presenterView = new PresenterView(m_playback);
    m_centre->addWidget(m_presenterView);
    setCentralWidget(m_centre);
    // "You are the scheduler" plays the editor's text with the panel's configuration.
    m_presenterView->game()->setRequestProvider([this] {
        RunRequest req;
        req.path = m_path.isEmpty() ? QStringLiteral("untitled.go") : m_path;
        req.source = m_editor->toPlainText();
        req.config = m_config->config();
        req.config.budgets = m_budget->budgets();
        return req;
    });

    m_bar = new PlaybackBar(m_playback);
    auto *tb = addToolBar(tr("Playback"));
    tb->setObjectName(QStringLiteral("playbackToolBar"));
    tb->setMovable(false);
    tb->addWidget(m_bar);

    buildDocks();
    m_safety = new WorkSafety(this, m_editor);
    connect(m_safety, &WorkSafety::message, statusBar(), [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_safety, &WorkSafety::reloadRequested, this, &MainWindow::openFile);
    connect(m_safety, &WorkSafety::recoverRequested, this, [this](const QString &p, const QString &t) { loadText(p, t, true); });
    connect(m_safety, &WorkSafety::pathChanged, this, [this](const QString &p) {
        m_path = p;
        setWindowTitle(tr("%1[*] — goschedlab").arg(QFileInfo(p).fileName()));
        addRecent(p);
    });
    m_budget = new BudgetGuard(this);
    m_exportUi = new ReportExportUi(this);
    buildMenus();

    connect(m_runs, &RunController::runFinished, this, &MainWindow::showRun);
    connect(m_runs, &RunController::busyChanged, this, [this](bool busy) {
        if (busy) statusBar()->showMessage(tr("Running…"));
    });
    connect(m_playback, &PlaybackController::stepped, this, [this](const trace::SchedState &b, const trace::TraceEvent &e, const trace::SchedState &a) {
        m_stepping = true;
        m_sched->animateStep(b, e, a);
    });
    connect(m_playback, &PlaybackController::positionChanged, this, &MainWindow::onPosition);
    connect(m_playback, &PlaybackController::speedChanged, this, &MainWindow::updateAnimationSpeed);
    connect(m_timeline, &TimelineWidget::cursorMoved, this, [this](SimTime t) { m_playback->seekTime(t); });
    connect(m_sched, &SchedViewWidget::goroutineClicked, this, [this](int32_t g) {
        m_filterG->setValue(g);
        m_logDock->raise();
    });
    updateAnimationSpeed();
    restoreSettings();
    statusBar()->showMessage(m_settingsWarning.isEmpty() ? tr("Ready") : m_settingsWarning);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("Open scenario"), m_scenarios->directory(), tr("Go files (*.go)"));
        if (!p.isEmpty()) openFile(p);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, m_safety, [this] { m_safety->save(); });
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, m_safety, [this] { m_safety->saveAs(); });
    QAction *exp = file->addAction(tr("&Export report…"), this, &MainWindow::exportReport);
    exp->setObjectName(QStringLiteral("exportReport"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    auto act = [&](QMenu *m, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m->addAction(text);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    act(run, tr("&Run scenario"), QKeySequence(Qt::Key_F5), [this] { runNow(); });
    run->addAction(tr("&Budgets…"), m_budget, &BudgetGuard::edit);
    run->addSeparator();
    act(run, tr("&Play / pause"), QKeySequence(Qt::Key_Space), [this] { m_playback->togglePlay(); });
    act(run, tr("&Step"), QKeySequence(Qt::Key_Right), [this] { m_playback->pause(); m_playback->stepForward(); });
    act(run, tr("Step &back"), QKeySequence(Qt::Key_Left), [this] { m_playback->pause(); m_playback->stepBack(); });
    act(run, tr("To s&tart"), QKeySequence(Qt::Key_Home), [this] { m_playback->pause(); m_playback->toStart(); });
    act(run, tr("To &end"), QKeySequence(Qt::Key_End), [this] { m_playback->pause(); m_playback->toEnd(); });
    act(run, tr("Run until a G &blocks"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { m_playback->runUntil({StopCondition::GBlocks, 0, 0}); });
    act(run, tr("Run until a P s&teals"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_playback->runUntil({StopCondition::PSteals, 0, 0}); });
    act(run, tr("Run until the &outcome is decided"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_playback->runUntil({StopCondition::OutcomeDecided, 0, 0}); });
    act(run, tr("Faster"), QKeySequence(Qt::Key_BracketRight), [this] { m_playback->setSpeed(m_playback->speed() * 2); });
    act(run, tr("Slower"), QKeySequence(Qt::Key_BracketLeft), [this] { m_playback->setSpeed(m_playback->speed() / 2); });
    run->addSeparator();
    act(run, tr("Toggle bookmark"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_playback->toggleBookmark(); });
    act(run, tr("Next bookmark"), QKeySequence(Qt::Key_PageDown), [this] { m_playback->nextBookmark(); });
    act(run, tr("Previous bookmark"), QKeySequence(Qt::Key_PageUp), [this] { m_playback->previousBookmark(); });
    run->addSeparator();
    act(run, tr("&Compare two runs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { openCompare(); })
        ->setObjectName(QStringLiteral("compareRuns"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *pres = act(view, tr("&Presenter mode"), QKeySequence(Qt::Key_F11), [this] { setPresenterMode(!m_presenter); });
    pres->setObjectName(QStringLiteral("presenterMode"));
    pres->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::Key_P)});
    pres->setCheckable(true);
    connect(this, &MainWindow::runShown, pres, [this, pres] { pres->setChecked(m_presenter); });
    act(view, tr("&You are the scheduler"), QKeySequence(Qt::Key_F9), [this] {
        setPresenterMode(true);
        m_presenterView->showGame(true);
        m_presenterView->game()->startGame();
    })->setObjectName(QStringLiteral("schedulerGame"));
    act(view, tr("Zoom timeline in"), QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { m_timeline->zoomIn(); });
    act(view, tr("Zoom timeline out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { m_timeline->zoomOut(); });
    view->addSeparator();
    view->addMenu(createThemeMenu(this));
    view->addMenu(createLanguageMenu(this));
    view->addSeparator();
    for (QDockWidget *d : m_docks)
        view->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About goschedlab"), this, &MainWindow::about);
}

bool MainWindow::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    loadText(path, QString::fromUtf8(bytes), false);
    m_safety->fileOpened(m_path, bytes);
    addRecent(m_path);
    return true;
}

void MainWindow::loadText(const QString &path, const QString &text, bool modified)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_editor->setPlainText(text);
    m_editor->document()->setModified(modified);
    const ScenarioInfo info = parseScenarioInfo(text);
    if (!info.config.isEmpty())
        m_config->applyScenarioConfig(info.config);
    setWindowTitle(tr("%1[*] — goschedlab").arg(m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName()));
    setWindowModified(modified);   // the title has its [*] now
    const QModelIndex idx = m_scenarios->indexForPath(m_path);
    if (idx.isValid()) m_browser->setCurrentIndex(idx);
    runNow();
}

void MainWindow::runNow()
{
    RunRequest req;
    req.path = m_path.isEmpty() ? QStringLiteral("untitled.go") : m_path;
    req.source = m_editor->toPlainText();
    req.config = m_config->config();
    req.config.budgets = m_budget->budgets();
    m_playback->pause();
    m_runs->start(req);
}

void MainWindow::showRun(const RunOutput &out)
{
    m_last = out;
    m_budget->showResult(out);
    m_editor->setDiagnostics(out.diagnostics);
    m_diagList->clear();
    for (const UiDiagnostic &d : out.diagnostics) {
        auto *it = new QListWidgetItem(QStringLiteral("%1:%2:%3: %4").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.col).arg(d.message));
        it->setData(Qt::UserRole, d.line);
        it->setData(Qt::UserRole + 1, d.col);
        it->setForeground(d.error ? QColor(200, 30, 30) : QColor(180, 120, 0));
        m_diagList->addItem(it);
    }
    m_diagList->setVisible(!out.diagnostics.isEmpty());
    QString text = out.stdoutText;
    if (!out.stderrText.isEmpty()) text += out.stderrText;
    if (!out.errorText.isEmpty()) text += tr("engine error: %1\n").arg(out.errorText);
    if (out.ok()) text += tr("[exit status %1]").arg(out.exitStatus);
    m_output->setPlainText(text);
    if (out.ok()) {
        if (out.demo && m_editor->toPlainText().trimmed().isEmpty())
            m_editor->setPlainText(QString::fromUtf8(demoSource()));
        m_log->setTrace(out.trace);
        m_sourceView->setSource(m_editor->toPlainText());
        m_timeline->setData(out.timeline);
        m_playback->setTrace(out.trace);
        // Open at the first goroutine that blocks: usually the instant the
        // lesson is about, and never an empty picture.
        const size_t firstPark = m_playback->findNext({StopCondition::GBlocks, 0, 0}, 0);
        m_playback->seek(firstPark < out.trace->size() ? firstPark : out.trace->size() / 2);
        statusBar()->showMessage(tr("%1 events, GOMAXPROCS=%2, exit status %3%4")
                                     .arg(out.trace->size()).arg(out.gomaxprocs).arg(out.exitStatus)
                                     .arg(out.demo ? tr(" — demo trace (engine not built)") : QString()));
    } else {
        statusBar()->showMessage(out.diagnostics.isEmpty() ? tr("Run failed") : tr("%1 error(s)").arg(out.diagnostics.size()));
    }
    updateLesson();
    m_presenterView->setLesson(out.info);
    Q_EMIT runShown();
}

void MainWindow::onPosition()
{
    const bool animated = m_stepping;
    m_stepping = false;
    if (!animated)
        m_sched->setState(m_playback->state());
    m_timeline->setCursor(m_playback->time());
    const size_t pos = m_playback->position();
    m_log->setCurrent(pos > 0 ? int(pos - 1) : -1);
    // Following the log costs a proxy lookup; skip it at high speed.
    if (pos > 0 && (!m_playback->isPlaying() || m_playback->speed() < 50)) {
        const QModelIndex pi = m_filter->mapFromSource(m_log->index(int(pos - 1), 0));
        if (pi.isValid()) m_logView->scrollTo(pi);
    }
    QVector<QPair<int32_t, int>> lines;
    const trace::SchedState &s = m_playback->state();
    for (size_t g = 1; g < s.gs.size(); ++g)
        if (s.gs[g].status != trace::GStatus::Dead && s.gs[g].status != trace::GStatus::Idle && s.gs[g].line > 0)
            lines.push_back({int32_t(g), s.gs[g].line});
    m_editor->setGoroutineLines(lines);
}

void MainWindow::updateAnimationSpeed()
{
    // One move lasts most of the time between two events; too fast to follow = no animation.
    const double perEvent = 1000.0 / m_playback->speed();
    m_sched->setAnimationDuration(perEvent < 40 ? 0 : int(std::min(450.0, perEvent * 0.8)));
}

void MainWindow::updateLesson()
{
    const ScenarioInfo &i = m_last.info;
    const int scale = m_presenter ? 16 : 10;
    QString html = QStringLiteral("<div style='font-size:%1pt'>").arg(scale);
    if (!i.title.isEmpty()) html += QStringLiteral("<b>%1</b><br>").arg(i.title.toHtmlEscaped());
    if (!i.lesson.isEmpty()) html += i.lesson.toHtmlEscaped();
    if (!i.correct.isEmpty()) html += tr("<br><i>Correct outcome: %1</i>").arg(i.correct.toHtmlEscaped());
    html += QStringLiteral("</div>");
    m_lesson->setText(html);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter) return;
    m_presenter = on;
    // Presenter layout: lesson beside the scheduler view, every dock away;
    // leaving it brings back the docks that were open.
    if (on) {
        m_docksBeforePresenter.clear();
        for (QDockWidget *d : m_docks)
            if (d->toggleViewAction()->isChecked()) m_docksBeforePresenter.push_back(d); // also behind a tab
        for (QDockWidget *d : m_docks) d->setVisible(false);
    } else {
        for (QDockWidget *d : m_docksBeforePresenter) d->setVisible(true);
    }
    m_centre->setCurrentIndex(on ? 1 : 0);
    if (!on) m_sched->setState(m_playback->state());
    if (QAction *a = findChild<QAction *>(QStringLiteral("presenterMode"))) a->setChecked(on);
    QFont f = QApplication::font();
    if (on) f.setPointSizeF(f.pointSizeF() * 1.4);
    m_bar->setFont(f);
    updateLesson();
}

void MainWindow::addRecent(const QString &path)
{
    m_recent.removeAll(path);
    m_recent.prepend(path);
    while (m_recent.size() > 10) m_recent.removeLast();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &p : m_recent)
        m_recentMenu->addAction(QFileInfo(p).fileName(), this, [this, p] { openFile(p); })->setToolTip(p);
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings s;
    m_settingsWarning = checkSettings(s).warning;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_recent = s.value(QStringLiteral("recentFiles")).toStringList();
    updateRecentMenu();
    const QString cfg = s.value(QStringLiteral("lastConfig")).toString();
    if (!cfg.isEmpty()) m_config->fromText(cfg);
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("recentFiles"), m_recent);
    s.setValue(QStringLiteral("lastConfig"), m_config->toText());
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!m_safety->maybeSave()) {
        e->ignore();
        return;
    }
    saveSettings();
    m_safety->cleanShutdown();
    e->accept();
}

void MainWindow::exportReport()
{
    ReportJob job;
    job.scenarioPath = m_path.isEmpty() ? QStringLiteral("untitled.go") : m_path;
    job.source = m_editor->toPlainText();
    job.config = m_config->config();
    job.config.budgets = m_budget->budgets();
    m_exportUi->exportInteractive(job);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About goschedlab"),
                       tr("<h3>goschedlab %1</h3><p>A laboratory for Go's M-P-G scheduler: a deterministic simulation of "
                          "the runtime (runnext, local and global run queues, work stealing, sysmon, GOMAXPROCS and "
                          "CFS quotas) you can step through.</p><p>Built with Qt %2 (running on Qt %3).</p>")
                           .arg(QStringLiteral(GSL_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

CompareWindow *MainWindow::openCompare()
{
    if (!m_compare) {
        m_compare = new CompareWindow(this);
        if (m_last.gomaxprocs > 1) m_compare->setVariants(QStringLiteral("gomaxprocs=1"), QStringLiteral("gomaxprocs=%1").arg(m_last.gomaxprocs));
    }
    m_compare->setScenario(m_path, m_editor->toPlainText(), m_config->config());
    m_compare->show();
    m_compare->raise();
    m_compare->start();
    return m_compare;
}

} // namespace gsl::ui
