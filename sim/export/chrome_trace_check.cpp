// chrome_trace_check.cpp — the rules listed in chrome_trace_check.h.
#include "sim/export/chrome_trace_check.h"

#include "sim/export/json.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>

namespace gsl::exports {

namespace {

constexpr size_t kMaxProblems = 50;

struct Slice {
    double start;
    double end;
    size_t event;
};

struct FlowStep {
    double ts;
    double pid;
    double tid;
    size_t event;
    char ph;
    bool bindEnclosing;
};

class Checker
{
public:
    ChromeTraceCheck run(std::string_view json)
    {
        JsonValue root;
        std::string err = parseJson(json, root);
        if (!err.empty()) {
            m_out.problems.push_back("invalid JSON: " + err);
            return m_out;
        }
        const JsonValue *events = nullptr;
        if (root.isArray()) {
            events = &root;
        } else if (root.isObject()) {
            events = root.find("traceEvents");
            if (!events || !events->isArray()) {
                problem("the top-level object has no \"traceEvents\" array");
                return m_out;
            }
            if (const JsonValue *u = root.find("displayTimeUnit"))
                if (!u->isString() || (u->string != "ms" && u->string != "ns"))
                    problem("displayTimeUnit must be \"ms\" or \"ns\"");
        } else {
            problem("the top level must be an object or an array");
            return m_out;
        }
        for (size_t i = 0; i < events->items.size(); ++i) event(i, events->items[i]);
        finish();
        return m_out;
    }

private:
    void problem(const std::string &p)
    {
        if (m_out.problems.size() < kMaxProblems) m_out.problems.push_back(p);
    }
    void problem(size_t i, const std::string &p) { problem("event " + std::to_string(i) + ": " + p); }

    bool need(size_t i, const JsonValue &e, const char *key, JsonValue::Type type, const char *ph)
    {
        const JsonValue *v = e.find(key);
        if (v && v->type == type) return true;
        problem(i, std::string("phase \"") + ph + "\" needs " + (type == JsonValue::Type::Number ? "a number " : "a string ") +
                       "\"" + key + "\"");
        return false;
    }

    void monotone(size_t i, std::map<std::tuple<double, double, std::string>, double> &last, double pid, double tid,
                  const std::string &name, double ts)
    {
        auto key = std::make_tuple(pid, tid, name);
        auto it = last.find(key);
        if (it != last.end() && ts < it->second)
            problem(i, "timestamp " + std::to_string(ts) + " goes backwards on its track (last " +
                           std::to_string(it->second) + ")");
        last[key] = ts;
    }

    void event(size_t i, const JsonValue &e)
    {
        ++m_out.stats.events;
        if (!e.isObject()) { problem(i, "not an object"); return; }
        const JsonValue *phv = e.find("ph");
        if (!phv || !phv->isString() || phv->string.size() != 1) { problem(i, "missing or bad \"ph\""); return; }
        const char ph = phv->string[0];
        const char phs[2] = {ph, 0};
        if (ph == 'M') {
            ++m_out.stats.metadata;
            if (!need(i, e, "name", JsonValue::Type::String, phs) || !need(i, e, "pid", JsonValue::Type::Number, phs)) return;
            const JsonValue *args = e.find("args");
            const std::string name = e.stringOr("name");
            if (!args || !args->isObject()) { problem(i, "metadata needs \"args\""); return; }
            if ((name == "process_name" || name == "thread_name") && !(args->find("name") && args->find("name")->isString()))
                problem(i, name + " needs a string args.name");
            if ((name == "process_sort_index" || name == "thread_sort_index") &&
                !(args->find("sort_index") && args->find("sort_index")->isNumber()))
                problem(i, name + " needs a numeric args.sort_index");
            if (name.rfind("thread_", 0) == 0) need(i, e, "tid", JsonValue::Type::Number, phs);
            return;
        }
        if (!need(i, e, "pid", JsonValue::Type::Number, phs) || !need(i, e, "ts", JsonValue::Type::Number, phs)) return;
        const double pid = e.numberOr("pid"), ts = e.numberOr("ts");
        if (!std::isfinite(ts)) { problem(i, "ts is not finite"); return; }
        if (ph == 'C') {
            ++m_out.stats.counters;
            if (!need(i, e, "name", JsonValue::Type::String, phs)) return;
            const JsonValue *args = e.find("args");
            if (!args || !args->isObject() || args->items.empty()) { problem(i, "a counter needs args with values"); return; }
            for (const JsonValue &v : args->items)
                if (!v.isNumber()) problem(i, "counter values must be numbers");
            monotone(i, m_counterLast, pid, 0, e.stringOr("name"), ts);
            return;
        }
        if (!need(i, e, "tid", JsonValue::Type::Number, phs)) return;
        const double tid = e.numberOr("tid");
        monotone(i, m_last, pid, tid, "", ts);
        auto track = std::make_pair(pid, tid);
        switch (ph) {
        case 'X': {
            ++m_out.stats.slices;
            if (!need(i, e, "name", JsonValue::Type::String, phs) || !need(i, e, "dur", JsonValue::Type::Number, phs)) return;
            double dur = e.numberOr("dur");
            if (dur < 0) { problem(i, "negative dur"); return; }
            m_slices[track].push_back(Slice{ts, ts + dur, i});
            break;
        }
        case 'B':
            if (!need(i, e, "name", JsonValue::Type::String, phs)) return;
            m_open[track].push_back(Slice{ts, ts, i});
            break;
        case 'E': {
            auto &st = m_open[track];
            if (st.empty()) { problem(i, "\"E\" without a matching \"B\" on its track"); return; }
            Slice s = st.back();
            st.pop_back();
            s.end = ts;
            ++m_out.stats.slices;
            m_slices[track].push_back(s);
            break;
        }
        case 'i': case 'I': {
            ++m_out.stats.instants;
            if (!need(i, e, "name", JsonValue::Type::String, phs)) return;
            if (const JsonValue *sc = e.find("s"))
                if (!sc->isString() || (sc->string != "g" && sc->string != "p" && sc->string != "t"))
                    problem(i, "instant scope \"s\" must be g, p or t");
            break;
        }
        case 's': case 't': case 'f': {
            if (!need(i, e, "name", JsonValue::Type::String, phs) || !need(i, e, "cat", JsonValue::Type::String, phs)) return;
            const JsonValue *id = e.find("id");
            if (!id || !(id->isNumber() || id->isString())) { problem(i, "a flow event needs an \"id\""); return; }
            std::string key = e.stringOr("cat") + "\x1f" + (id->isString() ? id->string : std::to_string(id->number));
            bool enclosing = ph != 'f' || e.stringOr("bp") == "e";
            if (const JsonValue *bp = e.find("bp"))
                if (!bp->isString() || bp->string != "e") problem(i, "\"bp\" must be \"e\"");
            m_flows[key].push_back(FlowStep{ts, pid, tid, i, ph, enclosing});
            break;
        }
        default:
            problem(i, std::string("unknown or unsupported phase \"") + ph + "\"");
        }
    }

    // bound reports whether a flow step at ts on (pid, tid) has a slice to
    // bind to: enclosing it, or (f without bp=e) the next slice to start.
    bool bound(const FlowStep &f)
    {
        auto it = m_slices.find(std::make_pair(f.pid, f.tid));
        if (it == m_slices.end()) return false;
        for (const Slice &s : it->second) {
            // ts and dur are decimal µs: 197.129 + 0.027 may come out a hair below
            // 197.156, so compare with the same 1e-6 µs epsilon as the nesting check.
            if (f.bindEnclosing ? (s.start <= f.ts + 1e-6 && f.ts <= s.end + 1e-6) : s.start + 1e-6 >= f.ts) return true;
        }
        return false;
    }

    void finish()
    {
        for (auto &[track, open] : m_open)
            for (const Slice &s : open) problem(s.event, "\"B\" never ended");
        // Nesting: sort by start, longer first; keep a stack of enclosing ends.
        for (auto &[track, list] : m_slices) {
            std::vector<Slice> v = list;
            std::stable_sort(v.begin(), v.end(), [](const Slice &a, const Slice &b) {
                if (a.start != b.start) return a.start < b.start;
                return a.end > b.end;
            });
            std::vector<Slice> stack;
            for (const Slice &s : v) {
                // Ends come from ts + dur in decimal µs: compare with 0.1 ns slack.
                while (!stack.empty() && stack.back().end <= s.start + 1e-4) stack.pop_back();
                // Time values come from decimal text: allow a rounding epsilon.
                if (!stack.empty() && s.end > stack.back().end + 1e-6)
                    problem(s.event, "slice [" + std::to_string(s.start) + ", " + std::to_string(s.end) +
                                         "] partially overlaps event " + std::to_string(stack.back().event) + " on its track");
                stack.push_back(s);
            }
        }
        for (auto &[key, steps] : m_flows) {
            bool hasStart = false, hasEnd = false;
            double startTs = 0;
            for (const FlowStep &f : steps) {
                if (f.ph == 's') {
                    if (hasStart) problem(f.event, "a second flow start with the same id");
                    hasStart = true;
                    startTs = f.ts;
                } else if (!hasStart) {
                    problem(f.event, "flow step before its start");
                } else if (f.ts < startTs) {
                    problem(f.event, "flow goes back in time");
                }
                if (f.ph == 'f') hasEnd = true;
                if (!bound(f)) problem(f.event, "flow event has no slice to bind to on its track");
            }
            if (hasStart && !hasEnd) problem(steps.front().event, "flow start without an end");
            if (hasStart && hasEnd) ++m_out.stats.flows;
        }
    }

    ChromeTraceCheck m_out;
    std::map<std::tuple<double, double, std::string>, double> m_last;
    std::map<std::tuple<double, double, std::string>, double> m_counterLast;
    std::map<std::pair<double, double>, std::vector<Slice>> m_slices;
    std::map<std::pair<double, double>, std::vector<Slice>> m_open;
    std::map<std::string, std::vector<FlowStep>> m_flows;
};

} // namespace

ChromeTraceCheck checkChromeTrace(std::string_view json)
{
    return Checker().run(json);
}

} // namespace gsl::exports
