#include "sim/lang/ast.h"

namespace gsl::lang {

namespace {
void write(std::string &out, const Expr *e, int depth);

void writeList(std::string &out, const std::vector<Expr *> &list, int depth)
{
    for (size_t i = 0; i < list.size(); ++i) {
        if (i) out += ", ";
        write(out, list[i], depth);
    }
}

void writeFields(std::string &out, const FieldList *fl, int depth)
{
    if (!fl) return;
    for (size_t i = 0; i < fl->list.size(); ++i) {
        if (i) out += ", ";
        const Field *f = fl->list[i];
        for (size_t k = 0; k < f->names.size(); ++k) out += (k ? ", " : "") + f->names[k]->name;
        if (!f->names.empty()) out += ' ';
        write(out, f->type, depth);
    }
}

void write(std::string &out, const Expr *e, int depth)
{
    if (!e) return;
    if (depth > 50 || out.size() > 200) { out += "…"; return; }
    ++depth;
    switch (e->kind) {
    case NodeKind::Ident: out += static_cast<const Ident *>(e)->name; break;
    case NodeKind::BasicLit: out += static_cast<const BasicLit *>(e)->raw; break;
    case NodeKind::CompositeLit: {
        auto *c = static_cast<const CompositeLit *>(e);
        write(out, c->typeExpr, depth);
        out += "{…}";
        break;
    }
    case NodeKind::FuncLit: {
        auto *f = static_cast<const FuncLit *>(e);
        write(out, f->ftype, depth);
        out += "{…}";
        break;
    }
    case NodeKind::ParenExpr: out += '('; write(out, static_cast<const ParenExpr *>(e)->x, depth); out += ')'; break;
    case NodeKind::SelectorExpr: {
        auto *s = static_cast<const SelectorExpr *>(e);
        write(out, s->x, depth);
        out += '.';
        out += s->sel->name;
        break;
    }
    case NodeKind::IndexExpr: {
        auto *ix = static_cast<const IndexExpr *>(e);
        write(out, ix->x, depth);
        out += '[';
        write(out, ix->index, depth);
        out += ']';
        break;
    }
    case NodeKind::SliceExpr: {
        auto *s = static_cast<const SliceExpr *>(e);
        write(out, s->x, depth);
        out += '[';
        write(out, s->lo, depth);
        out += ':';
        write(out, s->hi, depth);
        if (s->slice3) { out += ':'; write(out, s->max, depth); }
        out += ']';
        break;
    }
    case NodeKind::TypeAssertExpr: {
        auto *t = static_cast<const TypeAssertExpr *>(e);
        write(out, t->x, depth);
        out += ".(";
        if (t->typeExpr) write(out, t->typeExpr, depth); else out += "type";
        out += ')';
        break;
    }
    case NodeKind::CallExpr: {
        auto *c = static_cast<const CallExpr *>(e);
        write(out, c->fun, depth);
        out += '(';
        writeList(out, c->args, depth);
        if (c->hasEllipsis) out += "...";
        out += ')';
        break;
    }
    case NodeKind::StarExpr: out += '*'; write(out, static_cast<const StarExpr *>(e)->x, depth); break;
    case NodeKind::UnaryExpr: {
        auto *u = static_cast<const UnaryExpr *>(e);
        out += tokString(u->op);
        write(out, u->x, depth);
        break;
    }
    case NodeKind::BinaryExpr: {
        auto *b = static_cast<const BinaryExpr *>(e);
        write(out, b->x, depth);
        out += ' ';
        out += tokString(b->op);
        out += ' ';
        write(out, b->y, depth);
        break;
    }
    case NodeKind::KeyValueExpr: {
        auto *kv = static_cast<const KeyValueExpr *>(e);
        write(out, kv->key, depth);
        out += ": ";
        write(out, kv->value, depth);
        break;
    }
    case NodeKind::ArrayType: {
        auto *a = static_cast<const ArrayType *>(e);
        out += '[';
        if (a->len && a->len->kind == NodeKind::Ellipsis) out += "...";
        else write(out, a->len, depth);
        out += ']';
        write(out, a->elem, depth);
        break;
    }
    case NodeKind::MapType: {
        auto *m = static_cast<const MapType *>(e);
        out += "map[";
        write(out, m->key, depth);
        out += ']';
        write(out, m->value, depth);
        break;
    }
    case NodeKind::ChanType: {
        auto *c = static_cast<const ChanType *>(e);
        out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
        write(out, c->value, depth);
        break;
    }
    case NodeKind::FuncType: {
        auto *f = static_cast<const FuncType *>(e);
        out += "func(";
        writeFields(out, f->params, depth);
        out += ')';
        if (f->results && !f->results->list.empty()) {
            bool paren = f->results->list.size() > 1 || !f->results->list[0]->names.empty();
            out += paren ? " (" : " ";
            writeFields(out, f->results, depth);
            if (paren) out += ')';
        }
        break;
    }
    case NodeKind::StructType: out += "struct{…}"; break;
    case NodeKind::InterfaceType: out += "interface{…}"; break;
    case NodeKind::Ellipsis: out += "..."; write(out, static_cast<const Ellipsis *>(e)->elt, depth); break;
    default: out += "_"; break;
    }
}
} // namespace

std::string exprString(const Expr *e)
{
    std::string out;
    write(out, e, 0);
    return out;
}

} // namespace gsl::lang
