// steal_order.h — randomOrder of proc.go: stealWork visits the Ps starting at
// a random position with a random stride coprime to GOMAXPROCS, so every P
// is visited exactly once per round.
#pragma once

#include <cstdint>
#include <numeric>
#include <vector>

namespace gsl::runtime {

// stealCoprimes is randomOrder.reset(n): every X in [1, n] with gcd(X, n) == 1.
inline std::vector<uint32_t> stealCoprimes(uint32_t n)
{
    std::vector<uint32_t> out;
    for (uint32_t i = 1; i <= n; ++i)
        if (std::gcd(i, n) == 1) out.push_back(i);
    return out;
}

// stealPosition is the k-th P of an enumeration (randomEnum): (start + k*stride) mod n.
inline uint32_t stealPosition(uint32_t start, uint32_t k, uint32_t stride, uint32_t n)
{
    return uint32_t((uint64_t(start % n) + uint64_t(k) * stride) % n);
}

} // namespace gsl::runtime
