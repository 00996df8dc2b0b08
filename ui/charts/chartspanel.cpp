#include "ui/charts/chartspanel.h"

#include "ui/charts/heatmapchart.h"
#include "ui/charts/outcomechart.h"
#include "ui/charts/runcharts.h"

namespace gsl::ui {

ChartsPanel::ChartsPanel(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_queues = new RunQueueChartView;
    m_cfs = new CfsChartView;
    m_outcomes = new OutcomeChartView;
    m_heat = new HeatmapChartView;
    addTab(m_queues, tr("Run queues"));
    addTab(m_cfs, tr("CFS quota"));
    addTab(m_outcomes, tr("Outcomes"));
    addTab(m_heat, tr("Manifestation map"));
}

void ChartsPanel::setRunAnalysis(const RunAnalysis &a)
{
    m_queues->setSamples(a.queues, a.procs);
    m_cfs->setPeriods(a.periods, a.quotaMs);
}

void ChartsPanel::setExploreResult(const explore::ExploreResult &r, const std::vector<explore::MapCell> &cells)
{
    m_outcomes->setResult(r);
    m_heat->setCells(cells);
}

} // namespace gsl::ui
