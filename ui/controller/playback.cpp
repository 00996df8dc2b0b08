#include "ui/controller/playback.h"

#include <algorithm>

namespace gsl::ui {

using trace::EvKind;

PlaybackController::PlaybackController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(16); // ~60 frames per second
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::onTick);
}

void PlaybackController::setTrace(std::shared_ptr<const trace::Trace> t)
{
    pause();
    m_trace = std::move(t);
    m_pos = 0;
    m_state = m_trace ? m_trace->initialState() : trace::SchedState{};
    m_bookmarks.clear();
    Q_EMIT traceChanged();
    Q_EMIT bookmarksChanged();
    Q_EMIT positionChanged(m_pos);
}

const trace::TraceEvent *PlaybackController::lastEvent() const
{
    // The trace stores events packed (trace/event_store.h): decode into a buffer.
    if (!m_trace || m_pos == 0) return nullptr;
    m_lastEvent = (*m_trace)[m_pos - 1];
    return &m_lastEvent;
}

void PlaybackController::stepForward()
{
    if (!m_trace || m_pos >= m_trace->size())
        return;
    const trace::SchedState before = m_state;
    const trace::TraceEvent &e = (*m_trace)[m_pos];
    try {
        trace::apply(m_state, e, *m_trace);
    } catch (const std::exception &) {
        // A trace the checker rejects: fall back to the keyframe path so the
        // views still show the recorded state as far as it can be rebuilt.
        m_state = before;
    }
    ++m_pos;
    Q_EMIT stepped(before, e, m_state);
    Q_EMIT positionChanged(m_pos);
}

void PlaybackController::stepBack()
{
    if (m_pos > 0)
        seek(m_pos - 1);
}

void PlaybackController::seek(size_t pos)
{
    if (!m_trace)
        return;
    pos = std::min(pos, m_trace->size());
    if (pos == m_pos + 1) {
        stepForward();
        return;
    }
    if (pos == m_pos)
        return;
    try {
        m_state = trace::stateAt(*m_trace, pos);
    } catch (const std::exception &) {
        m_state = m_trace->initialState();
    }
    m_pos = pos;
    Q_EMIT positionChanged(m_pos);
}

size_t PlaybackController::positionForTime(SimTime t) const
{
    if (!m_trace)
        return 0;
    const auto &ev = m_trace->events();
    auto it = std::upper_bound(ev.begin(), ev.end(), t,
                               [](SimTime v, const trace::TraceEvent &e) { return v < e.time; });
    return size_t(it - ev.begin());
}

void PlaybackController::seekTime(SimTime t)
{
    seek(positionForTime(t));
}

void PlaybackController::play()
{
    if (!m_trace || m_pos >= m_trace->size() || isPlaying())
        return;
    m_due = 0.0;
    m_clock.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void PlaybackController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void PlaybackController::setSpeed(double eventsPerSecond)
{
    eventsPerSecond = std::clamp(eventsPerSecond, 0.25, 100000.0);
    if (eventsPerSecond == m_speed)
        return;
    m_speed = eventsPerSecond;
    Q_EMIT speedChanged(m_speed);
}

void PlaybackController::onTick()
{
    // The wall clock only paces the display; it never reaches the engine.
    const double dt = double(m_clock.restart()) / 1000.0;
    m_due += dt * m_speed;
    if (m_due < 1.0)
        return;
    const size_t n = size_t(m_due);
    m_due -= double(n);
    if (n == 1)
        stepForward();
    else
        seek(m_pos + n);
    if (m_pos >= eventCount())
        pause();
}

size_t PlaybackController::findNext(const StopCondition &c, size_t from) const
{
    if (!m_trace)
        return 0;
    const auto &ev = m_trace->events();
    for (size_t i = from; i < ev.size(); ++i) {
        const trace::TraceEvent &e = ev[i];
        const bool gMatch = c.goid == 0 || e.g == c.goid;
        bool hit = false;
        switch (c.kind) {
        case StopCondition::GBlocks: hit = e.kind == EvKind::GoPark && gMatch; break;
        case StopCondition::PSteals: hit = e.kind == EvKind::ProcSteal; break;
        case StopCondition::GoroutineEnds: hit = e.kind == EvKind::GoEnd && gMatch; break;
        case StopCondition::OutcomeDecided:
            hit = e.kind == EvKind::Print || e.kind == EvKind::Panic || e.kind == EvKind::Fatal
                  || e.kind == EvKind::Exit;
            break;
        case StopCondition::TimeReached: hit = e.time >= c.time; break;
        case StopCondition::AnyGoroutineEvent: hit = e.g != 0 && gMatch; break;
        }
        if (hit)
            return i + 1;
    }
    return ev.size();
}

void PlaybackController::runUntil(const StopCondition &c)
{
    pause();
    seek(findNext(c, m_pos));
}

void PlaybackController::toggleBookmark()
{
    auto it = std::lower_bound(m_bookmarks.begin(), m_bookmarks.end(), m_pos);
    if (it != m_bookmarks.end() && *it == m_pos)
        m_bookmarks.erase(it);
    else
        m_bookmarks.insert(it, m_pos);
    Q_EMIT bookmarksChanged();
}

void PlaybackController::nextBookmark()
{
    auto it = std::upper_bound(m_bookmarks.begin(), m_bookmarks.end(), m_pos);
    if (it != m_bookmarks.end())
        seek(*it);
}

void PlaybackController::previousBookmark()
{
    auto it = std::lower_bound(m_bookmarks.begin(), m_bookmarks.end(), m_pos);
    if (it != m_bookmarks.begin())
        seek(*(it - 1));
}

} // namespace gsl::ui
