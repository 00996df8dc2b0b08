// heatmapchart.h — the manifestation heat map: bug rate over GOMAXPROCS
// (rows) x CPU quota (columns) from an exploration (explore::manifestationMap).
// Each cell is a Qt Charts area series coloured from white (never) to red
// (always), with its rate and run count written on it.
#pragma once

#ifndef Q_MOC_RUN
#include "sim/explore/manifest.h"
#endif

#include <QChartView>

namespace gsl::ui {

class HeatmapChartView : public QChartView
{
    Q_OBJECT
public:
    explicit HeatmapChartView(QWidget *parent = nullptr);

    void setCells(const std::vector<explore::MapCell> &cells);
    // For tests: the axes' labels and the number of cells drawn.
    QStringList quotaLabels() const { return m_quotas; }
    QList<int> gomaxprocsValues() const { return m_procs; }
    int cellCount() const { return int(m_cells.size()); }
    // cellColor: white (rate 0) to red (rate 1).
    static QColor cellColor(double rate);

protected:
    void drawForeground(QPainter *p, const QRectF &rect) override;

private:
    struct Cell { double x, y, rate; size_t runs, manifested; };
    std::vector<Cell> m_cells;
    QStringList m_quotas;
    QList<int> m_procs;
};

} // namespace gsl::ui
