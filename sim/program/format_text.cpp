// format_text.cpp — fmt's text primitives (format_text.h), split from format.cpp.
#include "sim/program/format_text.h"

#include <algorithm>

namespace gsl::program::fmtx {

std::string pad(std::string s, const Spec &f, bool numeric)
{
    // width counts runes
    int n = 0;
    for (unsigned char c : s) if ((c & 0xC0) != 0x80) ++n;
    if (f.width < 0 || n >= f.width) return s;
    size_t fill = size_t(f.width - n);
    if (f.minus) return s + std::string(fill, ' ');
    if (f.zero) {
        size_t signEnd = (numeric && !s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) ? 1 : 0;
        return s.substr(0, signEnd) + std::string(fill, '0') + s.substr(signEnd);
    }
    return std::string(fill, ' ') + s;
}

std::string utf8(int64_t r)
{
    std::string out;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) out += char(r);
    else if (r < 0x800) { out += char(0xC0 | (r >> 6)); out += char(0x80 | (r & 0x3F)); }
    else if (r < 0x10000) { out += char(0xE0 | (r >> 12)); out += char(0x80 | ((r >> 6) & 0x3F)); out += char(0x80 | (r & 0x3F)); }
    else { out += char(0xF0 | (r >> 18)); out += char(0x80 | ((r >> 12) & 0x3F)); out += char(0x80 | ((r >> 6) & 0x3F)); out += char(0x80 | (r & 0x3F)); }
    return out;
}

// quote follows strconv.Quote for the common cases (printable UTF-8 kept).
std::string quote(std::string_view s, char q)
{
    static const char *hex = "0123456789abcdef";
    std::string out(1, q);
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = uint8_t(s[i]);
        if (c == uint8_t(q) || c == '\\') { out += '\\'; out += char(c); }
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c == '\a') out += "\\a";
        else if (c == '\b') out += "\\b";
        else if (c == '\f') out += "\\f";
        else if (c == '\v') out += "\\v";
        else if (c < 0x20 || c == 0x7F) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
        else out += char(c);
    }
    out += q;
    return out;
}

std::string toHex(uint64_t v, bool upper)
{
    const char *d = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (v == 0) return "0";
    std::string s;
    while (v) { s += d[v & 15]; v >>= 4; }
    std::reverse(s.begin(), s.end());
    return s;
}

std::string fakeAddr(const Value &v)
{
    return "0x" + toHex(0xc000010000ull + (uint64_t(v.ref) << 4) + (uint64_t(v.bits) << 3), false);
}

// durationString is time.Duration.String().
std::string durationString(int64_t d)
{
    if (d == 0) return "0s";
    bool neg = d < 0;
    uint64_t u = neg ? 0 - uint64_t(d) : uint64_t(d);
    auto frac = [](uint64_t v, int prec, std::string &digits) {
        // returns v / 10^prec, fills digits with the fraction without trailing zeros
        std::string f;
        bool print = false;
        for (int i = 0; i < prec; ++i) {
            int digit = int(v % 10);
            print = print || digit != 0;
            if (print) f += char('0' + digit);
            v /= 10;
        }
        std::reverse(f.begin(), f.end());
        digits = f.empty() ? "" : "." + f;
        return v;
    };
    std::string out, fr;
    if (u < 1000000000ull) {
        int prec;
        const char *unit;
        if (u < 1000) { prec = 0; unit = "ns"; }
        else if (u < 1000000) { prec = 3; unit = "\xC2\xB5s"; }
        else { prec = 6; unit = "ms"; }
        uint64_t w = frac(u, prec, fr);
        out = std::to_string(w) + fr + unit;
    } else {
        uint64_t w = frac(u, 9, fr);
        out = std::to_string(w % 60) + fr + "s";
        w /= 60;
        if (w > 0) {
            out = std::to_string(w % 60) + "m" + out;
            w /= 60;
            if (w > 0) out = std::to_string(w) + "h" + out;
        }
    }
    return neg ? "-" + out : out;
}

} // namespace gsl::program::fmtx
