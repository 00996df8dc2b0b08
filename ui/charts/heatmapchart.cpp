#include "ui/charts/heatmapchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPainter>

#include <algorithm>

namespace gsl::ui {

HeatmapChartView::HeatmapChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Manifestation map (explore with a Correct regex)"));
    chart()->legend()->hide();
    setMinimumSize(320, 260);
}

QColor HeatmapChartView::cellColor(double rate)
{
    rate = std::clamp(rate, 0.0, 1.0);
    // White -> orange -> red, readable with black text up to ~60 %.
    return QColor::fromRgbF(1.0, 1.0 - 0.85 * rate, 1.0 - 0.9 * std::min(1.0, rate * 1.6));
}

void HeatmapChartView::setCells(const std::vector<explore::MapCell> &cells)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    m_cells.clear();
    m_quotas.clear();
    m_procs.clear();
    if (cells.empty()) {
        viewport()->update();
        return;
    }
    // One Go version per map (the first); the explore panel varies only P and quota.
    const GoVersion go = cells.front().go;
    for (const auto &cell : cells) {
        if (!(cell.go == go)) continue;
        if (!m_quotas.contains(QString::fromStdString(cell.quota))) m_quotas << QString::fromStdString(cell.quota);
        if (!m_procs.contains(cell.gomaxprocs)) m_procs << cell.gomaxprocs;
    }
    std::sort(m_procs.begin(), m_procs.end());
    auto *ax = new QCategoryAxis;
    ax->setStartValue(-0.5);
    for (int i = 0; i < m_quotas.size(); ++i)
        ax->append(m_quotas[i] == QLatin1String("none") ? tr("no quota") : tr("quota %1").arg(m_quotas[i]), i + 0.5);
    ax->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    ax->setTitleText(tr("CPU quota (cores)"));
    ax->setGridLineVisible(false);
    auto *ay = new QCategoryAxis;
    ay->setStartValue(-0.5);
    for (int i = 0; i < m_procs.size(); ++i) ay->append(QStringLiteral("GOMAXPROCS %1").arg(m_procs[i]), i + 0.5);
    ay->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    ay->setGridLineVisible(false);
    c->addAxis(ax, Qt::AlignBottom);
    c->addAxis(ay, Qt::AlignLeft);
    for (const auto &cell : cells) {
        if (!(cell.go == go)) continue;
        const double x = m_quotas.indexOf(QString::fromStdString(cell.quota));
        const double y = m_procs.indexOf(cell.gomaxprocs);
        auto *area = new QAreaSeries;
        auto *up = new QLineSeries(area);
        auto *lo = new QLineSeries(area);
        up->append({{x - 0.5, y + 0.5}, {x + 0.5, y + 0.5}});
        lo->append({{x - 0.5, y - 0.5}, {x + 0.5, y - 0.5}});
        area->setUpperSeries(up);
        area->setLowerSeries(lo);
        area->setColor(cellColor(cell.rate));
        area->setBorderColor(Qt::white);
        area->setName(QStringLiteral("P=%1 quota %2").arg(cell.gomaxprocs).arg(QString::fromStdString(cell.quota)));
        c->addSeries(area);
        area->attachAxis(ax);
        area->attachAxis(ay);
        m_cells.push_back({x, y, cell.rate, cell.runs, cell.manifested});
    }
    // The category axes take their range from the first series attached: set it for the whole grid.
    ax->setRange(-0.5, double(m_quotas.size()) - 0.5);
    ay->setRange(-0.5, double(m_procs.size()) - 0.5);
    c->setTitle(tr("Bug manifestation rate, go%1 (white = never, red = every run)").arg(QString::fromStdString(go.str())));
    viewport()->update();
}

void HeatmapChartView::drawForeground(QPainter *p, const QRectF &rect)
{
    QChartView::drawForeground(p, rect);
    if (m_cells.empty() || chart()->series().isEmpty()) return;
    QAbstractSeries *s = chart()->series().front();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    p->setFont(f);
    for (const Cell &cell : m_cells) {
        const QPointF tl = chart()->mapToPosition({cell.x - 0.5, cell.y + 0.5}, s);
        const QPointF br = chart()->mapToPosition({cell.x + 0.5, cell.y - 0.5}, s);
        const QRectF r = QRectF(tl, br).normalized();   // the painter works in scene coordinates
        p->setPen(cell.rate > 0.6 ? Qt::white : Qt::black);
        p->drawText(r, Qt::AlignCenter, QStringLiteral("%1 %\n%2 / %3").arg(cell.rate * 100, 0, 'f', 0).arg(cell.manifested).arg(cell.runs));
    }
}

} // namespace gsl::ui
