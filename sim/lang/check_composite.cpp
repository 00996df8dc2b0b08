// check_composite.cpp — composite literals (struct, array, slice and map
// literals with keys, elided element types); split from check_expr.cpp.
#include "sim/lang/check_internal.h"
#include "sim/lang/unsupported.h"

namespace gsl::lang {

void Checker::compositeLit(CompositeLit *lit, Type *hint)
{
    Type *t = nullptr;
    bool openArray = false;
    if (lit->typeExpr) {
        auto *at = as<ArrayType>(lit->typeExpr);
        if (at && at->len && at->len->kind == NodeKind::Ellipsis) {
            openArray = true;
            t = m_types.array(typeExpr(at->elem), 0);   // length fixed below
        } else {
            t = typeExpr(lit->typeExpr);
        }
    } else if (hint) {
        t = hint;
        if (t->underlying()->kind == TypeKind::Pointer) {
            unsupported(lit->pos, "elided &T in composite literal");
            return;
        }
    } else {
        error(lit->pos, "invalid composite literal type: missing type");
        return;
    }
    if (t == m_types.invalid()) {
        for (Expr *e : lit->elts) {
            if (auto *kv = as<KeyValueExpr>(e)) e = kv->value;
            if (!as<CompositeLit>(e)) exprOrType(e);
        }
        return;
    }
    Type *u = t->underlying();
    std::string tname = lit->typeExpr ? exprString(lit->typeExpr) : t->str();
    auto elem = [&](Expr *v, Type *et, const char *ctx) {
        if (auto *cl = as<CompositeLit>(v); cl && !cl->typeExpr) compositeLit(cl, et);
        else expr(v, et);
        if (v->mode != ExprMode::Invalid) assignment(v, et, ctx);
    };
    lit->eltIndex.clear();
    switch (u->kind) {
    case TypeKind::Struct: {
        if (t->lib != LibType::None && !lit->elts.empty()) {
            error(lit->pos, "too many values in " + tname + "{…}");
            break;
        }
        bool keyed = !lit->elts.empty() && lit->elts[0]->kind == NodeKind::KeyValueExpr;
        std::vector<bool> seen(u->fields.size(), false);
        for (size_t i = 0; i < lit->elts.size(); ++i) {
            Expr *e = lit->elts[i];
            auto *kv = as<KeyValueExpr>(e);
            if (bool(kv) != keyed) {
                error(e->pos, "mixture of field:value and value elements in struct literal");
                lit->eltIndex.push_back(-1);
                continue;
            }
            if (keyed) {
                auto *key = as<Ident>(kv->key);
                int idx = -1;
                for (size_t f = 0; key && f < u->fields.size(); ++f)
                    if (u->fields[f].name == key->name) idx = int(f);
                if (idx < 0) {
                    error(kv->key->pos, "unknown field '" + exprString(kv->key) + "' in struct literal of type " + tname);
                    exprOrType(kv->value);
                    lit->eltIndex.push_back(-1);
                    continue;
                }
                key->obj = u->fields[size_t(idx)].obj;
                key->type = u->fields[size_t(idx)].type;
                key->mode = ExprMode::Variable;
                if (seen[size_t(idx)]) error(kv->key->pos, "duplicate field name " + key->name + " in struct literal");
                seen[size_t(idx)] = true;
                elem(kv->value, u->fields[size_t(idx)].type, "struct literal");
                lit->eltIndex.push_back(idx);
            } else {
                if (i >= u->fields.size()) {
                    error(e->pos, "too many values in " + tname + "{…}");
                    break;
                }
                elem(e, u->fields[i].type, "struct literal");
                lit->eltIndex.push_back(int64_t(i));
            }
        }
        if (!keyed && !lit->elts.empty() && lit->elts.size() < u->fields.size())
            error(lit->rbrace, "too few values in " + tname + "{…}");
        break;
    }
    case TypeKind::Array: case TypeKind::Slice: {
        int64_t next = 0, maxLen = 0;
        std::vector<int64_t> used;
        for (Expr *e : lit->elts) {
            Expr *v = e;
            if (auto *kv = as<KeyValueExpr>(e)) {
                expr(kv->key);
                int64_t k = constIndex(kv->key, u->kind == TypeKind::Array && !openArray ? u->len : -1, false);
                if (kv->key->mode != ExprMode::Constant && kv->key->mode != ExprMode::Invalid)
                    error(kv->key->pos, "index " + exprString(kv->key) + " must be integer constant");
                if (k >= 0) next = k;
                v = kv->value;
            } else if (u->kind == TypeKind::Array && !openArray && next >= u->len) {
                error(e->pos, "index " + std::to_string(next) + " out of bounds [0:" + std::to_string(u->len) + "]");
            }
            bool dup = false;
            for (int64_t x : used) dup = dup || x == next;
            if (dup) error(e->pos, "duplicate index " + std::to_string(next) + " in array or slice literal");
            else if (used.size() < 100000) used.push_back(next);
            elem(v, u->elem, "array or slice literal");
            lit->eltIndex.push_back(next);
            ++next;
            if (next > maxLen) maxLen = next;
        }
        lit->length = u->kind == TypeKind::Array && !openArray ? u->len : maxLen;
        if (openArray) {
            t = m_types.array(u->elem, maxLen);
            lit->typeExpr->type = t;
        }
        break;
    }
    case TypeKind::Map: {
        std::vector<std::string> keys;
        for (Expr *e : lit->elts) {
            auto *kv = as<KeyValueExpr>(e);
            if (!kv) {
                error(e->pos, "missing key in map literal");
                exprOrType(e);
                continue;
            }
            elem(kv->key, u->key, "map literal");
            if (kv->key->mode == ExprMode::Constant) {
                std::string k = kv->key->cv.str();
                bool dup = false;
                for (const auto &x : keys) dup = dup || x == k;
                if (dup) error(kv->key->pos, "duplicate key " + k + " in map literal");
                else if (keys.size() < 100000) keys.push_back(k);
            }
            elem(kv->value, u->elem, "map literal");
        }
        break;
    }
    default:
        error(lit->pos, "invalid composite literal type " + t->str());
        return;
    }
    lit->type = t;
    lit->mode = ExprMode::Value;
}

} // namespace gsl::lang
