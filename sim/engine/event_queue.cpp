#include "sim/engine/event_queue.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::engine {

void EventQueue::pastError()
{
    throw std::logic_error("EventQueue::schedule: event in the past");
}

void EventQueue::retimeError()
{
    throw std::logic_error("EventQueue::retimeTop: would reorder events");
}

void EventQueue::pushHeap(const Event &e)
{
    m_heap.push_back(e);
    std::push_heap(m_heap.begin(), m_heap.end(), later);
}

Event EventQueue::popHeap()
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
