// format.cpp — fmt's formatting (Print, Println, Printf and friends) over
// interpreter values, following Go's fmt/print.go and fmt/format.go for the
// supported verbs: %v %+v %#v %d %s %q %x %X %c %t %T %p %%, width, and the
// flags '-', '0', '+', ' '. User Error() / String() methods are called as
// fmt's handleMethods does, through MethodCalls (interp_methods.cpp).
//
// Pointers other than top-level &{...} print as a stable fake address
// 0xc000010000 + 16*object + 8*index (real Go prints a heap address).
#include "sim/program/format_text.h"
#include "sim/program/interp_ctx.h"

#include <algorithm>

namespace gsl::program {

using namespace fmtx;

namespace {
bool exported(const std::string &name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
} // namespace

struct Formatter {
    const Interpreter &in;
    const Program &P;
    const Heap &H;
    MethodCalls *mc = nullptr;

    // handleMethods (fmt/print.go): for %v %s %x %X %q (not %#v) an operand
    // whose method set has Error() string, else String() string, prints the
    // method's result formatted as a string. Nested operands only where
    // reflect could Interface() them: not below an unexported field (ro).
    bool methods(const Value &v, TypeId t, const Spec &f, bool ro, std::string &out)
    {
        if (!mc || ro || f.sharpV) return false;
        if (f.verb != 'v' && f.verb != 's' && f.verb != 'x' && f.verb != 'X' && f.verb != 'q') return false;
        const TypeDesc &td = P.types[t];
        const bool isErr = td.errorMethod >= 0;
        const int32_t fn = isErr ? td.errorMethod : td.stringMethod;
        if (fn < 0) return false;
        out.clear();
        if (mc->results && mc->next < mc->results->size()) {
            const Value &r = (*mc->results)[mc->next++];
            const std::string &s = H.str(r.ref);
            if (r.tag == 1) out = pad(s, f, false);        // catchPanic's "<nil>"
            else if (r.tag == 2) out = s;                  // catchPanic's %!v(PANIC=...)
            else out = string(s, f);
            return true;
        }
        if (!mc->need) {
            mc->need = true;
            mc->fn = fn;
            mc->recv = v;
            mc->type = t;
            mc->deref = isErr ? td.errorDeref : td.stringDeref;
            mc->isError = isErr;
            mc->verb = f.verb;
        }
        return true;
    }

    // goSyntax is %#v (fmt's sharpV in printValue / fmtPointer / fmtInteger).
    std::string goSyntax(const Value &v, TypeId t, const Spec &f, int depth)
    {
        const TypeDesc &td = P.types[t];
        auto typed = [&](const std::string &inner) { return td.name + "{" + inner + "}"; };
        switch (td.kind) {
        case Kind::Interface: case Kind::Error: {
            if (v.tag == 0) return depth == 0 ? "<nil>" : td.name + "(nil)";
            Value x = v;
            TypeId dt = v.tag;
            x.tag = 0;
            if (P.types[dt].kind == Kind::Slice) x = H.cells(v.ref).v[0];
            return goSyntax(x, dt, f, depth);
        }
        case Kind::Bool: return v.bits ? "true" : "false";
        case Kind::Uint32: case Kind::Uint64: case Kind::Uint8: return "0x" + toHex(uint64_t(v.bits), false);
        case Kind::Int: case Kind::Int32: case Kind::Int64: case Kind::Duration: return std::to_string(v.bits);
        case Kind::String: return quote(H.str(v.ref));
        case Kind::ErrorString: return "&errors.errorString{s:" + quote(H.str(v.ref)) + "}";
        case Kind::RuntimeError: return quote(H.str(v.ref));   // Simplification: runtime.Error values print as their text
        case Kind::Pointer: {
            if (v.ref == 0) return "(" + td.name + ")(nil)";
            Kind ek = P.types[td.elem].kind;
            if (depth == 0 && (ek == Kind::Struct || ek == Kind::Array || ek == Kind::Slice || ek == Kind::Map))
                return "&" + goSyntax(H.cells(v.ref).v[size_t(v.bits)], td.elem, f, depth + 1);
            return "(" + td.name + ")(" + fakeAddr(v) + ")";
        }
        case Kind::Chan: case Kind::Func: case Kind::Timer:
            if (v.bits == 0 && v.ref == 0) return "(" + td.name + ")(nil)";
            return "(" + td.name + ")(" + fakeAddr(v) + ")";
        case Kind::Struct: {
            std::string o;
            for (size_t i = 0; i < td.fields.size(); ++i) {
                if (i) o += ", ";
                o += td.fields[i].name + ":" + goSyntax(v.ref ? H.cells(v.ref).v[i] : Value{}, td.fields[i].type, f, depth + 1);
            }
            return typed(o);
        }
        case Kind::Array: case Kind::Slice: {
            int64_t n, off = 0;
            if (td.kind == Kind::Array) n = td.len;
            else {
                if (v.ref == 0) return td.name + "(nil)";
                n = int64_t(uint32_t(uint64_t(v.bits)));
                off = v.tag;
            }
            std::string o;
            for (int64_t i = 0; i < n; ++i) {
                if (i) o += ", ";
                o += goSyntax(v.ref ? H.cells(v.ref).v[size_t(off + i)] : Value{}, td.elem, f, depth + 1);
            }
            return typed(o);
        }
        case Kind::Map: {
            if (v.ref == 0) return td.name + "(nil)";
            std::string o;
            bool first = true;
            for (size_t i : sortedKeys(v, td)) {
                if (!first) o += ", ";
                first = false;
                const MapObj &m = H.map(v.ref);
                o += goSyntax(m.keys[i], td.key, f, depth + 1) + ":" + goSyntax(m.vals[i], td.elem, f, depth + 1);
            }
            return typed(o);
        }
        default: {
            // Simplification: sync and atomic types print as with %v.
            Spec vs;
            return fmt(v, t, vs, depth);
        }
        }
    }

    // fmt sorts map keys (internal/fmtsort): numbers, strings, bools.
    std::vector<size_t> sortedKeys(const Value &v, const TypeDesc &td)
    {
        const MapObj &m = H.map(v.ref);
        std::vector<size_t> idx;
        for (size_t i = 0; i < m.keys.size(); ++i) if (m.live[i]) idx.push_back(i);
        Kind kk = P.types[td.key].kind;
        std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
            const Value &x = m.keys[a], &y = m.keys[b];
            if (kk == Kind::String) return H.str(x.ref) < H.str(y.ref);
            if (kk == Kind::Uint32 || kk == Kind::Uint64) return uint64_t(x.bits) < uint64_t(y.bits);
            return x.bits < y.bits;
        });
        return idx;
    }

    std::string badVerb(const Value &v, TypeId t, const Spec &f)
    {
        Spec vs;
        return std::string("%!") + f.verb + "(" + P.types[t].name + "=" + fmt(v, t, vs, 1, true) + ")";   // p.erroring: no methods
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
        Spec g = f;
        if (f.prec >= 0) {
            // fmtInteger: the precision is the minimum number of digits (%.0d of 0
            // prints nothing) and turns off zero padding.
            size_t st = s[0] == '-' ? 1 : 0;
            if (f.sharp && (f.verb == 'x' || f.verb == 'X')) st += 2;
            std::string digits = s.substr(st);
            if (f.prec == 0 && digits == "0") digits.clear();
            else if (int(digits.size()) < f.prec) digits.insert(0, size_t(f.prec) - digits.size(), '0');
            s = s.substr(0, st) + digits;
            g.zero = false;
        }
        if (s.empty() || s[0] != '-') {
            if (f.plus) s = "+" + s;
            else if (f.space) s = " " + s;
        }
        return pad(s, g, true);
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

    // fmt renders v of static type t; depth 0 = top-level operand; ro: reached
    // through an unexported struct field (no methods are called there).
    std::string fmt(const Value &v, TypeId t, const Spec &f, int depth, bool ro = false)
    {
        const TypeDesc &td = P.types[t];
        if (f.sharpV) {
            std::string s = goSyntax(v, t, f, depth);
            return depth == 0 ? pad(s, f, false) : s;
        }
        if (std::string m; methods(v, t, f, ro, m)) return m;
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
            return fmt(x, dt, f, depth, ro);
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
        case Kind::ErrorString:
            if (f.verb == 'v' || f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X') return string(H.str(v.ref), f);
            // No Error() for other verbs: fmt prints the *errorString itself (%w
            // outside Errorf is a bad verb, as in handleMethods).
            if (f.verb == 'w') return "%!w(*errors.errorString=&{" + H.str(v.ref) + "})";
            return "&{%!" + std::string(1, f.verb) + "(string=" + H.str(v.ref) + ")}";
        case Kind::RuntimeError:
            return string(H.str(v.ref), f.verb == 'v' || f.verb == 's' || f.verb == 'q' || f.verb == 'x' || f.verb == 'X' ? f : Spec{});
        case Kind::Pointer: {
            if (v.ref == 0) return pad(f.verb == 'v' || f.verb == 's' ? "<nil>" : "%!" + std::string(1, f.verb) + "(<nil>)", f, false);
            Kind ek = P.types[td.elem].kind;
            if (depth == 0 && f.verb != 'p' && (ek == Kind::Struct || ek == Kind::Array || ek == Kind::Slice || ek == Kind::Map))
                return "&" + fmt(H.cells(v.ref).v[size_t(v.bits)], td.elem, f, depth + 1, ro);
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
                o += fmt(v.ref ? H.cells(v.ref).v[i] : Value{}, td.fields[i].type, f, depth + 1, ro || !exported(td.fields[i].name));
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
                o += fmt(v.ref ? H.cells(v.ref).v[size_t(off + i)] : Value{}, td.elem, f, depth + 1, ro);
            }
            return o + "]";
        }
        case Kind::Map: {
            std::string o = "map[";
            if (v.ref) {
                const MapObj &m = H.map(v.ref);
                bool first = true;
                for (size_t i : sortedKeys(v, td)) {
                    if (!first) o += ' ';
                    first = false;
                    o += fmt(m.keys[i], td.key, f, depth + 1, ro) + ":" + fmt(m.vals[i], td.elem, f, depth + 1, ro);
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

std::string Interpreter::sprint(const Value *args, int n, bool ln, MethodCalls *mc) const
{
    Formatter F{*this, *m_prog, m_heap, mc};
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

std::string Interpreter::sprintf(std::string_view f, const Value *args, int n, MethodCalls *mc) const
{
    Formatter F{*this, *m_prog, m_heap, mc};
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
        if (s.verb == 'v' && s.sharp) { s.sharp = false; s.sharpV = true; }
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
