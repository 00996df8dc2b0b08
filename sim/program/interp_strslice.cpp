// interp_strslice.cpp — the string and slice instructions of the dispatch loop
// (interp_exec.cpp), moved out of it: indexing, slicing and decoding strings,
// string <-> []byte, make/literal/re-slicing, append and copy. Each returns
// false with the text of the runtime error to raise.
#include "sim/program/format_text.h"
#include "sim/program/interp_ctx.h"

#include <algorithm>

namespace gsl::program {

namespace {
inline Value iv(int64_t x) { Value v; v.bits = x; return v; }
inline int64_t sliceLen(const Value &s) { return int64_t(uint32_t(uint64_t(s.bits))); }
inline int64_t sliceCap(const Value &s) { return int64_t(uint64_t(s.bits) >> 32); }

// decodeRune decodes the UTF-8 sequence at s[i] as Go's range and []rune(s)
// do: an invalid or truncated sequence is U+FFFD of width 1.
int64_t decodeRune(const std::string &s, size_t i, int64_t &w)
{
    auto b0 = uint8_t(s[i]);
    int64_t r = 0xFFFD;
    w = 1;
    auto cont = [&](size_t k) { return i + k < s.size() && (uint8_t(s[i + k]) & 0xC0) == 0x80; };
    if (b0 < 0x80) r = b0;
    else if ((b0 & 0xE0) == 0xC0 && cont(1)) { r = ((b0 & 0x1F) << 6) | (s[i + 1] & 0x3F); w = 2; if (r < 0x80) { r = 0xFFFD; w = 1; } }
    else if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) { r = ((b0 & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F); w = 3; if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF)) { r = 0xFFFD; w = 1; } }
    else if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) { r = ((b0 & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F); w = 4; if (r < 0x10000 || r > 0x10FFFF) { r = 0xFFFD; w = 1; } }
    return r;
}
} // namespace

bool Interpreter::execString(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg)
{
    switch (I.op) {
    case Op::StrIndex: {
        const std::string &s = m_heap.str(R[I.b].ref);
        int64_t i = R[I.c].bits;
        if (i < 0 || i >= int64_t(s.size()))
            { panicMsg = "index out of range [" + std::to_string(i) + "] with length " + std::to_string(s.size()); return false; }
        R[I.a] = iv(uint8_t(s[size_t(i)]));
        return true;
    }
    case Op::StrSlice: {
        const std::string &s = m_heap.str(R[I.b].ref);
        int64_t n = int64_t(s.size());
        int64_t lo = (I.flag & 1) ? R[I.c].bits : 0, hi = (I.flag & 2) ? R[I.c + 1].bits : n;
        if (hi < 0 || hi > n) { panicMsg = "slice bounds out of range [:" + std::to_string(hi) + "] with length " + std::to_string(n); return false; }
        if (lo < 0 || lo > hi) { panicMsg = "slice bounds out of range [" + std::to_string(lo) + ":" + std::to_string(hi) + "]"; return false; }
        extra += m_opts.costs.alloc;
        R[I.a] = m_heap.strValue(s.substr(size_t(lo), size_t(hi - lo)));
        return true;
    }
    case Op::StrRune: {
        const std::string &s = m_heap.str(R[I.b].ref);
        int64_t w = 1;
        R[I.a] = iv(decodeRune(s, size_t(R[I.c].bits), w));
        R[I.a + 1] = iv(w);
        return true;
    }
    case Op::RuneToStr: {
        int64_t r = R[I.b].bits;
        std::string out;
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        if (r < 0x80) out += char(r);
        else if (r < 0x800) { out += char(0xC0 | (r >> 6)); out += char(0x80 | (r & 0x3F)); }
        else if (r < 0x10000) { out += char(0xE0 | (r >> 12)); out += char(0x80 | ((r >> 6) & 0x3F)); out += char(0x80 | (r & 0x3F)); }
        else { out += char(0xF0 | (r >> 18)); out += char(0x80 | ((r >> 12) & 0x3F)); out += char(0x80 | ((r >> 6) & 0x3F)); out += char(0x80 | (r & 0x3F)); }
        R[I.a] = m_heap.strValue(std::move(out));
        return true;
    }
    case Op::BytesToStr: {   // flag 1: string([]rune), each element UTF-8 encoded
        const Value s = R[I.b];
        std::string out;
        if (s.ref) {
            const Cells &c = m_heap.cells(s.ref);
            for (int64_t i = 0; i < sliceLen(s); ++i) {
                if (I.flag == 1) out += fmtx::utf8(int64_t(int32_t(c.v[size_t(s.tag + i)].bits)));
                else out += char(c.v[size_t(s.tag + i)].bits);
            }
        }
        R[I.a] = m_heap.strValue(std::move(out));
        return true;
    }
    case Op::StrToBytes: {   // flag 1: []rune(s), one element per decoded rune
        const std::string s = m_heap.str(R[I.b].ref);
        std::vector<int64_t> elems;
        for (size_t i = 0; i < s.size();) {
            int64_t w = 1;
            elems.push_back(I.flag == 1 ? decodeRune(s, i, w) : int64_t(uint8_t(s[i])));
            i += size_t(w);
        }
        uint32_t ref = m_heap.newCells(elems.size());
        Cells &c = m_heap.cells(ref);
        for (size_t i = 0; i < elems.size(); ++i) c.v[i].bits = elems[i];
        Value v;
        v.ref = elems.empty() ? 0 : ref;
        v.bits = int64_t(uint64_t(elems.size()) | (uint64_t(elems.size()) << 32));
        R[I.a] = v;
        return true;
    }
    default: return true;
    }
}

bool Interpreter::execSlice(const Instr &I, Value *R, SimPs &extra, std::string &panicMsg)
{
    switch (I.op) {
    case Op::MakeSlice: {
        int64_t n = R[I.b].bits, c = I.c >= 0 ? R[I.c].bits : n;
        if (n < 0) { panicMsg = "makeslice: len out of range"; return false; }
        if (c < n) { panicMsg = "makeslice: cap out of range"; return false; }
        if (uint64_t(c) * sizeof(Value) > m_heap.budget()) { panicMsg = "makeslice: cap out of range"; return false; }
        extra += m_opts.costs.alloc;
        noteAlloc(uint64_t(c) * (I.flag ? I.flag : 8));
        uint32_t ref = m_heap.newCells(size_t(c));
        const TypeDesc &et = m_prog->types[I.x];
        if (isAggregate(et.kind))
            for (int64_t i = 0; i < c; ++i) { Value z = zeroValue(I.x); m_heap.cells(ref).v[size_t(i)] = z; }
        Value s; s.ref = ref; s.bits = int64_t(uint64_t(n) | (uint64_t(c) << 32));
        R[I.a] = s;
        return true;
    }
    case Op::SliceLit: {
        extra += m_opts.costs.alloc;
        uint32_t ref = m_heap.newCells(size_t(I.c));
        for (int32_t i = 0; i < I.c; ++i) m_heap.cells(ref).v[size_t(i)] = R[I.b + i];
        Value s; s.ref = ref; s.bits = int64_t(uint64_t(I.c) | (uint64_t(I.c) << 32));
        R[I.a] = s;
        return true;
    }
    case Op::SliceExpr: case Op::ArraySlice: {
        Value s = R[I.b];
        int64_t off = 0, len = 0, cap = 0;
        if (I.op == Op::ArraySlice) {
            if (s.ref == 0) { panicMsg = "invalid memory address or nil pointer dereference"; return false; }
            Value agg = m_heap.cells(s.ref).v[size_t(s.bits)];
            s = Value{}; s.ref = agg.ref;
            len = cap = int64_t(m_heap.cells(agg.ref).v.size());
        } else {
            off = s.tag; len = sliceLen(s); cap = sliceCap(s);
        }
        int64_t lo = (I.flag & 1) ? R[I.c].bits : 0;
        int64_t hi = (I.flag & 2) ? R[I.c + 1].bits : len;
        int64_t mx = (I.flag & 4) ? R[I.c + 2].bits : cap;
        if (mx < 0 || mx > cap) { panicMsg = "slice bounds out of range [::" + std::to_string(mx) + "] with capacity " + std::to_string(cap); return false; }
        if (hi < 0 || hi > mx) { panicMsg = (I.flag & 4 ? "slice bounds out of range [:" + std::to_string(hi) + ":" + std::to_string(mx) + "]"
                                                        : "slice bounds out of range [:" + std::to_string(hi) + "] with capacity " + std::to_string(cap)); return false; }
        if (lo < 0 || lo > hi) { panicMsg = "slice bounds out of range [" + std::to_string(lo) + ":" + std::to_string(hi) + "]"; return false; }
        Value r; r.ref = s.ref; r.tag = uint32_t(off + lo);
        r.bits = int64_t(uint64_t(hi - lo) | (uint64_t(mx - lo) << 32));
        R[I.a] = r;
        return true;
    }
    case Op::Append: case Op::AppendSlice: {
        Value s = R[I.b];
        int64_t add = 0, srcOff = 0;
        Value src;
        bool fromStr = false;
        if (I.op == Op::Append) add = I.x;
        else if (I.x == 1) { src = R[I.c]; add = int64_t(m_heap.str(src.ref).size()); fromStr = true; }
        else { src = R[I.c]; add = sliceLen(src); srcOff = src.tag; }
        int64_t len = sliceLen(s);
        if (len + add > sliceCap(s)) { extra += m_opts.costs.alloc; s = growSlice(s, len + add, TypeId(I.flag)); }
        Cells &dst = m_heap.cells(s.ref);
        for (int64_t i = 0; i < add; ++i) {
            Value v;
            if (I.op == Op::Append) v = R[I.c + i];
            else if (fromStr) v.bits = uint8_t(m_heap.str(src.ref)[size_t(i)]);
            else v = m_heap.cells(src.ref).v[size_t(srcOff + i)];
            m_heap.cells(s.ref).v[size_t(s.tag + len + i)] = v;
        }
        (void)dst;
        s.bits = int64_t(uint64_t(len + add) | (uint64_t(sliceCap(s)) << 32));
        R[I.a] = s;
        return true;
    }
    case Op::Copy: {
        const Value d = R[I.b], s = R[I.c];
        int64_t n;
        if (I.flag == 1) {
            const std::string &str = m_heap.str(s.ref);
            n = std::min<int64_t>(sliceLen(d), int64_t(str.size()));
            for (int64_t i = 0; i < n; ++i) m_heap.cells(d.ref).v[size_t(d.tag + i)] = iv(uint8_t(str[size_t(i)]));
        } else {
            n = std::min(sliceLen(d), sliceLen(s));
            if (n > 0) {
                std::vector<Value> tmp(m_heap.cells(s.ref).v.begin() + s.tag, m_heap.cells(s.ref).v.begin() + s.tag + n);
                for (int64_t i = 0; i < n; ++i) m_heap.cells(d.ref).v[size_t(d.tag + i)] = tmp[size_t(i)];
            }
        }
        if (I.a >= 0) R[I.a] = iv(n);
        return true;
    }
    default: return true;
    }
}

} // namespace gsl::program
