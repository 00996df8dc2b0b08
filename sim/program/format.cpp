// format.cpp — fmt's formatting (Print, Println, Printf and friends) over
// interpreter values, following Go's fmt/print.go and fmt/format.go for the
// supported verbs: %v %+v %d %s %q %x %X %c %t %T %p %%, width, and the
// flags '-', '0', '+', ' '.
//
// Pointers other than top-level &{...} print as a stable fake address
// 0xc000010000 + 16*object + 8*index (real Go prints a heap address).
#include "sim/program/interp_ctx.h"

#include <algorithm>

namespace gsl::program {

namespace {

struct Spec {
    char verb = 'v';
    bool minus = false, zero = false, plus = false, space = false, sharp = false;
    bool plusV = false;   // %+v: field names; unlike plus it does not sign numbers (fmt's plusV)
    int width = -1, prec = -1;
};

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
std::string quote(std::string_view s, char q = '"')
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

} // namespace

struct Formatter {
    const Interpreter &in;
    const Program &P;
    const Heap &H;

    std::string badVerb(const Value &v, TypeId t, const Spec &f)
    {
        Spec vs;
        return std::string("%!") + f.verb + "(" + P.types[t].name + "=" + fmt(v, t, vs, 1) + ")";
    }

    std::string integer(const Value &v, TypeId t, const Spec &f)
    {
        Kind k = P.types[t].kind;
        bool uns = k == Kind::Uint32 || k == Kind::Uint64 || k == Kind::Uint8;
        int64_t x = v.bits;
        std::string s;
        switch (f.verb) {
        case 'v': case 'd':
            s = uns ? std::to_string(uint64_t(x)) : std::to_string(x);
            break;
        case 'x': case 'X':
            if (uns || x >= 0) s = toHex(uint64_t(x), f.verb == 'X');
            else s = "-" + toHex(0 - uint64_t(x), f.verb == 'X');
            if (f.sharp) s.insert(s[0] == '-' ? 1 : 0, f.verb == 'X' ? "0X" : "0x");
            break;
        case 'c': return pad(utf8(x), f, false);
        case 'q': return pad(quote(utf8(x), '\''), f, false);
        case 'b': { uint64_t ux = (uns || x >= 0) ? uint64_t(x) : 0 - uint64_t(x); std::string b; do { b += char('0' + (ux & 1)); ux >>= 1; } while (ux); std::reverse(b.begin(), b.end()); s = (!uns && x < 0 ? "-" : "") + b; break; }
        case 'o': { uint64_t ux = (uns || x >= 0) ? uint64_t(x) : 0 - uint64_t(x); std::string b; do { b += char('0' + (ux & 7)); ux >>= 3; } while (ux); std::reverse(b.begin(), b.end()); s = (!uns && x < 0 ? "-" : "") + b; break; }
        case 'U': s = "U+" + std::string(std::max<size_t>(0, 4 - std::min<size_t>(4, toHex(uint64_t(x), true).size())), '0') + toHex(uint64_t(x), true); return pad(s, f, false);
        default: return badVerb(v, t, f);
        }
        if (s[0] != '-') {
            if (f.plus) s = "+" + s;
            else if (f.space) s = " " + s;
        }
        return pad(s, f, true);
    }

    std::string string(std::string_view s, const Spec &f)
    {
        std::string str(s);
        if (f.prec >= 0) {
            size_t i = 0; int n = 0;
            while (i < str.size() && n < f.prec) { ++i; while (i < str.size() && (uint8_t(str[i]) & 0xC0) == 0x80) ++i; ++n; }
            str.resize(i);
        }
        switch (f.verb) {
        case 'v': case 's': return pad(str, f, false);
        case 'q': return pad(quote(str), f, false);
        case 'x': case 'X': {
            std::string o;
            for (size_t i = 0; i < str.size(); ++i) {
                if (i && f.space) o += ' ';
                std::string h = toHex(uint8_t(str[i]), f.verb == 'X');
                if (h.size() < 2) h = "0" + h;
                o += h;
            }
            return pad(o, f, false);
        }
        default: return "";
        }
    }

    // fmt renders v of static type t; depth 0 = top-level operand.
    std::string fmt(const Value &v, TypeId t, const Spec &f, int depth)
    {
        const TypeDesc &td = P.types[t];
        switch (td.kind) {
        case Kind::Interface: case Kind::Error: {
            if (v.tag == 0) {
                if (f.verb == 'v' || f.verb == 's') return pad("<nil>", f, false);
                return std::string("%!") + f.verb + "(<nil>)";
            }
            Value x = v;
            TypeId dt = v.tag;
            x.tag = 0;
            if (P.types[dt].kind == Kind::Slice) x = H.cells(v.ref).v[0];
            return fmt(x, dt, f, depth);
        }
        case Kind::Bool:
            if (f.verb == 'v' || f.verb == 't') return pad(v.bits ? "true" : "false", f, false);
            return badVerb(v, t, f);
        case Kind::Int: case Kind::Int32: case Kind::Int64: case Kind::Uint32: case Kind::Uint64: case Kind::Uint8:
            return integer(v, t, f);
        case Kind::Duration:
            if (f.verb == 'v' || f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X') return string(durationString(v.bits), f);
            return integer(v, P.tInt, f);
        case Kind::String:
            if (f.verb == 'v' || f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X') return string(H.str(v.ref), f);
            return badVerb(v, t, f);
        case Kind::ErrorString: case Kind::RuntimeError:
            return string(H.str(v.ref), f.verb == 'v' || f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X' ? f : Spec{});
        case Kind::Pointer: {
            if (v.ref == 0) return pad(f.verb == 'v' || f.verb == 's' ? "<nil>" : "%!" + std::string(1, f.verb) + "(<nil>)", f, false);
            Kind ek = P.types[td.elem].kind;
            if (depth == 0 && f.verb != 'p' && (ek == Kind::Struct || ek == Kind::Array || ek == Kind::Slice || ek == Kind::Map))
                return "&" + fmt(H.cells(v.ref).v[size_t(v.bits)], td.elem, f, depth + 1);
            return pad(fakeAddr(v), f, false);
        }
        case Kind::Chan: case Kind::Func: case Kind::Timer:
            if (v.bits == 0 && v.ref == 0) return pad("<nil>", f, false);
            return pad(fakeAddr(v), f, false);
        case Kind::Struct: {
            std::string o = "{";
            for (size_t i = 0; i < td.fields.size(); ++i) {
                if (i) o += ' ';
                if (f.plusV) o += td.fields[i].name + ":";
                o += fmt(v.ref ? H.cells(v.ref).v[i] : Value{}, td.fields[i].type, f, depth + 1);
            }
            return o + "}";
        }
        case Kind::Array: case Kind::Slice: {
            int64_t n, off = 0;
            if (td.kind == Kind::Array) n = td.len;
            else { n = int64_t(uint32_t(uint64_t(v.bits))); off = v.tag; }
            if (P.types[td.elem].kind == Kind::Uint8 && (f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X')) {
                std::string bytes;
                for (int64_t i = 0; i < n; ++i) bytes += char(H.cells(v.ref).v[size_t(off + i)].bits);
                return string(bytes, f);
            }
            std::string o = "[";
            for (int64_t i = 0; i < n; ++i) {
                if (i) o += ' ';
                o += fmt(v.ref ? H.cells(v.ref).v[size_t(off + i)] : Value{}, td.elem, f, depth + 1);
            }
            return o + "]";
        }
        case Kind::Map: {
            std::string o = "map[";
            if (v.ref) {
                const MapObj &m = H.map(v.ref);
                std::vector<size_t> idx;
                for (size_t i = 0; i < m.keys.size(); ++i) if (m.live[i]) idx.push_back(i);
                Kind kk = P.types[td.key].kind;
                // fmt sorts map keys (internal/fmtsort): numbers, strings, bools.
                std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
                    const Value &x = m.keys[a], &y = m.keys[b];
                    if (kk == Kind::String) return H.str(x.ref) < H.str(y.ref);
                    if (kk == Kind::Uint32 || kk == Kind::Uint64) return uint64_t(x.bits) < uint64_t(y.bits);
                    return x.bits < y.bits;
                });
                bool first = true;
                for (size_t i : idx) {
                    if (!first) o += ' ';
                    first = false;
                    o += fmt(m.keys[i], td.key, f, depth + 1) + ":" + fmt(m.vals[i], td.elem, f, depth + 1);
                }
            }
            return o + "]";
        }
        case Kind::Mutex: return "{0 0}";
        case Kind::RWMutex: return "{{0 0} 0 0 {{} 0} {{} 0}}";
        case Kind::WaitGroup: return "{{} {{} {} 0} 0}";
        case Kind::Once: return "{{} 0 {0 0}}";
        case Kind::AtomicInt32: case Kind::AtomicInt64: return "{{} " + std::to_string(v.bits) + "}";
        case Kind::AtomicBool: return "{{} " + std::to_string(v.bits) + "}";
        case Kind::Time: return "{" + std::to_string(v.bits) + "}";
        default: return "?";
        }
    }
};

std::string Interpreter::formatValue(const Value &v, TypeId t, char verb, bool plus) const
{
    Formatter F{*this, *m_prog, m_heap};
    Spec s;
    s.verb = verb;
    if (verb == 'v') s.plusV = plus;
    else s.plus = plus;
    return F.fmt(v, t, s, 0);
}

std::string Interpreter::sprint(const Value *args, int n, bool ln) const
{
    Formatter F{*this, *m_prog, m_heap};
    std::string out;
    Spec s;
    for (int i = 0; i < n; ++i) {
        bool isStr = args[i].tag && m_prog->types[args[i].tag].kind == Kind::String;
        bool prevStr = i > 0 && args[i - 1].tag && m_prog->types[args[i - 1].tag].kind == Kind::String;
        if (i > 0 && (ln || (!isStr && !prevStr))) out += ' ';
        out += F.fmt(args[i], m_prog->tAny, s, 0);
    }
    if (ln) out += '\n';
    return out;
}

std::string Interpreter::sprintf(std::string_view f, const Value *args, int n) const
{
    Formatter F{*this, *m_prog, m_heap};
    std::string out;
    int argi = 0;
    for (size_t i = 0; i < f.size();) {
        char c = f[i];
        if (c != '%') { out += c; ++i; continue; }
        ++i;
        Spec s;
        for (; i < f.size(); ++i) {
            char fl = f[i];
            if (fl == '-') { s.minus = true; s.zero = false; }
            else if (fl == '0') s.zero = !s.minus;
            else if (fl == '+') s.plus = true;
            else if (fl == ' ') s.space = true;
            else if (fl == '#') s.sharp = true;
            else break;
        }
        auto num = [&](int &dst) {
            if (i < f.size() && f[i] == '*') {
                ++i;
                if (argi < n) dst = int(args[argi++].bits);
                if (dst < 0) { s.minus = true; dst = -dst; }
                return;
            }
            if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
                dst = 0;
                while (i < f.size() && f[i] >= '0' && f[i] <= '9') dst = dst * 10 + (f[i++] - '0');
            }
        };
        num(s.width);
        if (i < f.size() && f[i] == '.') { ++i; s.prec = 0; num(s.prec); }
        if (i >= f.size()) { out += "%!(NOVERB)"; break; }
        // verbs are runes; the subset only uses ASCII verbs
        s.verb = f[i++];
        if (s.verb == '%') { out += '%'; continue; }
        if (argi >= n) { out += std::string("%!") + s.verb + "(MISSING)"; continue; }
        const Value &a = args[argi++];
        if (s.verb == 'T') { out += pad(a.tag ? m_prog->types[a.tag].name : "<nil>", s, false); continue; }
        if (s.verb == 'p') { out += pad(fakeAddr(a), s, false); continue; }
        if (s.verb == 'v' && s.sharp) s.sharp = false;  // Simplification: %#v prints as %v
        if (s.verb == 'v' && s.plus) { s.plus = false; s.plusV = true; }
        out += F.fmt(a, m_prog->tAny, s, 0);
    }
    if (argi < n) {
        out += "%!(EXTRA ";
        for (int k = argi; k < n; ++k) {
            if (k > argi) out += ", ";
            Spec s;
            out += (args[k].tag ? m_prog->types[args[k].tag].name : "<nil>") + "=" + F.fmt(args[k], m_prog->tAny, s, 0);
        }
        out += ")";
    }
    return out;
}

// panicText is printpanicval: errors print Error(), strings print as-is.
std::string Interpreter::panicText(const Value &iface) const
{
    if (iface.tag == 0) return "nil";
    const TypeDesc &td = m_prog->types[iface.tag];
    Value x = iface;
    x.tag = 0;
    switch (td.kind) {
    case Kind::String: case Kind::ErrorString: case Kind::RuntimeError: return m_heap.str(x.ref);
    case Kind::Int: case Kind::Int32: case Kind::Int64: case Kind::Uint32: case Kind::Uint64: case Kind::Uint8:
    case Kind::Bool:
        return formatValue(x, iface.tag);
    case Kind::Duration: return std::to_string(x.bits);
    default: return "(" + td.name + ") " + formatValue(iface, m_prog->tAny);
    }
}

std::string durationStringOf(int64_t d) { return durationString(d); }

} // namespace gsl::program
