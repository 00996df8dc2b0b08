// mainwindow_docks.cpp — MainWindow::buildDocks: the dock widgets (scenario
// browser, editor and source view, configuration, lesson, timeline, event
// log, analysis docks) and how they are wired to the controller and playback.
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

namespace gsl::ui {

void MainWindow::buildDocks()
{
    auto dock = [&](const QString &title, const QString &name, QWidget *w, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        m_docks.push_back(d);
        return d;
    };

    // Scenario browser.
    m_scenarios = new ScenarioModel(this);
    m_scenarios->scan(findScenarioDir());
    m_browser = new QTreeView;
    m_browser->setObjectName(QStringLiteral("browser"));
    m_browser->setModel(m_scenarios);
    m_browser->setHeaderHidden(true);
    m_browser->expandAll();
    connect(m_browser, &QTreeView::activated, this, [this](const QModelIndex &i) {
        const QString path = i.data(ScenarioModel::PathRole).toString();
        if (!path.isEmpty()) openFile(path);
    });
    m_browserDock = dock(tr("Scenarios"), QStringLiteral("scenariosDock"), m_browser, Qt::LeftDockWidgetArea);

    // Editor + diagnostics.
    auto *edit = new QWidget;
    auto *el = new QVBoxLayout(edit);
    el->setContentsMargins(0, 0, 0, 0);
    m_editor = new GoEditor;
    m_editor->setObjectName(QStringLiteral("editor"));
    el->addWidget(m_editor, 1);
    m_diagList = new QListWidget;
    m_diagList->setObjectName(QStringLiteral("diagnostics"));
    m_diagList->setMaximumHeight(90);
    m_diagList->setVisible(false);
    connect(m_diagList, &QListWidget::itemActivated, this, [this](QListWidgetItem *it) {
        m_editor->goToLine(it->data(Qt::UserRole).toInt(), it->data(Qt::UserRole + 1).toInt());
    });
    connect(m_diagList, &QListWidget::itemClicked, this, [this](QListWidgetItem *it) {
        m_editor->goToLine(it->data(Qt::UserRole).toInt(), it->data(Qt::UserRole + 1).toInt());
    });
    el->addWidget(m_diagList);
    QDockWidget *srcDock = dock(tr("Source"), QStringLiteral("sourceDock"), edit, Qt::LeftDockWidgetArea);
    // The source as it runs: every goroutine's line and step (ui/source).
    auto *srcPanel = new SourcePanel;
    m_sourceView = srcPanel->view();
    m_sourceView->follow(m_playback);
    connect(m_sourceView, &SourceView::goroutineClicked, this, [this](int32_t g) { m_filterG->setValue(g); });
    QDockWidget *runDock = dock(tr("Goroutines in source"), QStringLiteral("sourceViewDock"), srcPanel, Qt::LeftDockWidgetArea);
    tabifyDockWidget(srcDock, runDock);
    srcDock->raise();

    // Configuration + Run.
    auto *cfg = new QWidget;
    auto *cl = new QVBoxLayout(cfg);
    m_config = new ConfigPanel;
    cl->addWidget(m_config);
    auto *run = new QPushButton(tr("Run (F5)"));
    run->setObjectName(QStringLiteral("runButton"));
    connect(run, &QPushButton::clicked, this, &MainWindow::runNow);
    cl->addWidget(run);
    cl->addStretch();
    m_configDock = dock(tr("Configuration"), QStringLiteral("configDock"), cfg, Qt::RightDockWidgetArea);

    // Lesson + program output.
    auto *les = new QWidget;
    auto *ll = new QVBoxLayout(les);
    m_lesson = new QLabel;
    m_lesson->setObjectName(QStringLiteral("lesson"));
    m_lesson->setWordWrap(true);
    m_lesson->setTextFormat(Qt::RichText);
    m_lesson->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    ll->addWidget(m_lesson, 1);
    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setMaximumHeight(110);
    ll->addWidget(m_output);
    m_lessonDock = dock(tr("Lesson & output"), QStringLiteral("lessonDock"), les, Qt::RightDockWidgetArea);

    // Timeline.
    m_timeline = new TimelineWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    dock(tr("Timeline"), QStringLiteral("timelineDock"), m_timeline, Qt::BottomDockWidgetArea);

    // Event log with filters.
    auto *logw = new QWidget;
    auto *lv = new QVBoxLayout(logw);
    lv->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filterG = new QSpinBox;
    m_filterG->setObjectName(QStringLiteral("filterG"));
    m_filterG->setRange(0, 1000000);
    m_filterG->setSpecialValueText(tr("any G"));
    m_filterG->setPrefix(QStringLiteral("G"));
    m_filterP = new QSpinBox;
    m_filterP->setObjectName(QStringLiteral("filterP"));
    m_filterP->setRange(-1, 1024);
    m_filterP->setValue(-1);
    m_filterP->setSpecialValueText(tr("any P"));
    m_filterP->setPrefix(QStringLiteral("P"));
    m_filterKind = new QComboBox;
    m_filterKind->setObjectName(QStringLiteral("filterKind"));
    m_filterKind->addItem(tr("all events"));
    m_filterKind->addItem(tr("goroutine life"), QVariantList{int(trace::EvKind::GoCreate), int(trace::EvKind::GoStart), int(trace::EvKind::GoEnd),
                                                             int(trace::EvKind::GoSched), int(trace::EvKind::GoPreempt), int(trace::EvKind::GoPark), int(trace::EvKind::GoUnpark)});
    m_filterKind->addItem(tr("queue moves"), QVariantList{int(trace::EvKind::RunqPut), int(trace::EvKind::RunqGet), int(trace::EvKind::GlobRunqPut),
                                                          int(trace::EvKind::GlobRunqGet), int(trace::EvKind::ProcSteal), int(trace::EvKind::RunqOverflow)});
    m_filterKind->addItem(tr("memory"), QVariantList{int(trace::EvKind::MemRead), int(trace::EvKind::MemWrite), int(trace::EvKind::AtomicRead), int(trace::EvKind::AtomicWrite)});
    filters->addWidget(m_filterG);
    filters->addWidget(m_filterP);
    filters->addWidget(m_filterKind);
    filters->addStretch();
    lv->addLayout(filters);
    m_log = new EventLogModel(this);
    m_filter = new EventFilterModel(this);
    m_filter->setSourceModel(m_log);
    m_logView = new QTableView;
    m_logView->setObjectName(QStringLiteral("eventLog"));
    m_logView->setModel(m_filter);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->setVisible(false);
    m_logView->verticalHeader()->setDefaultSectionSize(20);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setColumnWidth(EventLogModel::IndexCol, 50);
    m_logView->setColumnWidth(EventLogModel::TimeCol, 90);
    m_logView->setColumnWidth(EventLogModel::KindCol, 100);
    for (int c : {EventLogModel::GCol, EventLogModel::PCol, EventLogModel::MCol})
        m_logView->setColumnWidth(c, 40);
    lv->addWidget(m_logView);
    connect(m_filterG, &QSpinBox::valueChanged, m_filter, &EventFilterModel::setGoroutine);
    connect(m_filterP, &QSpinBox::valueChanged, m_filter, &EventFilterModel::setProc);
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, [this](int) {
        QList<trace::EvKind> kinds;
        for (const QVariant &v : m_filterKind->currentData().toList())
            kinds.push_back(trace::EvKind(v.toInt()));
        m_filter->setKinds(kinds);
    });
    connect(m_logView, &QTableView::clicked, this, [this](const QModelIndex &i) {
        const QModelIndex src = m_filter->mapToSource(i);
        m_playback->pause();
        m_playback->seek(size_t(src.row()) + 1);
    });
    m_logDock = dock(tr("Event log"), QStringLiteral("eventLogDock"), logw, Qt::BottomDockWidgetArea);
    splitDockWidget(findChild<QDockWidget *>(QStringLiteral("timelineDock")), m_logDock, Qt::Horizontal);

    // Analysis docks (ui/races, ui/explore, ui/charts), in this order: charts follow the other two.
    m_docks.push_back(addRacesDock(this));
    m_docks.push_back(addExploreDock(this));
    m_docks.push_back(addChartsDock(this));
    m_logDock->raise();
    m_configDock->raise();
}

} // namespace gsl::ui
