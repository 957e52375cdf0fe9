// builtins_memoryview.cpp — memoryview over bytes and bytearray: format 'B',
// one dimension, any slice step. Enough for the byte-oriented uses of the
// standard library (re, collections.abc, io) and of programs: indexing,
// slicing without copying, writing through to a bytearray, tobytes/tolist/hex.
// Multi-dimensional views, cast() and other formats are not provided.
#include <cstdio>
#include <string>

#include "modules/builtins.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/ops.h"

namespace il {

namespace {

struct MemoryViewObj : Object {
  Value obj;  // the bytes or bytearray viewed
  int64_t start = 0, step = 1, len = 0;
  bool readonly = true;
  bool released = false;
  void trace(Tracer& t) override { t.visit(obj); }
};

MemoryViewObj* self_mv(Interp& I, CallArgs& a, const char* what) {
  if (a.argc < 1 || type_of(I, a[0]) != builtins_of(I)->memoryview_type)
    I.raise(I.t.TypeError, "descriptor '%s' requires a 'memoryview' object", what);
  auto* mv = a[0].as<MemoryViewObj>();
  if (mv->released) I.raise(I.t.ValueError, "operation forbidden on released memoryview object");
  return mv;
}

// The bytes of a bytes-like value, or null.
const std::string* bytes_of(Interp& I, Value v) {
  Type* t = type_of(I, v);
  if (is_subtype(t, I.t.bytes)) return &v.as<BytesObj>()->data;
  if (is_subtype(t, I.t.bytearray)) return &v.as<ByteArrayObj>()->data;
  return nullptr;
}

std::string* buffer(Interp& I, MemoryViewObj* mv) {
  return const_cast<std::string*>(bytes_of(I, mv->obj));
}

// Offset of item k in the underlying buffer; a bytearray may have shrunk
// since the view was made (CPython forbids that; here it is an IndexError).
size_t offset(Interp& I, MemoryViewObj* mv, int64_t k) {
  int64_t off = mv->start + k * mv->step;
  if (off < 0 || size_t(off) >= buffer(I, mv)->size())
    I.raise(I.t.IndexError, "index out of bounds on dimension 1");
  return size_t(off);
}

std::string contents(Interp& I, MemoryViewObj* mv) {
  std::string out;
  out.reserve(size_t(mv->len));
  const std::string* b = buffer(I, mv);
  for (int64_t k = 0; k < mv->len; k++) out.push_back((*b)[offset(I, mv, k)]);
  return out;
}

MemoryViewObj* new_view(Interp& I, Value obj, bool readonly, int64_t start, int64_t step, int64_t len) {
  auto* mv = I.make<MemoryViewObj>(builtins_of(I)->memoryview_type);
  mv->obj = obj;
  mv->readonly = readonly;
  mv->start = start;
  mv->step = step;
  mv->len = len;
  return mv;
}

Value mv_new(Interp& I, CallArgs& a) {
  if (a.nkw() > 1 || (a.nkw() == 1 && as_str(a.kwnames->items[0])->view() != "object"))
    I.raise(I.t.TypeError, "memoryview() takes at most 1 argument");
  if (a.argc != 2) I.raise(I.t.TypeError, "memoryview() takes exactly one argument (%u given)", a.argc - 1);
  Value obj = a[1];
  if (type_of(I, obj) == builtins_of(I)->memoryview_type) {
    auto* src = obj.as<MemoryViewObj>();
    if (src->released) I.raise(I.t.ValueError, "operation forbidden on released memoryview object");
    return obj_value(new_view(I, src->obj, src->readonly, src->start, src->step, src->len));
  }
  const std::string* b = bytes_of(I, obj);
  if (!b) I.raise(I.t.TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(I, obj));
  bool readonly = !is_subtype(type_of(I, obj), I.t.bytearray);
  return obj_value(new_view(I, obj, readonly, 0, 1, int64_t(b->size())));
}

Value mv_init(Interp& I, CallArgs& a) { return Value::None(); }

Value mv_len(Interp& I, CallArgs& a) { return Value::small(self_mv(I, a, "__len__")->len); }

int64_t item_index(Interp& I, MemoryViewObj* mv, Value key) {
  int64_t i = to_int64(I, number_index(I, key));
  if (i < 0) i += mv->len;
  if (i < 0 || i >= mv->len) I.raise(I.t.IndexError, "index out of bounds on dimension 1");
  return i;
}

Value mv_getitem(Interp& I, CallArgs& a) {
  MemoryViewObj* mv = self_mv(I, a, "__getitem__");
  Value key = a[1];
  if (key.is_obj() && key.obj()->type == I.t.slice) {
    SliceIndices si = slice_indices(I, key.as<SliceObj>(), mv->len);
    return obj_value(new_view(I, mv->obj, mv->readonly, mv->start + si.start * mv->step, mv->step * si.step, si.len));
  }
  if (!key.is_small() && type_lookup(type_of(I, key), I.names->__index__).empty())
    I.raise(I.t.TypeError, "memoryview: invalid slice key");
  int64_t i = item_index(I, mv, key);
  return Value::small(static_cast<unsigned char>((*buffer(I, mv))[offset(I, mv, i)]));
}

Value mv_setitem(Interp& I, CallArgs& a) {
  MemoryViewObj* mv = self_mv(I, a, "__setitem__");
  if (mv->readonly) I.raise(I.t.TypeError, "cannot modify read-only memory");
  Value key = a[1], v = a[2];
  std::string* b = buffer(I, mv);
  if (key.is_obj() && key.obj()->type == I.t.slice) {
    SliceIndices si = slice_indices(I, key.as<SliceObj>(), mv->len);
    const std::string* src = bytes_of(I, v);
    std::string copy;
    if (!src && type_of(I, v) == builtins_of(I)->memoryview_type) {
      copy = contents(I, v.as<MemoryViewObj>());
      src = &copy;
    }
    if (!src) I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, v));
    if (int64_t(src->size()) != si.len)
      I.raise(I.t.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    std::string data = *src;  // the source may be this very buffer
    for (int64_t k = 0; k < si.len; k++) (*b)[offset(I, mv, si.start + k * si.step)] = data[size_t(k)];
    return Value::None();
  }
  int64_t i = item_index(I, mv, key);
  if (!is_int(I, v)) I.raise(I.t.TypeError, "memoryview: invalid type for format 'B'");
  Value n = number_index(I, v);
  if (!n.is_small() || n.small_value() < 0 || n.small_value() > 255)
    I.raise(I.t.ValueError, "memoryview: invalid value for format 'B'");
  (*b)[offset(I, mv, i)] = char(n.small_value());
  return Value::None();
}

Value mv_tobytes(Interp& I, CallArgs& a) { return I.new_bytes(contents(I, self_mv(I, a, "tobytes"))); }

Value mv_tolist(Interp& I, CallArgs& a) {
  std::string c = contents(I, self_mv(I, a, "tolist"));
  List* l = I.list(c.size());
  for (unsigned char ch : c) l->items.push_back(Value::small(ch));
  return obj_value(l);
}

Value mv_hex(Interp& I, CallArgs& a) {
  std::string c = contents(I, self_mv(I, a, "hex"));
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(c.size() * 2);
  for (unsigned char ch : c) {
    out.push_back(kDigits[ch >> 4]);
    out.push_back(kDigits[ch & 15]);
  }
  return I.new_str(out);
}

Value mv_release(Interp& I, CallArgs& a) {
  if (a.argc < 1 || type_of(I, a[0]) != builtins_of(I)->memoryview_type)
    I.raise(I.t.TypeError, "descriptor 'release' requires a 'memoryview' object");
  a[0].as<MemoryViewObj>()->released = true;
  return Value::None();
}

Value mv_enter(Interp& I, CallArgs& a) {
  self_mv(I, a, "__enter__");
  return a[0];
}

Value mv_exit(Interp& I, CallArgs& a) { return mv_release(I, a); }

Value mv_eq(Interp& I, CallArgs& a) {
  if (a.argc < 2 || type_of(I, a[0]) != builtins_of(I)->memoryview_type) return Value::NotImplemented();
  auto* mv = a[0].as<MemoryViewObj>();
  Value other = a[1];
  if (other == a[0]) return Value::True();
  if (mv->released) return Value::False();
  std::string mine = contents(I, mv);
  if (type_of(I, other) == builtins_of(I)->memoryview_type) {
    auto* o = other.as<MemoryViewObj>();
    if (o->released) return Value::False();
    return Value::boolean(mine == contents(I, o));
  }
  const std::string* b = bytes_of(I, other);
  if (!b) return Value::NotImplemented();
  return Value::boolean(mine == *b);
}

Value mv_ne(Interp& I, CallArgs& a) {
  Value r = mv_eq(I, a);
  return r.is_not_implemented() ? r : Value::boolean(!r.is_true());
}

Value mv_hash(Interp& I, CallArgs& a) {
  MemoryViewObj* mv = self_mv(I, a, "__hash__");
  if (!mv->readonly) I.raise(I.t.ValueError, "cannot hash writable memoryview object");
  std::string c = contents(I, mv);
  return I.new_int(int64_t(hash_bytes(c.data(), c.size())));
}

Value mv_repr(Interp& I, CallArgs& a) {
  auto* mv = a[0].as<MemoryViewObj>();
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", mv->released ? "released " : "", static_cast<void*>(mv));
  return I.new_str(buf);
}

Value mv_get_obj(Interp& I, CallArgs& a) { return self_mv(I, a, "obj")->obj; }
Value mv_get_readonly(Interp& I, CallArgs& a) { return Value::boolean(self_mv(I, a, "readonly")->readonly); }
Value mv_get_nbytes(Interp& I, CallArgs& a) { return Value::small(self_mv(I, a, "nbytes")->len); }
Value mv_get_format(Interp& I, CallArgs& a) {
  self_mv(I, a, "format");
  return I.new_str("B");
}
Value mv_get_itemsize(Interp& I, CallArgs& a) {
  self_mv(I, a, "itemsize");
  return Value::small(1);
}
Value mv_get_ndim(Interp& I, CallArgs& a) {
  self_mv(I, a, "ndim");
  return Value::small(1);
}
Value mv_get_shape(Interp& I, CallArgs& a) {
  return obj_value(I.tuple({Value::small(self_mv(I, a, "shape")->len)}));
}
Value mv_get_strides(Interp& I, CallArgs& a) {
  return obj_value(I.tuple({Value::small(self_mv(I, a, "strides")->step)}));
}
Value mv_get_contiguous(Interp& I, CallArgs& a) {
  MemoryViewObj* mv = self_mv(I, a, "contiguous");
  return Value::boolean(mv->step == 1 || mv->len <= 1);
}
Value mv_get_released(Interp& I, CallArgs& a) {
  if (a.argc < 1 || type_of(I, a[0]) != builtins_of(I)->memoryview_type)
    I.raise(I.t.TypeError, "descriptor 'released' requires a 'memoryview' object");
  return Value::boolean(a[0].as<MemoryViewObj>()->released);
}

const MethodDef kMemoryViewMethods[] = {
    {"__new__", mv_new, kNativeStatic},
    {"__init__", mv_init},
    {"__len__", mv_len},
    {"__getitem__", mv_getitem},
    {"__setitem__", mv_setitem},
    {"__eq__", mv_eq},
    {"__ne__", mv_ne},
    {"__hash__", mv_hash},
    {"__repr__", mv_repr},
    {"__enter__", mv_enter},
    {"__exit__", mv_exit},
    {"tobytes", mv_tobytes},
    {"tolist", mv_tolist},
    {"hex", mv_hex},
    {"release", mv_release},
    {nullptr, nullptr},
};

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", mv_get_obj},           {"readonly", mv_get_readonly},     {"nbytes", mv_get_nbytes},
    {"format", mv_get_format},     {"itemsize", mv_get_itemsize},     {"ndim", mv_get_ndim},
    {"shape", mv_get_shape},       {"strides", mv_get_strides},       {"contiguous", mv_get_contiguous},
    {"c_contiguous", mv_get_contiguous}, {"released", mv_get_released}, {nullptr, nullptr},
};

}  // namespace

void init_builtin_memoryview(Interp& I, BuiltinsModule* m) {
  Type* t = new_builtin_type(I, "memoryview", I.t.object, Layout::Native, 0);
  add_methods(I, t, kMemoryViewMethods);
  add_getsets(I, t, kMemoryViewGetSets);
  type_set(I, t, "__doc__", I.new_str("Create a new memoryview object which references the given object."));
  m->memoryview_type = t;
  set_attr_str(I, m, "memoryview", obj_value(t));
}

}  // namespace il
