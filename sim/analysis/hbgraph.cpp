// hbgraph.cpp — HB graph construction, transitive reduction (Boost.Graph), DOT, race excerpts.
#include "sim/analysis/hbgraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/transitive_reduction.hpp>

#include <algorithm>
#include <map>

namespace gsl::analysis {

using trace::EvKind;
using trace::TraceEvent;

namespace {

bool isMemory(EvKind k) { return k == EvKind::MemRead || k == EvKind::MemWrite || k == EvKind::AtomicRead || k == EvKind::AtomicWrite; }

bool isHbNode(EvKind k, bool memory)
{
    if (isMemory(k)) return memory || k == EvKind::AtomicRead || k == EvKind::AtomicWrite;
    switch (k) {
    case EvKind::GoCreate: case EvKind::GoEnd: case EvKind::ChanMake: case EvKind::ChanSend: case EvKind::ChanRecv:
    case EvKind::ChanClose: case EvKind::MutexLock: case EvKind::MutexUnlock: case EvKind::RWRLock: case EvKind::RWRUnlock:
    case EvKind::RWLock: case EvKind::RWUnlock: case EvKind::WgAdd: case EvKind::WgWait: case EvKind::OnceDone:
    case EvKind::TimerSet: case EvKind::TimerFire: case EvKind::Print:
        return true;
    default:
        return false;
    }
}

} // namespace

HbGraph HbGraph::build(std::span<const TraceEvent> events, const Options &opt)
{
    HbGraph g;
    HappensBefore hb(HappensBefore::Options{opt.stdoutSync, true});
    std::vector<size_t> lastOf;        // per goid: its last node
    std::vector<size_t> pendingChild;  // per goid: GoCreate node waiting for the child's first node
    auto slot = [](std::vector<size_t> &v, int32_t goid) -> size_t & {
        if (size_t(goid) >= v.size()) v.resize(size_t(goid) + 1, SIZE_MAX);
        return v[size_t(goid)];
    };
    const size_t last = std::min(opt.last, events.size());
    std::vector<size_t> nodeOfEvent;   // index - first -> node (SIZE_MAX = none)
    for (size_t i = 0; i < last; ++i) {
        const TraceEvent &e = events[i];
        hb.step(e, i);
        if (i < opt.first || !isHbNode(e.kind, opt.memory)) {
            if (i >= opt.first) nodeOfEvent.push_back(SIZE_MAX);
            continue;
        }
        const int32_t owner = e.kind == EvKind::GoCreate ? std::max(e.a, 0) : std::max(e.g, 0);
        HbNode n{i, owner, e.kind, e.kind == EvKind::GoCreate ? e.g : e.a, e.kind == EvKind::GoCreate ? e.b : e.c};
        const size_t id = g.m_nodes.size();
        g.m_nodes.push_back(n);
        g.m_varName.push_back(isMemory(e.kind) ? e.b : 0);
        nodeOfEvent.push_back(id);
        size_t &prev = slot(lastOf, owner);
        if (prev != SIZE_MAX) g.m_edges.push_back({prev, id, HbEdgeType::Program, EdgeKind::Go});
        prev = id;
        size_t &pc = slot(pendingChild, owner);
        if (pc != SIZE_MAX) {
            g.m_edges.push_back({pc, id, HbEdgeType::Sync, EdgeKind::Go});
            pc = SIZE_MAX;
        }
        if (e.kind == EvKind::GoCreate && e.a > 0) slot(pendingChild, e.g) = id;
    }
    for (const SyncEdge &s : hb.edges()) {
        if (s.from < opt.first || s.to < opt.first || s.from >= last || s.to >= last) continue;
        const size_t a = nodeOfEvent[s.from - opt.first], b = nodeOfEvent[s.to - opt.first];
        if (a != SIZE_MAX && b != SIZE_MAX && a != b) g.m_edges.push_back({a, b, HbEdgeType::Sync, s.kind});
    }
    return g;
}

size_t HbGraph::nodeOf(size_t event) const
{
    auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), event, [](const HbNode &n, size_t e) { return n.event < e; });
    return it != m_nodes.end() && it->event == event ? size_t(it - m_nodes.begin()) : SIZE_MAX;
}

bool HbGraph::reaches(size_t a, size_t b) const
{
    // Edges always go forward in trace order, so one sweep in node order suffices.
    if (a >= m_nodes.size() || b >= m_nodes.size() || a > b) return false;
    std::vector<char> seen(m_nodes.size(), 0);
    seen[a] = 1;
    std::vector<std::vector<size_t>> out(m_nodes.size());
    for (const HbEdge &e : m_edges)
        if (e.type != HbEdgeType::Missing) out[e.from].push_back(e.to);
    for (size_t v = a; v <= b; ++v) {
        if (!seen[v]) continue;
        for (size_t w : out[v]) seen[w] = 1;
    }
    return seen[b];
}

HbGraph HbGraph::reduced() const
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    const size_t n = m_nodes.size();
    Graph g(n);
    for (const HbEdge &e : m_edges)
        if (e.type != HbEdgeType::Missing) boost::add_edge(e.from, e.to, g);
    Graph tr;
    std::vector<Graph::vertex_descriptor> toTr(n);
    boost::transitive_reduction(g, tr, boost::make_iterator_property_map(toTr.begin(), boost::get(boost::vertex_index, g)),
                                boost::get(boost::vertex_index, g));
    std::vector<Graph::vertex_descriptor> fromTr(n);
    for (size_t v = 0; v < n; ++v) fromTr[toTr[v]] = v;
    std::vector<std::pair<size_t, size_t>> keep;
    for (auto [it, end] = boost::edges(tr); it != end; ++it)
        keep.emplace_back(fromTr[boost::source(*it, tr)], fromTr[boost::target(*it, tr)]);
    std::sort(keep.begin(), keep.end());
    HbGraph r;
    r.m_nodes = m_nodes;
    r.m_varName = m_varName;
    for (const HbEdge &e : m_edges) {
        if (e.type == HbEdgeType::Missing) { r.m_edges.push_back(e); continue; }
        auto it = std::lower_bound(keep.begin(), keep.end(), std::make_pair(e.from, e.to));
        if (it != keep.end() && *it == std::make_pair(e.from, e.to)) {
            r.m_edges.push_back(e);
            keep.erase(it);   // parallel edges (program + sync) collapse to the first
        }
    }
    return r;
}

std::string HbGraph::toDot(const StringFn &str) const
{
    std::string out = "digraph hb {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n";
    std::map<int32_t, std::vector<size_t>> byG;   // ordered: stable output
    for (size_t i = 0; i < m_nodes.size(); ++i) byG[m_nodes[i].goid].push_back(i);
    for (const auto &[goid, ids] : byG) {
        out += "  subgraph cluster_g" + std::to_string(goid) + " {\n    label=\"G" + std::to_string(goid) + "\";\n";
        for (size_t i : ids) {
            const HbNode &n = m_nodes[i];
            std::string label = std::string(trace::eventKindName(n.kind));
            if (isMemory(n.kind)) label += " " + (str ? str(uint32_t(m_varName[i])) : "addr" + std::to_string(n.object));
            else if (n.kind == EvKind::GoCreate) label += " G" + std::to_string(n.object);
            else if (n.kind != EvKind::GoEnd && n.kind != EvKind::Print) label += " #" + std::to_string(n.object);
            if (n.line) label += " :" + std::to_string(n.line);
            std::string esc;
            for (char c : label) { if (c == '"' || c == '\\') esc += '\\'; esc += c; }
            out += "    e" + std::to_string(n.event) + " [label=\"" + esc + "\"];\n";
        }
        out += "  }\n";
    }
    for (const HbEdge &e : m_edges) {
        out += "  e" + std::to_string(m_nodes[e.from].event) + " -> e" + std::to_string(m_nodes[e.to].event);
        if (e.type == HbEdgeType::Sync) out += std::string(" [color=blue, label=\"") + edgeKindName(e.sync) + "\"]";
        else if (e.type == HbEdgeType::Missing) out += " [color=red, style=dashed, label=\"missing\"]";
        out += ";\n";
    }
    return out + "}\n";
}

HbGraph HbGraph::excerpt(const RaceReport &race, size_t window, std::string *why) const
{
    const size_t cur = nodeOf(race.current.eventIndex), prev = nodeOf(race.previous.eventIndex);
    HbGraph x;
    if (cur == SIZE_MAX || prev == SIZE_MAX) return x;
    std::vector<size_t> keep{cur, prev};
    // The last `window` sync nodes of each goroutine up to and including its access.
    auto collect = [&](size_t access, int32_t goid) {
        size_t taken = 0;
        for (size_t i = access; i-- > 0 && taken < window;)
            if (m_nodes[i].goid == goid && !isMemory(m_nodes[i].kind)) { keep.push_back(i); ++taken; }
    };
    collect(cur, race.current.goid);
    collect(prev, race.previous.goid);
    // And the previous goroutine's sync nodes after its access (its releases that nobody acquired).
    size_t after = 0;
    size_t firstRelease = SIZE_MAX;
    for (size_t i = prev + 1; i < cur && after < window; ++i)
        if (m_nodes[i].goid == race.previous.goid && !isMemory(m_nodes[i].kind)) {
            keep.push_back(i);
            if (firstRelease == SIZE_MAX) firstRelease = i;
            ++after;
        }
    std::sort(keep.begin(), keep.end());
    keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    std::vector<size_t> map(m_nodes.size(), SIZE_MAX);
    for (size_t i : keep) {
        map[i] = x.m_nodes.size();
        x.m_nodes.push_back(m_nodes[i]);
        x.m_varName.push_back(m_varName[i]);
    }
    for (const HbEdge &e : m_edges)
        if (map[e.from] != SIZE_MAX && map[e.to] != SIZE_MAX) x.m_edges.push_back({map[e.from], map[e.to], e.type, e.sync});
    // Program order between kept nodes of one goroutine that were not adjacent.
    for (size_t a = 0; a < x.m_nodes.size(); ++a)
        for (size_t b = a + 1; b < x.m_nodes.size(); ++b)
            if (x.m_nodes[a].goid == x.m_nodes[b].goid) {
                const bool has = std::any_of(x.m_edges.begin(), x.m_edges.end(), [&](const HbEdge &e) { return e.from == a && e.to == b; });
                if (!has) x.m_edges.push_back({a, b, HbEdgeType::Program, EdgeKind::Go});
                break;
            }
    x.m_edges.push_back({map[prev], map[cur], HbEdgeType::Missing, EdgeKind::Go});
    if (why) {
        const std::string pg = "G" + std::to_string(race.previous.goid), cg = "G" + std::to_string(race.current.goid);
        *why = "Nothing orders " + pg + "'s " + (race.previous.write ? "write" : "read") + " at line " +
               std::to_string(race.previous.line) + " before " + cg + "'s " + (race.current.write ? "write" : "read") +
               " at line " + std::to_string(race.current.line) + ": ";
        if (firstRelease == SIZE_MAX)
            *why += pg + " did no synchronising operation between its access and " + cg + "'s, so no edge could start there.";
        else
            *why += pg + "'s " + std::string(trace::eventKindName(m_nodes[firstRelease].kind)) + " (event " +
                    std::to_string(m_nodes[firstRelease].event) + ") was not acquired by " + cg + " before its access; an edge from it to " +
                    cg + " (a receive, a Lock, a Wait) would have ordered them.";
    }
    return x;
}

} // namespace gsl::analysis
