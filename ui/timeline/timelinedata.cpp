#include "ui/timeline/timelinedata.h"

#include <algorithm>

namespace gsl::ui {

using trace::EvKind;

namespace {

// LaneBuilder keeps at most one open segment per lane and closes it on the
// next change, so lanes come out ordered and disjoint.
struct LaneBuilder {
    std::vector<std::vector<Segment>> *lanes = nullptr;
    std::vector<Segment> open;
    std::vector<bool> isOpen;

    void ensure(size_t id)
    {
        if (lanes->size() <= id) {
            lanes->resize(id + 1);
            open.resize(id + 1);
            isOpen.resize(id + 1, false);
        }
    }
    void close(int32_t id, SimTime t)
    {
        if (id < 0 || size_t(id) >= isOpen.size() || !isOpen[size_t(id)])
            return;
        Segment s = open[size_t(id)];
        s.end = t;
        (*lanes)[size_t(id)].push_back(s);
        isOpen[size_t(id)] = false;
    }
    void start(int32_t id, SimTime t, int32_t g, LaneState st, int32_t reason = 0)
    {
        if (id < 0)
            return;
        ensure(size_t(id));
        close(id, t);
        open[size_t(id)] = Segment{t, t, g, st, reason};
        isOpen[size_t(id)] = true;
    }
    bool runs(int32_t id, int32_t g) const
    {
        return id >= 0 && size_t(id) < isOpen.size() && isOpen[size_t(id)] && open[size_t(id)].g == g;
    }
    void finish(SimTime t)
    {
        for (size_t i = 0; i < isOpen.size(); ++i)
            close(int32_t(i), t);
    }
};

bool isMark(EvKind k)
{
    switch (k) {
    case EvKind::MemRead: case EvKind::MemWrite: case EvKind::AtomicRead: case EvKind::AtomicWrite:
    case EvKind::ChanSend: case EvKind::ChanRecv: case EvKind::ChanClose: case EvKind::Select:
    case EvKind::MutexLock: case EvKind::MutexUnlock: case EvKind::RWRLock: case EvKind::RWRUnlock:
    case EvKind::RWLock: case EvKind::RWUnlock: case EvKind::WgAdd: case EvKind::WgWait:
    case EvKind::OnceDone:
        return true;
    default:
        return false;
    }
}

} // namespace

TimelineData TimelineData::build(const trace::Trace &t)
{
    TimelineData d;
    LaneBuilder p{&d.pLanes, {}, {}}, m{&d.mLanes, {}, {}}, g{&d.gLanes, {}, {}};
    // Where each running G runs, to close its P and M segments when it stops.
    std::vector<int32_t> gP, gM;
    auto runningOn = [&](int32_t goid, std::vector<int32_t> &v) -> int32_t & {
        if (v.size() <= size_t(goid))
            v.resize(size_t(goid) + 1, -1);
        return v[size_t(goid)];
    };
    auto stopRunning = [&](int32_t goid, SimTime time) {
        int32_t &pp = runningOn(goid, gP);
        int32_t &mm = runningOn(goid, gM);
        if (p.runs(pp, goid)) p.close(pp, time);
        if (m.runs(mm, goid)) m.close(mm, time);
        pp = mm = -1;
    };
    SimTime throttleStart = -1;
    const auto &evs = t.events();
    for (size_t i = 0; i < evs.size(); ++i) {
        const trace::TraceEvent &e = evs[i];
        switch (e.kind) {
        case EvKind::GoCreate:
        case EvKind::GoUnpark:
            g.start(e.g, e.time, e.g, LaneState::Runnable);
            break;
        case EvKind::GoStart:
            g.start(e.g, e.time, e.g, LaneState::Running);
            p.start(e.p, e.time, e.g, LaneState::Running);
            m.start(e.m, e.time, e.g, LaneState::Running);
            runningOn(e.g, gP) = e.p;
            runningOn(e.g, gM) = e.m;
            break;
        case EvKind::GoSched:
        case EvKind::GoPreempt:
            stopRunning(e.g, e.time);
            g.start(e.g, e.time, e.g, LaneState::Runnable);
            break;
        case EvKind::GoPark:
            stopRunning(e.g, e.time);
            g.start(e.g, e.time, e.g, LaneState::Blocked, e.a);
            break;
        case EvKind::GoEnd:
        case EvKind::GoKilled:
            stopRunning(e.g, e.time);
            g.close(e.g, e.time);
            break;
        case EvKind::MStart:
            if (e.a == 1) m.start(e.m, e.time, 0, LaneState::Spinning);
            break;
        case EvKind::MSpin:
        case EvKind::MWake:
            if (e.kind == EvKind::MSpin || e.a == 1) m.start(e.m, e.time, 0, LaneState::Spinning);
            break;
        case EvKind::MSpinStop:
        case EvKind::MPark:
            if (e.m >= 0 && size_t(e.m) < m.isOpen.size() && m.isOpen[size_t(e.m)]
                && m.open[size_t(e.m)].state == LaneState::Spinning)
                m.close(e.m, e.time);
            break;
        case EvKind::ProcSteal:
            d.arrows.push_back(Arrow{e.time, true, e.b, e.p, e.a});
            break;
        case EvKind::Throttle:
            throttleStart = e.time;
            break;
        case EvKind::Unthrottle:
            if (throttleStart >= 0) d.throttled.push_back(Interval{throttleStart, e.time});
            throttleStart = -1;
            break;
        default:
            break;
        }
        if (e.kind == EvKind::GoUnpark && e.a > 0)
            d.arrows.push_back(Arrow{e.time, false, e.a, e.g, 1});
        if (isMark(e.kind)) {
            if (e.g > 0) {
                if (d.gMarks.size() <= size_t(e.g)) d.gMarks.resize(size_t(e.g) + 1);
                d.gMarks[size_t(e.g)].push_back(uint32_t(d.marks.size()));
            }
            d.marks.push_back(Mark{e.time, e.g, e.kind, uint32_t(i)});
        }
    }
    d.endTime = evs.empty() ? 0 : evs.back().time;
    if (throttleStart >= 0) d.throttled.push_back(Interval{throttleStart, d.endTime});
    p.finish(d.endTime);
    m.finish(d.endTime);
    g.finish(d.endTime);
    // Drop the growth slack: a million-event run keeps these for its lifetime.
    for (auto *lanes : {&d.pLanes, &d.mLanes, &d.gLanes})
        for (auto &lane : *lanes) lane.shrink_to_fit();
    for (auto &m : d.gMarks) m.shrink_to_fit();
    d.marks.shrink_to_fit();
    d.arrows.shrink_to_fit();
    return d;
}

int segmentAt(const std::vector<Segment> &lane, SimTime time)
{
    auto it = std::upper_bound(lane.begin(), lane.end(), time,
                               [](SimTime t, const Segment &s) { return t < s.start; });
    if (it == lane.begin())
        return -1;
    --it;
    return (time >= it->start && time <= it->end) ? int(it - lane.begin()) : -1;
}

} // namespace gsl::ui
