// chartspanel.h — the Charts dock: the current run's run-queue and CFS charts,
// and the last exploration's outcome distribution and manifestation map.
#pragma once

#include "ui/races/analysisdata.h"
#ifndef Q_MOC_RUN
#include "sim/explore/manifest.h"
#endif

#include <QTabWidget>

namespace gsl::ui {

class CfsChartView;
class HeatmapChartView;
class OutcomeChartView;
class RunQueueChartView;

class ChartsPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setRunAnalysis(const RunAnalysis &a);
    void setExploreResult(const explore::ExploreResult &r, const std::vector<explore::MapCell> &cells);

    RunQueueChartView *queueChart() const { return m_queues; }
    CfsChartView *cfsChart() const { return m_cfs; }
    OutcomeChartView *outcomeChart() const { return m_outcomes; }
    HeatmapChartView *heatmap() const { return m_heat; }

private:
    RunQueueChartView *m_queues = nullptr;
    CfsChartView *m_cfs = nullptr;
    OutcomeChartView *m_outcomes = nullptr;
    HeatmapChartView *m_heat = nullptr;
};

} // namespace gsl::ui
