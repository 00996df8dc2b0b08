// interp_requests.cpp — the instructions that end a step with a request to the
// runtime (go, channel make/send/recv/close, select, sync and timer requests,
// print, os.Exit), moved out of the dispatch loop (interp_exec.cpp): each fills
// the goroutine's Request and names its kind and the interpreter's cost.
#include "sim/program/interp_ctx.h"

#include <stdexcept>

namespace gsl::program {

ReqKind Interpreter::runtimeRequest(Ctx &g, const Instr &I, Value *R, const Function &fn, SimPs &cost,
                                    std::string &panicMsg)
{
    Request &q = g.req;
    const InterpCosts &C = m_opts.costs;
    cost = C.syncOp;
    switch (I.op) {
    case Op::Go: return ReqKind::Go;
    case Op::MakeChan: {
        int64_t n = I.b >= 0 ? R[I.b].bits : 0;
        if (n < 0) {
            panicMsg = "makechan: size out of range";
            return ReqKind::Compute;
        }
        Value ch;
        ch.bits = m_nextObj++;
        R[I.a] = ch;
        setChanCap(ObjId(ch.bits), n);
        q.obj = ObjId(ch.bits);
        q.n = n;
        cost = C.alloc;
        return ReqKind::ChanMake;
    }
    case Op::Send: q.obj = ObjId(R[I.a].bits); q.v = R[I.b]; return ReqKind::ChanSend;
    case Op::Recv: q.obj = ObjId(R[I.b].bits); return ReqKind::ChanRecv;
    case Op::Close: q.obj = ObjId(R[I.a].bits); return ReqKind::ChanClose;
    case Op::Select: {
        const SelectDesc &sd = fn.selects[size_t(I.c)];
        g.cases.resize(size_t(sd.ncases));
        for (int32_t i = 0; i < sd.ncases; ++i) {
            g.cases[size_t(i)].chan = ObjId(R[I.b + 2 * i].bits);
            g.cases[size_t(i)].send = sd.send[size_t(i)] != 0;
            g.cases[size_t(i)].v = R[I.b + 2 * i + 1];
        }
        q.cases = g.cases.data();
        q.ncases = sd.ncases;
        q.hasDefault = sd.hasDefault;
        return ReqKind::Select;
    }
    case Op::Rt:
        q.obj = I.b >= 0 ? ObjId(R[I.b].bits) : 0;
        q.n = I.c >= 0 ? R[I.c].bits : 0;
        if (ReqKind(I.x) == ReqKind::WgAdd && I.flag) q.n = -1;
        return ReqKind(I.x);
    case Op::TimerMake: {
        Value t;
        ObjId timer = m_nextObj++, ch = m_nextObj++;
        setChanCap(ch, 1);
        q.obj = timer;
        q.obj2 = ch;
        q.n = R[I.b].bits;
        q.period = I.x == 1 ? q.n : 0;
        if (I.x == 2) { t.bits = timer; t.ref = ch; } else t.bits = ch;
        R[I.a] = t;
        return ReqKind::TimerMake;
    }
    case Op::Print:
        q.text = m_heap.str(R[I.a].ref);
        q.toStderr = I.x == 1;
        return ReqKind::Print;
    case Op::Exit: q.n = R[I.a].bits; return ReqKind::Exit;
    default: throw std::logic_error("runtimeRequest: not a request instruction");
    }
}

} // namespace gsl::program
