// trace_test_util.h — helpers shared by the sim.trace_* tests: build traces
// from the text form, and probe a SchedState with short keys so data rows
// read like the behaviour they check ("p0.runq=2,3 glob=5").
#pragma once

#include "sim/trace/sched_state.h"
#include "sim/trace/trace.h"
#include "sim/trace/trace_text.h"
#include "sim/trace/wait_reason.h"

#include <QString>
#include <QStringList>
#include <QTest>

namespace gsltest {

using namespace gsl::trace;

// initialState is what the runtime starts from (trace_event.h): n idle Ps.
inline SchedState initialState(int gomaxprocs, int cpus = 2)
{
    SchedState s;
    s.gomaxprocs = gomaxprocs;
    s.cpus = cpus;
    s.ps.resize(size_t(gomaxprocs));
    s.npidle = gomaxprocs;
    return s;
}

// The start of every run: M0 takes P0 and runs main (g1).
inline const char *kPrelude =
    "0.000000ms  MStart m=0\n"
    "0.000000ms  ProcStart p=0 m=0\n"
    "0.000000ms  GoCreate g=1\n"
    "0.000000ms  RunqPut g=1 p=0 to=runnext\n"
    "0.000000ms  RunqGet g=1 p=0 from=runnext\n"
    "0.000000ms  GoStart g=1 p=0 m=0\n";

// parseInto appends the events of `text` to t (fails the test on a parse error).
inline bool parseInto(Trace &t, const QString &text)
{
    std::string err;
    QByteArray utf8 = text.toUtf8();
    if (!parseTraceText(std::string_view(utf8.constData(), size_t(utf8.size())), t, &err)) {
        qWarning("parse error: %s", err.c_str());
        return false;
    }
    return true;
}

template <class C> QString joinIds(const C &c)
{
    QStringList l;
    for (int32_t g : c)
        l << QString::number(g);
    return l.join(',');
}

// probe returns one value of s by key: gomaxprocs, npidle, nmspinning, glob,
// pN.{status,m,curg,runnext,runq,schedtick}, mN.{status,p,curg},
// gN.{status,p,m,wait,line,creator}, cfs.{throttled,quotaUsed,nrPeriods,
// nrThrottled,throttledTime}.
inline QString probe(const SchedState &s, const QString &key)
{
    if (key == "gomaxprocs") return QString::number(s.gomaxprocs);
    if (key == "npidle") return QString::number(s.npidle);
    if (key == "nmspinning") return QString::number(s.nmspinning);
    if (key == "glob") return joinIds(s.globrunq);
    if (key == "cfs.throttled") return QString::number(int(s.cfs.throttled));
    if (key == "cfs.quotaUsed") return QString::number(s.cfs.quotaUsed);
    if (key == "cfs.nrPeriods") return QString::number(s.cfs.nrPeriods);
    if (key == "cfs.nrThrottled") return QString::number(s.cfs.nrThrottled);
    if (key == "cfs.throttledTime") return QString::number(s.cfs.throttledTime);
    int dot = key.indexOf('.');
    if (dot < 2) return "?key";
    bool ok = false;
    int id = key.mid(1, dot - 1).toInt(&ok);
    QString f = key.mid(dot + 1);
    if (!ok) return "?id";
    if (key[0] == 'p') {
        const PState *p = s.p(id);
        if (!p) return "?nop";
        if (f == "status") return QString::number(int(p->status));
        if (f == "m") return QString::number(p->m);
        if (f == "curg") return QString::number(p->curg);
        if (f == "runnext") return QString::number(p->runnext);
        if (f == "runq") return joinIds(p->runq);
        if (f == "schedtick") return QString::number(p->schedtick);
    } else if (key[0] == 'm') {
        const MState *m = s.m(id);
        if (!m) return "?nom";
        if (f == "status") return QString::fromLatin1(mStatusName(m->status).data(), qsizetype(mStatusName(m->status).size()));
        if (f == "p") return QString::number(m->p);
        if (f == "curg") return QString::number(m->curg);
    } else if (key[0] == 'g') {
        const GState *g = s.g(id);
        if (!g) return "?nog";
        if (f == "status") return QString::number(int(g->status));
        if (f == "p") return QString::number(g->p);
        if (f == "m") return QString::number(g->m);
        if (f == "wait") return QString::number(g->waitReason);
        if (f == "line") return QString::number(g->line);
        if (f == "creator") return QString::number(g->creator);
    }
    return "?field";
}

// checkProbes compares every "key=value" of `expect` (space separated).
inline void checkProbes(const SchedState &s, const QString &expect)
{
    const QStringList items = expect.split(' ', Qt::SkipEmptyParts);
    for (const QString &kv : items) {
        int eq = kv.indexOf('=');
        QVERIFY2(eq > 0, qPrintable("bad expectation " + kv));
        QString key = kv.left(eq);
        QString got = probe(s, key);
        QVERIFY2(got == kv.mid(eq + 1), qPrintable(key + ": got '" + got + "', want '" + kv.mid(eq + 1) + "'"));
    }
}

} // namespace gsltest
