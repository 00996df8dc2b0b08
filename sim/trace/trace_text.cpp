// trace_text.cpp — the one-event-per-line text form (golden traces,
// `--trace-text`). The per-kind field names below are part of the format:
// add kinds, never rename.
#include "sim/trace/trace_text.h"

#include "sim/trace/text_format.h"
#include "sim/trace/wait_reason.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace gsl::trace {

namespace textfmt {
KindFormat kindFormat(EvKind k)
{
    switch (k) {
    case EvKind::GoCreate: return {I("creator"), I("line"), N};
    case EvKind::GoStart: return {I("inherit"), N, N};
    case EvKind::GoSched: return {I("yield"), N, N};
    case EvKind::GoPreempt: return {I("async"), N, N};
    case EvKind::GoPark: return {{"wait", Ty::Wait}, I("obj"), I("line")};
    case EvKind::GoUnpark: return {I("waker"), N, N};
    case EvKind::RunqPut: return {I("kicked"), N, N, Rs::Placement};
    case EvKind::RunqGet: return {N, N, N, Rs::Source};
    case EvKind::GlobRunqPut: return {{"why", Ty::Why}, N, N, Rs::Placement};
    case EvKind::GlobRunqGet: return {I("n"), N, N};
    case EvKind::ProcSteal: return {I("n"), A("victim"), I("runnext")};
    case EvKind::RunqOverflow: return {I("n"), N, N};
    case EvKind::ProcStop: return {I("dead"), N, N};
    case EvKind::MStart: return {I("spinning"), I("sysmon"), N};
    case EvKind::MWake: return {I("spinning"), N, N};
    case EvKind::Retake: return {I("syscall"), N, N};
    case EvKind::GoMaxProcs: return {A("procs"), A("old"), N};
    case EvKind::STWStart: return {I("why"), N, N};
    case EvKind::MemRead:
    case EvKind::MemWrite:
    case EvKind::AtomicRead:
    case EvKind::AtomicWrite: return {I("addr"), S("var"), I("line")};
    case EvKind::ChanMake: return {I("chan"), I("cap"), I("line")};
    case EvKind::ChanSend: return {I("chan"), I("to"), I("line")};
    case EvKind::ChanRecv: return {I("chan"), I("ok"), I("line")};
    case EvKind::ChanClose: return {I("chan"), N, I("line")};
    case EvKind::Select: return {I("obj"), A("case"), I("line")};
    case EvKind::MutexLock: return {I("mutex"), I("handoff"), I("line")};
    case EvKind::MutexUnlock: return {I("mutex"), N, I("line")};
    case EvKind::RWRLock:
    case EvKind::RWRUnlock:
    case EvKind::RWLock:
    case EvKind::RWUnlock: return {I("rw"), N, I("line")};
    case EvKind::WgAdd: return {I("wg"), I("delta"), I("line")};
    case EvKind::WgWait: return {I("wg"), N, I("line")};
    case EvKind::OnceDone: return {I("once"), N, I("line")};
    case EvKind::TimerSet: return {I("timer"), I("fireus"), N};
    case EvKind::TimerFire: return {I("timer"), N, N};
    case EvKind::CfsPeriod: return {A("period"), I("counted"), N};
    case EvKind::CpuRun:
    case EvKind::CpuPreempt: return {A("cpu"), N, N};
    case EvKind::Print: return {T("text"), I("stderr"), N};
    case EvKind::Panic:
    case EvKind::Fatal:
    case EvKind::Budget: return {T("text"), N, N};
    case EvKind::Exit: return {A("status"), N, N};
    case EvKind::ForcedPick: return {I("point"), A("from"), I("where")};
    default: return {N, N, N};
    }
}

} // namespace textfmt

namespace {
using namespace textfmt;

// appendInt: std::to_chars into the output, no temporary string.
void appendInt(std::string &out, int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

void appendKv(std::string &out, std::string_view key, int64_t v)
{
    out += ' ';
    out += key;
    out += '=';
    appendInt(out, v);
}

bool bareSafe(std::string_view s)
{
    if (s.empty())
        return false;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c >= 0x7f)
            return false;
    }
    return true;
}

void appendQuoted(std::string &out, std::string_view s)
{
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendField(std::string &out, const Field &f, int32_t v, const Trace &t)
{
    if (!f.name || (v == 0 && !f.always))
        return; // a default value is omitted (the parser restores it)
    out += ' ';
    out += f.name;
    out += '=';
    switch (f.ty) {
    case Ty::Str: {
        std::string_view s = t.str(uint32_t(v));
        if (bareSafe(s))
            out += s;
        else
            appendQuoted(out, s);
        break;
    }
    case Ty::Text: appendQuoted(out, t.str(uint32_t(v))); break;
    case Ty::Wait: {
        std::string_view s = waitReasonString(v);
        if (s.empty())
            appendInt(out, v);
        else
            appendQuoted(out, s);
        break;
    }
    case Ty::Why:
        if (v >= 0 && size_t(v) < kWhy.size())
            out += kWhy[size_t(v)];
        else
            appendInt(out, v);
        break;
    default: appendInt(out, v); break;
    }
}

} // namespace

namespace {
// formatTime writes "1.234567ms" into buf (at least 32 bytes), returns its length.
int formatTime(char *buf, SimTime t)
{
    char *p = buf;
    uint64_t u = t < 0 ? uint64_t(-t) : uint64_t(t);
    if (t < 0)
        *p++ = '-';
    p = std::to_chars(p, buf + 30, u / 1000000).ptr;
    *p++ = '.';
    uint64_t frac = u % 1000000;
    for (int i = 5; i >= 0; --i) {
        p[i] = char('0' + frac % 10);
        frac /= 10;
    }
    p += 6;
    *p++ = 'm';
    *p++ = 's';
    return int(p - buf);
}
} // namespace

std::string formatSimTime(SimTime t)
{
    char buf[40];
    return std::string(buf, size_t(formatTime(buf, t)));
}

void appendEventText(std::string &out, const TraceEvent &e, const Trace &t)
{
    char ts[40];
    int n = formatTime(ts, e.time);
    if (n < 15)
        out.append(size_t(15 - n), ' ');
    out.append(ts, size_t(n));
    out += "  ";
    out += eventKindName(e.kind);
    if (e.g != 0)
        appendKv(out, "g", e.g);
    if (e.p != -1)
        appendKv(out, "p", e.p);
    if (e.m != -1)
        appendKv(out, "m", e.m);
    KindFormat f = kindFormat(e.kind);
    if (f.reason == Rs::Placement && e.reason < kPlacement.size()) {
        out += " to=";
        out += kPlacement[e.reason];
    } else if (f.reason == Rs::Source && e.reason < kSource.size()) {
        out += " from=";
        out += kSource[e.reason];
    } else if (e.reason != 0) {
        appendKv(out, "reason", e.reason);
    }
    appendField(out, f.a, e.a, t);
    appendField(out, f.b, e.b, t);
    appendField(out, f.c, e.c, t);
    // Fields a kind does not name are still printed when set, so nothing is lost.
    if (!f.a.name && e.a != 0)
        appendKv(out, "a", e.a);
    if (!f.b.name && e.b != 0)
        appendKv(out, "b", e.b);
    if (!f.c.name && e.c != 0)
        appendKv(out, "c", e.c);
    out += '\n';
}

std::string eventText(const TraceEvent &e, const Trace &t)
{
    std::string s;
    appendEventText(s, e, t);
    return s;
}

std::string traceText(const Trace &t)
{
    std::string s;
    s.reserve(t.size() * 48);
    for (const TraceEvent &e : t.events())
        appendEventText(s, e, t);
    return s;
}

} // namespace gsl::trace
