#include "ui/charts/outcomechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace gsl::ui {

QString configLabel(const explore::ConfigResult &c, bool withGo)
{
    QString s = QStringLiteral("P=%1").arg(c.gomaxprocs);
    s += c.config.quotaUs < 0 ? QStringLiteral(" no quota") : QStringLiteral(" quota %1").arg(QString::fromStdString(c.config.quotaText()));
    if (withGo) s += QStringLiteral(" go%1").arg(QString::fromStdString(c.config.go.str()));
    return s;
}

OutcomeChartView::OutcomeChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Outcome distribution (run an exploration)"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumSize(360, 260);
}

void OutcomeChartView::setResult(const explore::ExploreResult &r)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    m_outcomes.clear();
    m_manifested.clear();
    m_categories.clear();
    m_whiskers = 0;
    if (r.configs.empty()) return;

    bool manyGo = false;
    for (const auto &cr : r.configs) manyGo |= !(cr.config.go == r.configs.front().config.go);
    // Outcomes by total count over all configurations; the rest become "other".
    std::map<std::string, std::pair<size_t, explore::Verdict>> totals;
    for (const auto &cr : r.configs)
        for (const auto &row : cr.rows) {
            auto &t = totals[row.outcome];
            t.first += row.count;
            t.second = row.correct;
        }
    std::vector<std::pair<std::string, std::pair<size_t, explore::Verdict>>> order(totals.begin(), totals.end());
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
    const bool other = order.size() > size_t(kMaxOutcomes);
    if (other) order.resize(kMaxOutcomes);

    static const QColor good[] = {QColor(40, 110, 200), QColor(60, 160, 200), QColor(90, 90, 200)};
    static const QColor bad[] = {QColor(215, 45, 40), QColor(235, 120, 30), QColor(190, 40, 120), QColor(240, 170, 40),
                                 QColor(160, 40, 40), QColor(220, 90, 110)};
    int ng = 0, nb = 0;
    auto *series = new QBarSeries;
    QList<QBarSet *> sets;
    for (const auto &[outcome, info] : order) {
        const bool isBug = info.second == explore::Verdict::No;
        QString label = outcome.empty() ? tr("(no output)") : QString::fromStdString(outcome);
        if (label.size() > 28) label = label.left(26) + QStringLiteral("…");
        if (info.second == explore::Verdict::Yes) label += tr(" ✓");
        if (isBug) label += tr(" ✗ bug");
        auto *set = new QBarSet(label);
        set->setColor(isBug ? bad[nb++ % 6] : info.second == explore::Verdict::Yes ? good[ng++ % 3] : QColor(130, 130, 130));
        set->setBorderColor(isBug ? QColor(120, 0, 0) : QColor(40, 40, 40));
        sets << set;
        m_outcomes << QString::fromStdString(outcome);
        m_manifested << isBug;
    }
    QBarSet *otherSet = nullptr;
    if (other) {
        otherSet = new QBarSet(tr("other outcomes"));
        otherSet->setColor(QColor(170, 170, 170));
        sets << otherSet;
    }
    // Values in percent; intervals remembered for the whiskers.
    std::vector<std::vector<explore::Interval>> ci(sets.size(), std::vector<explore::Interval>(r.configs.size(), {-1, -1}));
    for (size_t i = 0; i < r.configs.size(); ++i) {
        const auto &cr = r.configs[i];
        m_categories << configLabel(cr, manyGo);
        double otherShare = 0;
        std::vector<size_t> count(size_t(m_outcomes.size()), 0);
        for (const auto &row : cr.rows) {
            const auto it = std::find(m_outcomes.begin(), m_outcomes.end(), QString::fromStdString(row.outcome));
            if (it == m_outcomes.end()) { otherShare += row.share; continue; }
            count[size_t(it - m_outcomes.begin())] += row.count;   // rows differing in exit/races share a bar
        }
        for (size_t j = 0; j < count.size(); ++j) {
            *sets[int(j)] << (cr.runs ? 100.0 * double(count[j]) / double(cr.runs) : 0.0);
            if (count[j] > 0) ci[j][i] = explore::wilson(count[j], cr.runs);
        }
        if (otherSet) *otherSet << otherShare * 100.0;
    }
    series->append(sets);
    c->addSeries(series);
    auto *cats = new QBarCategoryAxis;
    cats->append(m_categories);
    c->addAxis(cats, Qt::AlignBottom);
    series->attachAxis(cats);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("share of runs (%)"));
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // Whiskers on a hidden value axis that matches the category axis: category
    // i spans [i - 0.5, i + 0.5], its k bars share barWidth around i (as QBarSeries lays them out).
    auto *x = new QValueAxis;
    x->setRange(-0.5, double(r.configs.size()) - 0.5);
    x->setVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    const double w = series->barWidth();
    const int k = int(sets.size());
    for (int j = 0; j < int(m_outcomes.size()); ++j)
        for (size_t i = 0; i < r.configs.size(); ++i) {
            const explore::Interval &in = ci[size_t(j)][i];
            if (in.lo < 0) continue;
            const double cx = double(i) - w / 2 + (j + 0.5) / k * w;
            const double cap = w / k * 0.25;
            auto *wh = new QLineSeries;
            wh->append({{cx - cap, in.lo * 100}, {cx + cap, in.lo * 100}, {cx, in.lo * 100},
                        {cx, in.hi * 100}, {cx - cap, in.hi * 100}, {cx + cap, in.hi * 100}});
            QPen pen(QColor(20, 20, 20));
            pen.setWidthF(1.5);
            wh->setPen(pen);
            c->addSeries(wh);
            wh->attachAxis(x);
            wh->attachAxis(y);
            for (QLegendMarker *m : c->legend()->markers(wh)) m->setVisible(false);
            ++m_whiskers;
        }
    c->setTitle(r.cancelled ? tr("Outcome distribution per configuration (cancelled: partial)")
                            : tr("Outcome distribution per configuration (whiskers: Wilson 95 % interval)"));
}

} // namespace gsl::ui
