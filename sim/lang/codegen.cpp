// codegen.cpp — code generator driver: types, functions, variables.
#include "sim/lang/codegen.h"
#include "sim/lang/universe.h"

namespace gsl::lang {

using namespace gsl::program;
namespace P = gsl::program;

Codegen::Codegen(File &file, GoVersion go) : m_file(file), m_go(go), m_prog(std::make_shared<Program>())
{
    m_prog->fileName = file.fileName;
    m_prog->goMinor = go.major == 1 ? go.minor : 99;
    // fmt imports os; os's package initialisation (os.NewFile for the three
    // standard files) calls runtime.SetFinalizer, which starts runfinq.
    for (const ImportSpec *imp : file.imports) {
        const Package pkg = packageForPath(imp->pathValue);
        if (pkg == Package::Fmt || pkg == Package::Os) m_prog->startsFinalizerGoroutine = true;
    }
    m_prog->types.emplace_back();              // TypeId 0: invalid / nil
    m_prog->varNames.emplace_back();
    m_prog->tInt = basicId(Kind::Int, "int");
    m_prog->tString = basicId(Kind::String, "string");
    m_prog->tBool = basicId(Kind::Bool, "bool");
    m_prog->tAny = basicId(Kind::Interface, "interface {}");
    m_prog->tError = basicId(Kind::Error, "error");
    m_prog->tErrorString = basicId(Kind::ErrorString, "*errors.errorString");
    m_prog->tRuntimeError = basicId(Kind::RuntimeError, "runtime.Error");
    m_prog->tDuration = basicId(Kind::Duration, "time.Duration");
}

TypeId Codegen::basicId(Kind k, const std::string &name)
{
    auto it = m_basicIds.find(name);
    if (it != m_basicIds.end()) return it->second;
    TypeDesc d;
    d.kind = k;
    d.name = name;
    m_prog->types.push_back(d);
    TypeId id = TypeId(m_prog->types.size() - 1);
    m_basicIds[name] = id;
    return id;
}

uint32_t Codegen::varName(const std::string &s)
{
    auto it = m_varNames.find(s);
    if (it != m_varNames.end()) return it->second;
    m_prog->varNames.push_back(s);
    return m_varNames[s] = uint32_t(m_prog->varNames.size() - 1);
}

int32_t Codegen::strConst(const std::string &s)
{
    if (s.empty()) return 0;
    auto it = m_strings.find(s);
    if (it != m_strings.end()) return it->second;
    m_prog->strings.push_back(s);
    return m_strings[s] = int32_t(m_prog->strings.size());   // heap id = index + 1
}

namespace {
// runtimeTypeName is reflect.Type.String(), what %T and %#v print: user types
// qualified ("main.T", "[]*main.T"), "interface {}" for any, byte/rune as
// uint8/int32, "struct { X int }".
std::string runtimeTypeName(const Type *t)
{
    if (!t) return "?";
    switch (t->kind) {
    case TypeKind::Named: return t->lib == LibType::None ? "main." + t->name : t->name;
    case TypeKind::Basic:
        if (t->name == "byte") return "uint8";
        if (t->name == "rune") return "int32";
        return t->name;
    case TypeKind::Pointer: return "*" + runtimeTypeName(t->elem);
    case TypeKind::Slice: return "[]" + runtimeTypeName(t->elem);
    case TypeKind::Array: return "[" + std::to_string(t->len) + "]" + runtimeTypeName(t->elem);
    case TypeKind::Map: return "map[" + runtimeTypeName(t->key) + "]" + runtimeTypeName(t->elem);
    case TypeKind::Chan:
        if (t->dir == ChanDir::Send) return "chan<- " + runtimeTypeName(t->elem);
        if (t->dir == ChanDir::Recv) return "<-chan " + runtimeTypeName(t->elem);
        return "chan " + runtimeTypeName(t->elem);
    case TypeKind::Struct: {
        if (t->fields.empty()) return "struct {}";
        std::string s = "struct { ";
        for (size_t i = 0; i < t->fields.size(); ++i) {
            if (i) s += "; ";
            s += t->fields[i].name + " " + runtimeTypeName(t->fields[i].type);
        }
        return s + " }";
    }
    case TypeKind::Signature: {
        std::string s = "func(";
        for (size_t i = 0; i < t->params.size(); ++i) {
            if (i) s += ", ";
            if (t->variadic && i + 1 == t->params.size()) s += "..." + runtimeTypeName(t->params[i]->elem);
            else s += runtimeTypeName(t->params[i]);
        }
        s += ")";
        if (t->results.size() == 1) s += " " + runtimeTypeName(t->results[0]);
        else if (t->results.size() > 1) {
            s += " (";
            for (size_t i = 0; i < t->results.size(); ++i) s += (i ? ", " : "") + runtimeTypeName(t->results[i]);
            s += ")";
        }
        return s;
    }
    case TypeKind::Interface: return t->isEmptyInterface ? "interface {}" : "error";
    default: return t->str();
    }
}
} // namespace

TypeId Codegen::typeId(const Type *t)
{
    if (!t) return 0;
    auto it = m_types.find(t);
    if (it != m_types.end()) return it->second;
    const Type *u = t->underlying();
    if (t->kind == TypeKind::Named && t->lib != LibType::None) {
        switch (t->lib) {
        case LibType::Duration: return m_types[t] = m_prog->tDuration;
        case LibType::Time: return m_types[t] = basicId(Kind::Time, "time.Time");
        case LibType::Timer: return m_types[t] = basicId(Kind::Timer, "time.Timer");
        case LibType::WaitGroup: return m_types[t] = basicId(Kind::WaitGroup, "sync.WaitGroup");
        case LibType::Mutex: return m_types[t] = basicId(Kind::Mutex, "sync.Mutex");
        case LibType::RWMutex: return m_types[t] = basicId(Kind::RWMutex, "sync.RWMutex");
        case LibType::Once: return m_types[t] = basicId(Kind::Once, "sync.Once");
        case LibType::AtomicInt32: return m_types[t] = basicId(Kind::AtomicInt32, "atomic.Int32");
        case LibType::AtomicInt64: return m_types[t] = basicId(Kind::AtomicInt64, "atomic.Int64");
        case LibType::AtomicBool: return m_types[t] = basicId(Kind::AtomicBool, "atomic.Bool");
        case LibType::Error: return m_types[t] = m_prog->tError;
        default: break;
        }
    }
    if (t->kind == TypeKind::Pointer && t->elem && t->elem->kind == TypeKind::Named && t->elem->lib == LibType::Timer)
        return m_types[t] = basicId(Kind::Timer, "*time.Timer");
    if (u->kind == TypeKind::Basic) {
        std::string name = t->kind == TypeKind::Named ? "main." + t->name : u->name;
        Kind k = Kind::Invalid;
        switch (u->basic) {
        case BasicKind::Bool: case BasicKind::UntypedBool: k = Kind::Bool; if (name == "untyped bool") name = "bool"; break;
        case BasicKind::Int: case BasicKind::UntypedInt: k = Kind::Int; if (name == "untyped int") name = "int"; break;
        case BasicKind::Int32: case BasicKind::UntypedRune: k = Kind::Int32; if (name == "untyped rune" || name == "rune") name = "int32"; break;
        case BasicKind::Int64: k = Kind::Int64; break;
        case BasicKind::Uint8: k = Kind::Uint8; if (name == "byte") name = "uint8"; break;
        case BasicKind::Uint32: k = Kind::Uint32; break;
        case BasicKind::Uint64: k = Kind::Uint64; break;
        case BasicKind::String: case BasicKind::UntypedString: k = Kind::String; if (name == "untyped string") name = "string"; break;
        case BasicKind::UntypedNil: return m_types[t] = m_prog->tAny;
        default: return m_types[t] = 0;
        }
        return m_types[t] = basicId(k, name);
    }
    // composite: reserve the id first (recursive types through pointers)
    m_prog->types.emplace_back();
    TypeId id = TypeId(m_prog->types.size() - 1);
    m_types[t] = id;
    TypeDesc d;
    d.name = runtimeTypeName(t);
    d.named = t->kind == TypeKind::Named;
    switch (u->kind) {
    case TypeKind::Pointer: d.kind = Kind::Pointer; break;
    case TypeKind::Slice: d.kind = Kind::Slice; break;
    case TypeKind::Array: d.kind = Kind::Array; d.len = u->len; break;
    case TypeKind::Map: d.kind = Kind::Map; break;
    case TypeKind::Chan: d.kind = Kind::Chan; break;
    case TypeKind::Struct: d.kind = Kind::Struct; break;
    case TypeKind::Signature: d.kind = Kind::Func; break;
    case TypeKind::Interface: d.kind = u->isEmptyInterface ? Kind::Interface : Kind::Error; break;
    default: d.kind = Kind::Invalid; break;
    }
    m_prog->types[id] = d;
    TypeId elem = u->elem ? typeId(u->elem) : 0;
    TypeId key = u->key ? typeId(u->key) : 0;
    std::vector<program::Field> fields;
    for (const StructField &f : u->fields) fields.push_back({f.name, typeId(f.type)});
    TypeDesc &dd = m_prog->types[id];
    dd.elem = elem;
    dd.key = key;
    dd.fields = std::move(fields);
    return id;
}

int Codegen::elemSize(const Type *t)
{
    const Type *u = t ? t->underlying() : nullptr;
    if (!u) return 8;
    switch (u->kind) {
    case TypeKind::Basic:
        switch (u->basic) {
        case BasicKind::Bool: case BasicKind::Uint8: return 1;
        case BasicKind::Int32: case BasicKind::Uint32: return 4;
        case BasicKind::String: return 16;
        default: return 8;
        }
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: return int(std::min<int64_t>(255, u->len * elemSize(u->elem)));
    case TypeKind::Struct: { int s = 0; for (auto &f : u->fields) s += elemSize(f.type); return std::min(255, std::max(s, 1)); }
    default: return 8;
    }
}

int32_t Codegen::emit(Op op, int32_t a, int32_t b, int32_t c, uint16_t x, uint8_t flag)
{
    Instr in;
    in.op = op;
    in.a = a;
    in.b = b;
    in.c = c;
    in.x = x;
    in.flag = flag;
    fn().code.push_back(in);
    fn().lines.push_back(m_line);
    return int32_t(fn().code.size() - 1);
}

int32_t Codegen::reg(int n)
{
    int32_t r = m_f->nextReg;
    m_f->nextReg += n;
    if (m_f->nextReg > fn().nregs) fn().nregs = m_f->nextReg;
    return r;
}

bool Codegen::isShared(const Object *o) const
{
    return o->isGlobal || o->captured || o->addressTaken;
}

Storage Codegen::declare(const Object *o, int32_t initReg, Pos p)
{
    Storage s;
    TypeId t = typeId(o->type);
    Kind k = m_prog->types[t].kind;
    if (isShared(o)) {
        s.kind = Storage::Boxed;
        s.reg = reg();
        if (initReg < 0) emit(Op::NewBox, s.reg, 0, int32_t(t), 1);
        else emit(Op::NewBox, s.reg, initReg, 0, 0);
    } else {
        s.kind = Storage::Reg;
        s.reg = reg();
        if (initReg < 0) {
            if (isAggregate(k)) emit(Op::Zero, s.reg, int32_t(t));
            else emit(Op::LoadImm, s.reg, 0);   // zero (also "" / nil: all-zero Value)
        } else {
            emit(Op::Move, s.reg, initReg);
        }
    }
    (void)p;
    m_f->vars[o] = s;
    return s;
}

Storage Codegen::storageOf(const Object *o, Pos p)
{
    auto it = m_f->vars.find(o);
    if (it != m_f->vars.end()) return it->second;
    auto g = m_globalIndex.find(o);
    if (g != m_globalIndex.end()) { Storage s; s.kind = Storage::Global; s.global = g->second; return s; }
    throw CodegenError(p, "variable " + o->name + " not available here");
}

std::string Codegen::funcName(FuncDecl *fd) const
{
    if (!fd->recv || fd->recv->list.empty()) return "main." + fd->name->name;
    const Type *rt = fd->name->obj ? fd->name->obj->recv : nullptr;
    std::string tn = rt ? rt->name : "?";
    if (fd->name->obj && fd->name->obj->ptrRecv) return "main.(*" + tn + ")." + fd->name->name;
    return "main." + tn + "." + fd->name->name;
}

std::shared_ptr<Program> Codegen::run()
{
    // Pass 1: index functions and globals.
    std::vector<std::pair<FuncDecl *, int32_t>> funcs;
    for (Node *d : m_file.decls) {
        if (auto *fd = as<FuncDecl>(d)) {
            if (!fd->body) throw CodegenError(fd->pos, "function declaration without body");
            int32_t idx = int32_t(m_prog->functions.size());
            m_prog->functions.emplace_back();
            m_prog->functions.back().name = funcName(fd);
            if (fd->name->obj) m_funcIndex[fd->name->obj] = idx;
            funcs.emplace_back(fd, idx);
            if (!fd->recv && fd->name->name == "main") m_prog->mainFunc = idx;
        } else if (auto *gd = as<GenDecl>(d); gd && gd->tok == Tok::Var) {
            for (Node *sp : gd->specs)
                if (auto *vs = as<ValueSpec>(sp))
                    for (Ident *id : vs->names)
                        if (id->obj) {
                            m_globalIndex[id->obj] = int32_t(m_prog->globals.size());
                            m_prog->globals.push_back({id->name, typeId(id->obj->type)});
                        }
        }
    }
    if (m_prog->mainFunc < 0) throw CodegenError(Pos{1, 1}, "function main is undeclared in the main package");
    compileInit();
    for (auto &[fd, idx] : funcs) compileFunc(fd, idx);
    methodTables();
    for (Function &f : m_prog->functions) f.resultTypes.resize(size_t(f.nresults));
    return m_prog;
}

void Codegen::compileInit()
{
    bool any = false;
    for (Node *d : m_file.decls)
        if (auto *gd = as<GenDecl>(d); gd && gd->tok == Tok::Var)
            for (Node *sp : gd->specs)
                if (auto *vs = as<ValueSpec>(sp); vs && !vs->values.empty()) any = true;
    if (!any) return;
    int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    FuncState fs;
    fs.index = idx;
    m_f = &fs;
    fn().name = "main.init";
    fs.name = "main.init";
    {
        for (ValueSpec *vs : initOrder()) {   // dependency order (codegen_init.cpp)
            setLine(vs->pos);
            if (vs->values.size() == 1 && vs->names.size() > 1) {
                int32_t base = call(cast<CallExpr>(vs->values[0]), int(vs->names.size()));
                for (size_t i = 0; i < vs->names.size(); ++i)
                    if (vs->names[i]->obj) store(loc(vs->names[i]), base + int32_t(i));
            } else {
                for (size_t i = 0; i < vs->names.size() && i < vs->values.size(); ++i) {
                    if (!vs->names[i]->obj) { expr(vs->values[i]); continue; }
                    int32_t v = exprTo(vs->values[i], vs->names[i]->obj->type);
                    store(loc(vs->names[i]), v);
                }
            }
        }
    }
    int32_t r = reg();
    emit(Op::Ret, r, 0);
    m_prog->functions[size_t(idx)].epilogue = int32_t(m_prog->functions[size_t(idx)].code.size() - 1);
    m_prog->initFunc = idx;
    m_f = nullptr;
}

// compileFunc compiles a declared function or method. Parameters arrive in
// registers 0..n-1 (receiver first); results are returned from resultBase.
void Codegen::compileFunc(FuncDecl *fd, int32_t index)
{
    FuncState fs;
    fs.index = index;
    FuncState *saved = m_f;
    m_f = &fs;
    fs.name = fn().name;
    setLine(fd->pos);
    fn().line = fd->pos.line;
    std::vector<Ident *> params;
    if (fd->recv)
        for (Field *f : fd->recv->list) {
            if (f->names.empty()) params.push_back(nullptr);
            for (Ident *id : f->names) params.push_back(id);
        }
    for (Field *f : fd->type->params->list) {
        if (f->names.empty()) params.push_back(nullptr);
        for (Ident *id : f->names) params.push_back(id);
    }
    fn().nparams = int32_t(params.size());
    reg(int(params.size()));
    std::vector<Ident *> results;
    if (fd->type->results)
        for (Field *f : fd->type->results->list) {
            if (f->names.empty()) { results.push_back(nullptr); fs.resultTypes.push_back(f->type->type); }
            for (Ident *id : f->names) { results.push_back(id); fs.resultTypes.push_back(f->type->type); }
        }
    // entry: bind parameters (box the shared ones)
    for (size_t i = 0; i < params.size(); ++i) {
        Ident *id = params[i];
        if (!id || !id->obj) continue;
        if (isShared(id->obj)) declare(id->obj, int32_t(i), id->pos);
        else { Storage s; s.kind = Storage::Reg; s.reg = int32_t(i); fs.vars[id->obj] = s; }
    }
    fn().nresults = int32_t(results.size());
    fn().resultBase = reg(int(results.size()));
    for (size_t i = 0; i < results.size(); ++i) {
        Ident *id = results[i];
        int32_t r = fn().resultBase + int32_t(i);
        const Type *rt = id && id->obj ? id->obj->type : nullptr;
        if (rt) {
            TypeId t = typeId(rt);
            if (isAggregate(m_prog->types[t].kind)) emit(Op::Zero, r, int32_t(t));
        }
        if (id && id->obj) {
            if (isShared(id->obj)) { declare(id->obj, -1, id->pos); fs.namedResults.push_back(id->obj); }
            else { Storage s; s.kind = Storage::Reg; s.reg = r; fs.vars[id->obj] = s; fs.namedResults.push_back(nullptr); }
        } else {
            fs.namedResults.push_back(nullptr);
        }
    }
    block(fd->body->list);
    setLine(fd->body->rbrace);
    // epilogue: run defers, fetch boxed named results, return
    int32_t epi = pc();
    for (int32_t at : fs.epiloguePatches) patch(at, epi);
    emit(Op::RunDefers);
    for (size_t i = 0; i < fs.namedResults.size(); ++i)
        if (const Object *o = fs.namedResults[i]) emit(Op::Deref, fn().resultBase + int32_t(i), fs.vars[o].reg);
    emit(Op::Ret, fn().resultBase, int32_t(results.size()));
    fn().epilogue = epi;
    m_f = saved;
}

int32_t Codegen::compileLit(FuncLit *fl)
{
    int32_t idx = int32_t(m_prog->functions.size());
    m_prog->functions.emplace_back();
    FuncState *outer = m_f;
    ++outer->literals;
    std::string name = outer->topLevel ? outer->name + ".func" + std::to_string(outer->literals)
                                       : outer->name + "." + std::to_string(outer->literals);
    // captured variables: box pointers from the enclosing function
    std::vector<int32_t> capRegs;
    for (const Object *o : fl->captures) {
        Storage s = storageOf(o, fl->pos);
        if (s.kind == Storage::Global) { capRegs.push_back(-1); continue; }
        if (s.kind != Storage::Boxed) throw CodegenError(fl->pos, "captured variable " + o->name + " is not boxed");
        capRegs.push_back(s.reg);
    }
    int32_t savedLine = m_line;
    FuncState fs;
    fs.index = idx;
    m_f = &fs;
    fn().name = name;
    fs.name = name;
    fs.topLevel = false;
    fn().line = fl->pos.line;
    std::vector<Ident *> params, results;
    for (Field *f : fl->ftype->params->list) {
        if (f->names.empty()) params.push_back(nullptr);
        for (Ident *id : f->names) params.push_back(id);
    }
    if (fl->ftype->results)
        for (Field *f : fl->ftype->results->list) {
            if (f->names.empty()) { results.push_back(nullptr); fs.resultTypes.push_back(f->type->type); }
            for (Ident *id : f->names) { results.push_back(id); fs.resultTypes.push_back(f->type->type); }
        }
    fn().nparams = int32_t(params.size());
    reg(int(params.size()));
    setLine(fl->pos);
    int32_t slot = 0;
    for (size_t i = 0; i < fl->captures.size(); ++i) {
        if (capRegs[i] < 0) continue;
        Storage s;
        s.kind = Storage::Boxed;
        s.reg = reg();
        emit(Op::Capture, s.reg, slot++);
        fs.vars[fl->captures[i]] = s;
    }
    for (size_t i = 0; i < params.size(); ++i) {
        Ident *id = params[i];
        if (!id || !id->obj) continue;
        if (isShared(id->obj)) declare(id->obj, int32_t(i), id->pos);
        else { Storage s; s.kind = Storage::Reg; s.reg = int32_t(i); fs.vars[id->obj] = s; }
    }
    fn().nresults = int32_t(results.size());
    fn().resultBase = reg(int(results.size()));
    for (size_t i = 0; i < results.size(); ++i) {
        Ident *id = results[i];
        if (id && id->obj) {
            if (isShared(id->obj)) { declare(id->obj, -1, id->pos); fs.namedResults.push_back(id->obj); }
            else { Storage s; s.kind = Storage::Reg; s.reg = fn().resultBase + int32_t(i); fs.vars[id->obj] = s; fs.namedResults.push_back(nullptr); }
        } else fs.namedResults.push_back(nullptr);
    }
    block(fl->body->list);
    setLine(fl->body->rbrace);
    int32_t epi = pc();
    for (int32_t at : fs.epiloguePatches) patch(at, epi);
    emit(Op::RunDefers);
    for (size_t i = 0; i < fs.namedResults.size(); ++i)
        if (const Object *o = fs.namedResults[i]) emit(Op::Deref, fn().resultBase + int32_t(i), fs.vars[o].reg);
    emit(Op::Ret, fn().resultBase, int32_t(results.size()));
    fn().epilogue = epi;
    m_f = outer;
    m_line = savedLine;
    // the closure value, in the enclosing function
    int32_t n = 0;
    for (int32_t r : capRegs) if (r >= 0) ++n;
    int32_t base = reg(std::max(n, 1));
    int32_t k = 0;
    for (int32_t r : capRegs) if (r >= 0) emit(Op::Move, base + k++, r);
    int32_t dst = reg();
    emit(Op::MakeClosure, dst, idx, base, uint16_t(n));
    return dst;
}

} // namespace gsl::lang
