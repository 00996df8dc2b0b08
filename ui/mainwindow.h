// mainwindow.h — the goschedlab window: scenario browser, Go editor with
// diagnostics, configuration, the scheduler view (centre), timeline, event
// log and program output as dockable panels, run controls and menus.
// Layout, recent files and the last configuration persist in QSettings.
#pragma once

#include "ui/controller/runoutput.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace gsl::ui {

class BudgetGuard;
class CompareWindow;
class ConfigPanel;
class EventFilterModel;
class EventLogModel;
class GoEditor;
class PlaybackBar;
class PlaybackController;
class ReportExportUi;
class PresenterView;
class RunController;
class ScenarioModel;
class SchedViewWidget;
class SourceView;
class TimelineWidget;
class WorkSafety;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // openFile loads path into the editor, applies its Config line and runs it.
    // Returns false (and shows why in the status bar) when it cannot be read.
    bool openFile(const QString &path);
    QString currentPath() const { return m_path; }
    // loadText shows text as the scenario at path ("" = untitled) and runs it;
    // modified = it holds unsaved edits (a recovered autosave).
    void loadText(const QString &path, const QString &text, bool modified);
    // runNow runs the editor's text with the panel's configuration.
    void runNow();
    // showRun installs a finished run in every view (also used by tests).
    void showRun(const RunOutput &out);
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenter; }

    RunController *runController() const { return m_runs; }
    PlaybackController *playback() const { return m_playback; }
    SchedViewWidget *schedView() const { return m_sched; }
    TimelineWidget *timeline() const { return m_timeline; }
    GoEditor *editor() const { return m_editor; }
    ConfigPanel *configPanel() const { return m_config; }
    QTableView *eventLogView() const { return m_logView; }
    EventFilterModel *eventFilter() const { return m_filter; }
    ScenarioModel *scenarios() const { return m_scenarios; }
    QListWidget *diagnosticsList() const { return m_diagList; }
    QPlainTextEdit *outputView() const { return m_output; }
    const RunOutput &lastRun() const { return m_last; }
    QStringList recentFiles() const { return m_recent; }
    WorkSafety *workSafety() const { return m_safety; }
    BudgetGuard *budgetGuard() const { return m_budget; }
    ReportExportUi *reportExport() const { return m_exportUi; }
    SourceView *sourceView() const { return m_sourceView; }
    PresenterView *presenterView() const { return m_presenterView; }
    // openCompare opens compare mode on the current source and configuration.
    CompareWindow *openCompare();

Q_SIGNALS:
    // runShown: a finished run has been installed in the views.
    void runShown();

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildDocks();
    void buildMenus();
    void restoreSettings();
    void saveSettings();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void onPosition();
    void onStepped();
    void updateAnimationSpeed();
    void updateLesson();
    void exportReport();
    void about();

    RunController *m_runs = nullptr;
    WorkSafety *m_safety = nullptr;
    BudgetGuard *m_budget = nullptr;
    ReportExportUi *m_exportUi = nullptr;
    QString m_settingsWarning;
    PlaybackController *m_playback = nullptr;
    SchedViewWidget *m_sched = nullptr;
    TimelineWidget *m_timeline = nullptr;
    GoEditor *m_editor = nullptr;
    ConfigPanel *m_config = nullptr;
    PlaybackBar *m_bar = nullptr;
    EventLogModel *m_log = nullptr;
    EventFilterModel *m_filter = nullptr;
    QTableView *m_logView = nullptr;
    QSpinBox *m_filterG = nullptr;
    QSpinBox *m_filterP = nullptr;
    QComboBox *m_filterKind = nullptr;
    ScenarioModel *m_scenarios = nullptr;
    QTreeView *m_browser = nullptr;
    QListWidget *m_diagList = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_lesson = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_configDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QStackedWidget *m_centre = nullptr;
    PresenterView *m_presenterView = nullptr;
    SourceView *m_sourceView = nullptr;
    CompareWindow *m_compare = nullptr;
    QList<QDockWidget *> m_docksBeforePresenter;
    QString m_path;
    QStringList m_recent;
    RunOutput m_last;
    bool m_presenter = false;
    bool m_stepping = false;
};

} // namespace gsl::ui
