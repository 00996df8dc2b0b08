// race.cpp — shadow memory and race checks of RaceDetector.
#include "sim/analysis/race.h"

#include "sim/trace/trace.h"
#include "sim/trace/wait_reason.h"

#include <algorithm>

namespace gsl::analysis {

using trace::EvKind;
using trace::TraceEvent;

RaceDetector::RaceDetector(RaceOptions opt)
    : m_opt(std::move(opt)), m_hb(HappensBefore::Options{m_opt.stdoutSync, false})
{
}

bool RaceDetector::ordered(const Access &prev, int32_t g)
{
    return prev.g == g || prev.epoch <= m_hb.clock(g).get(prev.g);
}

void RaceDetector::conflict(const Access &prev, const Access &cur, bool isOrdered)
{
    if (!m_opt.collectConflicts) return;
    ConflictPair p{prev.line, prev.write, cur.line, cur.write, isOrdered};
    auto it = std::lower_bound(m_conflicts.begin(), m_conflicts.end(), p);
    if (it == m_conflicts.end() || *it != p) m_conflicts.insert(it, p);
}

RaceAccess RaceDetector::toAccess(const Access &a, int32_t addr) const
{
    RaceAccess r;
    r.goid = a.g;
    r.addr = a.wgSema ? -1 - addr : addr;
    r.var = a.wgSema ? "sync.WaitGroup" : m_opt.str ? m_opt.str(uint32_t(a.var)) : "v" + std::to_string(a.var);
    r.line = a.line;
    r.write = a.write;
    r.atomic = a.atomic;
    r.wgSema = a.wgSema;
    r.eventIndex = a.index;
    r.time = a.time;
    return r;
}

void RaceDetector::report(const Access &prev, const Access &cur, int32_t addr)
{
    // suppress_equal_stacks: one report per pair of locations (a "PC" is line + access kind here;
    // a WaitGroup's sema access has its own runtime.raceread/racewrite frame).
    const auto loc = [](const Access &a) {
        return (uint64_t(uint32_t(a.line)) << 3) | (a.wgSema ? 4u : 0u) | (a.write ? 2u : 0u) | (a.atomic ? 1u : 0u);
    };
    uint64_t la = loc(prev), lb = loc(cur);
    if (la > lb) std::swap(la, lb);
    const uint64_t key = (la << 32) ^ lb;
    auto sit = std::lower_bound(m_reportedStacks.begin(), m_reportedStacks.end(), key);
    if (sit != m_reportedStacks.end() && *sit == key) return;
    // suppress_equal_addresses: one report per address.
    auto ait = std::lower_bound(m_reportedAddrs.begin(), m_reportedAddrs.end(), addr);
    if (ait != m_reportedAddrs.end() && *ait == addr) return;
    m_reportedStacks.insert(sit, key);
    m_reportedAddrs.insert(ait, addr);

    RaceReport r;
    r.current = toAccess(cur, addr);
    r.previous = toAccess(prev, addr);
    r.currentG = m_hb.goroutine(cur.g);
    r.previousG = m_hb.goroutine(prev.g);
    m_reports.push_back(std::move(r));
}

void RaceDetector::access(const TraceEvent &e, size_t index, bool write, bool atomic)
{
    access(Access{e.g, m_hb.epoch(e.g), e.c, write, atomic, index, e.time, e.b}, e.a);
}

// access checks cur against the shadow cell of key (an address, or -1 - wg id
// for &wg.sema) and records it there.
void RaceDetector::access(const Access &cur, int32_t key)
{
    Shadow &sh = m_shadow[key];
    // At most one report per access, as TSan stops at the first racing shadow cell.
    bool reported = false;
    auto check = [&](const Access &prev) {
        if (prev.g == cur.g || (prev.atomic && cur.atomic) || !(prev.write || cur.write)) return;
        const bool ord = ordered(prev, cur.g);
        conflict(prev, cur, ord);
        if (!ord && !reported) {
            report(prev, cur, key);
            reported = true;
        }
    };
    if (sh.hasWrite) check(sh.write);
    if (cur.write) {
        for (const Access &r : sh.reads) check(r);
        sh.reads.clear();
        sh.hasWrite = true;
        sh.write = cur;
    } else {
        auto it = std::find_if(sh.reads.begin(), sh.reads.end(), [&](const Access &r) { return r.g == cur.g; });
        if (it != sh.reads.end()) *it = cur;
        else sh.reads.push_back(cur);
    }
}

// waitGroup replays waitgroup.go's race.Read/race.Write of &wg.sema (race.h).
void RaceDetector::waitGroup(const TraceEvent &e, size_t index)
{
    switch (e.kind) {
    case EvKind::WgAdd: {
        Wg &w = m_wgs[e.a];
        w.counter += e.b;
        if (w.notWg) return;
        // "The first increment must be synchronized with Wait": delta > 0 and v == delta.
        if (e.b > 0 && w.counter == e.b)
            access(Access{e.g, m_hb.epoch(e.g), e.c, false, false, index, e.time, -1, true}, -1 - e.a);
        // The Add that brings the counter to 0 resets the state word (waiters = 0).
        if (w.counter == 0) w.waiters = 0;
        return;
    }
    case EvKind::GoPark: {
        // A Wait that blocks: it incremented the waiter count; the first waiter
        // writes &wg.sema ("Wait must be synchronized with the first Add").
        if (e.a != trace::wait::Semacquire) return;
        auto it = m_wgs.find(e.b);
        if (it == m_wgs.end() || it->second.notWg || it->second.counter <= 0) return;
        if (it->second.waiters++ == 0)
            access(Access{e.g, m_hb.epoch(e.g), e.c, true, false, index, e.time, -1, true}, -1 - e.b);
        return;
    }
    case EvKind::MutexLock: case EvKind::MutexUnlock: case EvKind::RWRLock: case EvKind::RWRUnlock:
    case EvKind::RWLock: case EvKind::RWUnlock:
        // Semacquire parks on this id are a mutex's (hand-written traces may reuse ids across kinds).
        m_wgs[e.a].notWg = true;
        return;
    default:
        return;
    }
}

void RaceDetector::step(const TraceEvent &e, size_t index)
{
    switch (e.kind) {
    case EvKind::MemRead: access(e, index, false, false); break;
    case EvKind::MemWrite: access(e, index, true, false); break;
    case EvKind::AtomicRead: access(e, index, false, true); break;
    case EvKind::AtomicWrite: access(e, index, true, true); break;
    case EvKind::WgAdd: case EvKind::GoPark: case EvKind::MutexLock: case EvKind::MutexUnlock:
    case EvKind::RWRLock: case EvKind::RWRUnlock: case EvKind::RWLock: case EvKind::RWUnlock:
        waitGroup(e, index);
        break;
    default: break;
    }
    // The access is checked before the atomic's own synchronisation applies,
    // as TSan checks the memory access first and then acquires/releases.
    m_hb.step(e, index);
}

RaceResult RaceDetector::finish()
{
    RaceResult r;
    r.reports = m_reports;
    r.conflicts = m_conflicts;
    uint64_t h = trace::kFnvOffset;
    for (const ConflictPair &p : r.conflicts) {
        const int32_t f[5] = {p.firstLine, p.firstWrite, p.secondLine, p.secondWrite, p.ordered};
        h = trace::fnv1a64(h, f, sizeof f);
    }
    r.hbClass = h;
    return r;
}

RaceResult detectRaces(std::span<const TraceEvent> events, const RaceOptions &opt)
{
    RaceDetector d(opt);
    for (size_t i = 0; i < events.size(); ++i) d.step(events[i], i);
    return d.finish();
}

RaceResult detectRaces(const trace::Trace &t, RaceOptions opt)
{
    if (!opt.str) opt.str = [&t](uint32_t i) { return std::string(t.str(i)); };
    // Straight from the packed store: no contiguous copy of the trace.
    RaceDetector d(opt);
    for (size_t i = 0; i < t.size(); ++i) d.step(t[i], i);
    return d.finish();
}

std::vector<PredictedRace> predictRaces(const std::vector<RaceResult> &runs)
{
    std::vector<PredictedRace> out;
    for (size_t i = 0; i < runs.size(); ++i) {
        std::vector<PredictedRace> seen;   // unique per run
        for (const ConflictPair &c : runs[i].conflicts) {
            if (c.ordered) continue;
            PredictedRace p;
            const bool swap = c.secondLine < c.firstLine || (c.secondLine == c.firstLine && c.secondWrite < c.firstWrite);
            p.lineA = swap ? c.secondLine : c.firstLine;
            p.writeA = swap ? c.secondWrite : c.firstWrite;
            p.lineB = swap ? c.firstLine : c.secondLine;
            p.writeB = swap ? c.firstWrite : c.secondWrite;
            auto same = [&](const PredictedRace &q) { return q.lineA == p.lineA && q.lineB == p.lineB && q.writeA == p.writeA && q.writeB == p.writeB; };
            if (std::find_if(seen.begin(), seen.end(), same) != seen.end()) continue;
            seen.push_back(p);
            auto it = std::find_if(out.begin(), out.end(), same);
            if (it == out.end()) {
                p.runs = 1;
                p.witnessRun = i;
                out.push_back(p);
            } else {
                ++it->runs;
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const PredictedRace &a, const PredictedRace &b) {
        return std::tie(a.lineA, a.writeA, a.lineB, a.writeB) < std::tie(b.lineA, b.writeA, b.lineB, b.writeB);
    });
    return out;
}

} // namespace gsl::analysis
