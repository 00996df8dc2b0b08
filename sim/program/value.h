// value.h — the runtime representation of a Go value inside the simulated process.
//
// Owned by sim/program (the interpreter). The runtime (sim/runtime) treats a
// Value as an opaque, trivially copyable 16-byte token: it stores values in
// channel buffers and hands them back to the interpreter, nothing else.
// A default-constructed Value is the zero value of every type (0, false, "",
// nil); the interpreter gives typed zero values meaning by the static type.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace gsl::program {

struct Value {
    // Scalar payload (int, bool, Duration, time, ...) or an index into the
    // interpreter's heap (strings, slices, maps, structs, pointers, closures,
    // channels, sync objects). `tag` says which; 0 = scalar/zero.
    int64_t bits = 0;
    uint32_t ref = 0;   // heap object index, 0 = nil
    uint32_t tag = 0;   // interpreter-defined kind tag; 0 = plain scalar

    static Value ofInt(int64_t v) { Value x; x.bits = v; return x; }
    friend bool operator==(const Value &, const Value &) = default;
};
static_assert(sizeof(Value) == 16);
static_assert(std::is_trivially_copyable_v<Value>);

// moveValue copies a register as two 8-byte halves. Arithmetic writes its
// result register as two 8-byte stores (bits, then ref+tag = 0); a 16-byte
// load of that register right after (what `d = s` compiles to) cannot be
// store-forwarded and stalls the pipeline: measured with perf, 45 % of a busy
// interpreted loop (mutex_starvation's `sum += i`) sat on that one Move.
// The empty asm keeps the compiler from fusing the halves back into one load.
inline void moveValue(Value &d, const Value &s)
{
    const auto *src = reinterpret_cast<const unsigned char *>(&s);
    auto *dst = reinterpret_cast<unsigned char *>(&d);   // Value is trivially copyable
    uint64_t lo, hi;
    std::memcpy(&lo, src, 8);
    std::memcpy(&hi, src + 8, 8);
    asm("" : "+r"(lo), "+r"(hi));
    std::memcpy(dst, &lo, 8);
    std::memcpy(dst + 8, &hi, 8);
}

} // namespace gsl::program
