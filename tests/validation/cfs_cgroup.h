// cfs_cgroup.h — a real cgroup with a CPU bandwidth limit for tst_cfs:
// detects cgroup v1 (cpu controller: cpu.cfs_quota_us, cpu.cfs_period_us) or
// v2 (cpu.max), creates a child group, sets its quota, runs a command inside
// it and reads cpu.stat. Needs root; detect() says why not otherwise.
#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gsl::validation {

struct CpuStat {
    qint64 nrPeriods = 0, nrThrottled = 0, throttledUs = 0;
};

class Cgroup {
public:
    // create makes the child group `name`; "" on success, else the reason.
    QString create(const QString &name)
    {
        if (QFile::exists("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")) {
            m_v2 = false;
            m_dir = "/sys/fs/cgroup/cpu/" + name;
        } else if (QFile::exists("/sys/fs/cgroup/cgroup.controllers")) {
            if (!readFile("/sys/fs/cgroup/cgroup.controllers").split(' ').contains("cpu"))
                return "cgroup v2 without the cpu controller";
            m_v2 = true;
            writeFile("/sys/fs/cgroup/cgroup.subtree_control", "+cpu");
            m_dir = "/sys/fs/cgroup/" + name;
        } else {
            return "no cgroup cpu controller mounted under /sys/fs/cgroup";
        }
        QDir().rmdir(m_dir);
        if (!QDir().mkdir(m_dir)) return "cannot create " + m_dir + " (needs root and a writable cgroup fs)";
        m_created = true;
        // A heavy share so that the machine's other load (compilers) takes as
        // little CPU from the measured process as possible: the quota, not the
        // neighbours, should be what limits it.
        const bool shares = m_v2 ? writeFile(m_dir + "/cpu.weight", "10000") : writeFile(m_dir + "/cpu.shares", "262144");
        if (!shares) return "cannot set the cpu weight of " + m_dir;
        return {};
    }

    void remove()
    {
        if (m_created) QDir().rmdir(m_dir);
        m_created = false;
    }

    QString version() const { return m_v2 ? "v2 (cpu.max)" : "v1 (cpu.cfs_quota_us)"; }

    // setQuota sets the limit in CPUs (<= 0: none) with a 100 ms period.
    bool setQuota(double cpus)
    {
        const qint64 period = 100000;
        const QString q = cpus > 0 ? QString::number(qint64(cpus * period)) : QString(m_v2 ? "max" : "-1");
        if (m_v2) return writeFile(m_dir + "/cpu.max", q + " " + QString::number(period));
        return writeFile(m_dir + "/cpu.cfs_period_us", QString::number(period)) && writeFile(m_dir + "/cpu.cfs_quota_us", q);
    }

    CpuStat stat() const
    {
        CpuStat s;
        for (const QString &l : readFile(m_dir + "/cpu.stat").split('\n')) {
            const QStringList kv = l.split(' ');
            if (kv.size() != 2) continue;
            if (kv[0] == "nr_periods") s.nrPeriods = kv[1].toLongLong();
            else if (kv[0] == "nr_throttled") s.nrThrottled = kv[1].toLongLong();
            else if (kv[0] == "throttled_time") s.throttledUs = kv[1].toLongLong() / 1000;   // v1: ns
            else if (kv[0] == "throttled_usec") s.throttledUs = kv[1].toLongLong();
        }
        return s;
    }

    // run executes `program args` inside the group (moved there before exec,
    // so no instruction runs outside it) with GOMAXPROCS=gomaxprocs;
    // returns its stdout, or "" with *error set.
    QString run(const QString &program, const QStringList &args, int gomaxprocs, QString *error) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("GOMAXPROCS", QString::number(gomaxprocs));
        p.setProcessEnvironment(env);
        p.start("/bin/sh", QStringList{"-c", "echo $$ > \"$0\" && exec \"$@\"", m_dir + "/cgroup.procs", program} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            *error = program + ": no exit within 60 s";
            return {};
        }
        if (p.exitCode() != 0) {
            *error = QString("%1 exited %2: %3").arg(program).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    static QString readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    static bool writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return false;
        return f.write(text.toUtf8()) == text.toUtf8().size();
    }

private:
    QString m_dir;
    bool m_v2 = false;
    bool m_created = false;
};

// keyValues parses "k=v k=v" output lines.
inline QMap<QString, qint64> keyValues(const QString &line)
{
    QMap<QString, qint64> out;
    for (const QString &w : line.split(' ', Qt::SkipEmptyParts)) {
        const int eq = w.indexOf('=');
        if (eq > 0) out[w.left(eq)] = w.mid(eq + 1).toLongLong();
    }
    return out;
}

// loadAverage is /proc/loadavg's first three fields, recorded next to every
// real timing measurement (the machine is shared).
inline QString loadAverage()
{
    return Cgroup::readFile("/proc/loadavg").section(' ', 0, 2);
}

} // namespace gsl::validation
