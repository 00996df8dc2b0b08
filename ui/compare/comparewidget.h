// comparewidget.h — two runs of the same scenario side by side: their
// timelines one above the other on one clock (or aligned at the first
// divergence), the cursor shared, and the first divergence (divergence.h)
// marked on both with what each run did there.
#pragma once

#include "ui/compare/divergence.h"
#include "ui/controller/runoutput.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace gsl::ui {

class TimelineWidget;

class CompareWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CompareWidget(QWidget *parent = nullptr);

    void setRuns(const RunOutput &a, const QString &labelA, const RunOutput &b, const QString &labelB);
    void setMode(DivergenceMode m);
    DivergenceMode mode() const { return m_mode; }
    // setAlignAtDivergence: shift B's clock so both divergence points line up.
    void setAlignAtDivergence(bool on);
    const Divergence &divergence() const { return m_div; }
    // jumpToDivergence zooms both timelines onto the divergence and puts the cursors there.
    void jumpToDivergence();

    TimelineWidget *timelineA() const { return m_tlA; }
    TimelineWidget *timelineB() const { return m_tlB; }
    QString summaryText() const;

private:
    void recompute();
    void syncFrom(TimelineWidget *src, SimTime start, SimTime end);
    SimTime offsetB() const; // B time = A time + offset

    RunOutput m_a, m_b;
    DivergenceMode m_mode = DivergenceMode::Program;
    Divergence m_div;
    bool m_align = false;
    bool m_syncing = false;
    TimelineWidget *m_tlA = nullptr;
    TimelineWidget *m_tlB = nullptr;
    QLabel *m_headA = nullptr;
    QLabel *m_headB = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_modeBox = nullptr;
    QCheckBox *m_alignBox = nullptr;
    QWidget *m_overA = nullptr;
    QWidget *m_overB = nullptr;
};

} // namespace gsl::ui
