// interp_ctx.h — per-goroutine interpreter state (private to sim/program).
#pragma once

#include "sim/program/interpreter.h"

namespace gsl::program {

struct Interpreter::Frame {
    int32_t func = 0;
    int32_t pc = 0;
    int32_t base = 0;        // first register in Ctx::stack
    int32_t retDst = -1;     // absolute stack index for results (-1: discard)
    Value closure;           // captures (cells ref) of the running closure
    bool isDefer = false;    // called by RunDefers / panic unwinding
    bool prologueDone = false; // the preemption check at entry already happened
};

struct DeferRec {
    Value fn;
    int32_t argStart = 0;    // into Ctx::deferArgs
    int32_t nargs = 0;
    int32_t frame = 0;       // index of the frame that deferred it
};

struct PanicRec {
    Value v;                 // interface value
    bool recovered = false;
    bool hasText = false;    // text = the value's Error()/String(), run when it was raised
    std::string text;
};

// Results of user String()/Error() calls for the instruction at (frame, pc):
// a method frame started for it has Frame::retDst == kMethodResult and appends
// its result here when it returns.
struct MethodResults {
    int32_t frame = 0, pc = 0;
    std::vector<Value> vals;   // string values; tag 1: already formatted, pad only; tag 2: raw
    bool isError = false;      // the pending call (for catchPanic's text)
    char verb = 'v';
    bool nilRecv = false;      // the pending call's receiver is a nil pointer
};
constexpr int32_t kMethodResult = -2;

// What complete() must do when the runtime resumes a goroutine.
enum class Pending : uint8_t { None, Complete, Resume, Dead };

struct Interpreter::Ctx {
    std::vector<Value> stack;
    std::vector<Frame> frames;
    std::vector<DeferRec> defers;
    std::vector<Value> deferArgs;
    std::vector<PanicRec> panics;
    std::vector<SelectCase> cases;   // Request::cases of a pending Select
    std::vector<MethodResults> methodResults;
    Request req;
    Pending pending = Pending::None;
    Value pendPtr;                   // pointer for a pending Load/Store/Atomic
    Value pendKey;                   // map key for a pending map step
    bool live = true;
    bool panicking = false;
    std::string createdFn;
    std::string panicTrace;          // traceback captured when the first panic started
    int32_t createdLine = 0;
    SimPs costCarry = 0;             // ps of work done but not yet handed to the runtime (< 1 ns)

    // chargeNs turns ps of work into the whole ns of a request's cost and
    // keeps the remainder for the next one (InterpCosts, interpreter.h).
    SimDur chargeNs(SimPs ps)
    {
        const SimPs total = costCarry + ps;
        costCarry = total % kPsPerNs;
        return total / kPsPerNs;
    }
};

} // namespace gsl::program
