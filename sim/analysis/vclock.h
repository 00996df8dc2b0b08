// vclock.h — vector clocks for the happens-before race detector.
//
// One component per goroutine id (goids are small dense integers handed out
// in creation order, 0 = the runtime's own context). A clock grows lazily:
// a missing component is 0.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace gsl::analysis {

class VClock {
public:
    uint32_t get(int32_t g) const
    {
        return g >= 0 && size_t(g) < m_c.size() ? m_c[size_t(g)] : 0;
    }
    void set(int32_t g, uint32_t v)
    {
        if (size_t(g) >= m_c.size()) m_c.resize(size_t(g) + 1, 0);
        m_c[size_t(g)] = v;
    }
    void tick(int32_t g) { set(g, get(g) + 1); }
    // join makes this clock the component-wise maximum of both (acquire).
    void join(const VClock &o)
    {
        if (o.m_c.size() > m_c.size()) m_c.resize(o.m_c.size(), 0);
        for (size_t i = 0; i < o.m_c.size(); ++i) m_c[i] = std::max(m_c[i], o.m_c[i]);
    }
    // leq: every component of this clock is <= the other's (this happened before o).
    bool leq(const VClock &o) const
    {
        for (size_t i = 0; i < m_c.size(); ++i)
            if (m_c[i] > o.get(int32_t(i))) return false;
        return true;
    }
    size_t size() const { return m_c.size(); }
    friend bool operator==(const VClock &a, const VClock &b)
    {
        const size_t n = std::max(a.m_c.size(), b.m_c.size());
        for (size_t i = 0; i < n; ++i)
            if (a.get(int32_t(i)) != b.get(int32_t(i))) return false;
        return true;
    }

private:
    std::vector<uint32_t> m_c;
};

} // namespace gsl::analysis
