// apply_queue.cpp — apply() for the events that move a G between places:
// runnext, a P's ring, the global queue, "in hand" (trace_event.h).
#include "sim/trace/apply_detail.h"

#include <string>
#include <vector>

namespace gsl::trace::detail {

void applyQueue(SchedState &s, const TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::RunqPut: {
        PState &p = pOf(s, e, e.p);
        GState &g = gOf(s, e, e.g);
        switch (Placement(e.reason)) {
        case Placement::Runnext:
            if (e.a != 0) {
                if (p.runnext != e.a)
                    fail(e, "kicked g" + std::to_string(e.a) + " but runnext is g" + std::to_string(p.runnext));
                pushRing(e, p, e.a, false);
            } else if (p.runnext != 0) {
                fail(e, "runnext holds g" + std::to_string(p.runnext) + " but nothing was kicked");
            }
            p.runnext = e.g;
            break;
        case Placement::Tail: pushRing(e, p, e.g, false); break;
        case Placement::Head: pushRing(e, p, e.g, true); break;
        default: fail(e, "bad placement");
        }
        g.p = e.p;
        break;
    }
    case EvKind::RunqGet: {
        PState &p = pOf(s, e, e.p);
        switch (Source(e.reason)) {
        case Source::Runnext:
            if (p.runnext != e.g)
                fail(e, "runnext is g" + std::to_string(p.runnext));
            p.runnext = 0;
            break;
        case Source::Local:
            if (p.runq.empty() || p.runq.front() != e.g)
                fail(e, "not at the head of the runq");
            p.runq.erase(p.runq.begin());
            break;
        case Source::Global:
            if (!s.globrunq.empty() && s.globrunq.front() == e.g)
                s.globrunq.pop_front();
            break;
        default: break; // Steal/Timer: informational, ProcSteal moved it
        }
        takeToRun(s, e, e.g, e.p);
        break;
    }
    case EvKind::GlobRunqPut: {
        GState &g = gOf(s, e, e.g);
        if (GlobWhy(e.a) == GlobWhy::Destroy) {
            // procresize moves a dying P's Gs from where they are.
            PState &p = pOf(s, e, e.p);
            if (p.runnext == e.g)
                p.runnext = 0;
            else if (!eraseFrom(p.runq, e.g))
                fail(e, "Destroy: not in the P's runnext or ring");
        }
        if (Placement(e.reason) == Placement::Head)
            s.globrunq.push_front(e.g);
        else
            s.globrunq.push_back(e.g);
        g.p = -1;
        break;
    }
    case EvKind::GlobRunqGet: {
        PState &p = pOf(s, e, e.p);
        if (e.a < 1 || size_t(e.a) > s.globrunq.size())
            fail(e, "batch of " + std::to_string(e.a) + " from a global queue of " + std::to_string(s.globrunq.size()));
        if (s.globrunq.front() != e.g)
            fail(e, "not at the head of the global queue");
        s.globrunq.pop_front();
        for (int32_t i = 1; i < e.a; ++i) {
            int32_t goid = s.globrunq.front();
            s.globrunq.pop_front();
            pushRing(e, p, goid, false);
            gOf(s, e, goid).p = e.p;
        }
        takeToRun(s, e, e.g, e.p);
        break;
    }
    case EvKind::ProcSteal: {
        PState &thief = pOf(s, e, e.p);
        PState &victim = pOf(s, e, e.b);
        std::vector<int32_t> batch;
        if (e.c == 1) {
            if (e.a != 1 || victim.runnext == 0)
                fail(e, "runnext steal of " + std::to_string(e.a) + " from an empty runnext");
            batch.push_back(victim.runnext);
            victim.runnext = 0;
        } else {
            if (e.a < 1 || size_t(e.a) > victim.runq.size())
                fail(e, "steal of " + std::to_string(e.a) + " from a runq of " + std::to_string(victim.runq.size()));
            batch.assign(victim.runq.begin(), victim.runq.begin() + e.a);
            victim.runq.erase(victim.runq.begin(), victim.runq.begin() + e.a);
        }
        if (batch.back() != e.g)
            fail(e, "the last stolen G is g" + std::to_string(batch.back()));
        for (size_t i = 0; i + 1 < batch.size(); ++i) {
            pushRing(e, thief, batch[i], false);
            gOf(s, e, batch[i]).p = e.p;
        }
        takeToRun(s, e, e.g, e.p);
        break;
    }
    case EvKind::RunqOverflow: {
        // runqputslow: the first a-1 of the ring go "in hand" with g; the a
        // GlobRunqPut(Tail, Overflow) events that follow place them.
        PState &p = pOf(s, e, e.p);
        if (e.a < 1 || size_t(e.a - 1) > p.runq.size())
            fail(e, "overflow batch of " + std::to_string(e.a) + " from a runq of " + std::to_string(p.runq.size()));
        for (int32_t i = 0; i < e.a - 1; ++i)
            gOf(s, e, p.runq[size_t(i)]).p = -1;
        p.runq.erase(p.runq.begin(), p.runq.begin() + (e.a - 1));
        gOf(s, e, e.g).p = -1;
        break;
    }
    case EvKind::ForcedPick: {
        // A schedule's Pick: g leaves whichever queue holds it.
        PState &from = e.b >= 0 ? pOf(s, e, e.b) : pOf(s, e, e.p);
        bool found = false;
        if (e.c == 0) {
            found = from.runnext == e.g;
            if (found) from.runnext = 0;
        } else if (e.c == 1) {
            found = eraseFrom(from.runq, e.g);
        } else {
            found = eraseFrom(s.globrunq, e.g);
        }
        if (!found) fail(e, "forced pick: not in the queue the event names");
        takeToRun(s, e, e.g, e.p);
        break;
    }
    default: break;
    }
}

// procresize applies GoMaxProcs: the runtime has already moved the Gs of the
// Ps that die (GlobRunqPut Head/Destroy) and released them (ProcStop a=1).

} // namespace gsl::trace::detail
