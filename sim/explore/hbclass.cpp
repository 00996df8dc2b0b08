// hbclass.cpp — per-object operation sequences folded into one hash.
#include "sim/explore/hbclass.h"

#include <algorithm>
#include <map>
#include <vector>
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
    // key: (space, id) -> running hash of that object's operation sequence,
    // and the reads since its last write (a multiset: folded sorted, at the
    // next write or at the end, so the order of consecutive reads is not part
    // of the class).
    struct Seq {
        uint64_t h = 0xcbf29ce484222325ull;
        std::vector<uint64_t> reads;
        void flush()
        {
            std::sort(reads.begin(), reads.end());
            for (uint64_t r : reads) h = fold(h, r);
            if (!reads.empty()) h = fold(h, 0x52454144ull);   // end of a read group
            reads.clear();
        }
    };
    std::map<std::pair<int, int32_t>, Seq> seqs;
    for (const trace::TraceEvent &e : t.events()) {
        int space = -1;
        if (e.kind >= EvKind::MemRead && e.kind <= EvKind::AtomicWrite) space = 0;        // a = address
        else if (e.kind >= EvKind::ChanMake && e.kind <= EvKind::OnceDone) space = 1;     // a = object id
        else if (e.kind == EvKind::Print) space = 2;
        if (space < 0) continue;
        const int32_t id = space == 2 ? e.b : e.a;
        Seq &q = seqs[{space, id}];
        const uint64_t op = (uint64_t(uint32_t(e.g)) << 8) | uint64_t(e.kind);
        if (e.kind == EvKind::MemRead || e.kind == EvKind::AtomicRead) {
            q.reads.push_back(op);
        } else {
            q.flush();
            q.h = fold(q.h, op);
        }
    }
    uint64_t h = 0xcbf29ce484222325ull;
    for (auto &[key, q] : seqs) {
        q.flush();
        h = fold(h, (uint64_t(uint32_t(key.first)) << 32) | uint32_t(key.second));
        h = fold(h, q.h);
    }
    return h == 0 ? 1 : h;
}

} // namespace gsl::explore
