// hb.h — the happens-before relation of one run, computed from its trace.
//
// HappensBefore walks the trace in order and keeps one vector clock per
// goroutine, advanced over exactly the synchronisation edges that Go's race
// runtime (ThreadSanitizer + the annotations in chan.go, sync, sync/atomic,
// time.go and internal/poll) records — go-runtime.md §8, §4.3, §5 and the Go
// memory model (go.dev/ref/mem). The race detector (race.h) and the HB graph
// (hbgraph.h) are both built on it.
//
// Edges (the acting goroutine is TraceEvent::g):
//  - go statement: the creator's clock is copied into the child (GoCreate).
//  - channels: the k-th completed send -> the k-th receive's completion; the
//    k-th receive -> completion of the (k+C)-th send (C = capacity; for C = 0
//    both directions, racesync in chan.go); close -> a receive that returned
//    because the channel is closed (ChanRecv b = 0).
//  - Mutex Unlock -> later Lock; RWMutex as rwmutex.go annotates it: RLock
//    acquires readerSem, RUnlock release-merges writerSem, Lock acquires both,
//    Unlock releases readerSem (so RUnlock -> Lock, Unlock -> RLock/Lock, but
//    RUnlock -/-> RLock).
//  - WaitGroup: Add with delta < 0 (Done) release-merges the wg, every Wait
//    return acquires it (waitgroup.go).
//  - Once: OnceDone releases the once; every OnceDone acquires it first, so a
//    runtime that records one OnceDone per Do return gets the Do edges.
//  - atomics: per address, AtomicWrite is a release (and, for read-modify-write
//    ops, an acquire), AtomicRead an acquire: sync/atomic is sequentially
//    consistent in the memory model and TSan treats it as synchronising.
//  - stdout/stderr writes (Print): fmt's writes go through internal/poll's
//    fdMutex, a CAS loop on one word per fd; in a race build each CAS is a
//    synchronising atomic, so every Print acts as acquire+release of one "fd"
//    object. That orders two goroutines' accesses whenever both printed in
//    between — the golang/go#27756 effect where deleting a Println makes a
//    race appear. Modelled on purpose (Options::stdoutSync).
//  - timers: TimerSet releases the timer, TimerFire acquires it for the firing
//    context (time.go racerelease/raceacquirectx).
// Simplification: goroutine id 0 (timers, the runtime) is one context with one
// clock; Go has one race context per P, which orders at least as much.
// Simplification: a channel operation whose partner cannot be identified from
// the trace (see REQUESTS-analysis.md) gets only the edges that can.
#pragma once

#include "sim/analysis/vclock.h"
#include "sim/trace/trace_event.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

namespace gsl::analysis {

enum class EdgeKind : uint8_t { Go, ChanSendRecv, ChanRecvSend, ChanClose, Mutex, RWMutex, WaitGroup, Once,
                                Atomic, Print, Timer };
const char *edgeKindName(EdgeKind k);

// A synchronisation edge between two events (indices into the trace).
struct SyncEdge {
    size_t from = 0;
    size_t to = 0;
    EdgeKind kind = EdgeKind::Go;
    friend bool operator==(const SyncEdge &, const SyncEdge &) = default;
};

struct GoroutineInfo {
    int32_t goid = 0;
    int32_t creator = 0;         // 0 = runtime (main goroutine)
    int32_t createdLine = 0;     // line of the go statement, 0 for main
    size_t createEvent = SIZE_MAX;
    bool finished = false;       // GoEnd seen so far
    friend bool operator==(const GoroutineInfo &, const GoroutineInfo &) = default;
};

class HappensBefore {
public:
    struct Options {
        bool stdoutSync = true;     // Print is acquire+release of its fd (golang/go#27756)
        bool recordEdges = false;   // keep SyncEdges (HB graph, excerpts)
    };
    HappensBefore() : HappensBefore(Options{}) {}
    explicit HappensBefore(Options opt) : m_opt(opt) {}

    // step advances the relation over trace event e, which has index `index`.
    void step(const trace::TraceEvent &e, size_t index);

    const VClock &clock(int32_t g);
    // epoch is g's own component: accesses with the same epoch are not separated by a release.
    uint32_t epoch(int32_t g) { return clock(g).get(g); }
    const std::vector<SyncEdge> &edges() const { return m_edges; }
    const GoroutineInfo &goroutine(int32_t g);
    int32_t maxGoid() const { return int32_t(m_gs.size()) - 1; }

private:
    enum class Obj : uint8_t { Chan, Mutex, RWReader, RWWriter, Wg, Once, Atomic, Fd, Timer };
    struct Releaser { int32_t g; size_t index; };
    struct SyncObj {
        VClock clock;
        std::vector<Releaser> releasers;   // latest release per goroutine (edge sources)
    };
    struct Snap { int32_t g; size_t index; VClock clock; };
    struct Chan {
        int32_t cap = 0;
        uint64_t nSend = 0, nRecv = 0;
        std::deque<Snap> inFlight;          // committed sends not yet received (FIFO = buffer order)
        std::deque<Snap> recvs;             // committed receives, numbered from recvBase + 1
        uint64_t recvBase = 0;
        bool closed = false;
        Snap close{0, 0, {}};
    };
    struct GState {
        VClock clock;
        GoroutineInfo info;
        int32_t parkedOn = -1;       // object id of the open GoPark, -1 = none
        uint64_t parkSeq = 0;
        int32_t prepairedChan = -1;  // its next send/recv on this chan was already committed
        size_t prepairedFrom = 0;    // the partner's event: edge source once that send/recv shows up
        EdgeKind prepairedKind = EdgeKind::ChanSendRecv;
    };

    GState &gs(int32_t g);
    SyncObj &obj(Obj kind, int32_t id);
    Chan &chan(int32_t id) { return m_chans[id]; }
    void acquire(int32_t g, SyncObj &o, size_t index, EdgeKind k);
    void release(int32_t g, SyncObj &o, size_t index);
    void edge(size_t from, size_t to, EdgeKind k);
    void commitSend(int32_t c, int32_t g, size_t index);
    void commitRecv(int32_t c, int32_t g, size_t index);
    void exchange(int32_t a, size_t ia, int32_t b, size_t ib);
    int32_t parkedPartner(int32_t c, int32_t self) const;
    void onChanSend(const trace::TraceEvent &e, size_t index);
    void onChanRecv(const trace::TraceEvent &e, size_t index);

    Options m_opt;
    std::vector<GState> m_gs;
    std::unordered_map<uint64_t, SyncObj> m_objs;   // lookup only, never iterated
    std::unordered_map<int32_t, Chan> m_chans;      // lookup only, never iterated
    std::vector<SyncEdge> m_edges;
    uint64_t m_parkSeq = 0;
};

} // namespace gsl::analysis
