// joint_ahead.cpp — Simulation::jointAhead (joint_ahead.h): find the period
// of two goroutines' interleaved closed-form loops and skip whole periods.
#include "sim/runtime/joint_ahead.h"

#include "sim/runtime/simulation.h"

#include <algorithm>
#include <numeric>

namespace gsl::runtime {

bool JointAnchor::sameRelative(const JointAnchor &o) const
{
    return goidA == o.goidA && goidB == o.goidB && funcA == o.funcA && pcA == o.pcA && funcB == o.funcB &&
           pcB == o.pcB && carryA == o.carryA && carryB == o.carryB && bAfter == o.bAfter && rngHash == o.rngHash &&
           nvals == o.nvals && std::equal(std::begin(cells), std::end(cells), std::begin(o.cells));
}

uint64_t JointAnchor::key() const
{
    uint64_t h = 0xcbf29ce484222325ULL;
    auto mix = [&h](uint64_t v) { h = (h ^ v) * 0x100000001b3ULL; };
    mix(uint64_t(goidA));
    mix(uint64_t(goidB));
    mix(uint64_t(funcA) << 32 | uint32_t(pcA));
    mix(uint64_t(funcB) << 32 | uint32_t(pcB));
    mix(uint64_t(carryA));
    mix(uint64_t(carryB));
    mix(uint64_t(bAfter));
    return h;
}

// predictedPeriod: the anchors (A's memory steps) after which the relative
// state should repeat. Each goroutine's sub-ns carry comes back after
// C = iterPs * 1000 / gcd(iterPs, 1000) ps of its work (a whole number of ns),
// both together after lcm(C_A, C_B). A guess, checked like any other period;
// 0 when there is none worth trying.
static uint32_t predictedPeriod(const program::LoopView &va, const program::LoopView &vb)
{
    if (va.iterPs <= 0 || vb.iterPs <= 0) return 0;
    const auto cycle = [](int64_t ps) { return ps * (kPsPerNs / std::gcd(ps, kPsPerNs)); };
    const int64_t ca = cycle(va.iterPs), cb = cycle(vb.iterPs);
    const int64_t both = ca / std::gcd(ca, cb) * cb;
    if (both <= 0 || both > int64_t(1) << 24 || both % va.iterPs != 0) return 0;
    const int64_t p = both / va.iterPs * int64_t(va.memSteps);
    return p > 0 && p < (1 << 15) ? uint32_t(p) : 0;
}

// jointValues: where the pair's state values live, in the order the copies
// keep them: A's registers, B's registers, then the cells (a.cells, each
// once). Returns how many (at most kMax; 0 when there are more).
static uint32_t jointValues(const program::LoopView &va, const program::LoopView &vb, const JointAnchor &a,
                            program::Value **Z)
{
    constexpr uint32_t kMax = 64;
    if (a.nvals > kMax) return 0;
    uint32_t n = 0;
    for (int32_t r = 0; r < va.nregs; ++r) Z[n++] = va.regs + r;
    for (int32_t r = 0; r < vb.nregs; ++r) Z[n++] = vb.regs + r;
    for (int c = 0; c < 4 && a.cells[c]; ++c) Z[n++] = const_cast<program::Value *>(a.cells[c]);
    return n;
}

// jointAhead: m's goroutine gp is about to perform a memory step. When it and
// the goroutine whose step completes next (the earliest event) both wait
// inside closed-form loops, record the state; when the relative state has
// repeated twice with the same change, skip as many periods as allowed.
void Simulation::jointAhead(M &m, G &gp)
{
    if (!m_cfg.runAhead || !m_cfg.jointAhead || !m_cfg.schedule.empty() || m_cfg.recordPoints || m_probing ||
        m_deferredPreempt || m_freezing || gp.preempt || gp.afterCost != 0 || m_q.empty())
        return;
    // A checked period from the last skip: every memory step of its first
    // goroutine counts (also while another event, such as a sysmon tick, is
    // next), and only the multiples of the period are looked at.
    if (m_joint.model.valid && gp.goid == m_joint.model.ref.goidA && ++m_joint.model.count % m_joint.model.period != 0)
        return;
    const engine::Event &top = m_q.top();
    if (top.kind != uint16_t(host::HostEvent::WorkDone) || top.id >= m_ms.size() || int32_t(top.id) == m.id) return;
    M &mb = m_ms[top.id];
    if (mb.phase != MPhase::Step || mb.frozen || mb.curg <= 0 || top.gen != m_host->workGen(mb.id)) return;
    G &gb = g(mb.curg);
    // Anchors are the steps of the lower-numbered goroutine of the pair.
    if (gb.system || !gb.reqPending || gb.preempt || gb.afterCost != 0 || gb.goid < gp.goid) return;
    if (m_host->running() != 2 || !m_host->onCpu(m.id) || !m_host->onCpu(mb.id)) return;
    JointAhead &J = m_joint;
    if (J.model.valid && gb.goid != J.model.ref.goidB) J.model.valid = false;
    // Between two copies of a candidate's state, only count: the copies
    // check everything (a goroutine that left its loop and came back shows
    // in the step count).
    if (J.period > 0 && J.n != J.nextAt) {
        ++J.n;
        return;
    }
    program::LoopView va, vb;
    if (!m_exec.loopView(gp.ctx, va) || !m_exec.loopView(gb.ctx, vb)) return;
    // Atomic operations order the two goroutines (happens-before edges both
    // ways); the race detector and the coverage figures read them from the
    // trace, so skip them only where nothing reads the trace.
    if ((va.atomicSteps > 0 || vb.atomicSteps > 0) && m_cfg.recordTrace) return;

    JointAnchor a;
    a.goidA = gp.goid;
    a.goidB = gb.goid;
    a.funcA = va.func;
    a.pcA = va.pc;
    a.funcB = vb.func;
    a.pcB = vb.pc;
    a.carryA = va.carry;
    a.carryB = vb.carry;
    a.bAfter = top.time - m_q.now();
    // the cells, each once (A's, then B's that A does not touch)
    int nc = 0;
    auto addCell = [&](program::Value *c) {
        for (int i = 0; i < nc; ++i)
            if (a.cells[i] == c) return;
        a.cells[nc++] = c;
    };
    for (int i = 0; i < va.ncells; ++i) addCell(va.cells[i]);
    for (int i = 0; i < vb.ncells; ++i) addCell(vb.cells[i]);
    a.now = m_q.now();
    a.horizon = std::min(m_q.secondTime(), m_cfg.budgets.maxSimTime);
    a.steps = m_res.steps;
    a.points = m_point;
    a.schedEvents = m_res.schedEvents;
    a.used = m_host->usedClosed();
    a.nvals = uint32_t(va.nregs + vb.nregs + nc);

    if (J.model.valid) {
        if (jointModelSkip(a, gp, gb, va, vb)) return;
        J.model.valid = false;   // the pair left the model: find the period again
        J.clear();
    }
    const uint32_t n = J.n++;
    // Only where the state is copied or compared: the random streams' digest,
    // which must not change within a period.
    const auto digestRngs = [&] {
        a.rngHash = m_rngSteal.stateHash() ^ m_rngSelect.stateHash() * 3 ^ m_rngJitter.stateHash() * 5 ^
                    m_rngRace.stateHash() * 7 ^ m_rngShuffle.stateHash() * 11 ^ m_rngLatency.stateHash() * 13 ^
                    m_rngCold.stateHash() * 17 ^ m_rngSysmon.stateHash() * 19;
    };
    const auto countLeft = [&] {   // iterations left before each exit test
        a.leftA = m_exec.loopItersLeft(gp.ctx);
        a.leftB = m_exec.loopItersLeft(gb.ctx);
    };
    const auto keep = [&] {   // copy the whole state (jointValues)
        countLeft();
        program::Value *Z[64];
        const uint32_t nz = jointValues(va, vb, a, Z);
        a.valStart = uint32_t(J.vals.size());
        for (uint32_t k = 0; k < nz; ++k) J.vals.push_back(*Z[k]);
        J.snaps.push_back(a);
    };
    if (J.period > 0 && n == J.nextAt) {
        digestRngs();
        if (!J.snaps.front().sameRelative(a)) {
            if (J.predicted && ++J.predictionsMissed >= 3) J.predictionFailed = true;
            J.drop();   // a new candidate from here, below
        } else if (J.snaps.size() >= 2) {
            countLeft();
            const JointVerdict v = jointSkip(J.snaps, a, va, vb);
            if (v == JointVerdict::Quadratic) {
                keep();
                J.nextAt = n + J.period;
            } else {
                // Start over: after a skip the values moved, and a period that
                // did not check out should not be tried again at once.
                if (v == JointVerdict::No && J.predicted) J.predictionFailed = true;
                J.clear();
                return;
            }
        } else {
            keep();
            J.nextAt = n + J.period;
        }
    }
    if (J.period == 0) {
        // A candidate period: the one the loops' costs predict (from the
        // 16th anchor on: the first steps after the second loop starts are
        // not yet periodic, and a failed candidate costs a period), until
        // predictions have missed three times or failed the check; else the
        // distance to the last time the relative state was the same. Copy
        // the state now and at the next two occurrences.
        const uint32_t guess = J.predictionFailed ? 0 : predictedPeriod(va, vb);
        if (n >= 16) J.period = guess;
        J.predicted = J.period > 0;
        if (guess == 0) {
            const uint64_t key = a.key();
            const auto it = J.lastByKey.find(key);
            if (it != J.lastByKey.end()) J.period = n - it->second;
            if (J.n >= (1u << 16)) J.clear();   // no period within 65,536 anchors: start over
            else J.lastByKey[key] = n;
        }
        if (J.period > 0) {
            J.nextAt = n + J.period;
            digestRngs();
            keep();
        }
    }
}

// jointSkip: `s` holds copies of the state one and two periods back (and
// three, for a second try), `a` is now (its values still live in va, vb and
// a.cells). Skips K periods when the counts moved by the same amount in the
// last two periods and the values by the same amount (first try) or by the
// same second difference (second try: sums of an index, such as
// `x += i`, grow by a growing amount).
JointVerdict Simulation::jointSkip(const std::vector<JointAnchor> &s, const JointAnchor &a,
                                   const program::LoopView &va, const program::LoopView &vb)
{
    const size_t ns = s.size();
    const JointAnchor &x = s[ns - 2], &y = s[ns - 1];
    const SimDur T = y.now - x.now;
    if (T <= 0 || a.now - y.now != T) return JointVerdict::No;
    // Nothing else happened within the periods seen.
    for (const JointAnchor &e : s)
        if (e.horizon <= a.now || e.nvals != a.nvals) return JointVerdict::No;
    const auto same = [](uint64_t x0, uint64_t y0, uint64_t z0) { return y0 - x0 == z0 - y0; };
    if (!same(x.steps, y.steps, a.steps) || !same(x.points, y.points, a.points) ||
        !same(x.schedEvents, y.schedEvents, a.schedEvents) || !same(uint64_t(x.used), uint64_t(y.used), uint64_t(a.used)))
        return JointVerdict::No;
    // Both loops advanced, by whole iterations and nothing else (no exit and re-entry).
    if (!(x.leftA > y.leftA && y.leftA > a.leftA && x.leftB > y.leftB && y.leftB > a.leftB)) return JointVerdict::No;
    const uint64_t dA = y.leftA - a.leftA, dB = y.leftB - a.leftB;
    if (x.leftA - y.leftA != dA || x.leftB - y.leftB != dB) return JointVerdict::No;
    const uint64_t dSteps = a.steps - y.steps;
    if (dSteps != dA * va.iterSteps + dB * vb.iterSteps) return JointVerdict::No;

    // The values: the same non-integer parts, and integer parts whose change
    // is constant (first try) or changes by a constant (second try).
    program::Value *Z[64];
    const uint32_t nz = jointValues(va, vb, a, Z);
    if (nz == 0 || nz != a.nvals) return JointVerdict::No;
    const program::Value *X = m_joint.vals.data() + x.valStart;
    const program::Value *Y = m_joint.vals.data() + y.valStart;
    const program::Value *W = ns >= 3 ? m_joint.vals.data() + s[ns - 3].valStart : nullptr;
    bool linear = true;
    for (uint32_t k = 0; k < nz; ++k) {
        const program::Value &z = *Z[k];
        if (X[k].ref != z.ref || X[k].tag != z.tag || Y[k].ref != z.ref || Y[k].tag != z.tag) return JointVerdict::No;
        const uint64_t d1 = uint64_t(Y[k].bits) - uint64_t(X[k].bits), d2 = uint64_t(z.bits) - uint64_t(Y[k].bits);
        if (d1 == d2) continue;
        linear = false;
        if (!W) continue;
        if (W[k].ref != z.ref || W[k].tag != z.tag) return JointVerdict::No;
        const uint64_t d0 = uint64_t(X[k].bits) - uint64_t(W[k].bits);
        if (d2 - d1 != d1 - d0) return JointVerdict::No;
    }
    if (!linear && !W) return JointVerdict::Quadratic;   // look one period further

    // How many periods: both loops stay in (leftA and leftB already keep
    // the iteration under way and one more to spare), B's pending step and
    // everything skipped stay before the next other event, and the step
    // budget is not reached.
    uint64_t K = std::min(a.leftA / dA, a.leftB / dB);
    const SimTime bAt = a.now + a.bAfter;
    if (a.horizon <= bAt + T) return JointVerdict::No;
    K = std::min<uint64_t>(K, uint64_t((a.horizon - bAt - 1) / T));
    const uint64_t maxSteps = m_cfg.budgets.maxSteps;
    if (dSteps > 0) K = std::min<uint64_t>(K, m_res.steps + dSteps >= maxSteps ? 0 : (maxSteps - m_res.steps) / dSteps - 1);
    if (K < 1) return JointVerdict::No;

    const SimDur dt = SimDur(K) * T;
    m_q.retimeTop(bAt + dt);
    m_q.advanceTo(a.now + dt);
    m_host->skipRunning(dt, SimDur(K) * (a.used - y.used));
    m_res.steps += K * dSteps;
    m_point += K * (a.points - y.points);
    m_res.schedEvents += K * (a.schedEvents - y.schedEvents);
    // z + K d + K(K+1)/2 e, d the last change and e its change (0 when linear), mod 2^64
    const uint64_t tri = K % 2 == 0 ? (K / 2) * (K + 1) : K * ((K + 1) / 2);
    for (uint32_t k = 0; k < nz; ++k) {
        program::Value &z = *Z[k];
        const uint64_t d2 = uint64_t(z.bits) - uint64_t(Y[k].bits), d1 = uint64_t(Y[k].bits) - uint64_t(X[k].bits);
        z.bits = int64_t(uint64_t(z.bits) + K * d2 + tri * (d2 - d1));
    }
    m_res.jointPeriods += K;
    // Keep a linear period for the next occurrence of this relative state.
    JointModel &Mo = m_joint.model;
    Mo.valid = linear;
    if (linear) {
        Mo.ref = a;
        Mo.ref.now = a.now + dt;
        Mo.ref.steps = m_res.steps;
        Mo.ref.points = m_point;
        Mo.ref.schedEvents = m_res.schedEvents;
        Mo.ref.used = m_host->usedClosed();
        Mo.ref.leftA = a.leftA - K * dA;
        Mo.ref.leftB = a.leftB - K * dB;
        Mo.vals.resize(nz);
        Mo.d.resize(nz);
        for (uint32_t k = 0; k < nz; ++k) {
            Mo.vals[k] = *Z[k];
            Mo.d[k] = uint64_t(Y[k].bits) - uint64_t(X[k].bits);   // = the last change (linear)
        }
        Mo.period = m_joint.period;
        Mo.count = 0;
        Mo.T = T;
        Mo.dUsed = a.used - y.used;
        Mo.dSteps = dSteps;
        Mo.dPoints = a.points - y.points;
        Mo.dSchedEvents = a.schedEvents - y.schedEvents;
        Mo.dA = dA;
        Mo.dB = dB;
    }
    return JointVerdict::Skipped;
}

// jointModelSkip: at a multiple of the model's period after its state, when
// the pair has followed the model exactly (same relative state, and clock,
// steps, points, host time, values and iterations left moved by whole
// periods), skip again as jointSkip would from two checked periods: copies of
// the state one and two periods back are made from the model's changes.
bool Simulation::jointModelSkip(JointAnchor &a, const G &ga, const G &gb, const program::LoopView &va,
                                const program::LoopView &vb)
{
    JointAhead &J = m_joint;
    const JointModel &Mo = J.model;
    JointAnchor rel = a;
    rel.rngHash = Mo.ref.rngHash;   // draws between the periods (a sysmon tick's) do not matter
    if (!rel.sameRelative(Mo.ref) || a.nvals != Mo.vals.size()) return false;
    const uint64_t q = Mo.count / Mo.period;
    a.leftA = m_exec.loopItersLeft(ga.ctx);
    a.leftB = m_exec.loopItersLeft(gb.ctx);
    if (a.now != Mo.ref.now + SimDur(q) * Mo.T || a.steps != Mo.ref.steps + q * Mo.dSteps ||
        a.points != Mo.ref.points + q * Mo.dPoints || a.used != Mo.ref.used + SimDur(q) * Mo.dUsed ||
        a.leftA + q * Mo.dA != Mo.ref.leftA || a.leftB + q * Mo.dB != Mo.ref.leftB)
        return false;
    program::Value *Z[64];
    const uint32_t nz = jointValues(va, vb, a, Z);
    if (nz == 0 || nz != Mo.vals.size()) return false;
    for (uint32_t k = 0; k < nz; ++k)
        if (Z[k]->ref != Mo.vals[k].ref || Z[k]->tag != Mo.vals[k].tag ||
            uint64_t(Z[k]->bits) != uint64_t(Mo.vals[k].bits) + q * Mo.d[k])
            return false;
    // Copies one and two periods back, as if they had been taken.
    const JointModel model = Mo;
    J.clear();
    J.period = model.period;
    for (int back = 2; back >= 1; --back) {
        JointAnchor s = a;
        s.now -= SimDur(back) * model.T;
        s.steps -= back * model.dSteps;
        s.points -= back * model.dPoints;
        s.schedEvents -= back * model.dSchedEvents;
        s.used -= SimDur(back) * model.dUsed;
        s.leftA += back * model.dA;
        s.leftB += back * model.dB;
        s.horizon = a.horizon;
        s.valStart = uint32_t(J.vals.size());
        for (uint32_t k = 0; k < nz; ++k) {
            program::Value v = *Z[k];
            v.bits = int64_t(uint64_t(v.bits) - back * model.d[k]);
            J.vals.push_back(v);
        }
        J.snaps.push_back(s);
    }
    const JointVerdict v = jointSkip(J.snaps, a, va, vb);
    J.clear();   // the model (kept by clear) was renewed by the skip
    if (v != JointVerdict::Skipped) {
        J.model.valid = false;
        return false;
    }
    return true;
}

} // namespace gsl::runtime
