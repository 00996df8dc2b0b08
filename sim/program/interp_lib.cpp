// interp_lib.cpp — synchronous library functions (no scheduler-visible
// step): fmt.Sprint*, errors.New, fmt.Errorf, strings.*, Duration methods.
#include "sim/program/interp_ctx.h"

namespace gsl::program {

std::string durationStringOf(int64_t d);   // format.cpp

// With mc, fmt calls user String()/Error() methods: when one more must run
// first, mc->need is set and nothing is produced (interp_methods.cpp).
Value Interpreter::callLib(Ctx &g, int lib, Value *args, int n, Value *out, MethodCalls *mc)
{
    (void)g;
    const Program &P = *m_prog;
    auto str = [&](int i) -> const std::string & { return m_heap.str(args[i].ref); };
    out[0] = out[1] = Value{};
    switch (Lib(lib)) {
    case Lib::Sprint: case Lib::Sprintln: {
        std::string s = sprint(args, n, Lib(lib) == Lib::Sprintln, mc);
        if (mc && mc->need) break;
        out[0] = m_heap.strValue(std::move(s));
        break;
    }
    case Lib::Sprintf: {
        std::string f = str(0);
        std::string s = sprintf(f, args + 1, n - 1, mc);
        if (mc && mc->need) break;
        out[0] = m_heap.strValue(std::move(s));
        break;
    }
    case Lib::Errorf: {
        // Simplification: %w formats like %v (no wrapping chain kept).
        std::string f = str(0);
        for (size_t i = 0; i + 1 < f.size(); ++i)
            if (f[i] == '%' && f[i + 1] == 'w') f[i + 1] = 'v';
            else if (f[i] == '%' && f[i + 1] == '%') ++i;
        std::string text = sprintf(f, args + 1, n - 1, mc);
        if (mc && mc->need) break;
        Value e;
        e.ref = m_heap.newString(text);
        e.tag = P.tErrorString;
        out[0] = e;
        break;
    }
    case Lib::ErrorsNew: {
        Value e;
        e.ref = m_heap.newString(str(0));   // a fresh id per call: errors compare by identity
        e.tag = P.tErrorString;
        out[0] = e;
        break;
    }
    case Lib::ErrorMethod: {
        const Value &e = args[0];
        if (e.tag == 0) return out[0];   // the compiler nil-checks first
        if (mc && P.types[e.tag].errorMethod >= 0) {   // a user error type: call its Error
            mc->need = true;
            mc->isError = true;
            mc->fn = P.types[e.tag].errorMethod;
            mc->deref = P.types[e.tag].errorDeref;
            mc->recv = e;
            mc->type = e.tag;
            break;
        }
        Kind k = P.types[e.tag].kind;
        if (k == Kind::ErrorString || k == Kind::RuntimeError) { Value s; s.ref = e.ref; out[0] = s; }
        else out[0] = m_heap.strValue(formatValue(e, P.tAny));
        break;
    }
    case Lib::StringsJoin: {
        const Value &s = args[0];
        std::string o;
        int64_t len = int64_t(uint32_t(uint64_t(s.bits)));
        for (int64_t i = 0; i < len; ++i) {
            if (i) o += str(1);
            o += m_heap.str(m_heap.cells(s.ref).v[size_t(s.tag + i)].ref);
        }
        out[0] = m_heap.strValue(std::move(o));
        break;
    }
    case Lib::StringsRepeat: {
        std::string o;
        int64_t cnt = args[1].bits;
        if (cnt < 0) cnt = 0;
        if (uint64_t(cnt) * str(0).size() > m_heap.budget()) cnt = int64_t(m_heap.budget() / std::max<size_t>(1, str(0).size())) + 1;
        for (int64_t i = 0; i < cnt; ++i) o += str(0);
        out[0] = m_heap.strValue(std::move(o));
        break;
    }
    case Lib::StringsContains: out[0].bits = str(0).find(str(1)) != std::string::npos; break;
    case Lib::StringsHasPrefix: out[0].bits = str(0).rfind(str(1), 0) == 0; break;
    case Lib::StringsIndex: { auto p = str(0).find(str(1)); out[0].bits = p == std::string::npos ? -1 : int64_t(p); break; }
    case Lib::StringsSplit: {
        std::string s = str(0), sep = str(1);
        std::vector<std::string> parts;
        if (sep.empty()) {
            for (size_t i = 0; i < s.size();) {
                size_t j = i + 1;
                while (j < s.size() && (uint8_t(s[j]) & 0xC0) == 0x80) ++j;
                parts.push_back(s.substr(i, j - i));
                i = j;
            }
        } else {
            size_t start = 0;
            for (;;) {
                size_t p = s.find(sep, start);
                if (p == std::string::npos) { parts.push_back(s.substr(start)); break; }
                parts.push_back(s.substr(start, p - start));
                start = p + sep.size();
            }
        }
        uint32_t ref = m_heap.newCells(parts.size());
        for (size_t i = 0; i < parts.size(); ++i) { Value v = m_heap.strValue(parts[i]); m_heap.cells(ref).v[i] = v; }
        Value r; r.ref = ref; r.bits = int64_t(parts.size() | (uint64_t(parts.size()) << 32));
        out[0] = r;
        break;
    }
    case Lib::DurationString: out[0] = m_heap.strValue(durationStringOf(args[0].bits)); break;
    case Lib::Since: out[0].bits = args[1].bits - args[0].bits; break;
    case Lib::Itoa: out[0] = m_heap.strValue(std::to_string(args[0].bits)); break;
    default: break;
    }
    return out[0];
}

} // namespace gsl::program
