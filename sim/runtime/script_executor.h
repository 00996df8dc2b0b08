// script_executor.h — an Executor of tiny scripted goroutines built in C++,
// so the runtime can be tested without the Go front end.
//
//     ScriptProgram prog;
//     prog.fn(0).wgAdd(1, 10).loop(10).go(1).endLoop().wgWait(1).end();   // main
//     prog.fn(1).print("{arg} ").wgDone(1).end();
//     ScriptExecutor ex(prog);
//
// Every op that the runtime must see becomes one Request; loop/endLoop are
// local control. go(fn) passes the innermost loop index as the child's {arg}
// (or a literal). Print text expands {arg}, {i} (innermost loop index),
// {v} (last value received), {n} (last completion n), {ok}.
// A runtime panic in a Completion becomes an unrecovered Panic request.
#pragma once

#include "sim/engine/segmented_vector.h"
#include "sim/program/executor.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <vector>

namespace gsl::runtime {

struct ScriptOp {
    enum Kind : uint8_t {
        Compute, Call, Load, Store, AtomicAdd, AtomicLoad, Go, ChanMake, Send, Recv, Close, Select, WgAdd, WgWait,
        Lock, Unlock, TryLock, RLock, RUnlock, WLock, WUnlock, OnceBegin, OnceEnd, Sleep, TimerMake, TimerStop,
        Gosched, GoMaxProcs, NumGoroutine, Print, Exit, Panic, Fatal, End, LoopBegin, LoopEnd
    };
    Kind kind = Compute;
    int64_t a = 0, b = 0, c = 0, d = 0;
    bool flag = false;
    std::string text;
    std::vector<program::SelectCase> cases;
    uint32_t match = 0;   // LoopBegin <-> LoopEnd partner
};

constexpr int64_t kArgLoopIndex = std::numeric_limits<int64_t>::min();

class ScriptBuilder {
public:
    ScriptBuilder &compute(SimDur ns) { return op(ScriptOp::Compute, ns); }
    ScriptBuilder &call(SimDur ns = 3) { return op(ScriptOp::Call, ns); }           // a safe point
    ScriptBuilder &load(uint32_t addr) { return op(ScriptOp::Load, addr); }
    ScriptBuilder &store(uint32_t addr) { return op(ScriptOp::Store, addr); }
    ScriptBuilder &atomicAdd(uint32_t addr) { return op(ScriptOp::AtomicAdd, addr); }
    ScriptBuilder &atomicLoad(uint32_t addr) { return op(ScriptOp::AtomicLoad, addr); }
    ScriptBuilder &go(int fn, int64_t arg = kArgLoopIndex) { return op(ScriptOp::Go, fn, arg); }
    ScriptBuilder &chanMake(program::ObjId c, int64_t cap) { return op(ScriptOp::ChanMake, c, cap); }
    ScriptBuilder &send(program::ObjId c, int64_t v = 0) { return op(ScriptOp::Send, c, v); }
    ScriptBuilder &recv(program::ObjId c) { return op(ScriptOp::Recv, c); }
    ScriptBuilder &close(program::ObjId c) { return op(ScriptOp::Close, c); }
    ScriptBuilder &select(std::vector<program::SelectCase> cases, bool hasDefault);
    ScriptBuilder &wgAdd(program::ObjId wg, int64_t n) { return op(ScriptOp::WgAdd, wg, n); }
    ScriptBuilder &wgDone(program::ObjId wg) { return op(ScriptOp::WgAdd, wg, -1); }
    ScriptBuilder &wgWait(program::ObjId wg) { return op(ScriptOp::WgWait, wg); }
    ScriptBuilder &lock(program::ObjId mu) { return op(ScriptOp::Lock, mu); }
    ScriptBuilder &unlock(program::ObjId mu) { return op(ScriptOp::Unlock, mu); }
    ScriptBuilder &tryLock(program::ObjId mu) { return op(ScriptOp::TryLock, mu); }
    ScriptBuilder &rlock(program::ObjId rw) { return op(ScriptOp::RLock, rw); }
    ScriptBuilder &runlock(program::ObjId rw) { return op(ScriptOp::RUnlock, rw); }
    ScriptBuilder &wlock(program::ObjId rw) { return op(ScriptOp::WLock, rw); }
    ScriptBuilder &wunlock(program::ObjId rw) { return op(ScriptOp::WUnlock, rw); }
    ScriptBuilder &onceBegin(program::ObjId o) { return op(ScriptOp::OnceBegin, o); }
    ScriptBuilder &onceEnd(program::ObjId o) { return op(ScriptOp::OnceEnd, o); }
    ScriptBuilder &sleep(SimDur ns) { return op(ScriptOp::Sleep, ns); }
    // timerMake: timer object, its channel, duration, period (Tick) or 0.
    ScriptBuilder &timerMake(program::ObjId t, program::ObjId c, SimDur d, SimDur period = 0)
    {
        op(ScriptOp::TimerMake, t, c, d);
        m_ops.back().d = period;
        return *this;
    }
    ScriptBuilder &timerStop(program::ObjId t) { return op(ScriptOp::TimerStop, t); }
    ScriptBuilder &gosched() { return op(ScriptOp::Gosched); }
    ScriptBuilder &gomaxprocs(int64_t n) { return op(ScriptOp::GoMaxProcs, n); }
    ScriptBuilder &numGoroutine() { return op(ScriptOp::NumGoroutine); }
    ScriptBuilder &print(std::string text, bool toStderr = false);
    ScriptBuilder &exit(int64_t status) { return op(ScriptOp::Exit, status); }
    ScriptBuilder &panic(std::string text);
    ScriptBuilder &fatal(std::string text);
    ScriptBuilder &loop(int64_t count) { return op(ScriptOp::LoopBegin, count); }   // count < 0: forever
    ScriptBuilder &endLoop() { return op(ScriptOp::LoopEnd); }
    ScriptBuilder &end() { return op(ScriptOp::End); }

    const std::vector<ScriptOp> &ops() const { return m_ops; }
    void finalize();   // matches loops; throws std::logic_error on unbalanced loops

private:
    ScriptBuilder &op(ScriptOp::Kind k, int64_t a = 0, int64_t b = 0, int64_t c = 0);
    std::vector<ScriptOp> m_ops;
};

class ScriptProgram {
public:
    ScriptBuilder &fn(int index);   // function 0 is main
    int size() const { return int(m_fns.size()); }
    const ScriptBuilder &at(int i) const { return m_fns[size_t(i)]; }
    void finalize();

private:
    std::vector<ScriptBuilder> m_fns;
};

class ScriptExecutor : public program::Executor {
public:
    // stepCost: cost of each local op (loop control, a print's formatting...).
    explicit ScriptExecutor(ScriptProgram &prog, SimDur stepCost = 1, SimDur accessCost = 2);

    program::CtxId startMain() override;
    program::CtxId spawn(program::CtxId parent) override;
    const program::Request &step(program::CtxId ctx, const program::Completion &done,
                                 const program::StepEnv &env) override;
    void release(program::CtxId ctx) override;
    std::string traceback(program::CtxId ctx) const override;
    std::string createdBy(program::CtxId ctx) const override;
    std::string_view name(uint32_t var) const override;
    std::string where(program::CtxId ctx) const override;

    int liveContexts() const { return m_live; }

private:
    struct Loop {
        uint32_t begin;
        int64_t count, i;
    };
    struct Ctx {
        int fn = 0;
        uint32_t pc = 0;
        int64_t arg = 0;
        std::vector<Loop> loops;
        program::Value lastV;
        int64_t lastN = 0;
        bool lastOk = false;
        bool started = false;
        bool alive = true;
        int parentFn = -1;
        int32_t createdLine = 0;
        program::Request req;
        int32_t line = 0;
    };
    std::string expand(const Ctx &c, const std::string &text) const;
    ScriptProgram &m_prog;
    SimDur m_stepCost, m_accessCost;
    engine::SegmentedVector<Ctx> m_ctx;  // elements never move: a returned Request stays valid while others spawn
    std::vector<std::string> m_names;
    int m_live = 0;
};

} // namespace gsl::runtime
