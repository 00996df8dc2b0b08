// rng.h — our own pseudo-random generator and distributions, so that a run's
// choices depend only on its seed, never on the standard library's
// implementation of <random> distributions (architecture.md, Determinism).
//
// Generator: xoshiro256** (Blackman & Vigna), state seeded with splitmix64.
// Bounded integers: Lemire's multiply-shift with rejection (unbiased).
#pragma once

#include <cstdint>

namespace gsl::engine {

// splitmix64 advances x and returns the next output; used to seed streams.
inline uint64_t splitmix64(uint64_t &x)
{
    uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Rng is one independent stream. Streams of one Simulation are derived from
// the run's seed and a stream number, so adding a stream never shifts another.
class Rng {
public:
    Rng() { seed(0, 0); }
    Rng(uint64_t seed, uint64_t stream) { this->seed(seed, stream); }

    void seed(uint64_t seed, uint64_t stream)
    {
        uint64_t x = seed ^ (0xd1b54a32d192ed03ULL * (stream + 1));
        for (uint64_t &w : m_s) w = splitmix64(x);
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    uint32_t next32() { return uint32_t(next() >> 32); }

    // stateHash: a digest of the state; equal digests at two moments mean
    // (but for a 2^-64 chance) that nothing was drawn in between.
    uint64_t stateHash() const
    {
        uint64_t h = m_s[0];
        for (int i = 1; i < 4; ++i) h = (h ^ m_s[i]) * 0x100000001b3ULL + uint64_t(i);
        return h;
    }

    // bounded returns a uniform integer in [0, n); n must be > 0 (Lemire 2019).
    uint32_t bounded(uint32_t n)
    {
        uint64_t m = uint64_t(next32()) * n;
        uint32_t l = uint32_t(m);
        if (l < n) {
            const uint32_t t = uint32_t(-n) % n;
            while (l < t) {
                m = uint64_t(next32()) * n;
                l = uint32_t(m);
            }
        }
        return uint32_t(m >> 32);
    }

    // unit returns a double in [0, 1) from the top 53 bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

// Stream numbers of one Simulation. Fixed, so traces stay comparable.
enum class RngStream : uint64_t { Steal = 1, Select = 2, Jitter = 3, RaceRunnext = 4, RaceShuffle = 5, Misc = 6, Latency = 7, Cold = 8,
                              Sysmon = 9 };

} // namespace gsl::engine
