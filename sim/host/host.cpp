#include "sim/host/host.h"

#include <algorithm>
#include <stdexcept>

namespace gsl::host {

Host::Host(engine::EventQueue &q, int cpus, SimDur quota, SimDur period, SimDur osSlice)
    : m_q(q), m_cpus(size_t(std::max(cpus, 1)), -1), m_cpu(size_t(std::max(cpus, 1))),
      m_sliceGen(size_t(std::max(cpus, 1)), 0), m_slice(osSlice), m_quota(quota), m_period(period),
      m_pool(quota)
{
    m_threads.reserve(8);  // M0, the woken M, sysmon and a few more: no regrowth in a short run
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

bool Host::canRun() const
{
    if (m_quota < 0) return true;
    for (const Cpu &c : m_cpu)
        if (!c.throttled && (c.local > 0 || m_pool > 0)) return true;
    return false;
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
    if (th.cpu >= 0 && m_quota >= 0) m_cpu[size_t(th.cpu)].local -= ran;
    th.since = m_q.now();
}

// acquire is assign_cfs_rq_runtime: top the CPU's local budget up to one
// slice from the pool; true if the CPU may run.
bool Host::acquire(int cpu)
{
    Cpu &c = m_cpu[size_t(cpu)];
    const SimDur amount = std::min(kSlice - c.local, m_pool);
    if (amount > 0) {
        m_pool -= amount;
        c.local += amount;
    }
    return c.local > 0;
}

// returnSlack is return_cfs_rq_runtime: an idle CPU keeps min_cfs_rq_runtime.
void Host::returnSlack(int cpu)
{
    Cpu &c = m_cpu[size_t(cpu)];
    if (m_quota < 0 || c.throttled || c.local <= kMinLocal) return;
    m_pool += c.local - kMinLocal;
    c.local = kMinLocal;
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
        armLocal(th.cpu);
        return;
    }
    th.remaining = work;
    ++th.gen;
    if (th.frozenOn >= 0) return;   // frozen: the work runs after the unthrottle
    if (!th.queued) {
        th.queued = true;
        m_waiting.push_back(t);
    }
    place();
}

void Host::skipRunning(SimDur dt, SimDur used)
{
    // Under a quota each running thread's CPU also spent dt of its local
    // budget (account() would have charged it stint by stint); its LocalOut
    // event stays where it is (local budget + stint start is unchanged), and
    // the caller keeps everything skipped before that event.
    for (size_t cpu = 0; cpu < m_cpus.size(); ++cpu) {
        const int t = m_cpus[cpu];
        if (t < 0) continue;
        m_threads[size_t(t)].since += dt;
        if (m_quota >= 0) m_cpu[cpu].local -= dt;
    }
    m_used += used;
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
    if (th.frozenOn >= 0) {
        auto &f = m_cpu[size_t(th.frozenOn)].frozen;
        f.erase(std::find(f.begin(), f.end(), t));
        th.frozenOn = -1;
    }
    if (th.cpu >= 0) {
        const int cpu = th.cpu;
        takeOff(t, false);
        place();
        if (m_cpus[size_t(cpu)] < 0) returnSlack(cpu);
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
    armLocal(cpu);
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
    ++m_cpu[size_t(cpu)].gen;
    if (requeue) {
        m_notes.push_back(HostNote{HostNote::CpuPreempt, t, cpu, 0});
        th.queued = true;
        m_waiting.push_back(t);
    }
}

void Host::place()
{
    // CPUs that still hold a local budget first (pass 0), then those that
    // must ask the pool (pass 1; only these can end up throttled by a thread
    // placed on them).
    for (int pass = m_quota >= 0 ? 0 : 1; pass < 2; ++pass)
        for (size_t c = 0; c < m_cpus.size() && !m_waiting.empty(); ++c) {
            if (m_cpus[c] >= 0 || m_cpu[c].throttled || (pass == 0 && m_cpu[c].local <= 0)) continue;
            const int t = m_waiting.front();
            m_waiting.pop_front();
            m_threads[size_t(t)].queued = false;
            if (m_quota >= 0 && m_cpu[c].local <= 0 && !acquire(int(c)))
                freezeOn(t, int(c));   // no budget for this CPU: its cfs_rq is throttled
            else
                putOn(t, int(c));
        }
    // Threads still waiting: every busy CPU gets a slice end so they rotate.
    if (!m_waiting.empty())
        for (size_t c = 0; c < m_cpus.size(); ++c) armSlice(int(c));
}

void Host::armSlice(int cpu)
{
    const int t = m_cpus[size_t(cpu)];
    if (t < 0 || m_waiting.empty()) return;
    ++m_sliceGen[size_t(cpu)];
    const SimTime end = std::max(m_q.now(), m_threads[size_t(t)].since + m_slice);
    m_q.schedule(end, uint16_t(HostEvent::SliceEnd), uint32_t(cpu), m_sliceGen[size_t(cpu)]);
}

// armLocal: the moment the thread on `cpu` uses up the CPU's local budget.
void Host::armLocal(int cpu)
{
    Cpu &c = m_cpu[size_t(cpu)];
    ++c.gen;
    const int t = m_cpus[size_t(cpu)];
    if (m_quota < 0 || t < 0) return;
    const Thread &th = m_threads[size_t(t)];
    const SimDur left = c.local - (m_q.now() - th.since);
    m_q.schedule(m_q.now() + std::max<SimDur>(left, 0), uint16_t(HostEvent::LocalOut), uint32_t(cpu), c.gen);
}

void Host::ensurePeriod()
{
    m_activeThisPeriod = true;
    if (m_quota < 0 || m_periodArmed) return;
    m_periodArmed = true;
    m_periodEnd = (m_q.now() / m_period + 1) * m_period;
    m_q.schedule(m_periodEnd, uint16_t(HostEvent::PeriodEnd), 0, 0);
}

// freezeOn: thread t (off CPU) is frozen on `cpu`, whose part of the group
// is throttled, until the refill.
void Host::freezeOn(int t, int cpu)
{
    m_threads[size_t(t)].frozenOn = cpu;
    m_cpu[size_t(cpu)].frozen.push_back(t);
    throttleCpu(cpu);
}

void Host::throttleCpu(int cpu)
{
    Cpu &c = m_cpu[size_t(cpu)];
    if (c.throttled) return;
    c.throttled = true;
    c.throttledSince = m_q.now();
    // nr_throttled: the kernel counts a period that ends with a throttled CPU
    // at the period timer; counting the first throttle of the period gives the
    // same figure except for a period cut short by the end of the run, and a
    // trace replay can derive it the same way.
    if (m_nthrottled++ == 0) ++m_stats.nrThrottled;
    m_notes.push_back(HostNote{HostNote::Throttle, -1, cpu, 0});
}

// refill is the period timer (do_sched_cfs_period_timer): the pool is reset
// to the quota and every throttled CPU gets just enough to run again.
void Host::refill()
{
    m_pool = m_quota;
    for (size_t i = 0; i < m_cpu.size(); ++i) {
        Cpu &c = m_cpu[i];
        if (!c.throttled) continue;
        const SimDur give = std::min(m_pool, 1 - c.local);
        m_pool -= give;
        c.local += give;
        c.throttled = false;
        --m_nthrottled;
        m_stats.throttledTime += m_q.now() - c.throttledSince;
        m_notes.push_back(HostNote{HostNote::Unthrottle, -1, int(i), 0});
        // Frozen threads queue first, in the order they froze.
        for (auto it = c.frozen.rbegin(); it != c.frozen.rend(); ++it) {
            Thread &th = m_threads[size_t(*it)];
            th.frozenOn = -1;
            if (!th.wants) continue;
            th.queued = true;
            m_waiting.push_front(*it);
        }
        c.frozen.clear();
    }
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
    case HostEvent::LocalOut: {
        Cpu &c = m_cpu[e.id];
        const int t = m_cpus[e.id];
        if (e.gen != c.gen || t < 0) return false;
        account(m_threads[size_t(t)]);
        if (acquire(int(e.id))) { armLocal(int(e.id)); return false; }
        // The pool is empty: this CPU's part of the group is throttled and
        // its thread frozen on it until the refill.
        takeOff(t, false);
        freezeOn(t, int(e.id));
        place();
        return true;
    }
    case HostEvent::PeriodEnd: {
        // The period that just ended counts if the group had runnable work in it.
        const bool busy = m_activeThisPeriod || running() > 0 || !m_waiting.empty() || m_nthrottled > 0;
        if (busy) ++m_stats.nrPeriods;
        // Close running stints at the boundary so the new period starts at 0.
        for (int t : m_cpus)
            if (t >= 0) account(m_threads[size_t(t)]);
        m_used = 0;
        refill();
        m_notes.push_back(HostNote{HostNote::CfsPeriod, busy ? 1 : 0, -1, m_q.now() / m_period});
        m_activeThisPeriod = running() > 0 || !m_waiting.empty();
        m_periodArmed = false;
        if (m_activeThisPeriod) ensurePeriod();
        place();
        for (size_t c = 0; c < m_cpus.size(); ++c) armLocal(int(c));
        return true;
    }
    }
    return false;
}

void Host::finish()
{
    for (Cpu &c : m_cpu)
        if (c.throttled) {
            m_stats.throttledTime += m_q.now() - c.throttledSince;
            c.throttledSince = m_q.now();
        }
}

} // namespace gsl::host
