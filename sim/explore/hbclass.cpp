// hbclass.cpp — per-object operation sequences folded into one hash.
#include "sim/explore/hbclass.h"

#include <map>
#include <utility>

namespace gsl::explore {

namespace {
constexpr uint64_t kPrime = 0x100000001b3ull;
inline uint64_t fold(uint64_t h, uint64_t w)
{
    h ^= w;
    h *= kPrime;
    return h ^ (h >> 29);
}
} // namespace

uint64_t hbClassOf(const trace::Trace &t)
{
    using trace::EvKind;
    // key: (space, id) -> running hash of that object's operation sequence
    std::map<std::pair<int, int32_t>, uint64_t> seqs;
    for (const trace::TraceEvent &e : t.events()) {
        int space = -1;
        if (e.kind >= EvKind::MemRead && e.kind <= EvKind::AtomicWrite) space = 0;        // a = address
        else if (e.kind >= EvKind::ChanMake && e.kind <= EvKind::OnceDone) space = 1;     // a = object id
        else if (e.kind == EvKind::Print) space = 2;
        if (space < 0) continue;
        const int32_t id = space == 2 ? e.b : e.a;
        auto [it, fresh] = seqs.try_emplace({space, id}, 0xcbf29ce484222325ull);
        it->second = fold(it->second, (uint64_t(uint32_t(e.g)) << 8) | uint64_t(e.kind));
    }
    uint64_t h = 0xcbf29ce484222325ull;
    for (const auto &[key, v] : seqs) {
        h = fold(h, (uint64_t(uint32_t(key.first)) << 32) | uint32_t(key.second));
        h = fold(h, v);
    }
    return h == 0 ? 1 : h;
}

} // namespace gsl::explore
