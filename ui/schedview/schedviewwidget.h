// schedviewwidget.h — the scheduler at one instant: a lane per P (status,
// its M, the running G, runnext, the local ring), the global run queue,
// parked goroutines with their wait reason, threads and the host's CPUs
// (shaded while the cgroup is throttled). Goroutine tokens glide between
// places when an event moves them, labelled with the reason. Renders purely
// from SchedState before/after an event plus the event.
#pragma once

#include "sim/trace/trace.h"
#include "ui/schedview/schedlayout.h"

#include <QPixmap>
#include <QVariantAnimation>
#include <QWidget>

namespace gsl::ui {

class SchedViewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SchedViewWidget(QWidget *parent = nullptr);

    // setState shows s at rest (after a jump; no animation).
    void setState(const trace::SchedState &s);
    // animateStep shows the move from before to after caused by e.
    void animateStep(const trace::SchedState &before, const trace::TraceEvent &e, const trace::SchedState &after);
    // setAnimationDuration: the time one move takes (ms); 0 = no animation.
    void setAnimationDuration(int ms);
    int animationDuration() const { return m_duration; }
    // setPresenter: larger fonts for teaching on a projector.
    void setPresenter(bool on);

    const trace::SchedState &state() const { return m_after; }
    bool isAnimating() const { return m_anim.state() == QAbstractAnimation::Running; }
    qreal progress() const { return m_progress; }
    void setProgress(qreal p); // for tests and screenshots of a move in flight
    QString moveText() const { return m_label; }
    // tokenAt returns the goid of the token under pos, or 0.
    int32_t tokenAt(const QPointF &pos) const;

    QSize sizeHint() const override { return {980, 520}; }
    QSize minimumSizeHint() const override { return {480, 300}; }

Q_SIGNALS:
    void goroutineClicked(int32_t goid);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    bool event(QEvent *e) override;

    void changeEvent(QEvent *e) override;

private:
    void relayout();
    QPointF currentPos(int32_t goid, bool *visible, qreal *alpha) const;
    // paintStatic draws everything but tokens and label (schedview_static.cpp).
    void paintStatic(class QPainter &p, const QRectF &clip) const;
    void invalidateStatic();
    const QPixmap &tokenPixmap(int32_t goid, bool actor, qreal radius, qreal dpr);
    static constexpr qreal kTokenPad = 2; // room for the actor's 2.5 px outline

    trace::SchedState m_before;
    trace::SchedState m_after;
    trace::SchedState m_shape; // m_after padded to the lanes drawn
    SchedLayout m_layout;
    QHash<int32_t, TokenPlace> m_from;
    QHash<int32_t, TokenPlace> m_to;
    QString m_label;
    bool m_hasEvent = false;
    trace::TraceEvent m_event;
    QVariantAnimation m_anim;
    qreal m_progress = 1.0;
    int m_duration = 350;
    qreal m_fontScale = 1.0;
    QVector<int32_t> m_ids;     // tokens of both states, by goid
    // The static layer of the visible area, valid until the state, size,
    // palette or font changes; token pixmaps by goid*2 + actor.
    QPixmap m_static;
    QRect m_staticRect;
    qreal m_staticDpr = 0;
    bool m_staticValid = false;
    QHash<qint64, QPixmap> m_tokens;
    qreal m_tokenRadius = 0;
    qreal m_tokenDpr = 0;
};

} // namespace gsl::ui
