// runcharts.h — charts of the current run: run-queue lengths (per P, local
// ring + runnext; the global queue) and idle Ps over time; CFS quota use and
// throttled time per period. Data: RunAnalysis (computed on the worker).
#pragma once

#include "ui/races/analysisdata.h"

#include <QChartView>

namespace gsl::ui {

class RunQueueChartView : public QChartView
{
    Q_OBJECT
public:
    explicit RunQueueChartView(QWidget *parent = nullptr);
    void setSamples(const QVector<QueueSample> &samples, int procs);
    int seriesCount() const;
    static constexpr int kMaxPLines = 8;   // more Ps are summed into one line
};

class CfsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit CfsChartView(QWidget *parent = nullptr);
    // quotaMs < 0: the run had no CPU limit (the chart says so).
    void setPeriods(const QVector<CfsPeriodStat> &periods, double quotaMs);
    int periodCount() const { return m_periods; }
    static constexpr int kMaxPeriods = 40;  // the first periods; a long run's later ones repeat

private:
    int m_periods = 0;
};

} // namespace gsl::ui
