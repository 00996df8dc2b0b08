// trace.h — the record of one run: TraceEvents in time order, an interned
// string table, keyframe Snapshots and a running fingerprint.
//
// The runtime appends with push(); every front end reads. Strings an event
// refers to (see eventStringFields) must be interned before the event is
// pushed, because push() folds their bytes into the fingerprint.
#pragma once

#include "sim/trace/event_store.h"
#include "sim/trace/sched_state.h"
#include "sim/trace/trace_event.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gsl::trace {

// A keyframe: the state after the first eventIndex events.
struct Snapshot {
    size_t eventIndex = 0;
    SchedState state;
};

// Which of an event kind's fields hold string-table indices.
struct StringFields {
    bool a = false;
    bool b = false;
};
StringFields eventStringFields(EvKind k);

class Trace
{
public:
    Trace();

    // intern returns the index of s in the string table, adding it once.
    // Index 0 is always the empty string.
    uint32_t intern(std::string_view s);
    // str returns the string with index i ("" when out of range).
    std::string_view str(uint32_t i) const;
    size_t stringCount() const { return m_strings.size(); }

    // push appends e (times must not decrease: throws std::logic_error
    // "Trace::push: time goes backwards") and folds it into the fingerprint.
    void push(const TraceEvent &e);
    void reserve(size_t n) { m_events.reserve(n); }
    // setStoreEvents(false): push() still checks the time order, counts and
    // folds the fingerprint, but keeps no event (runs whose events nobody
    // reads: explore without race or coverage). Default: stored.
    void setStoreEvents(bool on) { m_store = on; }
    // pushed: events pushed so far (== size() when they are stored).
    size_t pushed() const { return m_pushed; }
    // shrinkToFit drops the growth slack of the event store beyond 1/8 of
    // its events (at most 3 bytes per event stay; the runtime calls it when
    // the run ends).
    void shrinkToFit() { m_events.shrinkToFit(); }

    // The events, as values (event_store.h: stored packed, 24 bytes each;
    // decoding gives back exactly what was pushed). Do not keep pointers
    // to elements; toVector() gives a contiguous copy.
    EventView events() const { return EventView(m_events); }
    size_t size() const { return m_events.size(); }
    TraceEvent operator[](size_t i) const { return m_events.at(i); }
    // lastTime: the time of the last pushed event (0 before the first).
    SimTime lastTime() const { return m_lastTime; }

    // The state before the first event (Ps, Ms, gomaxprocs, cpus at start).
    // Default: an empty SchedState, which the first events then build.
    void setInitialState(SchedState s) { m_initial = std::move(s); }
    const SchedState &initialState() const { return m_initial; }

    // addKeyframe stores the state after the first eventIndex events.
    // Indices must increase (throws std::logic_error otherwise).
    void addKeyframe(size_t eventIndex, SchedState s);
    const std::vector<Snapshot> &keyframes() const { return m_keyframes; }
    void clearKeyframes() { m_keyframes.clear(); }
    // keyframeBefore returns the last keyframe with index <= eventIndex, or
    // nullptr when there is none (replay then starts at initialState()).
    const Snapshot *keyframeBefore(size_t eventIndex) const;

    // fingerprint: 64-bit hash of every pushed event, in FNV-1a style over
    // four 64-bit words per event (w0 = time; w1 = kind | reason<<8 |
    // uint16(p)<<16 | uint32(g)<<32; w2 = uint32(m) | uint32(a)<<32;
    // w3 = uint32(b) | uint32(c)<<32), each folded as h = (h ^ w) * prime;
    // h ^= h >> 29; then for each string an event refers to, byte-wise
    // FNV-1a over its bytes followed by a fold of its length. Starts at the
    // FNV offset basis. Same run => same fingerprint on every machine.
    uint64_t fingerprint() const { return m_fingerprint; }

    // Memory accounting: bytes held by events (capacity), strings and
    // keyframes, and that total divided by the number of events.
    size_t eventBytes() const { return m_events.bytes(); }
    size_t stringBytes() const;
    size_t keyframeBytes() const;
    size_t totalBytes() const { return eventBytes() + stringBytes() + keyframeBytes(); }
    double bytesPerEvent() const;

private:
    EventStore m_events;
    std::vector<std::string> m_strings;
    // Lookup only (never iterated), so its order cannot leak into a decision.
    // Transparent hash and equality: intern looks a string_view up without
    // building a std::string. "" is index 0 and never in the map; the map
    // holds every other string once there are more than kScanStrings.
    static constexpr size_t kScanStrings = 16;
    struct StrHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, uint32_t, StrHash, std::equal_to<>> m_stringIndex;
    size_t m_stringBytes = 0;
    SchedState m_initial;
    std::vector<Snapshot> m_keyframes;
    uint64_t m_fingerprint;
    size_t m_pushed = 0;
    SimTime m_lastTime = 0;
    bool m_store = true;
};

// fnv1a64 folds bytes into a running FNV-1a hash (start with kFnvOffset).
constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
uint64_t fnv1a64(uint64_t h, const void *data, size_t n);

} // namespace gsl::trace
