// buffer_pool.h — a per-thread stock of empty std::vector<T> buffers of one
// capacity, for containers that allocate their storage in whole blocks
// (SegmentedVector's segments, EventStore's chunks).
//
// Performance: a fresh 4 KB page costs a page fault on first touch (~18 us of
// CPU on the reference VM); a recycled buffer is already mapped. Blocks of a
// destroyed container come here (at most MaxBuffers per thread) and the next
// container on that thread reuses them, so a loop of runs (explore,
// benchmarks, tests) stops touching fresh pages. Contents are never reused,
// only the memory. After the thread's pool is destroyed (thread exit), a
// container destroyed later (a static one at process exit) frees its blocks.
#pragma once

#include <cstddef>
#include <vector>

namespace gsl::engine {

template <class T, size_t Capacity, size_t MaxBuffers>
class BufferPool {
public:
    // take: an empty buffer with room for Capacity elements, recycled if
    // this thread has one.
    static std::vector<T> take()
    {
        if (auto *p = stock(); p && !p->empty()) {
            std::vector<T> b = std::move(p->back());
            p->pop_back();
            return b;
        }
        std::vector<T> b;
        b.reserve(Capacity);
        return b;
    }
    // give: keep b's memory for a later take() when it has exactly
    // Capacity room and the stock is not full (b is then left empty);
    // otherwise b is untouched and its owner frees it.
    static void give(std::vector<T> &b)
    {
        auto *p = stock();
        if (!p || p->size() >= MaxBuffers || b.capacity() != Capacity) return;
        b.clear();
        p->push_back(std::move(b));
    }

private:
    static std::vector<std::vector<T>> *stock()
    {
        struct Stock {
            std::vector<std::vector<T>> buffers;
            ~Stock() { t_gone = true; }
        };
        if (t_gone) return nullptr;  // a bool has no destructor: still readable
        thread_local Stock s;
        return &s.buffers;
    }
    static inline thread_local bool t_gone = false;
};

} // namespace gsl::engine
