// event_store.cpp — packing and unpacking of stored events (event_store.h).
#include "sim/trace/event_store.h"

#include <limits>

namespace gsl::trace {

void EventStore::recycle()
{
    for (auto &c : m_chunks) ChunkPool::give(c);
    m_chunks.clear();
}

EventStore::EventStore(EventStore &&o) noexcept
    : m_chunks(std::move(o.m_chunks)), m_base(std::move(o.m_base)), m_wide(std::move(o.m_wide)), m_size(o.m_size),
      m_lastTime(o.m_lastTime)
{
    o.m_chunks.clear();
    o.m_base.clear();
    o.m_wide.clear();
    o.m_size = 0;
    o.m_lastTime = 0;
}

EventStore::~EventStore() { recycle(); }

EventStore &EventStore::operator=(const EventStore &o)
{
    if (this != &o) {
        recycle();
        m_chunks = o.m_chunks;
        m_base = o.m_base;
        m_wide = o.m_wide;
        m_size = o.m_size;
        m_lastTime = o.m_lastTime;
    }
    return *this;
}

EventStore &EventStore::operator=(EventStore &&o) noexcept
{
    if (this != &o) {
        recycle();
        m_chunks = std::move(o.m_chunks);
        m_base = std::move(o.m_base);
        m_wide = std::move(o.m_wide);
        m_size = o.m_size;
        m_lastTime = o.m_lastTime;
        o.m_chunks.clear();
        o.m_base.clear();
        o.m_wide.clear();
        o.m_size = 0;
        o.m_lastTime = 0;
    }
    return *this;
}

void EventStore::push(const TraceEvent &e)
{
    const size_t i = m_size;
    if ((i & ((size_t(1) << kBlockShift) - 1)) == 0) m_base.push_back(e.time);
    if ((i & (kChunk - 1)) == 0) {
        // The first chunk grows as needed (small traces stay small); later
        // ones are allocated whole, so appending never moves an event.
        if (i > 0)
            m_chunks.push_back(ChunkPool::take());
        else
            m_chunks.emplace_back();
    }
    const SimTime dt = e.time - m_base[i >> kBlockShift];
    const bool fits = dt >= 0 && dt <= SimTime(std::numeric_limits<uint32_t>::max())
                      && e.m >= std::numeric_limits<int16_t>::min() && e.m <= std::numeric_limits<int16_t>::max()
                      && e.c >= std::numeric_limits<int16_t>::min() && e.c <= std::numeric_limits<int16_t>::max();
    Packed r;
    if (fits) {
        r = Packed{uint32_t(dt), uint8_t(e.kind), e.reason, e.p, e.g, int16_t(e.m), int16_t(e.c), e.a, e.b};
    } else {
        r = Packed{0, uint8_t(uint8_t(e.kind) | kWide), 0, 0, 0, 0, 0, int32_t(m_wide.size()), 0};
        m_wide.push_back(e);
    }
    m_chunks.back().push_back(r);
    ++m_size;
    m_lastTime = e.time;
}

void EventStore::reserve(size_t n)
{
    m_chunks.reserve((n + kChunk - 1) / kChunk);
    m_base.reserve((n >> kBlockShift) + 1);
}

void EventStore::shrinkToFit()
{
    // Performance: shrinking copies the last chunk (up to 96 KB) into fresh
    // memory, a page fault per 4 KB (~0.4 ms on the reference VM, as long as
    // a whole 1,000-goroutine pipeline run). Done only when the slack is
    // more than 1/8 of the stored events, i.e. 3 bytes per event at most.
    if (!m_chunks.empty()) {
        auto &last = m_chunks.back();
        if ((last.capacity() - last.size()) * 8 > m_size) last.shrink_to_fit();
    }
    m_chunks.shrink_to_fit();
    m_base.shrink_to_fit();
    m_wide.shrink_to_fit();
}

size_t EventStore::bytes() const
{
    size_t n = m_chunks.capacity() * sizeof(std::vector<Packed>) + m_base.capacity() * sizeof(SimTime)
               + m_wide.capacity() * sizeof(TraceEvent);
    for (const auto &c : m_chunks) n += c.capacity() * sizeof(Packed);
    return n;
}

std::vector<TraceEvent> EventView::toVector() const
{
    std::vector<TraceEvent> v;
    v.reserve(size());
    for (size_t i = 0; i < size(); ++i) v.push_back(m_s->at(i));
    return v;
}

bool operator==(const EventView &a, const EventView &b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i])) return false;
    return true;
}

bool operator==(const EventView &a, const std::vector<TraceEvent> &b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i])) return false;
    return true;
}

} // namespace gsl::trace
