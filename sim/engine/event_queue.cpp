#include "sim/engine/event_queue.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::engine {

void EventQueue::schedule(SimTime time, uint16_t kind, uint32_t id, uint32_t gen)
{
    if (time < m_now)
        throw std::logic_error("EventQueue::schedule: event in the past");
    m_heap.push_back(Event{time, m_seq++, kind, id, gen});
    std::push_heap(m_heap.begin(), m_heap.end(), later);
}

Event EventQueue::pop()
{
    if (m_heap.empty())
        throw std::logic_error("EventQueue::pop: empty queue");
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    Event e = m_heap.back();
    m_heap.pop_back();
    if (e.time < m_now)
        throw std::logic_error("EventQueue::pop: time went backwards");
    m_now = e.time;
    return e;
}

void EventQueue::advanceTo(SimTime t)
{
    if (t < m_now)
        throw std::logic_error("EventQueue::advanceTo: time went backwards");
    m_now = t;
}

} // namespace gsl::engine
