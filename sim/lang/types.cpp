#include "sim/lang/types.h"

#include <stdexcept>

namespace gsl::lang {

namespace {
std::string int128Str(Int128 v)
{
    if (v == 0) return "0";
    bool neg = v < 0;
    // Avoid negating the minimum value: work on the magnitude digit by digit.
    std::string out;
    while (v != 0) {
        int d = int(v % 10);
        out += char('0' + (d < 0 ? -d : d));
        v /= 10;
    }
    if (neg) out += '-';
    return std::string(out.rbegin(), out.rend());
}

std::string quote(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                const char *hex = "0123456789abcdef";
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}
} // namespace

std::string ConstValue::str() const
{
    switch (kind) {
    case Bool: return b ? "true" : "false";
    case Int: return int128Str(i);
    case String: return quote(s.size() > 70 ? s.substr(0, 70) + "..." : s);
    default: return "?";
    }
}

std::string Type::str() const
{
    switch (kind) {
    case TypeKind::Basic: case TypeKind::Named: return name;
    case TypeKind::Pointer: return "*" + elem->str();
    case TypeKind::Slice: return "[]" + elem->str();
    case TypeKind::Array: return "[" + std::to_string(len) + "]" + elem->str();
    case TypeKind::Map: return "map[" + key->str() + "]" + elem->str();
    case TypeKind::Chan:
        if (dir == ChanDir::Send) return "chan<- " + elem->str();
        if (dir == ChanDir::Recv) return "<-chan " + elem->str();
        if (elem->kind == TypeKind::Chan && elem->dir == ChanDir::Recv) return "chan (" + elem->str() + ")";
        return "chan " + elem->str();
    case TypeKind::Struct: {
        std::string s = "struct{";
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i) s += "; ";
            s += fields[i].name + " " + fields[i].type->str();
        }
        return s + "}";
    }
    case TypeKind::Signature: {
        std::string s = "func(";
        for (size_t i = 0; i < params.size(); ++i) {
            if (i) s += ", ";
            if (variadic && i + 1 == params.size()) s += "..." + params[i]->elem->str();
            else s += params[i]->str();
        }
        s += ")";
        if (results.size() == 1) s += " " + results[0]->str();
        else if (results.size() > 1) {
            s += " (";
            for (size_t i = 0; i < results.size(); ++i) s += (i ? ", " : "") + results[i]->str();
            s += ")";
        }
        return s;
    }
    case TypeKind::Interface: return isEmptyInterface ? (name.empty() ? "interface{}" : name) : "interface{Error() string}";
    case TypeKind::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < elems.size(); ++i) s += (i ? ", " : "") + elems[i]->str();
        return s + ")";
    }
    }
    return "?";
}

bool isUntyped(const Type *t)
{
    return t && t->kind == TypeKind::Basic && t->basic >= BasicKind::UntypedBool;
}

int intBits(const Type *t, bool *isSigned)
{
    if (!t) return 0;
    t = t->underlying();
    if (t->kind != TypeKind::Basic) return 0;
    bool s = true;
    int bits = 0;
    switch (t->basic) {
    case BasicKind::Int: case BasicKind::Int64: bits = 64; break;
    case BasicKind::Int32: case BasicKind::UntypedRune: bits = 32; break;
    case BasicKind::Uint8: bits = 8; s = false; break;
    case BasicKind::Uint32: bits = 32; s = false; break;
    case BasicKind::Uint64: bits = 64; s = false; break;
    case BasicKind::UntypedInt: bits = 128; break;
    default: return 0;
    }
    if (isSigned) *isSigned = s;
    return bits;
}

bool isInteger(const Type *t) { return intBits(t) != 0; }
bool isUnsigned(const Type *t) { bool s = true; return intBits(t, &s) != 0 && !s; }

bool isBoolean(const Type *t)
{
    if (!t) return false;
    t = t->underlying();
    return t->kind == TypeKind::Basic && (t->basic == BasicKind::Bool || t->basic == BasicKind::UntypedBool);
}

bool isString(const Type *t)
{
    if (!t) return false;
    t = t->underlying();
    return t->kind == TypeKind::Basic && (t->basic == BasicKind::String || t->basic == BasicKind::UntypedString);
}

bool isInterface(const Type *t) { return t && t->underlying()->kind == TypeKind::Interface; }

bool isComparable(const Type *t)
{
    t = t->underlying();
    switch (t->kind) {
    case TypeKind::Basic: return t->basic != BasicKind::UntypedNil && t->basic != BasicKind::Invalid;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Array: return isComparable(t->elem);
    case TypeKind::Struct:
        for (const auto &f : t->fields)
            if (!isComparable(f.type)) return false;
        return true;
    default: return false;
    }
}

bool hasNil(const Type *t)
{
    t = t->underlying();
    switch (t->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface: return true;
    case TypeKind::Basic: return t->basic == BasicKind::UntypedNil;
    default: return false;
    }
}

bool identical(const Type *a, const Type *b)
{
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    switch (a->kind) {
    case TypeKind::Basic: return a->basic == b->basic;
    case TypeKind::Named: return false;
    case TypeKind::Pointer: case TypeKind::Slice: return identical(a->elem, b->elem);
    case TypeKind::Array: return a->len == b->len && identical(a->elem, b->elem);
    case TypeKind::Map: return identical(a->key, b->key) && identical(a->elem, b->elem);
    case TypeKind::Chan: return a->dir == b->dir && identical(a->elem, b->elem);
    case TypeKind::Struct:
        if (a->fields.size() != b->fields.size()) return false;
        for (size_t i = 0; i < a->fields.size(); ++i)
            if (a->fields[i].name != b->fields[i].name || !identical(a->fields[i].type, b->fields[i].type)) return false;
        return true;
    case TypeKind::Signature:
        if (a->variadic != b->variadic || a->params.size() != b->params.size() || a->results.size() != b->results.size())
            return false;
        for (size_t i = 0; i < a->params.size(); ++i)
            if (!identical(a->params[i], b->params[i])) return false;
        for (size_t i = 0; i < a->results.size(); ++i)
            if (!identical(a->results[i], b->results[i])) return false;
        return true;
    case TypeKind::Interface: return a->isEmptyInterface && b->isEmptyInterface;
    case TypeKind::Tuple:
        if (a->elems.size() != b->elems.size()) return false;
        for (size_t i = 0; i < a->elems.size(); ++i)
            if (!identical(a->elems[i], b->elems[i])) return false;
        return true;
    }
    return false;
}

// ---- TypeStore ----

TypeStore::TypeStore()
{
    static constexpr const char *names[] = {
        "invalid type", "bool", "int", "int32", "int64", "uint8", "uint32", "uint64", "string",
        "untyped bool", "untyped int", "untyped rune", "untyped string", "untyped nil",
    };
    for (size_t i = 0; i < std::size(names); ++i) {
        Type *t = newType(TypeKind::Basic);
        t->basic = BasicKind(i);
        t->name = names[i];
        m_basic.push_back(t);
    }
    m_byte = newType(TypeKind::Basic);
    m_byte->basic = BasicKind::Uint8;
    m_byte->name = "byte";
    m_rune = newType(TypeKind::Basic);
    m_rune->basic = BasicKind::Int32;
    m_rune->name = "rune";
    m_any = newType(TypeKind::Interface);
    m_any->name = "any";
    installUniverse();
}

Type *TypeStore::own(std::unique_ptr<Type> t)
{
    m_types.push_back(std::move(t));
    return m_types.back().get();
}

Type *TypeStore::newType(TypeKind k)
{
    auto t = std::make_unique<Type>();
    t->kind = k;
    return own(std::move(t));
}

Type *TypeStore::newNamed(std::string name, Object *obj)
{
    Type *t = newType(TypeKind::Named);
    t->name = std::move(name);
    t->obj = obj;
    return t;
}

Object *TypeStore::newObject(ObjKind k, std::string name, Pos pos, Type *type)
{
    auto o = std::make_unique<Object>();
    o->kind = k;
    o->name = std::move(name);
    o->pos = pos;
    o->type = type;
    o->id = int(m_objects.size());
    m_objects.push_back(std::move(o));
    return m_objects.back().get();
}

namespace {
// Keys of interned composite types.
enum : int { kPtr, kSlice, kArray, kMap, kChan };
} // namespace

Type *TypeStore::pointer(Type *elem)
{
    auto key = std::make_tuple(int(kPtr), elem, static_cast<Type *>(nullptr), int64_t(0));
    auto it = m_interned.find(key);
    if (it != m_interned.end()) return it->second;
    Type *t = newType(TypeKind::Pointer);
    t->elem = elem;
    return m_interned[key] = t;
}

Type *TypeStore::slice(Type *elem)
{
    auto key = std::make_tuple(int(kSlice), elem, static_cast<Type *>(nullptr), int64_t(0));
    auto it = m_interned.find(key);
    if (it != m_interned.end()) return it->second;
    Type *t = newType(TypeKind::Slice);
    t->elem = elem;
    return m_interned[key] = t;
}

Type *TypeStore::array(Type *elem, int64_t len)
{
    auto key = std::make_tuple(int(kArray), elem, static_cast<Type *>(nullptr), len);
    auto it = m_interned.find(key);
    if (it != m_interned.end()) return it->second;
    Type *t = newType(TypeKind::Array);
    t->elem = elem;
    t->len = len;
    return m_interned[key] = t;
}

Type *TypeStore::map(Type *key, Type *value)
{
    auto k = std::make_tuple(int(kMap), value, key, int64_t(0));
    auto it = m_interned.find(k);
    if (it != m_interned.end()) return it->second;
    Type *t = newType(TypeKind::Map);
    t->key = key;
    t->elem = value;
    return m_interned[k] = t;
}

Type *TypeStore::chan(Type *elem, ChanDir dir)
{
    auto key = std::make_tuple(int(kChan), elem, static_cast<Type *>(nullptr), int64_t(dir));
    auto it = m_interned.find(key);
    if (it != m_interned.end()) return it->second;
    Type *t = newType(TypeKind::Chan);
    t->elem = elem;
    t->dir = dir;
    return m_interned[key] = t;
}

Type *TypeStore::tuple(std::vector<Type *> elems)
{
    Type *t = newType(TypeKind::Tuple);
    t->elems = std::move(elems);
    return t;
}

Object *TypeStore::lookupUniverse(std::string_view name) const
{
    for (const auto &[n, o] : m_universe)
        if (n == name) return o;
    return nullptr;
}

Object *TypeStore::member(Package pkg, std::string_view name) const
{
    for (const auto &[n, o] : m_members[size_t(pkg)])
        if (n == name) return o;
    return nullptr;
}

} // namespace gsl::lang
