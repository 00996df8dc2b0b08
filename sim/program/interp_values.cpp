// interp_values.cpp — zero values, aggregate copies, equality, interface
// boxing, map keys and slice growth.
#include "sim/program/interp_ctx.h"

#include <algorithm>
#include <cstring>

namespace gsl::program {

namespace {

bool isSyncKind(Kind k)
{
    return k == Kind::Mutex || k == Kind::RWMutex || k == Kind::WaitGroup || k == Kind::Once;
}

// Go's malloc size classes up to 32 KiB (runtime/sizeclasses.go), used by
// growSlice so that cap() after append matches Go.
constexpr uint32_t kSizeClasses[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
    416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688,
    3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

uint64_t roundupsize(uint64_t size)
{
    if (size <= 32768) {
        for (uint32_t c : kSizeClasses)
            if (c >= size) return c;
    }
    return (size + 8191) / 8192 * 8192;
}

} // namespace

Value Interpreter::zeroValue(TypeId t)
{
    const TypeDesc &td = m_prog->types[t];
    if (td.kind == Kind::Struct) {
        uint32_t ref = m_heap.newCells(td.fields.size());
        for (size_t i = 0; i < td.fields.size(); ++i)
            if (isAggregate(m_prog->types[td.fields[i].type].kind)) {
                Value z = zeroValue(td.fields[i].type);
                m_heap.cells(ref).v[i] = z;
            }
        Value v; v.ref = ref; return v;
    }
    if (td.kind == Kind::Array) {
        uint32_t ref = m_heap.newCells(size_t(td.len));
        if (isAggregate(m_prog->types[td.elem].kind))
            for (int64_t i = 0; i < td.len; ++i) { Value z = zeroValue(td.elem); m_heap.cells(ref).v[size_t(i)] = z; }
        Value v; v.ref = ref; return v;
    }
    return Value{};
}

Value Interpreter::copyAgg(const Value &v, TypeId t)
{
    const TypeDesc &td = m_prog->types[t];
    if (!isAggregate(td.kind)) return v;
    if (v.ref == 0) return zeroValue(t);
    size_t n = m_heap.cells(v.ref).v.size();
    uint32_t ref = m_heap.newCells(n);
    for (size_t i = 0; i < n; ++i) {
        TypeId ft = td.kind == Kind::Struct ? td.fields[i].type : td.elem;
        Kind fk = m_prog->types[ft].kind;
        Value x = m_heap.cells(v.ref).v[i];
        // Simplification: a copied Mutex/WaitGroup/Once gets a fresh runtime
        // object (its zero state) instead of a copy of the original's state.
        if (isSyncKind(fk)) x = Value{};
        else if (isAggregate(fk)) x = copyAgg(x, ft);
        m_heap.cells(ref).v[i] = x;
    }
    Value r; r.ref = ref; return r;
}

void Interpreter::assignAgg(const Value &dst, const Value &src, TypeId t)
{
    const TypeDesc &td = m_prog->types[t];
    if (dst.ref == 0 || dst.ref == src.ref) return;
    size_t n = m_heap.cells(dst.ref).v.size();
    for (size_t i = 0; i < n; ++i) {
        TypeId ft = td.kind == Kind::Struct ? td.fields[i].type : td.elem;
        Kind fk = m_prog->types[ft].kind;
        Value x = src.ref ? m_heap.cells(src.ref).v[i] : Value{};
        if (isSyncKind(fk)) x = Value{};
        else if (isAggregate(fk)) {
            Value d = m_heap.cells(dst.ref).v[i];
            if (d.ref == 0) { Value c = copyAgg(x, ft); m_heap.cells(dst.ref).v[i] = c; }
            else if (x.ref == 0) { Value z = zeroValue(ft); assignAgg(d, z, ft); }
            else assignAgg(d, x, ft);
            continue;
        }
        m_heap.cells(dst.ref).v[i] = x;
    }
}

bool Interpreter::equal(const Value &a, const Value &b, TypeId t) const
{
    const TypeDesc &td = m_prog->types[t];
    switch (td.kind) {
    case Kind::String: return m_heap.strv(a) == m_heap.strv(b);
    case Kind::Struct: case Kind::Array: {
        if (a.ref == b.ref) return true;
        size_t n = td.kind == Kind::Struct ? td.fields.size() : size_t(td.len);
        for (size_t i = 0; i < n; ++i) {
            TypeId ft = td.kind == Kind::Struct ? td.fields[i].type : td.elem;
            Value x = a.ref ? m_heap.cells(a.ref).v[i] : Value{};
            Value y = b.ref ? m_heap.cells(b.ref).v[i] : Value{};
            if (!equal(x, y, ft)) return false;
        }
        return true;
    }
    case Kind::Interface: case Kind::Error: {
        if (a.tag != b.tag) return false;
        if (a.tag == 0) return true;
        Kind dk = m_prog->types[a.tag].kind;
        if (dk == Kind::ErrorString) return a.ref == b.ref;   // errors compare by identity (pointer)
        if (dk == Kind::RuntimeError) return a.ref == b.ref;
        Value x = a, y = b;
        x.tag = y.tag = 0;
        return equal(x, y, a.tag);
    }
    default:
        return a.bits == b.bits && a.ref == b.ref;
    }
}

std::string Interpreter::mapKey(const Value &k, TypeId t) const
{
    const TypeDesc &td = m_prog->types[t];
    std::string out;
    switch (td.kind) {
    case Kind::String: out = m_heap.str(k.ref); break;
    case Kind::Struct: case Kind::Array: {
        size_t n = td.kind == Kind::Struct ? td.fields.size() : size_t(td.len);
        for (size_t i = 0; i < n; ++i) {
            TypeId ft = td.kind == Kind::Struct ? td.fields[i].type : td.elem;
            std::string part = mapKey(k.ref ? m_heap.cells(k.ref).v[i] : Value{}, ft);
            out += std::to_string(part.size()) + ":" + part;
        }
        break;
    }
    case Kind::Interface: case Kind::Error: {
        out = std::to_string(k.tag) + "/";
        if (k.tag) { Value x = k; x.tag = 0; out += mapKey(x, k.tag); }
        break;
    }
    default: {
        char buf[12];
        std::memcpy(buf, &k.bits, 8);
        std::memcpy(buf + 8, &k.ref, 4);
        out.assign(buf, 12);
    }
    }
    return out;
}

Value Interpreter::makeIface(const Value &v, TypeId t)
{
    const TypeDesc &td = m_prog->types[t];
    if (isInterface(td.kind)) return v;
    Value r = v;
    if (td.kind == Kind::Slice) {
        uint32_t box = m_heap.newCells(1);
        m_heap.cells(box).v[0] = v;
        r = Value{};
        r.ref = box;
    } else if (isAggregate(td.kind)) {
        r = copyAgg(v, t);
    }
    r.tag = t;
    return r;
}

std::vector<Value> Interpreter::mapKeysOrdered(uint32_t mapRef)
{
    std::vector<Value> keys;
    if (mapRef == 0) return keys;
    const MapObj &m = m_heap.map(mapRef);
    for (size_t i = 0; i < m.keys.size(); ++i)
        if (m.live[i]) keys.push_back(m.keys[i]);
    if (keys.size() > 1) {
        // Go starts each map iteration at a random bucket and offset. We rotate
        // the insertion order by an offset drawn from a splitmix64 sequence
        // seeded by InterpOptions::seed and the iteration count, so the order
        // varies between iterations and runs but is reproducible per seed.
        uint64_t z = m_opts.seed + 0x9E3779B97F4A7C15ull * (++m_mapIters);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        std::rotate(keys.begin(), keys.begin() + long(z % keys.size()), keys.end());
    }
    return keys;
}

// noteAlloc: an object of a page or more comes from a fresh span: in a young
// process (no GC cycle has freed anything yet) its pages were never touched,
// and each costs a page fault when first written (Request::freshPages; the
// runtime charges MachineProfile::pageFaultCost each). Simplification: charged
// when allocated, not as written; objects under a page share spans of their
// size class that runtime initialisation has mostly touched already, so they
// are charged nothing (bench/cold/: 3 appends growing a small slice in a fresh
// process, 0.38 us p50; a 16 KB slice filled by 2,000 appends, 41 us).
void Interpreter::noteAlloc(uint64_t bytes)
{
    constexpr uint64_t kPage = 4096;
    bytes = roundupsize(bytes);
    if (m_req && bytes >= kPage) m_req->freshPages += uint32_t(std::min<uint64_t>((bytes + kPage - 1) / kPage, 1u << 20));
}

Value Interpreter::growSlice(const Value &s, int64_t need, TypeId elemSize)
{
    // growslice (runtime/slice.go, Go 1.18+): double below 256 elements, then
    // grow by ~1.25x plus a constant; round up to the malloc size class.
    int64_t oldCap = int64_t(uint64_t(s.bits) >> 32), oldLen = int64_t(uint32_t(uint64_t(s.bits)));
    int64_t newcap = oldCap, dbl = oldCap + oldCap;
    if (need > dbl) newcap = need;
    else if (oldCap < 256) newcap = dbl;
    else {
        while (newcap > 0 && newcap < need) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = need;
    }
    uint64_t es = elemSize ? elemSize : 8;
    const uint64_t bytes = roundupsize(uint64_t(newcap) * es);
    newcap = int64_t(bytes / es);
    noteAlloc(bytes);
    uint32_t ref = m_heap.newCells(size_t(newcap));
    if (s.ref)
        for (int64_t i = 0; i < oldLen; ++i) {
            Value x = m_heap.cells(s.ref).v[size_t(s.tag + i)];
            m_heap.cells(ref).v[size_t(i)] = x;
        }
    Value r;
    r.ref = ref;
    r.bits = int64_t(uint64_t(oldLen) | (uint64_t(newcap) << 32));
    return r;
}

} // namespace gsl::program
