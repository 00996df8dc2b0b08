// text_format.h — internal to sim/trace: the per-kind field table shared by
// the text form's printer (trace_text.cpp) and parser (trace_text_parse.cpp).
#pragma once

#include "sim/trace/trace_event.h"

#include <array>
#include <string_view>

namespace gsl::trace::textfmt {

// How a field's value is written.
enum class Ty : uint8_t { None, Int, Str, Text, Wait, Why };
// Which enum the reason byte holds.
enum class Rs : uint8_t { None, Placement, Source };

struct Field {
    const char *name = nullptr;
    Ty ty = Ty::None;
    bool always = false; // printed even when 0 (ids where 0 is a valid value)
};
struct KindFormat {
    Field a, b, c;
    Rs reason = Rs::None;
};

constexpr Field I(const char *n) { return {n, Ty::Int}; }
constexpr Field A(const char *n) { return {n, Ty::Int, true}; }
constexpr Field S(const char *n) { return {n, Ty::Str}; }
constexpr Field T(const char *n) { return {n, Ty::Text}; }
constexpr Field N{};

// kindFormat names the a/b/c fields of kind k and the enum its reason holds.
KindFormat kindFormat(EvKind k);

constexpr std::array<std::string_view, 3> kPlacement = {"runnext", "tail", "head"};
constexpr std::array<std::string_view, 5> kSource = {"runnext", "local", "global", "steal", "timer"};
constexpr std::array<std::string_view, 6> kWhy = {"gosched", "preempt", "overflow", "destroy", "batch", "exitsyscall"};

template <size_t N> int lookup(const std::array<std::string_view, N> &names, std::string_view s)
{
    for (size_t i = 0; i < N; ++i)
        if (names[i] == s)
            return int(i);
    return -1;
}

} // namespace gsl::trace::textfmt
