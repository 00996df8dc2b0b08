// playback.h — the cursor over a finished run: which event the views show,
// stepping forwards and backwards, scrubbing, playing at a speed and
// run-until conditions. The state at any position is rebuilt from the
// trace's keyframes (trace::stateAt), so stepping back and jumping are as
// exact as stepping forwards.
#pragma once

#include "sim/trace/trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

namespace gsl::ui {

// A condition for runUntil.
struct StopCondition {
    enum Kind { GBlocks, PSteals, GoroutineEnds, OutcomeDecided, TimeReached, AnyGoroutineEvent };
    Kind kind = GBlocks;
    int32_t goid = 0;   // GBlocks/GoroutineEnds/AnyGoroutineEvent: 0 = any G
    SimTime time = 0;   // TimeReached
};

class PlaybackController : public QObject
{
    Q_OBJECT
public:
    explicit PlaybackController(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const trace::Trace> t);
    const trace::Trace *trace() const { return m_trace.get(); }
    std::shared_ptr<const trace::Trace> sharedTrace() const { return m_trace; }

    // position: how many events have been applied (0 .. eventCount()).
    size_t position() const { return m_pos; }
    size_t eventCount() const { return m_trace ? m_trace->size() : 0; }
    const trace::SchedState &state() const { return m_state; }
    // lastEvent: the event that produced state(), or nullptr at position 0
    // (valid until the next call).
    const trace::TraceEvent *lastEvent() const;
    SimTime time() const { return m_state.time; }

    bool isPlaying() const { return m_timer.isActive(); }
    // speed in events per second of wall time (0.25 .. 100000).
    double speed() const { return m_speed; }

    // findNext returns the position just after the first event at or after
    // `from` that satisfies c (so the state shows it), or eventCount().
    size_t findNext(const StopCondition &c, size_t from) const;
    // positionForTime: the position after every event with time <= t.
    size_t positionForTime(SimTime t) const;

    const QVector<size_t> &bookmarks() const { return m_bookmarks; }

public Q_SLOTS:
    void stepForward();
    void stepBack();
    void seek(size_t pos);
    void seekTime(SimTime t);
    void toStart() { seek(0); }
    void toEnd() { seek(eventCount()); }
    void play();
    void pause();
    void togglePlay() { isPlaying() ? pause() : play(); }
    void setSpeed(double eventsPerSecond);
    void runUntil(const gsl::ui::StopCondition &c);
    void toggleBookmark();
    void nextBookmark();
    void previousBookmark();

Q_SIGNALS:
    void traceChanged();
    // stepped: exactly one event was applied forwards (views animate it).
    void stepped(const gsl::trace::SchedState &before, const gsl::trace::TraceEvent &e,
                 const gsl::trace::SchedState &after);
    // positionChanged: after every change of position (also after stepped).
    void positionChanged(size_t pos);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void bookmarksChanged();

private:
    void onTick();

    std::shared_ptr<const trace::Trace> m_trace;
    mutable trace::TraceEvent m_lastEvent;   // lastEvent()'s buffer
    size_t m_pos = 0;
    trace::SchedState m_state;
    double m_speed = 4.0;
    double m_due = 0.0; // events owed to the wall clock while playing
    QTimer m_timer;
    QElapsedTimer m_clock;
    QVector<size_t> m_bookmarks; // sorted positions
};

} // namespace gsl::ui

Q_DECLARE_METATYPE(gsl::ui::StopCondition)
