// event_queue.h — the future event set of one simulation.
//
// Total order: (time, insertion sequence). Never pointer order, never an
// unordered container, so equal-time events run in the order they were
// scheduled and a run is reproducible bit for bit. Entries are small PODs in a
// binary heap (no per-event heap allocation). Cancellation is lazy: an entry
// carries the generation of its target at scheduling time; the owner bumps
// the target's generation to cancel, and stale entries are skipped when they
// come out (the owner compares generations on dispatch).
#pragma once

#include "sim/engine/simtime.h"

#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace gsl::engine {

struct Event {
    SimTime time = 0;
    uint64_t seq = 0;
    uint16_t kind = 0;   // owner-defined dispatch code
    uint32_t id = 0;     // owner-defined target (M id, timer id, CPU ...)
    uint32_t gen = 0;    // target generation at scheduling time (lazy cancel)
};

class EventQueue {
public:
    // schedule inserts an event; time must not be before now() (logic_error).
    void schedule(SimTime time, uint16_t kind, uint32_t id, uint32_t gen)
    {
        if (time < m_now) pastError();
        const Event e{time, m_seq++, kind, id, gen};
        // e has the largest seq so far: it goes first iff its time is earlier.
        if (m_hasNext) {
            if (time < m_next.time) {
                pushHeap(m_next);
                m_next = e;
            } else {
                pushHeap(e);
            }
        } else if (m_heap.empty() || time < m_heap.front().time) {
            m_next = e;
            m_hasNext = true;
        } else {
            pushHeap(e);
        }
    }
    bool empty() const { return !m_hasNext && m_heap.empty(); }
    size_t size() const { return m_heap.size() + (m_hasNext ? 1 : 0); }
    const Event &top() const { return m_hasNext ? m_next : m_heap.front(); }
    // pop removes the earliest event, advances now() to its time and returns it.
    Event pop()
    {
        if (m_hasNext) {
            m_hasNext = false;
            m_now = m_next.time;
            return m_next;
        }
        return popHeap();
    }
    SimTime now() const { return m_now; }
    // secondTime: the time of the event after top() (kNever when there is
    // none). Used with retimeTop by the runtime's joint run-ahead.
    static constexpr SimTime kNever = INT64_MAX;
    SimTime secondTime() const
    {
        if (m_hasNext) return m_heap.empty() ? kNever : m_heap.front().time;
        SimTime t = kNever;
        for (size_t i = 1; i <= 2 && i < m_heap.size(); ++i) t = std::min(t, m_heap[i].time);
        return t;
    }
    // retimeTop moves the earliest event to time t, keeping its sequence
    // number; t must be >= now() and before secondTime() (logic_error), so
    // the order of every event is unchanged.
    void retimeTop(SimTime t)
    {
        if (empty() || t < m_now || t >= secondTime()) retimeError();
        (m_hasNext ? m_next : m_heap.front()).time = t;
    }
    // advanceTo moves the clock forward without an event (end of a run).
    void advanceTo(SimTime t);
    uint64_t scheduledCount() const { return m_seq; }

private:
    static bool later(const Event &a, const Event &b)
    {
        return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }
    [[noreturn]] static void pastError();
    [[noreturn]] static void retimeError();
    void pushHeap(const Event &e);
    Event popHeap();
    // Performance: the earliest event, when it was scheduled earlier than
    // everything in the heap, waits here instead (invariant: m_next is before
    // every heap entry). A running M's next step is usually the earliest
    // event, so most schedule/pop pairs never touch the heap. The order is
    // the same total order (time, seq) as the heap's.
    Event m_next;
    bool m_hasNext = false;
    std::vector<Event> m_heap;
    uint64_t m_seq = 0;
    SimTime m_now = 0;
};

} // namespace gsl::engine
