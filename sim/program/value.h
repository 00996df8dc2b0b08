// value.h — the runtime representation of a Go value inside the simulated process.
//
// Owned by sim/program (the interpreter). The runtime (sim/runtime) treats a
// Value as an opaque, trivially copyable 16-byte token: it stores values in
// channel buffers and hands them back to the interpreter, nothing else.
// A default-constructed Value is the zero value of every type (0, false, "",
// nil); the interpreter gives typed zero values meaning by the static type.
#pragma once

#include <cstdint>
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

} // namespace gsl::program
