// racespanel.h — the "Races and bugs" panel: the run's data races in Go's
// format with the happens-before excerpt laid out by Graphviz (the missing
// edge red and dashed), deadlock/leak findings, and for a run where the bug
// stayed hidden the scheduler facts that hid it plus a button that replays
// the smallest perturbation found.
#pragma once

#include "ui/races/analysisdata.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSvgWidget;
class QTabWidget;
class QTableView;

namespace gsl::ui {

class BlockedModel;
class RaceModel;

class RacesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RacesPanel(QWidget *parent = nullptr);

    void setAnalysis(const RunAnalysis &a);
    // setPending shows that the analysis of a new run is under way.
    void setPending();
    const RunAnalysis &analysis() const { return m_analysis; }

    RaceModel *raceModel() const { return m_races; }
    BlockedModel *blockedModel() const { return m_blocked; }
    QTableView *raceView() const { return m_raceView; }
    QTableView *blockedView() const { return m_blockedView; }
    QSvgWidget *graphWidget() const { return m_graph; }
    QPlainTextEdit *reportView() const { return m_report; }
    QListWidget *factsList() const { return m_facts; }
    QPushButton *replayButton() const { return m_replay; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }
    int selectedRace() const { return m_selected; }

public Q_SLOTS:
    // selectRace shows a race and announces it (accessesSelected).
    void selectRace(int row);

protected:
    bool eventFilter(QObject *o, QEvent *e) override;

Q_SIGNALS:
    // A race was selected: the trace indices of its two accesses (the
    // timeline and playback cursor follow them) and their source lines.
    void accessesSelected(qulonglong currentEvent, qulonglong previousEvent, int currentLine, int previousLine);
    // The user asked to replay the smallest perturbation that exposes the bug.
    void replayRequested(const gsl::runtime::RunConfig &config);

private:
    void showGraph(const RaceItem *r);
    void emitSelection(int row);
    void fitGraph();
    void updateHidden();

    RunAnalysis m_analysis;
    RaceModel *m_races = nullptr;
    BlockedModel *m_blocked = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_raceView = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QLabel *m_why = nullptr;
    QScrollArea *m_graphScroll = nullptr;
    QSvgWidget *m_graph = nullptr;
    QLabel *m_waitText = nullptr;
    QTableView *m_blockedView = nullptr;
    QLabel *m_hiddenStatus = nullptr;
    QListWidget *m_facts = nullptr;
    QPushButton *m_replay = nullptr;
    int m_selected = -1;     // shown
    int m_emitted = -1;      // last one announced with accessesSelected
    bool m_silent = false;
};

} // namespace gsl::ui
