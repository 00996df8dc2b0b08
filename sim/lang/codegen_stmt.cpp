// codegen_stmt.cpp — statements.
#include "sim/lang/codegen.h"

namespace gsl::lang {

using namespace gsl::program;

void Codegen::block(const std::vector<Stmt *> &list)
{
    for (Stmt *s : list) stmt(s);
}

void Codegen::assignTo(Expr *lhs, int32_t v, bool define, const Loc *pre)
{
    if (auto *id = as<Ident>(lhs)) {
        if (id->name == "_" || !id->obj) return;
        if (define && id->isDef) {
            TypeId t = typeId(id->obj->type);
            int32_t init = v;
            if (isAggregate(m_prog->types[t].kind)) { init = reg(); emit(Op::CopyAgg, init, v, 0, uint16_t(t)); }
            declare(id->obj, init, id->pos);
            return;
        }
    }
    store(pre ? *pre : loc(lhs), v);
}

// lhsLocs evaluates the operands of the left-hand sides (index expressions,
// pointer indirections) before the right-hand sides, as the spec's two-phase
// assignment requires (`i, s[i] = 2, 99` indexes with the old i).
std::vector<Loc> Codegen::lhsLocs(const std::vector<Expr *> &lhs, bool define, std::vector<bool> &have)
{
    std::vector<Loc> locs(lhs.size());
    have.assign(lhs.size(), false);
    for (size_t i = 0; i < lhs.size(); ++i) {
        auto *id = as<Ident>(unparen(lhs[i]));
        if (id && (id->name == "_" || !id->obj || (define && id->isDef))) continue;
        locs[i] = loc(lhs[i]);
        have[i] = true;
    }
    return locs;
}

void Codegen::assign(AssignStmt *s)
{
    if (isAssignOp(s->tok)) {
        Loc l = loc(s->lhs[0]);
        int32_t cur = load(l);
        int32_t y = expr(s->rhs[0]);
        Tok op = assignOpBase(s->tok);
        const Type *t = s->lhs[0]->type;
        int32_t r = reg();
        bool uns = isUnsigned(t);
        Op o;
        switch (op) {
        case Tok::Add: o = isString(t) ? Op::Concat : Op::Add; break;
        case Tok::Sub: o = Op::Sub; break;
        case Tok::Mul: o = Op::Mul; break;
        case Tok::Quo: o = uns ? Op::DivU : Op::Div; break;
        case Tok::Rem: o = uns ? Op::RemU : Op::Rem; break;
        case Tok::And: o = Op::And; break;
        case Tok::Or: o = Op::Or; break;
        case Tok::Xor: o = Op::Xor; break;
        case Tok::AndNot: o = Op::AndNot; break;
        case Tok::Shl: o = Op::Shl; break;
        default: o = uns ? Op::ShrU : Op::Shr; break;
        }
        emit(o, r, cur, y, wrapOf(t), uint8_t((o == Op::Shl || o == Op::Shr || o == Op::ShrU) && isUnsigned(s->rhs[0]->type)));
        store(l, r);
        return;
    }
    bool define = s->tok == Tok::Define;
    std::vector<bool> have;
    std::vector<Loc> locs = lhsLocs(s->lhs, define, have);
    if (s->rhs.size() == 1 && s->lhs.size() > 1) {
        Expr *rx = s->rhs[0];
        while (auto *p = as<ParenExpr>(rx)) rx = p->x;
        int32_t base;
        if (auto *c = as<CallExpr>(rx)) base = call(c, int(s->lhs.size()));
        else if (auto *u = as<UnaryExpr>(rx); u && u->op == Tok::Arrow) base = unary(u);
        else if (auto *ie = as<IndexExpr>(rx)) { Loc l = loc(ie); base = load(l); }
        else throw CodegenError(s->pos, "multi-value assignment form");
        for (size_t i = 0; i < s->lhs.size(); ++i) {
            int32_t v = base + int32_t(i);
            const Type *lt = s->lhs[i]->type;
            if (lt && isInterface(lt) && i == 0 && rx->type && rx->type->kind != TypeKind::Tuple) {
                // v, ok := m[k] with interface-typed v: already an interface
            }
            assignTo(s->lhs[i], v, define, have[i] ? &locs[i] : nullptr);
        }
        return;
    }
    std::vector<int32_t> vals;
    for (size_t i = 0; i < s->rhs.size(); ++i) {
        const Type *lt = s->lhs[i]->type;
        if (auto *id = as<Ident>(s->lhs[i]); id && id->obj && (id->isDef || id->name == "_")) lt = id->obj ? id->obj->type : lt;
        int32_t v = lt ? exprTo(s->rhs[i], lt) : expr(s->rhs[i]);
        if (s->rhs.size() > 1) { int32_t t = reg(); emit(Op::Move, t, v); v = t; }
        vals.push_back(v);
    }
    for (size_t i = 0; i < s->lhs.size(); ++i) assignTo(s->lhs[i], vals[i], define, have[i] ? &locs[i] : nullptr);
}

void Codegen::stmt(Stmt *s)
{
    if (!s) return;
    setLine(s->pos);
    int32_t savedTop = m_f->nextReg;
    switch (s->kind) {
    case NodeKind::EmptyStmt: break;
    case NodeKind::ExprStmt: {
        auto *e = static_cast<ExprStmt *>(s)->x;
        if (auto *c = as<CallExpr>(e)) call(c, 0);
        else expr(e);
        break;
    }
    case NodeKind::DeclStmt: {
        GenDecl *gd = static_cast<DeclStmt *>(s)->decl;
        if (gd->tok != Tok::Var) break;
        for (Node *n : gd->specs) {
            auto *vs = as<ValueSpec>(n);
            if (!vs) continue;
            if (vs->values.size() == 1 && vs->names.size() > 1) {
                int32_t base = call(cast<CallExpr>(vs->values[0]), int(vs->names.size()));
                for (size_t i = 0; i < vs->names.size(); ++i)
                    if (vs->names[i]->obj) declare(vs->names[i]->obj, base + int32_t(i), vs->names[i]->pos);
                continue;
            }
            std::vector<int32_t> vals;
            for (size_t i = 0; i < vs->names.size(); ++i)
                vals.push_back(i < vs->values.size() ? exprTo(vs->values[i], vs->names[i]->obj ? vs->names[i]->obj->type : nullptr) : -1);
            for (size_t i = 0; i < vs->names.size(); ++i) {
                if (!vs->names[i]->obj) continue;
                int32_t v = vals[i];
                TypeId t = typeId(vs->names[i]->obj->type);
                if (v >= 0 && isAggregate(m_prog->types[t].kind)) { int32_t c = reg(); emit(Op::CopyAgg, c, v, 0, uint16_t(t)); v = c; }
                declare(vs->names[i]->obj, v, vs->names[i]->pos);
            }
        }
        savedTop = m_f->nextReg;   // keep the new variables' registers
        break;
    }
    case NodeKind::AssignStmt: {
        assign(static_cast<AssignStmt *>(s));
        if (static_cast<AssignStmt *>(s)->tok == Tok::Define) savedTop = m_f->nextReg;
        break;
    }
    case NodeKind::IncDecStmt: {
        auto *ids = static_cast<IncDecStmt *>(s);
        Loc l = loc(ids->x);
        int32_t cur = load(l), r = reg();
        emit(Op::AddI, r, cur, ids->tok == Tok::Inc ? 1 : -1, wrapOf(ids->x->type));
        store(l, r);
        break;
    }
    case NodeKind::SendStmt: {
        auto *ss = static_cast<SendStmt *>(s);
        int32_t ch = expr(ss->chan);
        const Type *ct = ss->chan->type->underlying();
        int32_t v = exprTo(ss->value, ct->elem);
        setLine(ss->arrow);
        emit(Op::Send, ch, v);
        break;
    }
    case NodeKind::GoStmt: goDefer(static_cast<GoStmt *>(s)->call, true, s->pos); break;
    case NodeKind::DeferStmt: goDefer(static_cast<DeferStmt *>(s)->call, false, s->pos); break;
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt *>(s)); break;
    case NodeKind::BlockStmt: block(static_cast<BlockStmt *>(s)->list); savedTop = m_f->nextReg; break;
    case NodeKind::IfStmt: {
        auto *is = static_cast<IfStmt *>(s);
        stmt(is->init);
        int32_t c = expr(is->cond);
        int32_t j = emit(Op::JmpIfNot, 0, c);
        block(is->body->list);
        if (is->els) {
            int32_t k = emit(Op::Jmp, 0);
            patch(j, pc());
            stmt(is->els);
            patch(k, pc());
        } else {
            patch(j, pc());
        }
        savedTop = m_f->nextReg;
        break;
    }
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt *>(s)); savedTop = m_f->nextReg; break;
    case NodeKind::RangeStmt: rangeStmt(static_cast<RangeStmt *>(s)); savedTop = m_f->nextReg; break;
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt *>(s)); savedTop = m_f->nextReg; break;
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt *>(s)); savedTop = m_f->nextReg; break;
    case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt *>(s)->stmt); savedTop = m_f->nextReg; break;
    case NodeKind::BranchStmt: {
        auto *bs = static_cast<BranchStmt *>(s);
        if (bs->tok == Tok::Fallthrough) { m_fallthrough.push_back(s); break; }
        if (!bs->target) throw CodegenError(s->pos, "branch without target");
        LoopTarget &t = m_targets[bs->target];
        int32_t j = emit(Op::Jmp, 0);
        if (bs->tok == Tok::Break) t.breaks.push_back(j);
        else if (bs->tok == Tok::Continue) t.continues.push_back(j);
        else throw CodegenError(s->pos, "goto");
        break;
    }
    default: throw CodegenError(s->pos, "statement");
    }
    // Registers of temporaries are reused; variables declared in nested
    // blocks keep theirs (simple and safe: closures capture boxes, not regs).
    m_f->nextReg = std::max(savedTop, m_f->nextReg - (m_f->nextReg - savedTop));
}

void Codegen::returnStmt(ReturnStmt *s)
{
    int32_t base = fn().resultBase;
    int32_t n = fn().nresults;
    auto put = [&](int32_t i, int32_t v) {
        if (const Object *o = m_f->namedResults[size_t(i)]) {
            Loc l;
            l.kind = Loc::Ptr;
            l.a = m_f->vars[o].reg;
            l.name = varName(o->name);
            l.type = typeId(o->type);
            store(l, v);
        } else {
            emit(Op::Move, base + i, v);
        }
    };
    if (s->results.size() == 1 && n > 1) {
        int32_t r = call(cast<CallExpr>(s->results[0]), n);
        for (int32_t i = 0; i < n; ++i) put(i, r + i);
    } else if (!s->results.empty()) {
        std::vector<int32_t> vals;
        for (size_t i = 0; i < s->results.size(); ++i) {
            int32_t v = exprTo(s->results[i], i < m_f->resultTypes.size() ? m_f->resultTypes[i] : nullptr);
            int32_t t = reg();
            emit(Op::Move, t, v);
            vals.push_back(t);
        }
        for (size_t i = 0; i < vals.size(); ++i) put(int32_t(i), vals[i]);
    }
    m_f->epiloguePatches.push_back(emit(Op::Jmp, 0));
}

// forStmt: Go 1.22 gives each iteration a fresh copy of the loop variables
// (declared in init); that matters only for variables in boxes (captured or
// address-taken), which get a new box before the post statement, as the Go
// compiler does. Before 1.22 one box serves the whole loop.
void Codegen::forStmt(ForStmt *s)
{
    stmt(s->init);
    std::vector<const Object *> loopVars;
    if (auto *as_ = as<AssignStmt>(s->init); as_ && as_->tok == Tok::Define)
        for (Expr *l : as_->lhs)
            if (auto *id = as<Ident>(l); id && id->obj && isShared(id->obj)) loopVars.push_back(id->obj);
    int32_t top = pc();
    int32_t exitJ = -1;
    if (s->cond) { int32_t c = expr(s->cond); exitJ = emit(Op::JmpIfNot, 0, c); }
    LoopTarget &lt = m_targets[s];
    (void)lt;
    block(s->body->list);
    int32_t cont = pc();
    if (m_go.perIterationLoopVars())
        for (const Object *o : loopVars) {
            Storage st = m_f->vars[o];
            int32_t t = reg();
            emit(Op::Deref, t, st.reg);
            emit(Op::NewBox, st.reg, t);
        }
    stmt(s->post);
    emit(Op::Jmp, top);
    int32_t end = pc();
    if (exitJ >= 0) patch(exitJ, end);
    LoopTarget &t = m_targets[s];
    for (int32_t j : t.breaks) patch(j, end);
    for (int32_t j : t.continues) patch(j, cont);
}

void Codegen::rangeStmt(RangeStmt *s)
{
    bool define = s->tok == Tok::Define;
    auto bindVar = [&](Expr *e, int32_t v) {
        if (!e) return;
        if (define) {
            auto *id = as<Ident>(e);
            if (!id || !id->obj || id->name == "_") return;
            auto it = m_f->vars.find(id->obj);
            if (it == m_f->vars.end() || m_go.perIterationLoopVars()) declare(id->obj, v, id->pos);
            else store(loc(e), v);
        } else {
            if (auto *id = as<Ident>(e); id && id->name == "_") return;
            store(loc(e), v);
        }
    };
    // pre-1.22: one variable for the whole loop
    if (define && !m_go.perIterationLoopVars()) {
        for (Expr *e : {s->key, s->value})
            if (auto *id = as<Ident>(e); id && id->obj && id->name != "_") declare(id->obj, -1, id->pos);
    }
    int32_t i = reg(), n = reg(), x = -1, one = reg();
    emit(Op::LoadImm, i, 0);
    emit(Op::LoadImm, one, 1);
    const Type *xt = s->x->type ? s->x->type->underlying() : nullptr;
    int32_t top, exitJ = -1, cont;
    switch (s->rangeKind) {
    case RangeKind::Int: case RangeKind::Slice: case RangeKind::Array: case RangeKind::PtrArray: case RangeKind::Map: {
        bool isMap = s->rangeKind == RangeKind::Map;
        if (s->rangeKind == RangeKind::Int) { emit(Op::Move, n, expr(s->x)); }
        else if (isMap) { int32_t m = expr(s->x); x = reg(); emit(Op::MapIter, x, m); emit(Op::Len, n, x, 0, uint16_t(Kind::Slice)); x = x; 
            int32_t mm = reg(); emit(Op::Move, mm, m); n = n; one = one; (void)mm;
            // keys slice in x, map in mm
            top = pc();
            int32_t c = reg();
            emit(Op::Lt, c, i, n);
            exitJ = emit(Op::JmpIfNot, 0, c);
            int32_t kp = reg(), k = reg();
            emit(Op::IndexAddr, kp, x, i);
            emit(Op::Deref, k, kp);
            if (s->value) {
                int32_t v = reg(2);
                emit(Op::MapGet, v, mm, k, uint16_t(varName(exprString(s->x) + "[k]")));
                bindVar(s->key, k);
                bindVar(s->value, v);
            } else bindVar(s->key, k);
            break;
        }
        else if (s->rangeKind == RangeKind::Slice) { x = expr(s->x); emit(Op::Len, n, x, 0, uint16_t(Kind::Slice)); }
        else if (s->rangeKind == RangeKind::Array) {
            // The range expression is a copy of the array when the value is
            // used (writes to the array in the body are not seen), as in Go.
            emit(Op::LoadImm, n, int32_t(xt->len));
            if (s->value) {
                Loc l = loc(s->x);
                int32_t v = load(l), c = reg(), p = reg();
                emit(Op::CopyAgg, c, v, 0, uint16_t(typeId(s->x->type)));
                emit(Op::NewBox, p, c);   // address for ArrayIndexAddr
                x = p;
            }
        } else { x = expr(s->x); emit(Op::LoadImm, n, int32_t(xt->elem->underlying()->len)); }
        top = pc();
        int32_t c = reg();
        emit(Op::Lt, c, i, n);
        exitJ = emit(Op::JmpIfNot, 0, c);
        int32_t v = -1;
        if (s->value) {
            int32_t p = reg();
            v = reg();
            if (s->rangeKind == RangeKind::Slice) emit(Op::IndexAddr, p, x, i);
            else emit(Op::ArrayIndexAddr, p, x, i, uint16_t(typeId(s->rangeKind == RangeKind::PtrArray ? xt->elem : xt)));
            emit(Op::Load, v, p, int32_t(varName(exprString(s->x) + "[i]")), uint16_t(typeId(s->value->type)));
        }
        bindVar(s->key, i);
        if (s->value) bindVar(s->value, v);
        break;
    }
    case RangeKind::String: {
        x = expr(s->x);
        emit(Op::StrLen, n, x);
        top = pc();
        int32_t c = reg();
        emit(Op::Lt, c, i, n);
        exitJ = emit(Op::JmpIfNot, 0, c);
        int32_t rw = reg(2);
        emit(Op::StrRune, rw, x, i);
        emit(Op::Move, one, rw + 1);
        bindVar(s->key, i);
        bindVar(s->value, rw);
        break;
    }
    case RangeKind::Chan: {
        x = expr(s->x);
        top = pc();
        int32_t rv = reg(2);
        emit(Op::Recv, rv, x);
        exitJ = emit(Op::JmpIfNot, 0, rv + 1);
        bindVar(s->key, rv);
        break;
    }
    default: throw CodegenError(s->pos, "range over this type");
    }
    block(s->body->list);
    cont = pc();
    if (s->rangeKind != RangeKind::Chan) emit(Op::Add, i, i, one);
    emit(Op::Jmp, top);
    int32_t end = pc();
    patch(exitJ, end);
    LoopTarget &t = m_targets[s];
    for (int32_t j : t.breaks) patch(j, end);
    for (int32_t j : t.continues) patch(j, cont);
}

void Codegen::switchStmt(SwitchStmt *s)
{
    stmt(s->init);
    int32_t tag = s->tag ? expr(s->tag) : -1;
    std::vector<CaseClause *> clauses;
    for (Stmt *c : s->body->list) clauses.push_back(cast<CaseClause>(c));
    std::vector<std::vector<int32_t>> toBody(clauses.size());
    int32_t defaultIdx = -1;
    for (size_t k = 0; k < clauses.size(); ++k) {
        CaseClause *cc = clauses[k];
        if (cc->isDefault || cc->list.empty()) { defaultIdx = int32_t(k); continue; }
        for (Expr *e : cc->list) {
            setLine(e->pos);
            int32_t c;
            if (tag >= 0) {
                const Type *t = s->tag->type;
                int32_t v = (t && isInterface(t)) ? exprTo(e, t) : expr(e);
                c = compare(Tok::Eql, tag, v, t, s->tag, e);
            } else c = expr(e);
            toBody[k].push_back(emit(Op::JmpIf, 0, c));
        }
    }
    int32_t toDefault = emit(Op::Jmp, 0);
    std::vector<int32_t> ends, bodyStart(clauses.size()), fallJ(clauses.size(), -1);
    for (size_t k = 0; k < clauses.size(); ++k) {
        bodyStart[k] = pc();
        size_t before = m_fallthrough.size();
        block(clauses[k]->body);
        if (m_fallthrough.size() > before) { m_fallthrough.resize(before); fallJ[k] = emit(Op::Jmp, 0); }
        else ends.push_back(emit(Op::Jmp, 0));
    }
    int32_t end = pc();
    for (size_t k = 0; k < clauses.size(); ++k) {
        for (int32_t j : toBody[k]) patch(j, bodyStart[k]);
        if (fallJ[k] >= 0) patch(fallJ[k], k + 1 < clauses.size() ? bodyStart[k + 1] : end);
    }
    patch(toDefault, defaultIdx >= 0 ? bodyStart[size_t(defaultIdx)] : end);
    for (int32_t j : ends) patch(j, end);
    for (int32_t j : m_targets[s].breaks) patch(j, end);
}

void Codegen::selectStmt(SelectStmt *s)
{
    std::vector<CommClause *> clauses;
    for (Stmt *c : s->body->list) clauses.push_back(cast<CommClause>(c));
    SelectDesc sd;
    std::vector<CommClause *> cases;
    CommClause *def = nullptr;
    for (CommClause *cc : clauses) { if (cc->comm) cases.push_back(cc); else def = cc; }
    sd.ncases = int32_t(cases.size());
    sd.hasDefault = def != nullptr;
    // evaluate channel operands and send values in source order
    std::vector<std::pair<int32_t, int32_t>> ops;
    for (CommClause *cc : cases) {
        setLine(cc->pos);
        if (auto *ss = as<SendStmt>(cc->comm)) {
            int32_t ch = expr(ss->chan);
            int32_t v = exprTo(ss->value, ss->chan->type->underlying()->elem);
            ops.emplace_back(ch, v);
            sd.send.push_back(1);
            continue;
        }
        Expr *rx = nullptr;
        if (auto *es = as<ExprStmt>(cc->comm)) rx = es->x;
        else if (auto *as_ = as<AssignStmt>(cc->comm)) rx = as_->rhs[0];
        while (auto *p = as<ParenExpr>(rx)) rx = p->x;
        auto *u = as<UnaryExpr>(rx);
        if (!u || u->op != Tok::Arrow) throw CodegenError(cc->pos, "select case");
        ops.emplace_back(expr(u->x), -1);
        sd.send.push_back(0);
    }
    int32_t caseBase = reg(int(std::max<size_t>(1, ops.size() * 2)));
    for (size_t k = 0; k < ops.size(); ++k) {
        emit(Op::Move, caseBase + int32_t(2 * k), ops[k].first);
        if (ops[k].second >= 0) emit(Op::Move, caseBase + int32_t(2 * k + 1), ops[k].second);
    }
    int32_t res = reg(3);
    int32_t desc = int32_t(fn().selects.size());
    fn().selects.push_back(sd);
    setLine(s->pos);
    emit(Op::Select, res, caseBase, desc);
    std::vector<int32_t> ends;
    for (size_t k = 0; k <= cases.size(); ++k) {
        CommClause *cc = k < cases.size() ? cases[k] : def;
        if (!cc) continue;
        int32_t kc = reg(), eq = reg();
        emit(Op::LoadImm, kc, k < cases.size() ? int32_t(k) : -1);
        emit(Op::Ne, eq, res, kc);
        int32_t skip = emit(Op::JmpIf, 0, eq);
        if (k < cases.size()) {
            if (auto *as_ = as<AssignStmt>(cc->comm)) {
                bool define = as_->tok == Tok::Define;
                assignTo(as_->lhs[0], res + 1, define);
                if (as_->lhs.size() > 1) assignTo(as_->lhs[1], res + 2, define);
            }
        }
        block(cc->body);
        ends.push_back(emit(Op::Jmp, 0));
        patch(skip, pc());
    }
    int32_t end = pc();
    for (int32_t j : ends) patch(j, end);
    for (int32_t j : m_targets[s].breaks) patch(j, end);
}

} // namespace gsl::lang
