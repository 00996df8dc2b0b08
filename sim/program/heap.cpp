// heap.cpp — allocation bookkeeping for the simulated process's memory.
#include "sim/program/heap.h"

namespace gsl::program {

uint32_t Heap::newString(std::string s)
{
    m_allocated += s.size() + 16;
    m_strings.push_back(std::move(s));
    return uint32_t(m_strings.size() - 1);
}

uint32_t Heap::newCells(size_t n)
{
    m_allocated += n * sizeof(Value) + 16;
    Cells c;
    c.v.resize(n);
    c.addrBase = m_nextAddr;
    m_nextAddr += uint32_t(n);
    m_cells.push_back(std::move(c));
    return uint32_t(m_cells.size() - 1);
}

uint32_t Heap::newMap(TypeId t)
{
    m_allocated += 48;
    MapObj m;
    m.type = t;
    m.addr = m_nextAddr++;
    m_maps.push_back(std::move(m));
    return uint32_t(m_maps.size() - 1);
}

} // namespace gsl::program
