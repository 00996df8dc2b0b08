// sourceview.h — the scenario's source while a run plays: read-only, Go
// highlighting, and for every live goroutine a badge "G3" in its colour
// (the colour of its token in the scheduler view and its P-lane segments in
// the timeline) in the gutter of its current line, with the step within the
// line written after the code ("G3 between the load and the store of
// counter · running on P1"). Follows a PlaybackController's cursor.
#pragma once

#include "ui/source/goroutinesteps.h"

#include <QPlainTextEdit>

namespace gsl::ui {

class GoHighlighter;
class PlaybackController;

class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    void setSource(const QString &text);
    // follow: show pc's position from now on (nullptr stops following).
    void follow(PlaybackController *pc);
    // setGoroutines shows g directly (what follow() computes at each position).
    void setGoroutines(const QVector<GoroutineAt> &g);
    const QVector<GoroutineAt> &goroutines() const { return m_gs; }
    // lineOf: the line of goid's marker, 0 when it has none.
    int lineOf(int32_t goid) const;
    // badgeRect: where goid's badge is drawn, in gutter coordinates (empty when not visible).
    QRect badgeRect(int32_t goid) const;
    // annotation: the text written after the code of line (1-based), "" when none.
    QString annotation(int line) const;
    QWidget *gutter() const { return m_gutter; }
    int gutterWidth() const;
    void setScrollFollows(bool on) { m_scrollFollows = on; }

Q_SIGNALS:
    void goroutineClicked(int32_t goid);
    void goroutinesChanged();

protected:
    void resizeEvent(QResizeEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    friend class SourceGutter;
    void paintGutter(QPaintEvent *e);
    void gutterClicked(const QPoint &pos);
    void refresh();
    void updateTints();
    int badgeWidth() const;

    QWidget *m_gutter = nullptr;
    GoHighlighter *m_highlighter = nullptr;
    PlaybackController *m_pc = nullptr;
    QMetaObject::Connection m_conn;
    QVector<GoroutineAt> m_gs;
    bool m_scrollFollows = true;
};

} // namespace gsl::ui
