// por.cpp — sleep sets over Pick schedules (por.h).
//
// The search is Godefroid's stateless sleep-set DFS, run level by level (all
// schedules of k picks, then k+1) so each level runs in parallel and merges
// by index. Each schedule carries the sleep set of its last decision, before
// the picked goroutine's step. Expanding a run of schedule S walks its
// candidate points after S's last pick:
//   * the first one is the picked goroutine's step (the transition S chose):
//     it only updates the sleep set;
//   * at every later point (a node), the free continuation (the goroutine the
//     runtime ran) is the first child, explored by this very run; every other
//     runnable goroutine h not asleep is a child S + "pick h here", whose sleep
//     set is this node's plus the children explored before it (the free one,
//     then lower goids); an asleep h is pruned;
//   * then the sleep set loses every goroutine whose step depends on the step
//     just taken. If the runtime itself ran an asleep goroutine, the rest of
//     this run repeats an explored interleaving: its later points are not
//     nodes (stats.blocked).
// A goroutine's pending step at a node is the next step it performs later in
// the same run (its local state cannot change while it is not running).
#include "sim/explore/por.h"
#include "sim/explore/schedule.h"

#include <algorithm>
#include <functional>
#include <set>

namespace gsl::explore {

namespace {

struct Trans {
    int32_t goid = 0;
    runtime::StepAccess access;
};

struct Node {
    std::vector<ScheduleChoice> schedule;
    std::vector<Trans> sleep;   // at the last pick, before the picked goroutine's step
};

bool asleep(const std::vector<Trans> &z, int32_t goid)
{
    return std::any_of(z.begin(), z.end(), [&](const Trans &t) { return t.goid == goid; });
}

// wake drops from z every goroutine whose next step depends on `step`.
void wake(std::vector<Trans> &z, const runtime::StepAccess &step)
{
    z.erase(std::remove_if(z.begin(), z.end(), [&](const Trans &t) { return t.access.dependsOn(step); }), z.end());
}

// NextSteps answers "what does goroutine g's next step touch, after record r
// of this run": its first record after r (nullptr when it performs no shared
// step again). Per-goroutine record lists, binary search: O(log n) a query.
class NextSteps {
public:
    explicit NextSteps(const RunOutcome &o) : m_o(o)
    {
        for (uint32_t i = 0; i < o.stepRecords.size(); ++i) {
            const size_t g = size_t(std::max(0, o.stepRecords[i].goid));
            if (g >= m_byG.size()) m_byG.resize(g + 1);
            m_byG[g].push_back(i);
        }
    }
    const runtime::StepAccess *after(size_t r, int32_t g) const
    {
        if (g < 0 || size_t(g) >= m_byG.size()) return nullptr;
        const auto &v = m_byG[size_t(g)];
        const auto it = std::upper_bound(v.begin(), v.end(), uint32_t(r));
        return it == v.end() ? nullptr : &m_o.stepRecords[*it].access;
    }

private:
    const RunOutcome &m_o;
    std::vector<std::vector<uint32_t>> m_byG;
};

} // namespace

BoundedRuns exploreSleepSets(const runtime::RunConfig &base, int bound, size_t cap, bool sleepSets, const BatchFn &batch)
{
    BoundedRuns out;
    ScheduleStats &st = out.stats;
    std::set<uint64_t> seen;   // happens-before classes (with outcome): st.distinct
    std::vector<Node> level{Node{}};
    for (int k = 0; k <= std::max(0, bound) && !level.empty(); ++k) {
        std::vector<runtime::RunConfig> cfgs(level.size(), base);
        for (size_t i = 0; i < level.size(); ++i) {
            cfgs[i].schedule = level[i].schedule;
            cfgs[i].recordPoints = k < bound;
        }
        auto outs = batch(cfgs);
        std::vector<Node> next;
        for (size_t i = 0; i < outs.size(); ++i) {
            auto &o = outs[i];
            if (!o) continue;
            ++st.schedules;
            const uint64_t cls = o->hbClass ^ (std::hash<std::string>{}(o->outcome) * 31 + uint64_t(o->exitStatus));
            if (seen.insert(cls).second) ++st.distinct;
            if (k < bound && o->divergence.empty() && !out.truncated) {
                const Node &node = level[i];
                const uint64_t after = node.schedule.empty() ? 0 : node.schedule.back().point + 1;
                std::vector<Trans> z = node.sleep;
                bool picked = !node.schedule.empty();   // first record: the picked goroutine's step
                size_t nodes = 0;
                const auto &recs = o->stepRecords;
                const NextSteps nextSteps(*o);
                size_t r = size_t(std::lower_bound(recs.begin(), recs.end(), after,
                                                   [](const runtime::StepRecord &a, uint64_t p) { return a.point < p; }) -
                                  recs.begin());
                for (; r < recs.size() && !out.truncated; ++r) {
                    const runtime::StepRecord &rec = recs[r];
                    if (picked) {
                        picked = false;
                        wake(z, rec.access);
                        continue;
                    }
                    ++nodes;
                    const bool prune = sleepSets;
                    const bool freeAsleep = prune && asleep(z, rec.goid);
                    std::vector<Trans> explored = z;
                    if (sleepSets && !asleep(z, rec.goid)) explored.push_back({rec.goid, rec.access});
                    for (uint32_t j = rec.runnableBegin; j < rec.runnableEnd; ++j) {
                        const int32_t h = o->runnable[j];
                        if (h == rec.goid) continue;
                        if (prune && asleep(z, h)) {
                            ++st.pruned;
                            continue;
                        }
                        if (st.schedules + (outs.size() - i - 1) + next.size() >= cap) {
                            out.truncated = true;
                            break;
                        }
                        Node child;
                        child.schedule = node.schedule;
                        child.schedule.push_back({rec.point, ScheduleChoice::Kind::Pick, h});
                        if (sleepSets) {
                            child.sleep = explored;
                            if (const runtime::StepAccess *a = nextSteps.after(r, h)) explored.push_back({h, *a});
                        }
                        next.push_back(std::move(child));
                    }
                    if (freeAsleep) {
                        ++st.blocked;
                        break;
                    }
                    wake(z, rec.access);
                }
                // Points after `after` that are not nodes: schedule() calls, steps before local work
                // (and, when the run was blocked, the rest of it).
                if (o->schedPoints > after) st.pointsSkipped += size_t(o->schedPoints - after) - nodes;
            }
            o->preemptPoints = {};
            o->stepRecords = {};
            o->runnable = {};
            out.runs.push_back(std::move(o));
        }
        level = std::move(next);
    }
    return out;
}

} // namespace gsl::explore
