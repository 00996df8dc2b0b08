// timeline_model.cpp — replay a trace and cut it into slices and samples.
#include "sim/export/timeline_model.h"

#include "sim/trace/sched_state.h"
#include "sim/trace/trace.h"

#include <algorithm>
#include <array>

namespace gsl::exports {

using trace::EvKind;

const char *goroutineColor(int32_t g)
{
    // 16 hues picked to stay distinguishable on white and in print; g1
    // (main) gets the first. More goroutines than colours share them, which
    // is why slices are labelled with the goid as well.
    static constexpr std::array<const char *, 16> kPalette = {
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
        "#ff9da7", "#2f6f8f", "#8cd17d", "#d37295", "#a0cbe8", "#ffbe7d", "#86bcb6", "#bab0ac"};
    if (g <= 0) return "#999999";
    return kPalette[size_t(g - 1) % kPalette.size()];
}

namespace {

bool isMemory(EvKind k)
{
    return k == EvKind::MemRead || k == EvKind::MemWrite || k == EvKind::AtomicRead || k == EvKind::AtomicWrite;
}

} // namespace

TimelineModel buildTimeline(const trace::Trace &t)
{
    TimelineModel tm;
    trace::SchedState s = t.initialState();
    const auto &evs = t.events();

    // Open slice per P: index into tm.slices or -1.
    std::vector<int64_t> open;
    std::vector<int32_t> curg;          // curg per P before the event
    std::vector<uint16_t> lens;
    uint32_t glen = 0;
    // Per G: start of the current status span.
    std::vector<SimTime> gSince;
    std::vector<uint8_t> gStatus;
    std::vector<int32_t> gWait;

    auto runqLen = [](const trace::PState &p) { return uint16_t(p.runq.size() + (p.runnext != 0 ? 1 : 0)); };
    tm.runq.push_back(RunqSample{0, std::vector<uint16_t>(s.ps.size(), 0), 0});
    SimDur lastQuota = -1;
    bool throttleOpen = false;
    int32_t lastNmcpu = -1;
    size_t lastThrottled = 0;
    SimTime lastQuotaSample = 0;

    for (size_t i = 0; i < evs.size(); ++i) {
        const trace::TraceEvent &e = evs[i];
        trace::apply(s, e, t);
        tm.endTime = e.time;
        if (s.ps.size() > open.size()) {
            open.resize(s.ps.size(), -1);
            curg.resize(s.ps.size(), 0);
        }
        tm.numP = std::max<int32_t>(tm.numP, int32_t(s.ps.size()));
        tm.numM = std::max<int32_t>(tm.numM, int32_t(s.ms.size()));

        // Running slices: a P's curg changed.
        for (size_t p = 0; p < s.ps.size(); ++p) {
            int32_t now = s.ps[p].curg;
            if (now == curg[p]) continue;
            if (open[p] >= 0) {
                RunSlice &sl = tm.slices[size_t(open[p])];
                sl.end = e.time;
                sl.endEvent = i;
                sl.endKind = e.kind;
                open[p] = -1;
            }
            if (now != 0) {
                open[p] = int64_t(tm.slices.size());
                tm.slices.push_back(RunSlice{now, int32_t(p), s.ps[p].m, e.time, e.time, i, i, EvKind::GoEnd});
            }
            curg[p] = now;
        }

        // G status spans: only the event's own goroutine changes status.
        if (e.g > 0) {
            tm.maxGoid = std::max(tm.maxGoid, e.g);
            if (size_t(e.g) >= gSince.size()) {
                gSince.resize(size_t(e.g) + 1, 0);
                gStatus.resize(size_t(e.g) + 1, uint8_t(trace::GStatus::Idle));
                gWait.resize(size_t(e.g) + 1, 0);
            }
            if (const trace::GState *gs = s.g(e.g)) {
                uint8_t st = uint8_t(gs->status);
                if (st != gStatus[size_t(e.g)] || gs->waitReason != gWait[size_t(e.g)]) {
                    if (gStatus[size_t(e.g)] != uint8_t(trace::GStatus::Idle))
                        tm.gspans.push_back(GSpan{e.g, gStatus[size_t(e.g)], gWait[size_t(e.g)], gSince[size_t(e.g)], e.time});
                    gStatus[size_t(e.g)] = st;
                    gWait[size_t(e.g)] = gs->waitReason;
                    gSince[size_t(e.g)] = e.time;
                }
            }
        }

        // Run-queue lengths.
        bool changed = s.ps.size() != lens.size() || s.globrunq.size() != glen;
        if (!changed)
            for (size_t p = 0; p < s.ps.size(); ++p)
                if (runqLen(s.ps[p]) != lens[p]) { changed = true; break; }
        if (changed) {
            lens.resize(s.ps.size());
            for (size_t p = 0; p < s.ps.size(); ++p) lens[p] = runqLen(s.ps[p]);
            glen = uint32_t(s.globrunq.size());
            if (!tm.runq.empty() && tm.runq.back().time == e.time) tm.runq.back() = RunqSample{e.time, lens, glen};
            else tm.runq.push_back(RunqSample{e.time, lens, glen});
        }

        switch (e.kind) {
        case EvKind::CfsPeriod:
            tm.hasQuota = true;
            break;
        case EvKind::Throttle:
            if (!throttleOpen) tm.throttled.push_back(Span{e.time, e.time});
            throttleOpen = true;
            break;
        case EvKind::Unthrottle:
            if (throttleOpen) tm.throttled.back().end = e.time;
            throttleOpen = false;
            break;
        case EvKind::GoPreempt:
            tm.preemptions.push_back(i);
            break;
        default:
            if (isMemory(e.kind))
                tm.accesses.push_back(MemTick{e.time, e.g, e.p, e.c, uint32_t(e.b),
                                              e.kind == EvKind::MemWrite || e.kind == EvKind::AtomicWrite,
                                              e.kind == EvKind::AtomicRead || e.kind == EvKind::AtomicWrite, i});
        }
        // Quota use grows linearly while the number of running threads stays
        // the same, so a sample is taken where the slope changes (Ms start or
        // park, a CPU throttles), where the period resets it, and otherwise
        // at most once per simulated millisecond: a counter track per event
        // would be millions of samples for a CPU-bound run.
        const size_t nthr = s.cfs.throttledCpus.size();
        if (tm.hasQuota && s.cfs.quotaUsed != lastQuota &&
            (s.nmcpu != lastNmcpu || nthr != lastThrottled || s.cfs.quotaUsed < lastQuota ||
             e.time - lastQuotaSample >= kMillisecond)) {
            lastQuota = s.cfs.quotaUsed;
            lastNmcpu = s.nmcpu;
            lastThrottled = nthr;
            lastQuotaSample = e.time;
            if (!tm.cfs.empty() && tm.cfs.back().time == e.time) tm.cfs.back().quotaUsed = s.cfs.quotaUsed;
            else tm.cfs.push_back(CfsSample{e.time, s.cfs.quotaUsed});
        }
    }
    for (size_t p = 0; p < open.size(); ++p)
        if (open[p] >= 0) {
            RunSlice &sl = tm.slices[size_t(open[p])];
            sl.end = tm.endTime;
            sl.endEvent = evs.empty() ? 0 : evs.size() - 1;
            sl.endKind = EvKind::Count_;   // still running when the record ends
        }
    for (size_t g = 1; g < gStatus.size(); ++g)
        if (gStatus[g] != uint8_t(trace::GStatus::Idle) && gStatus[g] != uint8_t(trace::GStatus::Dead))
            tm.gspans.push_back(GSpan{int32_t(g), gStatus[g], gWait[g], gSince[g], tm.endTime});
    if (throttleOpen) tm.throttled.back().end = tm.endTime;  // still throttled at the end
    std::stable_sort(tm.slices.begin(), tm.slices.end(),
                     [](const RunSlice &a, const RunSlice &b) { return a.start < b.start; });
    return tm;
}

} // namespace gsl::exports
