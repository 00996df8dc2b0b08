// format_text.h — the text primitives of fmt (format.cpp): the parsed verb
// spec, padding, strconv.Quote, hex digits, UTF-8 encoding, stand-in pointer
// addresses and time.Duration.String (internal to sim/program).
#pragma once

#include "sim/program/value.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gsl::program::fmtx {

struct Spec {
    char verb = 'v';
    bool minus = false, zero = false, plus = false, space = false, sharp = false;
    bool plusV = false;   // %+v: field names; unlike plus it does not sign numbers (fmt's plusV)
    bool sharpV = false;  // %#v: Go syntax (fmt's sharpV)
    int width = -1, prec = -1;
};

// pad applies width and the '-' / '0' flags (width counts runes).
std::string pad(std::string s, const Spec &f, bool numeric);
std::string utf8(int64_t r);
// quote follows strconv.Quote for the common cases (printable UTF-8 kept).
std::string quote(std::string_view s, char q = '"');
std::string toHex(uint64_t v, bool upper);
// fakeAddr: a stable stand-in for a heap address (0xc000010000 + 16*object + 8*index).
std::string fakeAddr(const Value &v);
// durationString is time.Duration.String().
std::string durationString(int64_t d);

} // namespace gsl::program::fmtx
