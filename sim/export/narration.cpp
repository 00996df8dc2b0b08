// narration.cpp — one sentence per event kind.
#include "sim/export/narration.h"

#include "sim/trace/trace.h"
#include "sim/trace/wait_reason.h"

#include <algorithm>
#include <cstdio>

namespace gsl::exports {

using trace::EvKind;

namespace {

std::string G(int32_t g) { return "G" + std::to_string(g); }
std::string P(int32_t p) { return "P" + std::to_string(p); }
std::string M(int32_t m) { return "M" + std::to_string(m); }
std::string line(int32_t l) { return l > 0 ? " (line " + std::to_string(l) + ")" : ""; }

std::string quotedText(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n') out += "\\n";
        else out += c;
    }
    if (out.size() > 60) out = out.substr(0, 57) + "...";
    return out + "\"";
}

std::string var(const trace::TraceEvent &e, const trace::Trace &t)
{
    std::string_view v = t.str(uint32_t(e.b));
    return v.empty() ? "variable #" + std::to_string(e.a) : std::string(v);
}

} // namespace

std::string formatTime(SimTime ns)
{
    char buf[48];
    if (ns >= kMillisecond) std::snprintf(buf, sizeof buf, "%.3f ms", double(ns) / 1e6);
    else if (ns >= kMicrosecond) std::snprintf(buf, sizeof buf, "%.1f µs", double(ns) / 1e3);
    else std::snprintf(buf, sizeof buf, "%lld ns", static_cast<long long>(ns));
    return buf;
}

std::string narrate(const trace::TraceEvent &e, const trace::Trace &t)
{
    switch (e.kind) {
    case EvKind::GoCreate:
        if (e.a == 0) return "The runtime creates " + G(e.g) + (e.g == 1 ? " to run main." : ".");
        return G(e.a) + " creates " + G(e.g) + " (go statement" + (e.b > 0 ? ", line " + std::to_string(e.b) : "") + ").";
    case EvKind::GoStart:
        return G(e.g) + " starts running on " + P(e.p) + " (" + M(e.m) + ")" +
               (e.a ? ", inheriting the current time slice because it came from runnext." : ".");
    case EvKind::GoEnd: return G(e.g) + " returns from its function and exits.";
    case EvKind::GoSched:
        return e.a ? G(e.g) + " yields (goyield) and goes to the tail of " + P(e.p) + "'s run queue."
                   : G(e.g) + " calls runtime.Gosched: it goes to the global run queue so others can run.";
    case EvKind::GoPreempt:
        return std::string("sysmon preempts ") + G(e.g) + " on " + P(e.p) + " after a 10 ms time slice (" +
               (e.a ? "asynchronous, by signal" : "cooperative") + "); it goes to the global run queue.";
    case EvKind::GoPark: {
        std::string_view why = trace::waitReasonString(e.a);
        return G(e.g) + " blocks" + (why.empty() ? std::string() : " (" + std::string(why) + ")") + line(e.c) +
               " and gives up " + P(e.p) + ".";
    }
    case EvKind::GoUnpark:
        return (e.a > 0 ? G(e.a) + " wakes " : std::string("The runtime wakes ")) + G(e.g) + ": it is runnable again.";
    case EvKind::GoKilled: return G(e.g) + " is still alive when the process exits; it never finishes.";
    case EvKind::RunqPut: {
        auto where = trace::Placement(e.reason);
        if (where == trace::Placement::Runnext)
            return G(e.g) + " goes into " + P(e.p) + "'s runnext slot, so it runs next" +
                   (e.a > 0 ? "; it kicks " + G(e.a) + " to the tail of " + P(e.p) + "'s run queue." : ".");
        return G(e.g) + " goes to the " + (where == trace::Placement::Head ? "head" : "tail") + " of " + P(e.p) +
               "'s local run queue.";
    }
    case EvKind::RunqGet: {
        auto from = trace::Source(e.reason);
        if (from == trace::Source::Runnext) return P(e.p) + " takes " + G(e.g) + " from its runnext slot.";
        if (from == trace::Source::Global) return P(e.p) + " takes " + G(e.g) + " from the global run queue.";
        return P(e.p) + " takes " + G(e.g) + " from the head of its local run queue.";
    }
    case EvKind::GlobRunqPut: {
        switch (trace::GlobWhy(e.a)) {
        case trace::GlobWhy::Overflow: return G(e.g) + " moves to the global run queue because " + P(e.p) + "'s local queue is full.";
        case trace::GlobWhy::Destroy: return G(e.g) + " moves from " + P(e.p) + " to the global run queue: GOMAXPROCS shrank.";
        case trace::GlobWhy::ExitSyscall: return G(e.g) + " returns from a system call and finds no P: it goes to the global run queue.";
        default: return G(e.g) + " goes to the " + (trace::Placement(e.reason) == trace::Placement::Head ? "head" : "tail") +
                        " of the global run queue.";
        }
    }
    case EvKind::GlobRunqGet:
        return P(e.p) + " takes " + std::to_string(e.a) + " goroutine" + (e.a == 1 ? "" : "s") +
               " from the global run queue; " + G(e.g) + " runs first.";
    case EvKind::ProcSteal:
        if (e.c) return P(e.p) + " has no work and steals " + G(e.g) + " from " + P(e.b) + "'s runnext slot.";
        return P(e.p) + " has no work and steals " + std::to_string(e.a) + " goroutine" + (e.a == 1 ? "" : "s") +
               " (half of the queue) from " + P(e.b) + "; " + G(e.g) + " runs first.";
    case EvKind::RunqOverflow:
        return P(e.p) + "'s run queue is full: " + std::to_string(e.a) + " goroutines (half of it, and " + G(e.g) +
               ") move to the global run queue.";
    case EvKind::ProcStart: return M(e.m) + " acquires " + P(e.p) + ".";
    case EvKind::ProcStop: return M(e.m) + " releases " + P(e.p) + (e.a ? ", which is destroyed." : " to the idle list.");
    case EvKind::MStart:
        if (e.b) return "The runtime starts sysmon on " + M(e.m) + ".";
        return "A new OS thread " + M(e.m) + " starts" + (e.a ? " spinning to look for work." : ".");
    case EvKind::MSpin: return M(e.m) + " spins on " + P(e.p) + ", looking for work to steal.";
    case EvKind::MSpinStop: return M(e.m) + " stops spinning.";
    case EvKind::MPark: return M(e.m) + " finds no work and sleeps (stopm).";
    case EvKind::MWake: return "Idle " + M(e.m) + " is woken to run " + P(e.p) + (e.a ? " and look for work (wakep)." : ".");
    case EvKind::Retake:
        return "sysmon retakes " + P(e.p) + (e.a ? " from a system call." : " and asks " + G(e.g) + " to stop (time slice over).");
    case EvKind::GoMaxProcs:
        return "GOMAXPROCS changes from " + std::to_string(e.b) + " to " + std::to_string(e.a) + ".";
    case EvKind::STWStart: return "The runtime stops the world.";
    case EvKind::STWDone: return "The world restarts.";
    case EvKind::MemRead: return G(e.g) + " reads " + var(e, t) + line(e.c) + ".";
    case EvKind::MemWrite: return G(e.g) + " writes " + var(e, t) + line(e.c) + ".";
    case EvKind::AtomicRead: return G(e.g) + " atomically loads " + var(e, t) + line(e.c) + ".";
    case EvKind::AtomicWrite: return G(e.g) + " atomically updates " + var(e, t) + line(e.c) + ".";
    case EvKind::ChanMake: return G(e.g) + " makes a channel with capacity " + std::to_string(e.b) + line(e.c) + ".";
    case EvKind::ChanSend:
        return G(e.g) + " sends on a channel" + (e.b > 0 ? ", handing the value directly to " + G(e.b) : std::string()) + line(e.c) + ".";
    case EvKind::ChanRecv:
        return G(e.g) + (e.b ? " receives from a channel" : " receives the zero value from a closed channel") + line(e.c) + ".";
    case EvKind::ChanClose: return G(e.g) + " closes a channel" + line(e.c) + ".";
    case EvKind::Select:
        return G(e.g) + (e.b < 0 ? " takes the default case of a select" : " chooses case " + std::to_string(e.b) + " of a select") + line(e.c) + ".";
    case EvKind::MutexLock: return G(e.g) + " locks a mutex" + (e.b ? " (handed over in starvation mode)" : "") + line(e.c) + ".";
    case EvKind::MutexUnlock: return G(e.g) + " unlocks a mutex" + line(e.c) + ".";
    case EvKind::RWRLock: return G(e.g) + " read-locks an RWMutex" + line(e.c) + ".";
    case EvKind::RWRUnlock: return G(e.g) + " read-unlocks an RWMutex" + line(e.c) + ".";
    case EvKind::RWLock: return G(e.g) + " write-locks an RWMutex" + line(e.c) + ".";
    case EvKind::RWUnlock: return G(e.g) + " write-unlocks an RWMutex" + line(e.c) + ".";
    case EvKind::WgAdd:
        return e.b == -1 ? G(e.g) + " calls wg.Done" + line(e.c) + "."
                         : G(e.g) + " calls wg.Add(" + std::to_string(e.b) + ")" + line(e.c) + ".";
    case EvKind::WgWait: return G(e.g) + " returns from wg.Wait" + line(e.c) + ".";
    case EvKind::OnceDone: return G(e.g) + " finishes a sync.Once function" + line(e.c) + ".";
    case EvKind::TimerSet: return G(e.g) + " starts a timer.";
    case EvKind::TimerFire: return "A timer fires.";
    case EvKind::CfsPeriod: return "A new CFS period begins: the container's CPU quota is refilled.";
    case EvKind::Throttle:
        return "CPU " + std::to_string(e.a) + " used up its 5 ms slice of the container's quota and the quota pool is empty: "
               "the kernel throttles the thread on it until the next period (other CPUs run on until their own slices run out).";
    case EvKind::Unthrottle: return "The quota is refreshed: CPU " + std::to_string(e.a) + " runs the container's threads again.";
    case EvKind::CpuRun: return "The OS puts " + M(e.m) + " on CPU " + std::to_string(e.a) + ".";
    case EvKind::CpuPreempt: return "The OS takes CPU " + std::to_string(e.a) + " away from " + M(e.m) + ".";
    case EvKind::Print:
        return G(e.g) + " prints " + quotedText(t.str(uint32_t(e.a))) + (e.b ? " to stderr." : ".");
    case EvKind::Panic: return G(e.g) + " panics: " + std::string(t.str(uint32_t(e.a))) + ".";
    case EvKind::Fatal: return "The runtime stops the program: " + std::string(t.str(uint32_t(e.a))) + ".";
    case EvKind::Exit: return "The process exits with status " + std::to_string(e.a) + ".";
    case EvKind::Budget: return "The run stopped: " + std::string(t.str(uint32_t(e.a))) + ".";
    case EvKind::ForcedPick:
        return "The schedule forces P" + std::to_string(e.p) + " to run " + G(e.g) + " next (scheduling point " +
               std::to_string(e.a) + ").";
    case EvKind::Count_: break;
    }
    return std::string(trace::eventKindName(e.kind)) + ".";
}

bool isKeyEvent(const trace::TraceEvent &e)
{
    switch (e.kind) {
    case EvKind::GoCreate:
        return e.a != 0;
    case EvKind::RunqPut:
        return trace::Placement(e.reason) == trace::Placement::Runnext;
    case EvKind::ProcSteal: case EvKind::GoPreempt: case EvKind::GoPark: case EvKind::GoUnpark:
    case EvKind::GoSched: case EvKind::GlobRunqGet: case EvKind::RunqOverflow: case EvKind::GoEnd:
    case EvKind::Throttle: case EvKind::Unthrottle: case EvKind::GoMaxProcs: case EvKind::GoKilled:
    case EvKind::Print: case EvKind::Panic: case EvKind::Fatal: case EvKind::Exit: case EvKind::Budget:
    case EvKind::ForcedPick:
        return true;
    default:
        return false;
    }
}

std::vector<NarratedStep> keySteps(const trace::Trace &t, const ExportContext &ctx, size_t maxSteps)
{
    std::vector<size_t> racy;
    for (const RaceMark &r : ctx.races) {
        racy.push_back(r.event);
        if (r.previousEvent != r.event) racy.push_back(r.previousEvent);
    }
    std::sort(racy.begin(), racy.end());
    racy.erase(std::unique(racy.begin(), racy.end()), racy.end());

    std::vector<NarratedStep> out;
    size_t left = 0;
    const auto &evs = t.events();
    for (size_t i = 0; i < evs.size(); ++i) {
        bool isRace = std::binary_search(racy.begin(), racy.end(), i);
        if (!isRace && !isKeyEvent(evs[i])) continue;
        // The racy accesses are the point of the story: never cut them.
        if (out.size() >= maxSteps && !isRace) {
            ++left;
            continue;
        }
        std::string text = narrate(evs[i], t);
        if (isRace) text += " This access is part of a data race.";
        out.push_back(NarratedStep{i, evs[i].time, std::move(text), isRace});
    }
    if (left > 0)
        out.push_back(NarratedStep{evs.size(), evs.empty() ? 0 : evs.back().time,
                                   "... and " + std::to_string(left) + " more scheduling steps (open the trace export to see them all).",
                                   false});
    return out;
}

} // namespace gsl::exports
