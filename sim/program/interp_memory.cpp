// interp_memory.cpp — the aggregate and address instructions of the dispatch
// loop (interp_exec.cpp), moved out of it: array elements, addresses of fields
// and elements (with the lazy zero value of an aggregate in a cell), new boxes.
// They are local work, never steps. false: raise the runtime error panicMsg.
#include "sim/program/interp_ctx.h"

namespace gsl::program {

namespace {
inline int64_t sliceLen(const Value &s) { return int64_t(uint32_t(uint64_t(s.bits))); }
} // namespace

bool Interpreter::execMemory(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg)
{
    switch (I.op) {
    case Op::ElemGet: case Op::ArrayElemAddr: {
        const Cells &c = m_heap.cells(R[I.b].ref);
        int64_t i = R[I.c].bits;
        if (i < 0 || i >= int64_t(c.v.size()))
            { panicMsg = "index out of range [" + std::to_string(i) + "] with length " + std::to_string(c.v.size()); return false; }
        if (I.op == Op::ElemGet) R[I.a] = c.v[size_t(i)];
        else { Value p; p.ref = R[I.b].ref; p.bits = i; R[I.a] = p; }
        return true;
    }
    case Op::ElemSet: {
        Cells &c = m_heap.cells(R[I.a].ref);
        int64_t i = R[I.b].bits;
        if (i < 0 || i >= int64_t(c.v.size()))
            { panicMsg = "index out of range [" + std::to_string(i) + "] with length " + std::to_string(c.v.size()); return false; }
        c.v[size_t(i)] = R[I.c];
        return true;
    }
    case Op::FieldAddr: case Op::ArrayIndexAddr: case Op::Deref: {
        const Value p = R[I.b];
        if (p.ref == 0) { panicMsg = "invalid memory address or nil pointer dereference"; return false; }
        Value agg = m_heap.cells(p.ref).v[size_t(p.bits)];
        if (I.op == Op::Deref) { R[I.a] = agg; return true; }
        if (agg.ref == 0) { // lazily materialise an aggregate zero value in place
            agg = zeroValue(TypeId(I.x));
            m_heap.cells(p.ref).v[size_t(p.bits)] = agg;
        }
        int64_t i = I.op == Op::FieldAddr ? I.c : R[I.c].bits;
        if (I.op == Op::ArrayIndexAddr) {
            int64_t n = int64_t(m_heap.cells(agg.ref).v.size());
            if (i < 0 || i >= n)
                { panicMsg = "index out of range [" + std::to_string(i) + "] with length " + std::to_string(n); return false; }
        }
        Value r; r.ref = agg.ref; r.bits = i;
        R[I.a] = r;
        return true;
    }
    case Op::IndexAddr: {
        const Value s = R[I.b];
        int64_t i = R[I.c].bits, n = sliceLen(s);
        if (i < 0 || i >= n)
            { panicMsg = "index out of range [" + std::to_string(i) + "] with length " + std::to_string(n); return false; }
        Value r; r.ref = s.ref; r.bits = int64_t(s.tag) + i;
        R[I.a] = r;
        return true;
    }
    case Op::NewBox: {
        extra += m_opts.costs.alloc;
        uint32_t ref = m_heap.newCells(1);
        Value init = I.x ? zeroValue(TypeId(I.c)) : R[I.b];
        m_heap.cells(ref).v[0] = init;
        Value r; r.ref = ref;
        R[I.a] = r;
        return true;
    }
    default: return true;
    }
}

} // namespace gsl::program
