// hbgraph.h — the happens-before graph of a run, for display.
//
// Nodes are the events that matter for happens-before: memory accesses,
// synchronisation operations, prints, go statements and goroutine ends. Edges
// are program order within a goroutine (a go statement belongs to the creator
// and also points to the child's first node) plus the sync edges HappensBefore
// (hb.h) found. reduced() drops every edge implied by a longer path
// (boost::transitive_reduction), which is what a reader wants to see.
#pragma once

#include "sim/analysis/hb.h"
#include "sim/analysis/race.h"
#include "sim/trace/event_store.h"
#include "sim/trace/trace_event.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace gsl::trace { class Trace; }

namespace gsl::analysis {

struct HbNode {
    size_t event = 0;          // trace index
    int32_t goid = 0;          // the goroutine it belongs to (the creator for GoCreate)
    trace::EvKind kind = trace::EvKind::GoCreate;
    int32_t object = 0;        // addr / object id (TraceEvent::a)
    int32_t line = 0;
    friend bool operator==(const HbNode &, const HbNode &) = default;
};

enum class HbEdgeType : uint8_t { Program, Sync, Missing };

struct HbEdge {
    size_t from = 0;           // node indices
    size_t to = 0;
    HbEdgeType type = HbEdgeType::Program;
    EdgeKind sync = EdgeKind::Go;   // for Sync edges
    friend bool operator==(const HbEdge &, const HbEdge &) = default;
};

class HbGraph {
public:
    struct Options {
        bool memory = true;        // include memory accesses
        bool stdoutSync = true;
        size_t first = 0;          // event range [first, last) of the trace
        size_t last = SIZE_MAX;
    };
    // build: the whole relation is computed from the start of the trace (HB
    // needs the history); only events in [first, last) become nodes.
    static HbGraph build(std::span<const trace::TraceEvent> events, const Options &opt);
    static HbGraph build(std::span<const trace::TraceEvent> events) { return build(events, Options{}); }
    // From a Trace's events (stored packed: built from a contiguous copy).
    static HbGraph build(const trace::EventView &events, const Options &opt)
    {
        const std::vector<trace::TraceEvent> v = events.toVector();
        return build(std::span<const trace::TraceEvent>(v), opt);
    }

    const std::vector<HbNode> &nodes() const { return m_nodes; }
    const std::vector<HbEdge> &edges() const { return m_edges; }
    // nodeOf returns the node of trace event `event`, or SIZE_MAX.
    size_t nodeOf(size_t event) const;
    // reduced: the transitive reduction (Missing edges are kept as they are).
    HbGraph reduced() const;
    // reaches: is there a path from node a to node b (a happens before b)?
    bool reaches(size_t a, size_t b) const;
    // toDot: Graphviz text; one cluster per goroutine, sync edges blue and
    // labelled, a missing edge red and dashed. `str` names variables (may be null).
    std::string toDot(const StringFn &str = nullptr) const;

    // excerpt around a race: both accesses, the last `window` nodes of each
    // goroutine before its access, the sync edges among them, and a Missing
    // edge from the previous access to the current one. `why` gets one
    // sentence naming the edge that would have ordered them.
    HbGraph excerpt(const RaceReport &race, size_t window, std::string *why = nullptr) const;

private:
    std::vector<HbNode> m_nodes;
    std::vector<HbEdge> m_edges;
    std::vector<int32_t> m_varName;   // per node: TraceEvent::b for memory nodes
};

} // namespace gsl::analysis
