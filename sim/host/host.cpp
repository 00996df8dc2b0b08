#include "sim/host/host.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::host {

Host::Host(engine::EventQueue &q, int cpus, SimDur quota, SimDur period, SimDur osSlice)
    : m_q(q), m_cpus(size_t(std::max(cpus, 1)), -1), m_sliceGen(size_t(std::max(cpus, 1)), 0),
      m_slice(osSlice), m_quota(quota), m_period(period)
{
}

int Host::addThread()
{
    m_threads.push_back(Thread{});
    return int(m_threads.size()) - 1;
}

int Host::running() const
{
    int n = 0;
    for (int t : m_cpus) n += t >= 0;
    return n;
}

SimDur Host::quotaUsedThisPeriod() const
{
    SimDur used = m_used;
    for (int t : m_cpus)
        if (t >= 0) used += m_q.now() - m_threads[size_t(t)].since;
    return used;
}

void Host::account(Thread &th)
{
    const SimDur ran = m_q.now() - th.since;
    th.remaining -= ran;
    if (th.remaining < 0) th.remaining = 0;
    m_used += ran;
    th.since = m_q.now();
}

void Host::runWork(int t, SimDur work)
{
    Thread &th = m_threads[size_t(t)];
    if (work < 0) throw std::logic_error("Host::runWork: negative work");
    ensurePeriod();
    th.wants = true;
    if (th.cpu >= 0) {
        account(th);
        th.remaining = work;
        ++th.gen;
        m_q.schedule(m_q.now() + work, uint16_t(HostEvent::WorkDone), uint32_t(t), th.gen);
        armQuota();
        return;
    }
    th.remaining = work;
    ++th.gen;
    if (!th.queued) {
        th.queued = true;
        m_waiting.push_back(t);
    }
    place();
}

void Host::release(int t)
{
    Thread &th = m_threads[size_t(t)];
    th.wants = false;
    ++th.gen;
    if (th.queued) {
        m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), t));
        th.queued = false;
    }
    if (th.cpu >= 0) {
        takeOff(t, false);
        place();
    }
}

void Host::putOn(int t, int cpu)
{
    Thread &th = m_threads[size_t(t)];
    th.cpu = cpu;
    th.since = m_q.now();
    m_cpus[size_t(cpu)] = t;
    ++th.gen;
    m_q.schedule(m_q.now() + th.remaining, uint16_t(HostEvent::WorkDone), uint32_t(t), th.gen);
    if (m_threads.size() > m_cpus.size())
        m_notes.push_back(HostNote{HostNote::CpuRun, t, cpu, 0});
    armSlice(cpu);
}

void Host::takeOff(int t, bool requeue)
{
    Thread &th = m_threads[size_t(t)];
    account(th);
    const int cpu = th.cpu;
    m_cpus[size_t(cpu)] = -1;
    th.cpu = -1;
    ++th.gen;
    ++m_sliceGen[size_t(cpu)];
    if (requeue) {
        m_notes.push_back(HostNote{HostNote::CpuPreempt, t, cpu, 0});
        th.queued = true;
        m_waiting.push_back(t);
    }
    armQuota();
}

void Host::place()
{
    if (m_throttled) return;
    for (size_t c = 0; c < m_cpus.size() && !m_waiting.empty(); ++c) {
        if (m_cpus[c] >= 0) continue;
        const int t = m_waiting.front();
        m_waiting.pop_front();
        m_threads[size_t(t)].queued = false;
        putOn(t, int(c));
    }
    // Threads still waiting: every busy CPU gets a slice end so they rotate.
    if (!m_waiting.empty())
        for (size_t c = 0; c < m_cpus.size(); ++c) armSlice(int(c));
    armQuota();
}

void Host::armSlice(int cpu)
{
    const int t = m_cpus[size_t(cpu)];
    if (t < 0 || m_waiting.empty()) return;
    ++m_sliceGen[size_t(cpu)];
    const SimTime end = std::max(m_q.now(), m_threads[size_t(t)].since + m_slice);
    m_q.schedule(end, uint16_t(HostEvent::SliceEnd), uint32_t(cpu), m_sliceGen[size_t(cpu)]);
}

void Host::armQuota()
{
    ++m_quotaGen;
    if (m_quota < 0 || m_throttled) return;
    const int k = running();
    if (k == 0) return;
    // Round down: at the deadline the k running threads have used at most the
    // quota (never a ns more); what is left then (< k ns) cannot be shared out.
    const SimDur left = m_quota - quotaUsedThisPeriod();
    const SimDur dt = left <= 0 ? 0 : left / k;
    m_q.schedule(m_q.now() + dt, uint16_t(HostEvent::QuotaOut), 0, m_quotaGen);
}

void Host::ensurePeriod()
{
    m_activeThisPeriod = true;
    if (m_quota < 0 || m_periodArmed) return;
    m_periodArmed = true;
    m_periodEnd = (m_q.now() / m_period + 1) * m_period;
    m_q.schedule(m_periodEnd, uint16_t(HostEvent::PeriodEnd), 0, 0);
}

void Host::throttle()
{
    for (size_t c = 0; c < m_cpus.size(); ++c)
        if (m_cpus[c] >= 0) takeOff(m_cpus[c], true);
    // Frozen threads queue behind those already waiting, in CPU order.
    m_throttled = true;
    m_throttleStart = m_q.now();
    ++m_stats.nrThrottled;
    m_notes.push_back(HostNote{HostNote::Throttle, -1, -1, 0});
}

void Host::unthrottle()
{
    m_throttled = false;
    m_stats.throttledTime += m_q.now() - m_throttleStart;
    m_notes.push_back(HostNote{HostNote::Unthrottle, -1, -1, 0});
}

bool Host::onEvent(const engine::Event &e)
{
    switch (HostEvent(e.kind)) {
    case HostEvent::WorkDone: {
        Thread &th = m_threads[e.id];
        if (e.gen != th.gen || th.cpu < 0) return false;
        account(th);
        th.remaining = 0;
        th.wants = false;
        m_notes.push_back(HostNote{HostNote::WorkDone, int(e.id), th.cpu, 0});
        return true;
    }
    case HostEvent::SliceEnd: {
        if (e.gen != m_sliceGen[e.id]) return false;
        const int t = m_cpus[e.id];
        if (t < 0 || m_waiting.empty()) return false;
        takeOff(t, true);
        place();
        return true;
    }
    case HostEvent::QuotaOut:
        if (e.gen != m_quotaGen || m_throttled) return false;
        if (m_quota - quotaUsedThisPeriod() >= running()) { armQuota(); return false; }
        throttle();
        return true;
    case HostEvent::PeriodEnd: {
        // The period that just ended counts if the group had runnable work in it.
        const bool busy = m_activeThisPeriod || running() > 0 || !m_waiting.empty();
        if (busy) ++m_stats.nrPeriods;
        // Close running stints at the boundary so the new period starts at 0.
        for (int t : m_cpus)
            if (t >= 0) account(m_threads[size_t(t)]);
        m_used = 0;
        const bool wasThrottled = m_throttled;
        if (wasThrottled) unthrottle();
        m_notes.push_back(HostNote{HostNote::CfsPeriod, busy ? 1 : 0, -1, m_q.now() / m_period});
        m_activeThisPeriod = running() > 0 || !m_waiting.empty();
        m_periodArmed = false;
        if (m_activeThisPeriod) ensurePeriod();
        place();
        armQuota();
        return true;
    }
    }
    return false;
}

void Host::finish()
{
    if (m_throttled) {
        m_stats.throttledTime += m_q.now() - m_throttleStart;
        m_throttleStart = m_q.now();
    }
}

} // namespace gsl::host
