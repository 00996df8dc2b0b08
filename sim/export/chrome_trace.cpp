// chrome_trace.cpp — TimelineModel + trace events -> Chrome Trace Event JSON.
#include "sim/export/chrome_trace.h"

#include "sim/export/json.h"
#include "sim/export/timeline_model.h"
#include "sim/trace/sched_state.h"
#include "sim/trace/trace.h"
#include "sim/trace/wait_reason.h"

#include <algorithm>
#include <cstdio>

namespace gsl::exports {

using trace::EvKind;

namespace {

// One output event, keyed for the per-track time-ordered write-out.
struct Item {
    int32_t pid;
    int32_t tid;
    int64_t ts;
    uint32_t seq;
    std::string json;
};

class Writer
{
public:
    void add(int32_t pid, int32_t tid, int64_t ts, std::string json)
    {
        m_items.push_back(Item{pid, tid, ts, uint32_t(m_items.size()), std::move(json)});
    }
    std::string head(const char *ph, const char *name, int32_t pid, int32_t tid, int64_t ts) const
    {
        std::string s = "{\"ph\":\"";
        s += ph;
        s += "\",\"name\":";
        appendJsonString(s, name);
        s += ",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid) + ",\"ts\":";
        appendMicros(s, ts);
        return s;
    }
    std::string finish(const std::string &otherData)
    {
        // Metadata first (ts 0), then each track in time order; seq keeps
        // the insertion order among equal times (a slice before the flow
        // end bound to it, an enclosing slice before a marker inside it).
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            if (a.pid != b.pid) return a.pid < b.pid;
            if (a.tid != b.tid) return a.tid < b.tid;
            if (a.ts != b.ts) return a.ts < b.ts;
            return a.seq < b.seq;
        });
        size_t total = 64 + otherData.size();
        for (const Item &i : m_meta) total += i.json.size() + 2;
        for (const Item &i : m_items) total += i.json.size() + 2;
        std::string out;
        out.reserve(total);
        out += "{\"displayTimeUnit\":\"ns\",\"otherData\":";
        out += otherData;
        out += ",\"traceEvents\":[\n";
        bool first = true;
        for (auto *list : {&m_meta, &m_items})
            for (const Item &i : *list) {
                if (!first) out += ",\n";
                first = false;
                out += i.json;
            }
        out += "\n]}\n";
        return out;
    }
    void meta(const char *name, int32_t pid, int32_t tid, const std::string &argKey, const std::string &argJson)
    {
        std::string s = "{\"ph\":\"M\",\"name\":\"";
        s += name;
        s += "\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid) + ",\"args\":{\"" + argKey +
             "\":" + argJson + "}}";
        m_meta.push_back(Item{pid, tid, 0, uint32_t(m_meta.size()), std::move(s)});
    }

private:
    std::vector<Item> m_meta;
    std::vector<Item> m_items;
};

std::string quoted(const std::string &s)
{
    std::string o;
    appendJsonString(o, s);
    return o;
}

std::string gStatusLabel(const GSpan &sp)
{
    auto st = trace::GStatus(sp.status);
    switch (st) {
    case trace::GStatus::Running: return "running";
    case trace::GStatus::Runnable: return "runnable";
    case trace::GStatus::Syscall: return "syscall";
    case trace::GStatus::Waiting: {
        std::string_view r = trace::waitReasonString(sp.waitReason);
        return r.empty() ? std::string("waiting") : "waiting: " + std::string(r);
    }
    default: return std::string(trace::gStatusName(st));
    }
}

void addSlice(Writer &w, int32_t pid, int32_t tid, const std::string &name, const char *cat, SimTime start, SimTime end,
              const std::string &args)
{
    std::string s = w.head("X", name.c_str(), pid, tid, start);
    s += ",\"dur\":";
    appendMicros(s, end - start);
    s += ",\"cat\":\"";
    s += cat;
    s += "\"";
    if (!args.empty()) s += ",\"args\":{" + args + "}";
    s += "}";
    w.add(pid, tid, start, std::move(s));
}

void addInstant(Writer &w, int32_t pid, int32_t tid, const std::string &name, const char *cat, char scope, SimTime ts,
                const std::string &args)
{
    std::string s = w.head("i", name.c_str(), pid, tid, ts);
    s += ",\"s\":\"";
    s += scope;
    s += "\",\"cat\":\"";
    s += cat;
    s += "\"";
    if (!args.empty()) s += ",\"args\":{" + args + "}";
    s += "}";
    w.add(pid, tid, ts, std::move(s));
}

// Per-track cursors over slices ordered by their start event, to answer
// "which slice encloses event i on this track" while walking the events.
struct SliceIndex {
    std::vector<std::vector<size_t>> byP;   // slice indices per P, by start
    std::vector<std::vector<size_t>> byG;   // slice indices per G, by start
    std::vector<size_t> gCursor;
};

} // namespace

std::string toChromeTraceJson(const trace::Trace &t, const ExportContext &ctx)
{
    const TimelineModel tm = buildTimeline(t);
    const auto &evs = t.events();
    Writer w;

    // --- track names -------------------------------------------------------
    w.meta("process_name", kPidPs, 0, "name", quoted(ctx.title.empty() ? "Ps" : "Ps — " + ctx.title));
    w.meta("process_sort_index", kPidPs, 0, "sort_index", "1");
    w.meta("process_name", kPidMs, 0, "name", quoted("Ms (OS threads)"));
    w.meta("process_sort_index", kPidMs, 0, "sort_index", "2");
    w.meta("process_name", kPidGs, 0, "name", quoted("Goroutines"));
    w.meta("process_sort_index", kPidGs, 0, "sort_index", "3");
    for (int32_t p = 0; p < tm.numP; ++p) {
        w.meta("thread_name", kPidPs, p, "name", quoted("P" + std::to_string(p)));
        w.meta("thread_sort_index", kPidPs, p, "sort_index", std::to_string(p));
    }
    for (int32_t m = 0; m < tm.numM; ++m) {
        w.meta("thread_name", kPidMs, m, "name", quoted("M" + std::to_string(m)));
        w.meta("thread_sort_index", kPidMs, m, "sort_index", std::to_string(m));
    }
    for (int32_t g = 1; g <= tm.maxGoid; ++g) {
        w.meta("thread_name", kPidGs, g, "name", quoted(g == 1 ? "G1 (main)" : "G" + std::to_string(g)));
        w.meta("thread_sort_index", kPidGs, g, "sort_index", std::to_string(g));
    }

    // --- slices ------------------------------------------------------------
    SliceIndex idx;
    idx.byP.resize(size_t(tm.numP));
    idx.byG.resize(size_t(tm.maxGoid) + 1);
    idx.gCursor.assign(size_t(tm.maxGoid) + 1, 0);
    for (size_t k = 0; k < tm.slices.size(); ++k) {
        const RunSlice &sl = tm.slices[k];
        std::string args = "\"goid\":" + std::to_string(sl.g) + ",\"end\":" +
                           quoted(sl.endKind == EvKind::Count_ ? "running at end"
                                                              : std::string(trace::eventKindName(sl.endKind)));
        std::string name = "G" + std::to_string(sl.g);
        addSlice(w, kPidPs, sl.p, name, "goroutine", sl.start, sl.end, args);
        if (sl.m >= 0) addSlice(w, kPidMs, sl.m, name, "goroutine", sl.start, sl.end, args + ",\"p\":" + std::to_string(sl.p));
        if (sl.p >= 0 && sl.p < tm.numP) idx.byP[size_t(sl.p)].push_back(k);
        if (sl.g > 0 && sl.g <= tm.maxGoid) idx.byG[size_t(sl.g)].push_back(k);
    }
    for (const GSpan &sp : tm.gspans) addSlice(w, kPidGs, sp.g, gStatusLabel(sp), "gstatus", sp.start, sp.end, "");

    // enclosing: a slice on P p that is open at event i (started at or before
    // it, ended at or after it). Per-P cursors advance with i.
    std::vector<size_t> pCursor(size_t(tm.numP), 0);
    auto enclosing = [&](int32_t p, size_t i) -> bool {
        if (p < 0 || p >= tm.numP) return false;
        auto &list = idx.byP[size_t(p)];
        size_t &c = pCursor[size_t(p)];
        while (c < list.size() && tm.slices[list[c]].endEvent < i) ++c;
        return c < list.size() && tm.slices[list[c]].startEvent <= i;
    };
    // nextStart: the first slice of g that starts after event i.
    auto nextStart = [&](int32_t g, size_t i) -> const RunSlice * {
        if (g <= 0 || g > tm.maxGoid) return nullptr;
        auto &list = idx.byG[size_t(g)];
        size_t &c = idx.gCursor[size_t(g)];
        while (c < list.size() && tm.slices[list[c]].startEvent <= i) ++c;
        return c < list.size() ? &tm.slices[list[c]] : nullptr;
    };

    // --- flows, instants -----------------------------------------------------
    uint64_t flowId = 0;
    auto flow = [&](const char *cat, const std::string &name, int32_t fromP, SimTime fromTs, const RunSlice &to) {
        ++flowId;
        std::string s = w.head("s", name.c_str(), kPidPs, fromP, fromTs);
        s += ",\"cat\":\"";
        s += cat;
        s += "\",\"id\":" + std::to_string(flowId) + "}";
        w.add(kPidPs, fromP, fromTs, std::move(s));
        std::string f = w.head("f", name.c_str(), kPidPs, to.p, to.start);
        f += ",\"bp\":\"e\",\"cat\":\"";
        f += cat;
        f += "\",\"id\":" + std::to_string(flowId) + "}";
        w.add(kPidPs, to.p, to.start, std::move(f));
    };
    size_t raceIdx = 0;
    std::vector<size_t> races;
    for (const RaceMark &r : ctx.races) races.push_back(r.event);
    std::vector<size_t> order(ctx.races.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return races[a] < races[b]; });

    for (size_t i = 0; i < evs.size(); ++i) {
        const trace::TraceEvent &e = evs[i];
        switch (e.kind) {
        case EvKind::GoCreate:
            if (enclosing(e.p, i))
                if (const RunSlice *to = nextStart(e.g, i))
                    flow("create", "go G" + std::to_string(e.g), e.p, e.time, *to);
            break;
        case EvKind::GoUnpark:
            if (enclosing(e.p, i))
                if (const RunSlice *to = nextStart(e.g, i))
                    flow("wakeup", "wake G" + std::to_string(e.g), e.p, e.time, *to);
            break;
        case EvKind::ProcSteal:
            if (e.b >= 0 && e.b < tm.numP) {
                // A zero-length marker on the victim gives the arrow a slice
                // to start from even when the victim P is between goroutines.
                std::string name = "runqsteal by P" + std::to_string(e.p);
                addSlice(w, kPidPs, e.b, name, "steal", e.time, e.time,
                         "\"stolen\":" + std::to_string(e.a) + ",\"thief\":" + std::to_string(e.p) +
                             ",\"runnext\":" + std::to_string(e.c));
                if (const RunSlice *to = nextStart(e.g, i)) flow("steal", "steal G" + std::to_string(e.g), e.b, e.time, *to);
            }
            break;
        case EvKind::GoPreempt:
            if (e.p >= 0 && e.p < tm.numP)
                addInstant(w, kPidPs, e.p, "preempt G" + std::to_string(e.g), "preempt", 't', e.time,
                           std::string("\"async\":") + (e.a ? "true" : "false"));
            break;
        case EvKind::Throttle:
            addInstant(w, kPidPs, 0, "CFS throttled", "cfs", 'g', e.time, "\"cpu\":" + std::to_string(e.a));
            break;
        case EvKind::Unthrottle:
            addInstant(w, kPidPs, 0, "CFS unthrottled", "cfs", 'g', e.time, "\"cpu\":" + std::to_string(e.a));
            break;
        default:
            break;
        }
        while (raceIdx < order.size() && races[order[raceIdx]] == i) {
            const RaceMark &r = ctx.races[order[raceIdx]];
            int32_t tid = e.p >= 0 && e.p < tm.numP ? e.p : 0;
            addInstant(w, kPidPs, tid, "DATA RACE", "race", 't', e.time, "\"report\":" + quoted(r.text));
            ++raceIdx;
        }
    }

    // --- counters --------------------------------------------------------------
    for (const RunqSample &rs : tm.runq) {
        std::string s = w.head("C", "runqueue", kPidPs, 0, rs.time);
        s += ",\"args\":{";
        for (size_t p = 0; p < size_t(tm.numP); ++p)
            s += "\"P" + std::to_string(p) + "\":" + std::to_string(p < rs.perP.size() ? rs.perP[p] : 0) + ",";
        s += "\"global\":" + std::to_string(rs.global) + "}}";
        w.add(kPidPs, -1, rs.time, std::move(s));
    }
    for (const CfsSample &cs : tm.cfs) {
        std::string s = w.head("C", "cfs quota used (us)", kPidPs, 0, cs.time);
        s += ",\"args\":{\"used\":";
        appendMicros(s, cs.quotaUsed);
        s += "}}";
        w.add(kPidPs, -2, cs.time, std::move(s));
    }

    std::string other = "{\"generator\":\"goschedlab\"";
    if (!ctx.engineVersion.empty()) other += ",\"engineVersion\":" + quoted(ctx.engineVersion);
    if (!ctx.replayCommand.empty()) other += ",\"replay\":" + quoted(ctx.replayCommand);
    char fp[32];
    std::snprintf(fp, sizeof fp, "%016llx", static_cast<unsigned long long>(t.fingerprint()));
    other += ",\"fingerprint\":\"";
    other += fp;
    other += "\",\"events\":" + std::to_string(evs.size()) + "}";
    return w.finish(other);
}

} // namespace gsl::exports
