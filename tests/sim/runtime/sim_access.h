// sim_access.h — test-only access to the runtime's queue functions
// (Simulation declares SimTestAccess a friend), so Go's own property tests
// of runqput/runqget/runqsteal can be ported directly.
#pragma once

#include "sim/runtime/script_executor.h"
#include "sim/runtime/simulation.h"

#include <vector>

namespace gsl::runtime {

struct SimTestAccess {
    static int32_t newG(Simulation &s)
    {
        G g;
        g.goid = int32_t(s.m_gs.size());
        g.status = GStatus::Runnable;
        s.m_gs.push_back(g);
        return g.goid;
    }
    static void runqput(Simulation &s, int p, int32_t g, bool next) { s.runqput(s.m_ps[size_t(p)], g, next); }
    static int32_t runqget(Simulation &s, int p, bool &inherit) { return s.runqget(s.m_ps[size_t(p)], inherit); }
    static int32_t runqsteal(Simulation &s, int thief, int victim, bool runnext, bool &backoff)
    {
        return s.runqsteal(s.m_ps[size_t(thief)], s.m_ps[size_t(victim)], runnext, backoff);
    }
    static int32_t globrunqget(Simulation &s, int p, uint32_t max) { return s.globrunqget(s.m_ps[size_t(p)], max); }
    static void globrunqput(Simulation &s, int32_t g) { s.globrunqput(g, trace::GlobWhy::Gosched); }
    static std::vector<int32_t> ring(const Simulation &s, int p)
    {
        const P &pp = s.m_ps[size_t(p)];
        std::vector<int32_t> out;
        for (uint32_t k = pp.runqhead; k != pp.runqtail; ++k) out.push_back(pp.runq[k % kRunqSize]);
        return out;
    }
    static int32_t runnext(const Simulation &s, int p) { return s.m_ps[size_t(p)].runnext; }
    // P p held by an M (status _Prunning), running curg (0: its M is in schedule())
    static void setRunning(Simulation &s, int p, int32_t curg)
    {
        s.m_ps[size_t(p)].status = PStatus::Running;
        s.m_ps[size_t(p)].curg = curg;
    }
    static int32_t findRunnableLocal(Simulation &s, int p, bool &inherit) { return s.findRunnableLocal(s.m_ps[size_t(p)], inherit); }
    static uint32_t &schedtick(Simulation &s, int p) { return s.m_ps[size_t(p)].schedtick; }
    static size_t globalLen(const Simulation &s) { return s.m_globrunq.size(); }
    static void start(Simulation &s) { s.runUntil(1); }
};

// A started simulation whose Ps other than P0 are idle and free for tests.
struct QueueFixture {
    ScriptProgram prog;
    ScriptExecutor ex;
    Simulation sim;
    static ScriptProgram mainOnly()
    {
        ScriptProgram p;
        p.fn(0).end();
        return p;
    }
    explicit QueueFixture(int gomaxprocs, bool race = false)
        : prog(mainOnly()), ex(prog), sim(ex, cfg(gomaxprocs, race))
    {
        SimTestAccess::start(sim);
    }
    static RunConfig cfg(int n, bool race)
    {
        RunConfig c;
        c.gomaxprocs = n;
        c.race = race;
        return c;
    }
};

} // namespace gsl::runtime
