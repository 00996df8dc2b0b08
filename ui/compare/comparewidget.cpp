#include "ui/compare/comparewidget.h"

#include "ui/eventlog/narration.h"
#include "ui/timeline/timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace gsl::ui {

namespace {

const QColor kDivergence(214, 0, 160);

// A transparent layer over a timeline that draws the divergence line.
class DivergenceOverlay : public QWidget
{
public:
    DivergenceOverlay(TimelineWidget *tl, std::function<SimTime()> when, std::function<bool()> active)
        : QWidget(tl), m_tl(tl), m_when(std::move(when)), m_active(std::move(active))
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        tl->installEventFilter(this);
        setGeometry(tl->rect());
        connect(tl, &TimelineWidget::visibleRangeChanged, this, [this] { update(); });
    }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_tl && e->type() == QEvent::Resize) {
            setGeometry(m_tl->rect());
            raise();
        }
        return false;
    }
    void paintEvent(QPaintEvent *) override
    {
        if (!m_active()) return;
        const qreal x = m_tl->mapTimeToX(m_when());
        if (x < 60 || x > width()) return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(kDivergence, 3, Qt::DashLine));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QString label = CompareWidget::tr("first divergence");
        const qreal w = QFontMetricsF(f).horizontalAdvance(label) + 8;
        const QRectF box(std::min(x + 4, width() - w - 2), 2, w, QFontMetricsF(f).height() + 2);
        p.fillRect(box, kDivergence);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, label);
    }

private:
    TimelineWidget *m_tl;
    std::function<SimTime()> m_when;
    std::function<bool()> m_active;
};

QString header(const QString &label, const RunOutput &r)
{
    if (!r.ok())
        return CompareWidget::tr("<b>%1</b> — did not run").arg(label.toHtmlEscaped());
    QString out = r.stdoutText.trimmed().split(QLatin1Char('\n')).value(0);
    if (out.size() > 60) out = out.left(57) + QStringLiteral("…");
    return CompareWidget::tr("<b>%1</b> — GOMAXPROCS=%2, %3 events, exit status %4%5")
        .arg(label.toHtmlEscaped()).arg(r.gomaxprocs).arg(r.trace->size()).arg(r.exitStatus)
        .arg(out.isEmpty() ? QString() : QStringLiteral(", <tt>%1</tt>").arg(out.toHtmlEscaped()));
}

} // namespace

CompareWidget::CompareWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareWidget"));
    auto *lay = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare")));
    m_modeBox = new QComboBox;
    m_modeBox->setObjectName(QStringLiteral("divergenceMode"));
    m_modeBox->addItem(tr("what the goroutines do"), int(DivergenceMode::Program));
    m_modeBox->addItem(tr("every scheduler move"), int(DivergenceMode::Schedule));
    m_modeBox->addItem(tr("every event, times included"), int(DivergenceMode::Exact));
    m_modeBox->setToolTip(tr("<p>Which differences count. <i>What the goroutines do</i>: creation, blocking, waking, "
                             "every memory and sync operation, in order — P/M ids and times are ignored, so "
                             "GOMAXPROCS=1 and 4 agree until the interleaving differs.</p>"));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] { setMode(DivergenceMode(m_modeBox->currentData().toInt())); });
    bar->addWidget(m_modeBox);
    m_alignBox = new QCheckBox(tr("Align at the divergence"));
    m_alignBox->setObjectName(QStringLiteral("alignDivergence"));
    connect(m_alignBox, &QCheckBox::toggled, this, &CompareWidget::setAlignAtDivergence);
    bar->addWidget(m_alignBox);
    auto *jump = new QPushButton(tr("Go to divergence"));
    jump->setObjectName(QStringLiteral("jumpDivergence"));
    connect(jump, &QPushButton::clicked, this, &CompareWidget::jumpToDivergence);
    bar->addWidget(jump);
    bar->addStretch();
    lay->addLayout(bar);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("divergenceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    lay->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical);
    auto side = [&](QLabel *&head, TimelineWidget *&tl, const QString &name) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        head = new QLabel;
        head->setTextFormat(Qt::RichText);
        l->addWidget(head);
        tl = new TimelineWidget;
        tl->setObjectName(name);
        l->addWidget(tl, 1);
        split->addWidget(w);
    };
    side(m_headA, m_tlA, QStringLiteral("timelineA"));
    side(m_headB, m_tlB, QStringLiteral("timelineB"));
    lay->addWidget(split, 1);

    auto active = [this] { return m_div.diverged; };
    m_overA = new DivergenceOverlay(m_tlA, [this] { return m_div.timeA; }, active);
    m_overB = new DivergenceOverlay(m_tlB, [this] { return m_div.timeB; }, active);

    connect(m_tlA, &TimelineWidget::visibleRangeChanged, this, [this](SimTime s, SimTime e) { syncFrom(m_tlA, s, e); });
    connect(m_tlB, &TimelineWidget::visibleRangeChanged, this, [this](SimTime s, SimTime e) { syncFrom(m_tlB, s, e); });
    connect(m_tlA, &TimelineWidget::cursorMoved, this, [this](SimTime t) { m_tlA->setCursor(t); m_tlB->setCursor(t + offsetB()); });
    connect(m_tlB, &TimelineWidget::cursorMoved, this, [this](SimTime t) { m_tlB->setCursor(t); m_tlA->setCursor(t - offsetB()); });
}

void CompareWidget::setRuns(const RunOutput &a, const QString &labelA, const RunOutput &b, const QString &labelB)
{
    m_a = a;
    m_b = b;
    m_headA->setText(header(labelA, a));
    m_headB->setText(header(labelB, b));
    m_tlA->setData(a.timeline);
    m_tlB->setData(b.timeline);
    recompute();
    // One clock for both: the longer run's extent.
    m_syncing = true;
    const SimTime end = std::max(a.timeline ? a.timeline->endTime : 0, b.timeline ? b.timeline->endTime : 0);
    m_tlA->setVisibleRange(0, end + end / 50 + 1);
    m_tlB->setVisibleRange(offsetB(), offsetB() + end + end / 50 + 1);
    m_syncing = false;
}

void CompareWidget::setMode(DivergenceMode m)
{
    m_mode = m;
    const int i = m_modeBox->findData(int(m));
    if (i != m_modeBox->currentIndex()) m_modeBox->setCurrentIndex(i);
    recompute();
}

SimTime CompareWidget::offsetB() const
{
    return m_align && m_div.diverged ? m_div.timeB - m_div.timeA : 0;
}

void CompareWidget::setAlignAtDivergence(bool on)
{
    m_align = on;
    if (m_alignBox->isChecked() != on) m_alignBox->setChecked(on);
    syncFrom(m_tlA, m_tlA->visibleStart(), m_tlA->visibleEnd());
    m_tlB->setCursor(m_tlA->cursor() + offsetB());
}

void CompareWidget::syncFrom(TimelineWidget *src, SimTime start, SimTime end)
{
    if (m_syncing) return;
    m_syncing = true;
    if (src == m_tlA) m_tlB->setVisibleRange(start + offsetB(), end + offsetB());
    else m_tlA->setVisibleRange(start - offsetB(), end - offsetB());
    m_syncing = false;
}

void CompareWidget::recompute()
{
    m_div = (m_a.ok() && m_b.ok()) ? firstDivergence(*m_a.trace, *m_b.trace, m_mode) : Divergence{};
    m_summary->setText(summaryText());
    m_overA->update();
    m_overB->update();
}

QString CompareWidget::summaryText() const
{
    if (!m_a.ok() || !m_b.ok())
        return tr("Both runs must succeed to be compared.");
    if (!m_div.diverged)
        return tr("The runs agree on all %1 compared events.").arg(m_div.matched);
    return tr("<span style='color:%1'><b>First divergence</b></span> after %2 matching events — "
              "<b>A</b> event %3 at %4: %5; <b>B</b> event %6 at %7: %8")
        .arg(kDivergence.name()).arg(m_div.matched)
        .arg(m_div.indexA).arg(formatTime(m_div.timeA), m_div.whatA.toHtmlEscaped())
        .arg(m_div.indexB).arg(formatTime(m_div.timeB), m_div.whatB.toHtmlEscaped());
}

void CompareWidget::jumpToDivergence()
{
    if (!m_div.diverged) return;
    const SimTime span = std::max<SimTime>(2000, (m_tlA->visibleEnd() - m_tlA->visibleStart()) / 8);
    m_tlA->setVisibleRange(std::max<SimTime>(0, m_div.timeA - span / 2), std::max<SimTime>(0, m_div.timeA - span / 2) + span);
    m_tlA->setCursor(m_div.timeA);
    m_tlB->setCursor(m_align ? m_div.timeB : m_div.timeA);
}

} // namespace gsl::ui
