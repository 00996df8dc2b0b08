#include "ui/races/racespanel.h"

#include "ui/races/blockedmodel.h"
#include "ui/races/racemodel.h"

#include <QFontDatabase>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gsl::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *m, const QString &name)
{
    auto *v = new QTableView;
    v->setObjectName(name);
    v->setModel(m);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->setVisible(false);
    v->verticalHeader()->setDefaultSectionSize(22);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}
} // namespace

RacesPanel::RacesPanel(QWidget *parent) : QWidget(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(tr("No run analysed yet."));
    m_summary->setObjectName(QStringLiteral("raceSummary"));
    m_summary->setWordWrap(true);
    lay->addWidget(m_summary);
    m_tabs = new QTabWidget;
    lay->addWidget(m_tabs, 1);

    // Data races: table, then the Go report beside the HB excerpt.
    m_races = new RaceModel(this);
    m_raceView = makeTable(m_races, QStringLiteral("raceTable"));
    m_raceView->setColumnWidth(RaceModel::IndexCol, 32);
    m_raceView->setColumnWidth(RaceModel::VarCol, 90);
    m_raceView->setColumnWidth(RaceModel::CurrentCol, 190);
    connect(m_raceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { selectRace(cur.isValid() ? cur.row() : -1); });
    // Clicking the row that is already current (the first race, shown on arrival) still jumps to it.
    connect(m_raceView, &QTableView::clicked, this, [this](const QModelIndex &i) { emitSelection(i.row()); });
    m_report = new QPlainTextEdit;
    m_report->setObjectName(QStringLiteral("raceReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *graphBox = new QWidget;
    auto *gl = new QVBoxLayout(graphBox);
    gl->setContentsMargins(0, 0, 0, 0);
    m_why = new QLabel;
    m_why->setObjectName(QStringLiteral("raceWhy"));
    m_why->setWordWrap(true);
    gl->addWidget(m_why);
    m_graph = new QSvgWidget;
    m_graph->setObjectName(QStringLiteral("hbGraph"));
    m_graphScroll = new QScrollArea;
    m_graphScroll->setWidget(m_graph);
    m_graphScroll->setAlignment(Qt::AlignCenter);
    m_graphScroll->setBackgroundRole(QPalette::Base);
    m_graphScroll->installEventFilter(this);   // refit when the splitter or dock resizes it
    gl->addWidget(m_graphScroll, 1);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_report);
    bottom->addWidget(graphBox);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_raceView);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_tabs->addTab(split, tr("Data races"));

    // Deadlocks and leaks.
    auto *dl = new QWidget;
    auto *dll = new QVBoxLayout(dl);
    m_waitText = new QLabel;
    m_waitText->setObjectName(QStringLiteral("waitText"));
    m_waitText->setWordWrap(true);
    m_waitText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dll->addWidget(m_waitText);
    m_blocked = new BlockedModel(this);
    m_blockedView = makeTable(m_blocked, QStringLiteral("blockedTable"));
    dll->addWidget(m_blockedView, 1);
    m_tabs->addTab(dl, tr("Deadlocks && leaks"));

    // Why it stayed hidden.
    auto *hw = new QWidget;
    auto *hl = new QVBoxLayout(hw);
    m_hiddenStatus = new QLabel;
    m_hiddenStatus->setObjectName(QStringLiteral("hiddenStatus"));
    m_hiddenStatus->setWordWrap(true);
    hl->addWidget(m_hiddenStatus);
    m_facts = new QListWidget;
    m_facts->setObjectName(QStringLiteral("hiddenFacts"));
    m_facts->setWordWrap(true);
    hl->addWidget(m_facts, 1);
    m_replay = new QPushButton(tr("Replay the smallest perturbation"));
    m_replay->setObjectName(QStringLiteral("replayPerturbation"));
    m_replay->setEnabled(false);
    m_replay->setToolTip(tr("Re-run with the nearby seed or one more P that made the bug show"));
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_analysis.perturbationFound) Q_EMIT replayRequested(m_analysis.perturbedConfig);
    });
    hl->addWidget(m_replay);
    m_tabs->addTab(hw, tr("Why it stayed hidden"));
    updateHidden();
}

void RacesPanel::setPending()
{
    m_summary->setText(tr("Analysing the run…"));
    m_replay->setEnabled(false);
}

void RacesPanel::setAnalysis(const RunAnalysis &a)
{
    m_analysis = a;
    m_selected = -1;
    m_emitted = -1;
    m_races->setRaces(a.races);
    m_blocked->setBlocked(a.blocked);
    QStringList parts;
    if (!a.error.isEmpty()) parts << tr("Analysis failed: %1").arg(a.error);
    parts << (a.races.isEmpty() ? tr("No data race in this run.") : a.raceSummary + QLatin1Char('.'));
    if (a.deadlock) parts << tr("Deadlock: all goroutines are asleep.");
    else if (!a.leaked.isEmpty()) parts << tr("%n goroutine(s) leaked.", nullptr, int(a.leaked.size()));
    if (!a.correct.isEmpty())
        parts << (a.manifested ? tr("The bug manifested (outcome \"%1\").").arg(a.outcome)
                               : tr("The bug stayed hidden (outcome \"%1\").").arg(a.outcome));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_waitText->setText(a.waitText.isEmpty() ? tr("Every goroutine finished: no deadlock, no leak.") : a.waitText);
    updateHidden();
    if (!a.races.isEmpty()) {
        // Show the first race without moving the other views: they keep the run's opening instant.
        m_silent = true;
        m_raceView->selectRow(0);
        selectRace(0);
        m_silent = false;
    } else {
        m_report->clear();
        showGraph(nullptr);
    }
}

void RacesPanel::selectRace(int row)
{
    const RaceItem *r = m_races->race(row);
    if (!r || row == m_selected) return;
    m_selected = row;
    if (m_raceView->currentIndex().row() != row) m_raceView->selectRow(row);
    m_report->setPlainText(r->text);
    showGraph(r);
    if (!m_silent) emitSelection(row);
}

void RacesPanel::emitSelection(int row)
{
    const RaceItem *r = m_races->race(row);
    if (!r || row == m_emitted) return;
    m_emitted = row;
    Q_EMIT accessesSelected(qulonglong(r->report.current.eventIndex), qulonglong(r->report.previous.eventIndex),
                            r->report.current.line, r->report.previous.line);
}

void RacesPanel::showGraph(const RaceItem *r)
{
    if (!r) {
        m_why->clear();
        m_graph->load(QByteArray());
        m_graph->setFixedSize(1, 1);
        return;
    }
    m_why->setText(r->svg.isEmpty() && !r->layoutError.isEmpty() ? r->layoutError : r->why);
    m_graph->load(r->svg);
    fitGraph();
}

void RacesPanel::fitGraph()
{
    if (!m_graph->renderer()->isValid()) {
        m_graph->setFixedSize(1, 1);
        return;
    }
    // Fit the graph into the view, but never below 80 % of Graphviz's size
    // (points as pixels) so the labels stay readable: beyond that the scroll area pans.
    const QSizeF natural = m_graph->renderer()->defaultSize();
    const QSize room = m_graphScroll->maximumViewportSize() - QSize(4, 4);
    double scale = std::min(room.width() / natural.width(), room.height() / natural.height());
    scale = std::clamp(scale, 0.8, 1.5);
    m_graph->setFixedSize((natural * scale).toSize());
}

bool RacesPanel::eventFilter(QObject *o, QEvent *e)
{
    if (o == m_graphScroll && e->type() == QEvent::Resize) fitGraph();
    return QWidget::eventFilter(o, e);
}

void RacesPanel::updateHidden()
{
    const RunAnalysis &a = m_analysis;
    m_facts->clear();
    m_replay->setEnabled(false);
    m_replay->setText(tr("Replay the smallest perturbation"));
    if (a.correct.isEmpty()) {
        m_hiddenStatus->setText(tr("This scenario states no correct outcome, so there is no bug to explain."));
        return;
    }
    if (a.manifested) {
        m_hiddenStatus->setText(tr("The bug manifested in this run: the outcome \"%1\" does not match %2.").arg(a.outcome, a.correct));
        return;
    }
    m_hiddenStatus->setText(tr("The bug stayed hidden in this run (outcome \"%1\" matches %2). Why:").arg(a.outcome, a.correct));
    for (const QString &f : a.hiddenFacts) m_facts->addItem(f);
    if (a.hiddenFacts.isEmpty()) m_facts->addItem(tr("No shared variable was accessed by more than one goroutine."));
    if (a.perturbationFound) {
        m_replay->setEnabled(true);
        m_replay->setText(tr("Replay: %1 → %2").arg(a.perturbation, a.perturbedOutcome));
    } else if (a.perturbationSearched) {
        m_replay->setText(tr("No nearby seed or extra P exposed it"));
    }
}

} // namespace gsl::ui
