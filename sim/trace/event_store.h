// event_store.h — compact storage of a run's TraceEvents (24 bytes each
// instead of 32) with O(1) random access, and EventView, the read-only range
// readers get from Trace::events().
//
// A stored event packs the time as a 32-bit offset from the time of the first
// event of its block of 256 (kept in a side table, 8 bytes per 256 events), m
// and c in 16 bits, and the rest as in TraceEvent. An event whose fields do
// not fit (a block spanning more than 4.29 s, an M id or a c beyond int16) is
// stored whole in a side table of wide events and the packed slot points to
// it. Decoding is exact: operator[] returns the TraceEvent that was pushed.
// Events live in chunks of 4096 slots, so appending never copies the record
// and the growth slack is at most one chunk.
//
// EventView elements are values, not references into the store: bind them to
// `const TraceEvent &e = v[i]` or `auto e = v[i]`, never keep a pointer. A
// contiguous std::vector<TraceEvent> (for std::span readers) is toVector().
#pragma once

#include "sim/engine/buffer_pool.h"
#include "sim/trace/trace_event.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace gsl::trace {

class EventStore {
public:
    EventStore() = default;
    EventStore(const EventStore &) = default;
    EventStore(EventStore &&o) noexcept;
    EventStore &operator=(const EventStore &o);
    EventStore &operator=(EventStore &&o) noexcept;
    ~EventStore();
    void push(const TraceEvent &e);
    size_t size() const { return m_size; }
    TraceEvent at(size_t i) const
    {
        const Packed &r = m_chunks[i >> kChunkShift][i & (kChunk - 1)];
        if (r.kind & kWide) return m_wide[size_t(uint32_t(r.a))];
        TraceEvent e;
        e.time = m_base[i >> kBlockShift] + SimTime(r.dt);
        e.kind = EvKind(r.kind);
        e.reason = r.reason;
        e.p = r.p;
        e.g = r.g;
        e.m = r.m;
        e.a = r.a;
        e.b = r.b;
        e.c = r.c;
        return e;
    }
    SimTime lastTime() const { return m_lastTime; }
    void reserve(size_t n);
    void shrinkToFit();
    size_t bytes() const;   // capacity of every part

private:
    struct Packed {
        uint32_t dt;        // time - block base
        uint8_t kind;       // EvKind, | kWide: the event is m_wide[a]
        uint8_t reason;
        int16_t p;
        int32_t g;
        int16_t m;
        int16_t c;
        int32_t a;
        int32_t b;
    };
    static_assert(sizeof(Packed) == 24, "a stored event is 24 bytes");
    static constexpr uint8_t kWide = 0x80;
    static_assert(size_t(EvKind::Count_) < kWide, "event kinds fit in 7 bits");
    static constexpr unsigned kChunkShift = 12, kBlockShift = 8;
    static constexpr size_t kChunk = size_t(1) << kChunkShift;

    // Performance: full-size chunks of a destroyed store go to a per-thread
    // pool (engine/buffer_pool.h; at most kPoolChunks, 24 MB) and the next
    // store on that thread reuses them: a fresh page costs ~100 ns per
    // 24-byte event in page faults, as much as the rest of an event. Runs in
    // a loop (explore, benchmarks, tests) stop paying that; a single run
    // still does.
    static constexpr size_t kPoolChunks = 256;
    using ChunkPool = engine::BufferPool<Packed, kChunk, kPoolChunks>;
    void recycle();
    std::vector<std::vector<Packed>> m_chunks;
    std::vector<SimTime> m_base;        // time of the first event of each block
    std::vector<TraceEvent> m_wide;
    size_t m_size = 0;
    SimTime m_lastTime = 0;
};

class Trace;

// EventView: the events of a Trace as a random-access range of values.
class EventView {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = TraceEvent;
        using difference_type = std::ptrdiff_t;
        using reference = TraceEvent;
        struct pointer {
            TraceEvent e;
            const TraceEvent *operator->() const { return &e; }
        };
        iterator() = default;
        iterator(const EventStore *s, size_t i) : m_s(s), m_i(i) {}
        TraceEvent operator*() const { return m_s->at(m_i); }
        pointer operator->() const { return pointer{m_s->at(m_i)}; }
        TraceEvent operator[](difference_type n) const { return m_s->at(size_t(difference_type(m_i) + n)); }
        iterator &operator++() { ++m_i; return *this; }
        iterator operator++(int) { iterator t = *this; ++m_i; return t; }
        iterator &operator--() { --m_i; return *this; }
        iterator operator--(int) { iterator t = *this; --m_i; return t; }
        iterator &operator+=(difference_type n) { m_i = size_t(difference_type(m_i) + n); return *this; }
        iterator &operator-=(difference_type n) { m_i = size_t(difference_type(m_i) - n); return *this; }
        friend iterator operator+(iterator a, difference_type n) { return a += n; }
        friend iterator operator+(difference_type n, iterator a) { return a += n; }
        friend iterator operator-(iterator a, difference_type n) { return a -= n; }
        friend difference_type operator-(const iterator &a, const iterator &b)
        {
            return difference_type(a.m_i) - difference_type(b.m_i);
        }
        friend bool operator==(const iterator &a, const iterator &b) { return a.m_i == b.m_i; }
        friend auto operator<=>(const iterator &a, const iterator &b) { return a.m_i <=> b.m_i; }

    private:
        const EventStore *m_s = nullptr;
        size_t m_i = 0;
    };
    using const_iterator = iterator;
    using value_type = TraceEvent;
    using size_type = size_t;

    explicit EventView(const EventStore &s) : m_s(&s) {}
    size_t size() const { return m_s->size(); }
    bool empty() const { return m_s->size() == 0; }
    TraceEvent operator[](size_t i) const { return m_s->at(i); }
    TraceEvent front() const { return m_s->at(0); }
    TraceEvent back() const { return m_s->at(m_s->size() - 1); }
    iterator begin() const { return iterator(m_s, 0); }
    iterator end() const { return iterator(m_s, m_s->size()); }
    // A contiguous copy (32 bytes per event) for readers that take a span.
    std::vector<TraceEvent> toVector() const;
    operator std::vector<TraceEvent>() const { return toVector(); }
    friend bool operator==(const EventView &a, const EventView &b);
    friend bool operator==(const EventView &a, const std::vector<TraceEvent> &b);

private:
    const EventStore *m_s;
};

} // namespace gsl::trace
