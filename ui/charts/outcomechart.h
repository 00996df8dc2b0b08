// outcomechart.h — outcome distribution per configuration of an exploration:
// one group of bars per configuration, one bar per outcome (its share of the
// runs), with the Wilson 95 % interval as a whisker; outcomes that do not
// match the scenario's Correct regex (the bug manifested) are drawn in reds,
// correct ones in blues.
#pragma once

#ifndef Q_MOC_RUN
#include "sim/explore/explorer.h"
#endif

#include <QChartView>

namespace gsl::ui {

class OutcomeChartView : public QChartView
{
    Q_OBJECT
public:
    explicit OutcomeChartView(QWidget *parent = nullptr);

    void setResult(const explore::ExploreResult &r);
    // What is drawn (for tests): outcome names in bar-set order, and whether each is a manifested bug.
    QStringList outcomes() const { return m_outcomes; }
    QList<bool> manifested() const { return m_manifested; }
    QStringList categories() const { return m_categories; }
    int whiskerCount() const { return m_whiskers; }

    static constexpr int kMaxOutcomes = 6;   // the rest are folded into "other"

private:
    QStringList m_outcomes;
    QList<bool> m_manifested;
    QStringList m_categories;
    int m_whiskers = 0;
};

// configLabel: "P=4 quota 2" (+ " go1.21" when versions differ).
QString configLabel(const explore::ConfigResult &c, bool withGo);

} // namespace gsl::ui
