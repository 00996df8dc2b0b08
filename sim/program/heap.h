// heap.h — the simulated process's memory: strings, cells objects (structs,
// arrays, slice backing arrays, boxes of shared variables, closure captures)
// and maps. One Heap per Interpreter (per run); nothing is freed during a run
// (Simplification: no garbage collector; a byte budget bounds growth and
// produces a Fatal request when exceeded).
//
// Every cell gets a dense memory address (Addr) when its object is created:
// addrBase + index. Addresses identify locations for the trace and the race
// detector.
#pragma once

#include "sim/program/program.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gsl::program {

struct Cells {
    std::vector<Value> v;
    uint32_t addrBase = 0;
};

// MapObj keeps entries in insertion order plus an index by canonical key
// bytes. Iteration order is the insertion order rotated by a seeded offset
// (see Interpreter::mapIterate); it is never taken from the hash table.
struct MapObj {
    TypeId type = 0;
    std::vector<Value> keys, vals;
    std::vector<uint8_t> live;
    std::unordered_map<std::string, uint32_t> index;
    uint32_t count = 0;
    uint32_t addr = 0;
};

class Heap {
public:
    explicit Heap(uint64_t budgetBytes) : m_budget(budgetBytes)
    {
        m_strings.emplace_back();
        m_cells.emplace_back();
        m_maps.emplace_back();
    }

    // strings
    uint32_t newString(std::string s);
    const std::string &str(uint32_t id) const { return m_strings[id]; }
    std::string_view strv(const Value &v) const { return m_strings[v.ref]; }
    Value strValue(std::string s) { Value v; v.ref = s.empty() ? 0 : newString(std::move(s)); return v; }

    // cells
    uint32_t newCells(size_t n);
    Cells &cells(uint32_t id) { return m_cells[id]; }
    const Cells &cells(uint32_t id) const { return m_cells[id]; }

    // maps
    uint32_t newMap(TypeId t);
    MapObj &map(uint32_t id) { return m_maps[id]; }
    const MapObj &map(uint32_t id) const { return m_maps[id]; }

    uint32_t newAddr() { return m_nextAddr++; }
    bool overBudget() const { return m_allocated > m_budget; }
    uint64_t allocated() const { return m_allocated; }
    uint64_t budget() const { return m_budget; }
    void charge(uint64_t bytes) { m_allocated += bytes; }

private:
    std::vector<std::string> m_strings;
    std::vector<Cells> m_cells;
    std::vector<MapObj> m_maps;
    uint32_t m_nextAddr = 1;
    uint64_t m_allocated = 0;
    uint64_t m_budget;
};

} // namespace gsl::program
