// segmented_vector.h — an indexable sequence whose elements never move:
// segments of 64 elements, each allocated whole, so appending never
// relocates anything and references stay valid, as with std::deque.
//
// Performance: std::deque allocates a 512-byte node per 3 Gs (144 bytes
// each) or 2 script contexts; at 100,000 goroutines that is ~80,000 small
// mallocs per run, ~15% of a run's time (perf, BM_SpawnScaling). Segments
// of 64 make 64x fewer. They stay small (9-14 KB) on purpose: blocks above
// glibc's mmap threshold (128 KB at first) come straight from the kernel and
// are touched page by page, a page fault each (~18 us on the reference VM),
// where heap blocks freed by the previous run are reused as they are.
// Segments of a destroyed vector go to a per-thread pool (at most
// kPoolBytes per element type) and the next vector on that thread reuses
// them, so a loop of runs (benchmarks, explore, tests) stops touching fresh
// pages for its goroutines; glibc would otherwise give a big run's memory
// back to the kernel at free and the next run would fault it in again.
#pragma once

#include "sim/engine/buffer_pool.h"

#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>
#include <vector>

namespace gsl::engine {

template <class T>
class SegmentedVector {
    static constexpr unsigned kShift = 6;  // 64 elements per segment
    static constexpr size_t kSeg = size_t(1) << kShift;

public:
    template <bool Const>
    class Iter {
    public:
        using Owner = std::conditional_t<Const, const SegmentedVector, SegmentedVector>;
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using reference = std::conditional_t<Const, const T &, T &>;
        using pointer = std::conditional_t<Const, const T *, T *>;
        Iter() = default;
        Iter(Owner *v, size_t i) : m_v(v), m_i(i) {}
        reference operator*() const { return (*m_v)[m_i]; }
        pointer operator->() const { return &(*m_v)[m_i]; }
        Iter &operator++() { ++m_i; return *this; }
        Iter operator++(int) { Iter t = *this; ++m_i; return t; }
        friend bool operator==(const Iter &a, const Iter &b) { return a.m_i == b.m_i; }

    private:
        Owner *m_v = nullptr;
        size_t m_i = 0;
    };
    using iterator = Iter<false>;
    using const_iterator = Iter<true>;

    SegmentedVector() = default;
    SegmentedVector(const SegmentedVector &) = delete;
    SegmentedVector &operator=(const SegmentedVector &) = delete;
    ~SegmentedVector() { clear(); }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](size_t i) { return m_seg[i >> kShift][i & (kSeg - 1)]; }
    const T &operator[](size_t i) const { return const_cast<SegmentedVector &>(*this)[i]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }

    void push_back(const T &v) { grow().push_back(v); ++m_size; }
    void push_back(T &&v) { grow().push_back(std::move(v)); ++m_size; }
    void pop_back()
    {
        m_seg.back().pop_back();
        if (m_seg.back().empty()) recycle(m_seg.back()), m_seg.pop_back();
        --m_size;
    }
    void resize(size_t n)
    {
        while (m_size > n) pop_back();
        while (m_size < n) push_back(T{});
    }
    void clear()
    {
        for (auto &sg : m_seg) recycle(sg);
        m_seg.clear();
        m_size = 0;
    }

    iterator begin() { return iterator(this, 0); }
    iterator end() { return iterator(this, m_size); }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

private:
    // grow returns the segment the next element goes to, allocating it whole.
    std::vector<T> &grow()
    {
        if ((m_size & (kSeg - 1)) == 0) m_seg.push_back(Pool::take());  // the last segment is full (or there is none)
        return m_seg.back();
    }

    static constexpr size_t kPoolBytes = size_t(32) << 20;
    using Pool = BufferPool<T, kSeg, kPoolBytes / (kSeg * sizeof(T)) + 1>;
    static void recycle(std::vector<T> &sg) { Pool::give(sg); }
    std::vector<std::vector<T>> m_seg;
    size_t m_size = 0;
};

} // namespace gsl::engine
