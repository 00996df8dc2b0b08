// fingerprint.h — 64-bit FNV-1a over the fields of trace events. Two runs with
// the same fingerprint recorded the same events (OMNeT++'s fingerprint idea);
// regression tests compare it. Fields are hashed one by one (never the raw
// struct bytes) so padding cannot leak into the value.
#pragma once

#include <cstdint>

namespace gsl::engine {

class Fingerprint {
public:
    static constexpr uint64_t kOffset = 0xcbf29ce484222325ULL;
    static constexpr uint64_t kPrime = 0x100000001b3ULL;

    void addU64(uint64_t v)
    {
        for (int i = 0; i < 8; ++i) {
            m_h ^= (v >> (8 * i)) & 0xff;
            m_h *= kPrime;
        }
    }
    void addU32(uint32_t v)
    {
        for (int i = 0; i < 4; ++i) {
            m_h ^= (v >> (8 * i)) & 0xff;
            m_h *= kPrime;
        }
    }
    void addByte(uint8_t v)
    {
        m_h ^= v;
        m_h *= kPrime;
    }
    uint64_t value() const { return m_h; }

private:
    uint64_t m_h = kOffset;
};

} // namespace gsl::engine
