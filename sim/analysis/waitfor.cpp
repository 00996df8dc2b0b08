// waitfor.cpp — end-state reconstruction, wait-for graph (Boost.Graph) and leak fixpoint.
#include "sim/analysis/waitfor.h"

#include "sim/trace/trace.h"
#include "sim/trace/wait_reason.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <map>

namespace gsl::analysis {

using trace::EvKind;
using trace::TraceEvent;

const char *objKindName(ObjKind k)
{
    switch (k) {
    case ObjKind::Chan: return "chan";
    case ObjKind::Mutex: return "mutex";
    case ObjKind::RWMutex: return "rwmutex";
    case ObjKind::WaitGroup: return "WaitGroup";
    case ObjKind::Once: return "once";
    case ObjKind::Timer: return "timer";
    case ObjKind::Unknown: return "object";
    }
    return "object";
}

namespace {

struct G {
    bool exists = false;
    bool ended = false;         // GoEnd
    bool parked = false;
    int32_t reason = 0, object = 0, line = 0;
    size_t parkEvent = 0;
    int32_t creator = 0, createdLine = 0;
    std::vector<int32_t> objects;   // sorted: objects it used or inherited
};

void addObj(G &g, int32_t o)
{
    auto it = std::lower_bound(g.objects.begin(), g.objects.end(), o);
    if (it == g.objects.end() || *it != o) g.objects.insert(it, o);
}

bool uses(const G &g, int32_t o) { return std::binary_search(g.objects.begin(), g.objects.end(), o); }

ObjKind kindOfEvent(EvKind k)
{
    switch (k) {
    case EvKind::ChanMake: case EvKind::ChanSend: case EvKind::ChanRecv: case EvKind::ChanClose: return ObjKind::Chan;
    case EvKind::MutexLock: case EvKind::MutexUnlock: return ObjKind::Mutex;
    case EvKind::RWRLock: case EvKind::RWRUnlock: case EvKind::RWLock: case EvKind::RWUnlock: return ObjKind::RWMutex;
    case EvKind::WgAdd: case EvKind::WgWait: return ObjKind::WaitGroup;
    case EvKind::OnceDone: return ObjKind::Once;
    default: return ObjKind::Unknown;
    }
}

std::string gname(int32_t g) { return "G" + std::to_string(g); }

// waits renders what a parked goroutine is doing, and what would free it.
std::pair<std::string, std::string> waitPhrase(int32_t reason, ObjKind kind, int32_t obj)
{
    const std::string o = std::string(objKindName(kind)) + "#" + std::to_string(obj);
    switch (reason) {
    case trace::wait::ChanReceive: return {"waits to receive on " + o, "send on or close it"};
    case trace::wait::ChanSend: return {"waits to send on " + o, "receive from it"};
    case trace::wait::ChanReceiveNilChan: return {"waits to receive on a nil channel", ""};
    case trace::wait::ChanSendNilChan: return {"waits to send on a nil channel", ""};
    case trace::wait::SelectNoCases: return {"waits in select {}", ""};
    case trace::wait::Select: return {obj ? "waits in select (on " + o + ", ...)" : "waits in select", "make one of its cases ready"};
    case trace::wait::Sleep: return {"sleeps", ""};
    case trace::wait::SyncCondWait: return {"waits on a sync.Cond", "signal it"};
    default: break;
    }
    switch (kind) {
    case ObjKind::Mutex: return {"waits to lock " + o, "unlock it"};
    case ObjKind::RWMutex: return {"waits to lock " + o, "unlock it"};
    case ObjKind::WaitGroup: return {"waits in Wait on " + o, "call Done on it"};
    default: break;
    }
    const std::string_view r = trace::waitReasonString(reason);
    return {"waits (" + std::string(r.empty() ? "blocked" : r) + (obj ? ") on " + o : ")"), "act on it"};
}

} // namespace

WaitForResult analyzeWaitFor(std::span<const TraceEvent> events, const StringFn &str)
{
    WaitForResult res;
    std::vector<G> gs;
    std::map<int32_t, ObjKind> kinds;     // object id -> kind (ordered; ids are not dense)
    std::map<int32_t, int32_t> holder;    // mutex / write-locked rwmutex -> goid
    auto g = [&](int32_t id) -> G & {
        if (id < 0) id = 0;
        if (size_t(id) >= gs.size()) gs.resize(size_t(id) + 1);
        gs[size_t(id)].exists = true;
        return gs[size_t(id)];
    };
    for (size_t i = 0; i < events.size(); ++i) {
        const TraceEvent &e = events[i];
        switch (e.kind) {
        case EvKind::GoCreate: {
            G &c = g(e.g);
            c.creator = e.a;
            c.createdLine = e.b;
            if (e.a > 0) c.objects = g(e.a).objects;   // closures capture what the creator had
            break;
        }
        case EvKind::GoEnd: g(e.g).ended = true; g(e.g).parked = false; break;
        case EvKind::GoPark: {
            G &p = g(e.g);
            p.parked = true;
            p.reason = e.a;
            p.object = e.b;
            p.line = e.c;
            p.parkEvent = i;
            break;
        }
        case EvKind::GoUnpark: case EvKind::GoStart: g(e.g).parked = false; break;
        case EvKind::TimerSet: kinds[e.a] = ObjKind::Timer; break;
        case EvKind::Fatal:
            if (str && str(uint32_t(e.a)).find("all goroutines are asleep") != std::string::npos) res.deadlock = true;
            break;
        case EvKind::Exit: res.exited = true; break;
        default: {
            const ObjKind k = kindOfEvent(e.kind);
            if (k == ObjKind::Unknown || e.g <= 0) break;
            kinds[e.a] = k;
            addObj(g(e.g), e.a);
            if (e.kind == EvKind::MutexLock || e.kind == EvKind::RWLock) holder[e.a] = e.g;
            if (e.kind == EvKind::MutexUnlock || e.kind == EvKind::RWUnlock) holder.erase(e.a);
            break;
        }
        }
    }

    // Goroutines that can still run: alive, not parked, or parked on a timer (sleep wakes by itself).
    const size_t n = gs.size();
    // The runtime's own goroutines (forcegchelper, bgsweep, bgscavenge,
    // runfinq: recognised by their wait reasons) idle by design; like Go's
    // isSystemGoroutine they are never reported as blocked or leaked.
    auto systemIdle = [](int32_t r) {
        return r == trace::wait::ForceGCIdle || r == trace::wait::GCSweepWait || r == trace::wait::GCScavengeWait ||
               r == trace::wait::FinalizerWait;
    };
    auto blockedForGood = [&](const G &x) {
        return x.exists && !x.ended && x.parked && x.reason != trace::wait::Sleep && !systemIdle(x.reason);
    };
    std::vector<char> mayRun(n, 0);
    for (size_t i = 1; i < n; ++i) mayRun[i] = gs[i].exists && !gs[i].ended && !blockedForGood(gs[i]);
    auto kindOf = [&](int32_t o) { auto it = kinds.find(o); return it == kinds.end() ? ObjKind::Unknown : it->second; };
    // wakers: live goroutines other than b that could act on b's object.
    auto wakers = [&](size_t b) {
        std::vector<int32_t> w;
        const G &x = gs[b];
        if (x.object == 0) return w;
        const ObjKind k = kindOf(x.object);
        if (k == ObjKind::Mutex || k == ObjKind::RWMutex) {
            auto it = holder.find(x.object);
            if (it != holder.end() && size_t(it->second) != b && size_t(it->second) < n && !gs[size_t(it->second)].ended)
                w.push_back(it->second);
            return w;
        }
        for (size_t i = 1; i < n; ++i)
            if (i != b && gs[i].exists && !gs[i].ended && uses(gs[i], x.object)) w.push_back(int32_t(i));
        return w;
    };
    // Fixpoint: a blocked goroutine that a may-run goroutine could wake may run too.
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t b = 1; b < n; ++b) {
            if (mayRun[b] || !blockedForGood(gs[b])) continue;
            for (int32_t w : wakers(b))
                if (mayRun[size_t(w)]) { mayRun[b] = 1; changed = true; break; }
        }
    }

    // Wait-for graph: vertices 0..n-1 goroutines; G -> G' when G' could wake G.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph wf(n);
    for (size_t b = 1; b < n; ++b) {
        if (!blockedForGood(gs[b])) continue;
        BlockedGoroutine bg;
        const G &x = gs[b];
        bg.goid = int32_t(b);
        bg.waitReason = x.reason;
        bg.kind = kindOf(x.object);
        bg.object = x.object;
        bg.line = x.line;
        bg.creator = x.creator;
        bg.createdLine = x.createdLine;
        bg.parkEvent = x.parkEvent;
        bg.forever = !mayRun[b];
        bg.couldWake = wakers(b);
        for (int32_t w : bg.couldWake) boost::add_edge(b, size_t(w), wf);
        const auto [what, fix] = waitPhrase(x.reason, bg.kind, x.object);
        std::string ex = gname(bg.goid) + " " + what + (x.line ? " (line " + std::to_string(x.line) + ")" : "");
        if (fix.empty()) {
            ex += "; nothing can ever wake it";
        } else if (bg.couldWake.empty()) {
            ex += bg.kind == ObjKind::Mutex || bg.kind == ObjKind::RWMutex
                ? "; no live goroutine holds it, so none will unlock it"
                : "; no other goroutine can " + fix;
        } else {
            std::string who;
            for (int32_t w : bg.couldWake) who += (who.empty() ? "" : ", ") + gname(w);
            ex += bg.forever ? "; the only goroutines that could " + fix + " (" + who + ") are blocked forever too"
                             : "; " + who + " could still " + fix;
        }
        bg.explanation = ex;
        res.blocked.push_back(std::move(bg));
        if (!mayRun[b]) res.leaked.push_back(int32_t(b));
    }
    std::vector<size_t> comp(n);
    const size_t nc = n ? boost::strong_components(wf, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, wf))) : 0;
    std::vector<std::vector<int32_t>> members(nc);
    for (size_t v = 1; v < n; ++v) members[comp[v]].push_back(int32_t(v));
    for (auto &m : members)
        if (m.size() > 1) res.cycles.push_back(m);
    std::sort(res.cycles.begin(), res.cycles.end());

    // Plain-language summary.
    std::string &t = res.text;
    if (res.deadlock) t += "Deadlock: every goroutine is blocked and no timer is pending (fatal error: all goroutines are asleep - deadlock!).\n";
    for (const auto &c : res.cycles) {
        t += "Wait-for cycle:";
        for (int32_t v : c) t += " " + gname(v);
        t += " (each waits for another in the cycle)\n";
    }
    for (const auto &b : res.blocked) {
        t += b.explanation + ".";
        if (b.forever) {
            t += b.createdLine ? " Leaked: created at line " + std::to_string(b.createdLine) + " by " + gname(b.creator) + "."
                               : " Blocked forever.";
        }
        t += "\n";
    }
    if (res.blocked.empty()) t += "No goroutine was blocked at the end.\n";
    return res;
}

WaitForResult analyzeWaitFor(const trace::Trace &t)
{
    const std::vector<TraceEvent> events = t.events().toVector();
    return analyzeWaitFor(std::span<const TraceEvent>(events), [&t](uint32_t i) { return std::string(t.str(i)); });
}

} // namespace gsl::analysis
