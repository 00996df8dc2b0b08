// random_program.h — RapidCheck generators of random VALID scenario programs
// (scenario-language.md, subset v1) and of random run configurations, for
// tst_property_random_programs.cpp.
//
// Programs are generated as Go source text, so they go through the real front
// end. They are valid by construction: every shared object is a package-level
// variable (Go never reports unused globals), loop variables are always used by
// their condition, receives either discard the value or add it to the
// counter, and imports are emitted for exactly the packages the body used.
// Every choice is a RapidCheck pick, so a failing program shrinks: block
// lengths shrink to 0 and statement kinds to 0 (`counter++`).
#pragma once

#include "sim/runtime/config.h"

#include <rapidcheck.h>

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace gsl::test {

struct RandomProgram {
    std::string source;
};

inline void showValue(const RandomProgram &p, std::ostream &os)
{
    os << "\n----- program -----\n" << p.source << "-------------------\n";
}

class ProgramBuilder {
public:
    std::string build()
    {
        m_nChans = pick(1, 3);
        for (int i = 0; i < m_nChans; ++i) m_caps.push_back(pick(0, 4));
        std::ostringstream body;
        block(body, 1, pick(1, 10));
        // Give the goroutines time to run before main returns (or not).
        switch (pick(0, 3)) {
        case 0: break;
        case 1: body << "\ttime.Sleep(" << dur() << ")\n"; break;
        case 2: m_sync = true; body << "\twg.Wait()\n"; break;
        default: m_runtime = true; body << "\tfor k := 0; k < 50; k++ {\n\t\truntime.Gosched()\n\t}\n"; break;
        }
        return render(body.str());
    }

private:
    static int pick(int lo, int hi) { return *rc::gen::inRange(lo, hi + 1); }
    static std::string ind(int n) { return std::string(size_t(n), '\t'); }
    std::string chan() { return "ch" + std::to_string(pick(0, m_nChans - 1)); }
    std::string dur()
    {
        m_time = true;
        static const char *units[] = {"time.Microsecond", "time.Nanosecond", "time.Millisecond"};
        return "time.Duration(" + std::to_string(pick(1, 50)) + ")*" + units[pick(0, 2)];
    }
    std::string intExpr()
    {
        switch (pick(0, 4)) {
        case 0: return std::to_string(pick(0, 9));
        case 1: return m_loopVars.empty() ? "1" : m_loopVars[size_t(pick(0, int(m_loopVars.size()) - 1))];
        case 2: return "len(" + chan() + ")";
        case 3: return "cap(" + chan() + ")";
        default: m_atomic = true; return "int(acnt.Load())";
        }
    }

    void block(std::ostringstream &o, int depth, int n)
    {
        for (int i = 0; i < n; ++i) stmt(o, depth);
    }
    void nested(std::ostringstream &o, int depth)
    {
        // Bodies get shorter with depth; at the maximum depth only simple statements.
        block(o, depth + 1, pick(0, depth >= 3 ? 1 : 3));
    }

    void stmt(std::ostringstream &o, int d)
    {
        const std::string t = ind(d);
        const int maxKind = d >= 4 ? 10 : 31;
        switch (pick(0, maxKind)) {
        case 0: o << t << "counter++\n"; break;
        case 1: o << t << "counter += " << intExpr() << "\n"; break;
        case 2: m_sync = true; o << t << "mu.Lock()\n" << t << "counter++\n" << t << "mu.Unlock()\n"; break;
        case 3: {
            m_atomic = true;
            switch (pick(0, 3)) {
            case 0: o << t << "acnt.Add(" << pick(1, 3) << ")\n"; break;
            case 1: o << t << "acnt.CompareAndSwap(" << pick(0, 3) << ", " << pick(0, 9) << ")\n"; break;
            case 2: o << t << "acnt.Store(int64(" << intExpr() << "))\n"; break;
            default: o << t << "atomic.AddInt32(&a32, 1)\n"; break;
            }
            break;
        }
        case 4: o << t << chan() << " <- " << intExpr() << "\n"; break;
        case 5:
            if (pick(0, 1)) o << t << "counter += <-" << chan() << "\n";
            else o << t << "<-" << chan() << "\n";
            break;
        case 6: m_time = true; o << t << "time.Sleep(" << dur() << ")\n"; break;
        case 7: m_runtime = true; o << t << "runtime.Gosched()\n"; break;
        case 8: {
            const std::string c = chan();
            o << t << "if v, ok := <-" << c << "; ok {\n" << t << "\tcounter += v\n" << t << "}\n";
            break;
        }
        case 9: m_atomic = true; o << t << "if acnt.Load() > " << pick(0, 5) << " {\n" << t << "\tcounter--\n" << t << "}\n"; break;
        case 10: m_sync = true; o << t << "if mu.TryLock() {\n" << t << "\tcounter++\n" << t << "\tmu.Unlock()\n" << t << "}\n"; break;
        // ---- compound statements (depth < 4)
        case 11: case 12: {
            o << t << "go func() {\n";
            nested(o, d);
            o << t << "}()\n";
            ++m_goStmts;
            break;
        }
        case 13: {   // WaitGroup used correctly
            m_sync = true;
            o << t << "wg.Add(1)\n" << t << "go func() {\n" << t << "\tdefer wg.Done()\n";
            nested(o, d);
            o << t << "}()\n";
            break;
        }
        case 14: {   // WaitGroup used in any order (Add inside the goroutine, extra Done, early Wait)
            m_sync = true;
            static const char *ops[] = {"wg.Wait()", "wg.Done()", "wg.Add(1)", "wg.Add(2)"};
            o << t << ops[pick(0, 3)] << "\n";
            break;
        }
        case 15: {
            const std::string v = "i" + std::to_string(m_nextLoop++);
            static const int bounds[] = {1, 2, 3, 4, 10, 100};
            o << t << "for " << v << " := 0; " << v << " < " << bounds[pick(0, 5)] << "; " << v << "++ {\n";
            m_loopVars.push_back(v);
            nested(o, d);
            m_loopVars.pop_back();
            o << t << "}\n";
            break;
        }
        case 16: {
            o << t << "if counter > " << pick(0, 6) << " {\n";
            nested(o, d);
            o << t << "} else {\n";
            nested(o, d);
            o << t << "}\n";
            break;
        }
        case 17: case 18: select(o, d); break;
        case 19: o << t << "close(" << chan() << ")\n"; break;
        case 20: {
            m_time = true;
            const std::string c = chan();
            o << t << "{\n" << t << "\ttm := time.NewTimer(" << dur() << ")\n" << t << "\tselect {\n"
              << t << "\tcase <-tm.C:\n" << t << "\t\tcounter++\n" << t << "\tcase v := <-" << c << ":\n"
              << t << "\t\tcounter += v\n" << t << "\t\ttm.Stop()\n" << t << "\t}\n" << t << "}\n";
            break;
        }
        case 21: {
            const std::string c = chan();
            o << t << "for v := range " << c << " {\n" << t << "\tcounter += v\n"
              << t << "\tif v > " << pick(0, 5) << " {\n" << t << "\t\tbreak\n" << t << "\t}\n" << t << "}\n";
            break;
        }
        case 22: {   // Mutex misuse: Lock without Unlock, Unlock of an unlocked mutex
            m_sync = true;
            o << t << (pick(0, 1) ? "mu.Lock()" : "mu.Unlock()") << "\n";
            break;
        }
        case 23: m_sync = true; o << t << "rw.RLock()\n" << t << "shadow = counter\n" << t << "rw.RUnlock()\n"; break;
        case 24: m_sync = true; o << t << "once.Do(func() {\n" << t << "\tcounter += 10\n" << t << "})\n"; break;
        case 25: o << t << (pick(0, 1) ? "go " : "") << "work(" << pick(0, 20) * pick(1, 50) << ")\n"; break;
        case 26: {   // rare endings: a spin that may need the budget, panic, os.Exit
            switch (pick(0, 5)) {
            case 0: m_atomic = true; m_runtime = true;
                o << t << "for acnt.Load() < " << pick(1, 3) << " {\n" << t << "\truntime.Gosched()\n" << t << "}\n";
                break;
            case 1: o << t << "if counter == " << pick(0, 3) << " {\n" << t << "\tpanic(\"boom\")\n" << t << "}\n"; break;
            case 2: m_os = true; o << t << "if counter > " << pick(2, 9) << " {\n" << t << "\tos.Exit(" << pick(0, 3) << ")\n" << t << "}\n"; break;
            default: m_time = true;
                o << t << "select {\n" << t << "case <-time.After(" << dur() << "):\n" << t << "case <-" << chan() << ":\n" << t << "}\n";
                break;
            }
            break;
        }
        case 28: m_runtime = true; o << t << "runtime.GOMAXPROCS(" << pick(1, 8) << ")\n"; break;
        case 29: m_sync = true; o << t << "rw.Lock()\n" << t << "counter++\n" << t << "rw.Unlock()\n"; break;
        case 30: {   // nil channel, time.Tick
            if (pick(0, 1)) {
                o << t << "select {\n" << t << "case <-chNil:\n" << t << "\tcounter++\n" << t << "default:\n" << t << "}\n";
            } else {
                o << t << "select {\n" << t << "case <-time.Tick(" << dur() << "):\n" << t << "\tcounter++\n"
                  << t << "case v := <-" << chan() << ":\n" << t << "\tcounter += v\n" << t << "}\n";
            }
            break;
        }
        case 31: {
            const std::string c = chan();
            o << t << "for len(" << c << ") > 0 {\n" << t << "\tcounter += <-" << c << "\n" << t << "}\n";
            break;
        }
        default: {   // 27: defer with recover, or a deferred counter update
            if (pick(0, 1)) o << t << "defer func() {\n" << t << "\trecover()\n" << t << "}()\n";
            else o << t << "defer func() {\n" << t << "\tcounter++\n" << t << "}()\n";
            break;
        }
        }
    }

    void select(std::ostringstream &o, int d)
    {
        const std::string t = ind(d);
        o << t << "select {\n";
        const int cases = pick(1, 3);
        for (int i = 0; i < cases; ++i) {
            const std::string c = chan();
            switch (pick(0, 2)) {
            case 0: o << t << "case " << c << " <- " << intExpr() << ":\n"; break;
            case 1: o << t << "case <-" << c << ":\n"; break;
            default: o << t << "case v, ok := <-" << c << ":\n" << t << "\tif ok {\n" << t << "\t\tcounter += v\n" << t << "\t}\n"; break;
            }
            nested(o, d);
        }
        if (pick(0, 1)) {
            o << t << "default:\n";
            nested(o, d);
        }
        o << t << "}\n";
    }

    std::string render(const std::string &body) const
    {
        std::ostringstream o;
        o << "package main\n\nimport (\n\t\"fmt\"\n";
        if (m_os) o << "\t\"os\"\n";
        if (m_runtime) o << "\t\"runtime\"\n";
        if (m_sync) o << "\t\"sync\"\n";
        if (m_atomic) o << "\t\"sync/atomic\"\n";
        if (m_time) o << "\t\"time\"\n";
        o << ")\n\nvar counter int\nvar shadow int\nvar chNil chan int\n";
        for (int i = 0; i < m_nChans; ++i) o << "var ch" << i << " = make(chan int, " << m_caps[size_t(i)] << ")\n";
        if (m_sync) o << "var mu sync.Mutex\nvar rw sync.RWMutex\nvar wg sync.WaitGroup\nvar once sync.Once\n";
        if (m_atomic) o << "var acnt atomic.Int64\nvar a32 int32\n";
        o << "\nfunc work(n int) {\n\tfor j := 0; j < n; j++ {\n\t\tcounter++\n\t}\n}\n\n";
        o << "func main() {\n" << body << "\tfmt.Println(counter, shadow, len(ch0))\n}\n";
        return o.str();
    }

    int m_nChans = 1;
    std::vector<int> m_caps;
    std::vector<std::string> m_loopVars;
    int m_nextLoop = 0;
    int m_goStmts = 0;
    bool m_sync = false, m_atomic = false, m_time = false, m_runtime = false, m_os = false;
};

inline rc::Gen<RandomProgram> genProgram()
{
    return rc::gen::exec([] { return RandomProgram{ProgramBuilder().build()}; });
}

// A random configuration with small budgets and the invariant checks on.
struct RandomConfig {
    runtime::RunConfig cfg;
};

inline std::string describe(const runtime::RunConfig &c)
{
    std::ostringstream o;
    o << "go=" << c.go.str() << " gomaxprocs=" << (c.gomaxprocs ? std::to_string(*c.gomaxprocs) : "policy")
      << " cpus=" << c.cpus << " quotaUs=" << c.quotaUs << " policy=" << int(c.policy) << " seed=" << c.seed
      << " race=" << c.race << " env=" << (c.env.count("GOMAXPROCS") ? c.env.at("GOMAXPROCS") : "-")
      << " keyframeEvery=" << c.keyframeEvery << " maxSteps=" << c.budgets.maxSteps
      << " maxSimTimeNs=" << c.budgets.maxSimTime << " maxGoroutines=" << c.budgets.maxGoroutines
      << " maxTraceEvents=" << c.budgets.maxTraceEvents;
    return o.str();
}

inline void showValue(const RandomConfig &c, std::ostream &os)
{
    os << describe(c.cfg);
}

inline rc::Gen<RandomConfig> genConfig()
{
    return rc::gen::exec([] {
        auto pick = [](int lo, int hi) { return *rc::gen::inRange(lo, hi + 1); };
        runtime::RunConfig c;
        c.go = GoVersion{1, pick(13, 25)};
        c.cpus = pick(1, 64);
        if (pick(0, 2) != 0) c.gomaxprocs = pick(1, 64);
        if (pick(0, 1)) {
            c.periodUs = 100'000;
            c.quotaUs = int64_t(pick(10, 100 * c.cpus)) * 1000;   // 0.01 .. cpus cores
        }
        c.policy = runtime::MaxProcsPolicy(pick(0, 2));
        c.seed = *rc::gen::inRange<uint64_t>(1, UINT64_MAX);
        c.race = pick(0, 7) == 0;
        if (pick(0, 9) == 0) c.env["GOMAXPROCS"] = std::to_string(pick(1, 64));
        c.keyframeEvery = uint32_t(pick(16, 1024));
        c.checkInvariants = true;
        c.budgets.maxSteps = uint64_t(pick(2'000, 100'000));
        c.budgets.maxSimTime = SimDur(pick(1, 200)) * kMillisecond;
        c.budgets.maxGoroutines = uint32_t(pick(50, 2'000));
        c.budgets.maxTraceEvents = uint64_t(pick(5'000, 60'000));
        return RandomConfig{c};
    });
}

} // namespace gsl::test

namespace rc {
template<> struct Arbitrary<gsl::test::RandomProgram> {
    static Gen<gsl::test::RandomProgram> arbitrary() { return gsl::test::genProgram(); }
};
template<> struct Arbitrary<gsl::test::RandomConfig> {
    static Gen<gsl::test::RandomConfig> arbitrary() { return gsl::test::genConfig(); }
};
} // namespace rc
