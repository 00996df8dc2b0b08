// explain.cpp — read-modify-write windows and the facts that kept them whole.
#include "sim/analysis/explain.h"

#include "sim/trace/trace.h"

#include <algorithm>
#include <map>
#include <set>

namespace gsl::analysis {

using trace::EvKind;
using trace::TraceEvent;

namespace {

bool deschedules(EvKind k)
{
    return k == EvKind::GoSched || k == EvKind::GoPreempt || k == EvKind::GoPark || k == EvKind::GoEnd || k == EvKind::GoKilled;
}

std::string plural(size_t n, const char *one, const char *many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

} // namespace

HiddenExplanation explainHidden(std::span<const TraceEvent> events, int32_t onlyAddr, const StringFn &str)
{
    HiddenExplanation h;
    // Pass 1: which addresses are shared (accessed by more than one goroutine).
    std::map<int32_t, std::set<int32_t>> users;   // ordered: deterministic output
    std::map<int32_t, int32_t> varOf;
    for (const TraceEvent &e : events)
        if ((e.kind == EvKind::MemRead || e.kind == EvKind::MemWrite) && (onlyAddr < 0 || e.a == onlyAddr)) {
            users[e.a].insert(e.g);
            varOf[e.a] = e.b;
        }
    std::set<int32_t> shared, touching;
    for (const auto &[a, gs] : users)
        if (gs.size() > 1 || onlyAddr >= 0) { shared.insert(a); touching.insert(gs.begin(), gs.end()); }

    // Pass 2: windows, with who runs where.
    std::vector<int32_t> curg;                    // per P
    std::map<int32_t, int32_t> pOf;               // goid -> P it runs on
    struct Open { RmwWindow w; bool open = false; };
    std::map<std::pair<int32_t, int32_t>, Open> open;   // (goid, addr) -> window since its last read
    std::set<int32_t> ps;
    auto otherRunning = [&](int32_t p) {
        for (size_t i = 0; i < curg.size(); ++i)
            if (int32_t(i) != p && curg[i] > 0) return true;
        return false;
    };
    for (size_t i = 0; i < events.size(); ++i) {
        const TraceEvent &e = events[i];
        if (e.kind == EvKind::GoStart && e.p >= 0) {
            if (size_t(e.p) >= curg.size()) curg.resize(size_t(e.p) + 1, 0);
            curg[size_t(e.p)] = e.g;
            pOf[e.g] = e.p;
            if (touching.count(e.g)) {
                ++h.starts;
                if (e.a == 1) ++h.runnextStarts;
                ps.insert(e.p);
            }
            for (auto &[k, o] : open)
                if (o.open && k.first != e.g && e.p != o.w.p) o.w.otherPRunning = true;
        } else if (deschedules(e.kind)) {
            auto it = pOf.find(e.g);
            if (it != pOf.end() && size_t(it->second) < curg.size() && curg[size_t(it->second)] == e.g) curg[size_t(it->second)] = 0;
            for (auto &[k, o] : open)
                if (o.open && k.first == e.g) o.w.preempted = true;
        } else if ((e.kind == EvKind::MemRead || e.kind == EvKind::MemWrite) && shared.count(e.a)) {
            const int32_t p = pOf.count(e.g) ? pOf[e.g] : -1;
            if (e.kind == EvKind::MemWrite)
                for (auto &[k, o] : open)
                    if (o.open && k.second == e.a && k.first != e.g) o.w.interleaved = true;
            Open &mine = open[{e.g, e.a}];
            if (e.kind == EvKind::MemRead) {
                mine.open = true;
                mine.w = RmwWindow{e.g, e.a, e.c, 0, i, 0, p, false, otherRunning(p), false};
            } else if (mine.open) {
                mine.w.writeLine = e.c;
                mine.w.writeEvent = i;
                h.windows.push_back(mine.w);
                mine.open = false;
            }
        }
    }
    for (const RmwWindow &w : h.windows) {
        h.interleaved += w.interleaved;
        h.parallel += w.otherPRunning;
        h.preempted += w.preempted;
    }
    h.psUsed.assign(ps.begin(), ps.end());

    // Facts, most decisive first.
    const size_t n = h.windows.size();
    auto var = [&](int32_t a) { return str ? str(uint32_t(varOf[a])) : "addr#" + std::to_string(a); };
    std::string what;
    for (int32_t a : shared) what += (what.empty() ? "" : ", ") + var(a);
    if (n == 0) {
        h.facts.push_back(shared.empty() ? "No variable was accessed by more than one goroutine."
                                         : "No goroutine read and then wrote " + what + ": there is no read-modify-write to interleave.");
    } else if (h.interleaved == 0) {
        const RmwWindow &w0 = h.windows.front();
        h.facts.push_back("All " + plural(n, "read-modify-write", "read-modify-writes") + " of " + what + " (line " +
                          std::to_string(w0.readLine) + " load, line " + std::to_string(w0.writeLine) +
                          " store) completed with no other goroutine writing in between.");
    } else {
        h.facts.push_back(std::to_string(h.interleaved) + " of " + plural(n, "read-modify-write", "read-modify-writes") + " of " +
                          what + " had another goroutine's write in between: the lost update happened.");
    }
    if (n > 0) {
        if (h.psUsed.size() <= 1)
            h.facts.push_back("Every goroutine touching " + what + " ran on " +
                              (h.psUsed.empty() ? std::string("one P") : "P" + std::to_string(h.psUsed[0])) + ", so they ran one after another.");
        if (h.parallel == 0)
            h.facts.push_back("No other P was running user code between a load and its store.");
        else
            h.facts.push_back("Another P was running user code during " + std::to_string(h.parallel) + " of " + std::to_string(n) + " windows.");
        if (h.preempted == 0) h.facts.push_back("No preemption or block landed between a load and its store.");
        else h.facts.push_back(std::to_string(h.preempted) + " windows were cut by a preemption or a block.");
        if (h.runnextStarts > 0)
            h.facts.push_back(std::to_string(h.runnextStarts) + " of " + plural(h.starts, "start", "starts") +
                              " of those goroutines came through runnext (inheriting the time slice): they ran back to back.");
    }
    for (const std::string &f : h.facts) h.text += f + "\n";
    return h;
}

HiddenExplanation explainHidden(const trace::Trace &t, int32_t addr)
{
    const std::vector<TraceEvent> events = t.events().toVector();
    return explainHidden(std::span<const TraceEvent>(events), addr, [&t](uint32_t i) { return std::string(t.str(i)); });
}

} // namespace gsl::analysis
