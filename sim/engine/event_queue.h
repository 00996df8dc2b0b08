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
    void schedule(SimTime time, uint16_t kind, uint32_t id, uint32_t gen);
    bool empty() const { return m_heap.empty(); }
    size_t size() const { return m_heap.size(); }
    const Event &top() const { return m_heap.front(); }
    // pop removes the earliest event, advances now() to its time and returns it.
    Event pop();
    SimTime now() const { return m_now; }
    // advanceTo moves the clock forward without an event (end of a run).
    void advanceTo(SimTime t);
    uint64_t scheduledCount() const { return m_seq; }

private:
    static bool later(const Event &a, const Event &b)
    {
        return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }
    std::vector<Event> m_heap;
    uint64_t m_seq = 0;
    SimTime m_now = 0;
};

} // namespace gsl::engine
