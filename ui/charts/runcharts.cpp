#include "ui/charts/runcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace gsl::ui {

namespace {
void clearChart(QChart *c)
{
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
}

QColor pColor(int p)
{
    static const QColor c[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(148, 103, 189),
                               QColor(140, 86, 75), QColor(227, 119, 194), QColor(188, 189, 34), QColor(23, 190, 207)};
    return c[p % 8];
}
} // namespace

RunQueueChartView::RunQueueChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Run queues and idle Ps"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumSize(360, 240);
}

int RunQueueChartView::seriesCount() const
{
    return int(chart()->series().size());
}

void RunQueueChartView::setSamples(const QVector<QueueSample> &samples, int procs)
{
    QChart *c = chart();
    clearChart(c);
    if (samples.isEmpty()) return;
    const int lines = procs > kMaxPLines ? kMaxPLines - 1 : procs;
    QList<QLineSeries *> ps;
    for (int p = 0; p < lines; ++p) {
        auto *s = new QLineSeries;
        s->setName(QStringLiteral("P%1 local").arg(p));
        s->setPen(QPen(pColor(p), 2));
        ps << s;
    }
    QLineSeries *rest = nullptr;
    if (procs > lines) {
        rest = new QLineSeries;
        rest->setName(tr("P%1–P%2 local").arg(lines).arg(procs - 1));
        rest->setPen(QPen(QColor(120, 120, 120), 2));
    }
    auto *glob = new QLineSeries;
    glob->setName(tr("global queue"));
    glob->setPen(QPen(Qt::black, 2, Qt::DashLine));
    auto *idle = new QLineSeries;
    idle->setName(tr("idle Ps"));
    idle->setPen(QPen(QColor(200, 30, 30), 2, Qt::DotLine));
    int maxY = 1;
    double prevMs = samples.front().ms;
    QueueSample prev = samples.front();
    // Steps: hold each value until the next sample, so short queues do not look like ramps.
    auto add = [&](QLineSeries *s, double ms, int before, int now) {
        s->append(ms, before);
        s->append(ms, now);
    };
    for (const QueueSample &q : samples) {
        int restSum = 0, restPrev = 0;
        for (int p = 0; p < procs && p < q.local.size(); ++p) {
            const int v = q.local[p];
            const int pv = p < prev.local.size() ? prev.local[p] : 0;
            maxY = std::max(maxY, v);
            if (p < lines) add(ps[p], q.ms, pv, v);
            else { restSum += v; restPrev += pv; }
        }
        if (rest) add(rest, q.ms, restPrev, restSum);
        add(glob, q.ms, prev.global, q.global);
        add(idle, q.ms, prev.idlePs, q.idlePs);
        maxY = std::max({maxY, q.global, q.idlePs, restSum});
        prev = q;
        prevMs = q.ms;
    }
    // Short runs in µs, long ones in ms: tick labels stay short.
    const bool micro = prevMs - samples.front().ms < 1.0;
    const double unit = micro ? 1000.0 : 1.0;
    if (micro)
        for (QLineSeries *s : ps + QList<QLineSeries *>{rest, glob, idle})
            if (s) {
                QList<QPointF> pts = s->points();
                for (QPointF &pt : pts) pt.setX(pt.x() * unit);
                s->replace(pts);
            }
    auto *x = new QValueAxis;
    x->setRange(samples.front().ms * unit, std::max(prevMs, samples.front().ms + 1e-3) * unit);
    x->setTitleText(micro ? tr("simulated time (µs)") : tr("simulated time (ms)"));
    x->setLabelFormat(QStringLiteral("%.4g"));
    auto *y = new QValueAxis;
    y->setRange(0, maxY + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    // Integer ticks (counts): one per unit while that stays readable.
    if (maxY + 1 <= 10) y->setTickCount(maxY + 2);
    else y->applyNiceNumbers();
    y->setTitleText(tr("goroutines / Ps"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    QList<QLineSeries *> all = ps;
    if (rest) all << rest;
    all << glob << idle;
    for (QLineSeries *s : all) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->setTitle(tr("Run-queue lengths (runnext + local ring) and idle Ps"));
}

CfsChartView::CfsChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("CFS quota per period"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumSize(360, 240);
}

void CfsChartView::setPeriods(const QVector<CfsPeriodStat> &periods, double quotaMs)
{
    QChart *c = chart();
    clearChart(c);
    m_periods = 0;
    if (quotaMs < 0) {
        c->setTitle(tr("CFS quota per period: this run had no CPU limit"));
        return;
    }
    if (periods.isEmpty()) {
        c->setTitle(tr("CFS quota per period: the run ended within its first period"));
        return;
    }
    const int n = std::min<int>(int(periods.size()), kMaxPeriods);
    auto *used = new QBarSet(tr("CPU time used (ms)"));
    used->setColor(QColor(31, 119, 180));
    auto *thr = new QBarSet(tr("throttled (ms)"));
    thr->setColor(QColor(215, 45, 40));
    QStringList cats;
    double maxY = quotaMs;
    for (int i = 0; i < n; ++i) {
        *used << periods[i].usedMs;
        *thr << periods[i].throttledMs;
        cats << QString::number(periods[i].index + 1);
        maxY = std::max({maxY, periods[i].usedMs, periods[i].throttledMs});
    }
    auto *bars = new QBarSeries;
    bars->append(used);
    bars->append(thr);
    c->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(cats);
    x->setTitleText(tr("period"));
    auto *y = new QValueAxis;
    y->setRange(0, maxY * 1.15);
    y->applyNiceNumbers();
    y->setTitleText(tr("ms"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // The quota as a line across all periods, on a hidden axis matching the categories.
    auto *xv = new QValueAxis;
    xv->setRange(-0.5, n - 0.5);
    xv->setVisible(false);
    c->addAxis(xv, Qt::AlignBottom);
    auto *q = new QLineSeries;
    q->setName(tr("quota %1 ms").arg(quotaMs, 0, 'g', 4));
    q->setPen(QPen(QColor(40, 40, 40), 2, Qt::DashLine));
    q->append(-0.5, quotaMs);
    q->append(n - 0.5, quotaMs);
    c->addSeries(q);
    q->attachAxis(xv);
    q->attachAxis(y);
    m_periods = n;
    int throttled = 0;
    for (const CfsPeriodStat &p : periods) throttled += p.throttledMs > 0;
    c->setTitle(tr("CFS quota use per period: throttled in %1 of %2 periods%3")
                    .arg(throttled).arg(periods.size())
                    .arg(periods.size() > n ? tr(" (first %1 shown)").arg(n) : QString()));
}

} // namespace gsl::ui
