// trace_text_parse.cpp — reads the text form back (golden-trace tooling and
// the round-trip test): the inverse of appendEventText.
#include "sim/trace/text_format.h"
#include "sim/trace/trace_text.h"
#include "sim/trace/wait_reason.h"

#include <charconv>
#include <cstdint>

namespace gsl::trace {

namespace {
using namespace textfmt;

struct Cursor {
    std::string_view s;
    size_t i = 0;
    void skipSpaces()
    {
        while (i < s.size() && s[i] == ' ')
            ++i;
    }
    bool done() const { return i >= s.size(); }
};

bool parseInt(std::string_view v, int64_t &out)
{
    auto r = std::from_chars(v.data(), v.data() + v.size(), out);
    return r.ec == std::errc() && r.ptr == v.data() + v.size();
}

// readValue reads a bare token or a Go-quoted string (unescaped into out).
bool readValue(Cursor &c, std::string &out, bool &quoted)
{
    out.clear();
    quoted = !c.done() && c.s[c.i] == '"';
    if (!quoted) {
        while (!c.done() && c.s[c.i] != ' ')
            out += c.s[c.i++];
        return !out.empty();
    }
    ++c.i;
    while (!c.done()) {
        char ch = c.s[c.i++];
        if (ch == '"')
            return true;
        if (ch != '\\') {
            out += ch;
            continue;
        }
        if (c.done())
            return false;
        char e = c.s[c.i++];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            if (c.i + 2 > c.s.size())
                return false;
            int v = 0;
            auto r = std::from_chars(c.s.data() + c.i, c.s.data() + c.i + 2, v, 16);
            if (r.ec != std::errc() || r.ptr != c.s.data() + c.i + 2)
                return false;
            out += char(v);
            c.i += 2;
            break;
        }
        default: return false;
        }
    }
    return false;
}

bool parseTime(std::string_view tok, SimTime &out)
{
    if (tok.size() < 3 || tok.substr(tok.size() - 2) != "ms")
        return false;
    tok.remove_suffix(2);
    bool neg = !tok.empty() && tok[0] == '-';
    if (neg)
        tok.remove_prefix(1);
    size_t dot = tok.find('.');
    if (dot == std::string_view::npos || tok.size() - dot - 1 != 6)
        return false;
    int64_t ms = 0, ns = 0;
    if (!parseInt(tok.substr(0, dot), ms) || !parseInt(tok.substr(dot + 1), ns) || ms < 0 || ns < 0)
        return false;
    // A time beyond int64 nanoseconds (~292 years) is not a trace's: reject
    // it instead of overflowing (found by fuzz_readers under UBSan).
    if (ms > (INT64_MAX - ns) / 1000000)
        return false;
    out = (ms * 1000000 + ns) * (neg ? -1 : 1);
    return true;
}

bool setField(const Field &f, std::string_view key, const std::string &val, bool quoted, int32_t &dst,
              Trace &t, std::string &err)
{
    if (!f.name || key != f.name)
        return false;
    int64_t v = 0;
    switch (f.ty) {
    case Ty::Str:
    case Ty::Text: dst = int32_t(t.intern(val)); return true;
    case Ty::Wait:
        if (quoted) {
            int32_t w = waitReasonFromString(val);
            if (w < 0)
                err = "unknown wait reason \"" + val + "\"";
            dst = w;
            return true;
        }
        break;
    case Ty::Why:
        if (int w = lookup(kWhy, val); w >= 0) {
            dst = w;
            return true;
        }
        break;
    default: break;
    }
    if (!parseInt(val, v))
        err = "bad number '" + val + "' for " + std::string(key);
    dst = int32_t(v);
    return true;
}

bool parseLine(std::string_view line, Trace &out, std::string &err)
{
    Cursor c{line};
    c.skipSpaces();
    size_t st = c.i;
    while (!c.done() && c.s[c.i] != ' ')
        ++c.i;
    TraceEvent e;
    if (!parseTime(line.substr(st, c.i - st), e.time)) {
        err = "bad time '" + std::string(line.substr(st, c.i - st)) + "'";
        return false;
    }
    c.skipSpaces();
    st = c.i;
    while (!c.done() && c.s[c.i] != ' ')
        ++c.i;
    std::string_view kind = line.substr(st, c.i - st);
    size_t k = 0;
    while (k < size_t(EvKind::Count_) && eventKindName(EvKind(k)) != kind)
        ++k;
    if (k == size_t(EvKind::Count_)) {
        err = "unknown event kind '" + std::string(kind) + "'";
        return false;
    }
    e.kind = EvKind(k);
    KindFormat f = kindFormat(e.kind);
    std::string val;
    while (true) {
        c.skipSpaces();
        if (c.done())
            break;
        st = c.i;
        while (!c.done() && c.s[c.i] != '=' && c.s[c.i] != ' ')
            ++c.i;
        if (c.done() || c.s[c.i] != '=') {
            err = "expected key=value at column " + std::to_string(st + 1);
            return false;
        }
        std::string_view key = line.substr(st, c.i - st);
        ++c.i;
        bool quoted = false;
        if (!readValue(c, val, quoted)) {
            err = "bad value for " + std::string(key);
            return false;
        }
        int64_t v = 0;
        bool isInt = !quoted && parseInt(val, v);
        if (key == "g" && isInt) e.g = int32_t(v);
        else if (key == "p" && isInt) e.p = int16_t(v);
        else if (key == "m" && isInt) e.m = int32_t(v);
        else if (key == "reason" && isInt) e.reason = uint8_t(v);
        else if (key == "to" && f.reason == Rs::Placement && lookup(kPlacement, val) >= 0)
            e.reason = uint8_t(lookup(kPlacement, val));
        else if (key == "from" && f.reason == Rs::Source && lookup(kSource, val) >= 0)
            e.reason = uint8_t(lookup(kSource, val));
        else if (setField(f.a, key, val, quoted, e.a, out, err) || setField(f.b, key, val, quoted, e.b, out, err)
                 || setField(f.c, key, val, quoted, e.c, out, err)) {
            if (!err.empty())
                return false;
        } else if (key == "a" && isInt && !f.a.name) e.a = int32_t(v);
        else if (key == "b" && isInt && !f.b.name) e.b = int32_t(v);
        else if (key == "c" && isInt && !f.c.name) e.c = int32_t(v);
        else {
            err = "unknown field '" + std::string(key) + "=" + val + "' for " + std::string(kind);
            return false;
        }
    }
    out.push(e);
    return true;
}

} // namespace

bool parseTraceText(std::string_view text, Trace &out, std::string *error)
{
    size_t lineNo = 0;
    while (!text.empty()) {
        ++lineNo;
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (line.find_first_not_of(' ') == std::string_view::npos)
            continue;
        std::string err;
        bool ok = false;
        try {
            ok = parseLine(line, out, err);
        } catch (const std::exception &ex) {
            err = ex.what();
        }
        if (!ok) {
            if (error)
                *error = "line " + std::to_string(lineNo) + ": " + err;
            return false;
        }
    }
    return true;
}

} // namespace gsl::trace
