// bytes.cpp — the bytes and bytearray types: construction, repr, hashing,
// comparison, indexing, iteration, concatenation, and bytearray's mutators.
// The methods both types share (find, split, strip, ...) are in
// bytes_methods.cpp; `%` formatting is in str_format.cpp.
#include <algorithm>
#include <cstring>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

// ===========================================================================
// Construction helpers
// ===========================================================================
Value Interp::new_bytes(std::string_view data) {
  auto* b = make<BytesObj>(t.bytes);
  b->data.assign(data.data(), data.size());
  return Value::object(b);
}

Value new_bytearray(Interp& I, std::string_view data, Type* type) {
  auto* b = I.make<ByteArrayObj>(type ? type : I.t.bytearray);
  b->data.assign(data.data(), data.size());
  return Value::object(b);
}

bool bytes_like(Value v, std::string_view& out) {
  if (!v.is_obj()) return false;
  Layout l = v.obj()->type->layout;
  if (l == Layout::Bytes) {
    out = static_cast<BytesObj*>(v.obj())->data;
    return true;
  }
  if (l == Layout::ByteArray) {
    out = static_cast<ByteArrayObj*>(v.obj())->data;
    return true;
  }
  return false;
}

uint64_t bytes_hash(BytesObj* b) {
  if (!b->has_hash) {
    b->hash = hash_bytes(b->data.data(), b->data.size());
    b->has_hash = true;
  }
  return b->hash;
}

namespace {
const char kHex[] = "0123456789abcdef";

inline bool is_bytes_v(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Bytes; }
inline const char* kind_name(Value self) { return is_bytearray_v(self) ? "bytearray" : "bytes"; }
inline ByteArrayObj* self_ba(CallArgs& a) { return static_cast<ByteArrayObj*>(a.argv[0].obj()); }

// A byte value from an int-like (CPython's "byte must be in range(0, 256)").
int byte_value(Interp& I, Value v, const char* range_msg = "byte must be in range(0, 256)") {
  int64_t x = ssize_arg(I, v);
  if (x < 0 || x > 255) I.raise(I.t.ValueError, "%s", range_msg);
  return int(x);
}

bool has_index(Interp& I, Value v) {
  if (v.is_small() || v.is_bool()) return true;
  return v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty();
}

// The bytes of `source` for bytes()/bytearray() (not str, not int).
std::string bytes_from_iterable(Interp& I, Value source, bool bytearray) {
  const char* range = bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
  std::string out;
  auto add = [&](Value v) { out += char(byte_value(I, v, range)); };
  if (source.is_obj() && (source.obj()->type == I.t.list || source.obj()->type == I.t.tuple)) {
    for_each(I, source, add);
    return out;
  }
  Value it;
  try {
    it = iter(I, source);
  } catch (PyRaise&) {
    if (!exception_matches(I, I.pending, Value::object(I.t.TypeError))) throw;
    I.take_pending();
    I.raise(I.t.TypeError, "cannot convert '%s' object to %s", type_name(I, source), bytearray ? "bytearray" : "bytes");
  }
  for (;;) {
    Value v = next(I, it);
    if (v.empty()) break;
    add(v);
  }
  return out;
}

// Shared by bytes.__new__ and bytearray.__init__.
std::string bytes_from_args(Interp& I, Value src, Value enc, Value err, bool bytearray) {
  if (!enc.empty() || !err.empty()) {
    if (src.empty() || !is_str(I, src))
      I.raise(I.t.TypeError, enc.empty() ? "errors without a string argument" : "encoding without a string argument");
    if (!enc.empty() && !is_str(I, enc))
      I.raise(I.t.TypeError, "%s() argument 'encoding' must be str, not %s", bytearray ? "bytearray" : "bytes",
              type_name(I, enc));
    if (!err.empty() && !is_str(I, err))
      I.raise(I.t.TypeError, "%s() argument 'errors' must be str, not %s", bytearray ? "bytearray" : "bytes",
              type_name(I, err));
    Value r = str_encode(I, as_str(src), enc.empty() ? nullptr : as_str(enc), err.empty() ? nullptr : as_str(err));
    return static_cast<BytesObj*>(r.obj())->data;
  }
  if (src.empty()) return std::string();
  if (is_str(I, src)) I.raise(I.t.TypeError, "string argument without an encoding");
  std::string_view bv;
  if (!bytearray && src.is_obj()) {
    Value r = call_special(I, src, I.names->__bytes__, nullptr, 0);
    if (!r.empty()) {
      if (!is_bytes_v(r)) I.raise(I.t.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(I, r));
      return static_cast<BytesObj*>(r.obj())->data;
    }
  }
  if (bytes_like(src, bv)) return std::string(bv);
  if (has_index(I, src)) {
    int64_t n = ssize_arg(I, src);
    if (n < 0) I.raise(I.t.ValueError, "negative count");
    if (n > (int64_t(1) << 31)) I.raise(I.t.MemoryError, "");
    return std::string(size_t(n), '\0');
  }
  return bytes_from_iterable(I, src, bytearray);
}
}  // namespace

// ===========================================================================
// repr
// ===========================================================================
Str* bytes_repr(Interp& I, std::string_view data, bool bytearray) {
  bool sq = data.find('\'') != std::string_view::npos;
  bool dq = data.find('"') != std::string_view::npos;
  char q = (sq && !dq) ? '"' : '\'';
  std::string out;
  out.reserve(data.size() + 14);
  if (bytearray) out += "bytearray(";
  out += 'b';
  out += q;
  for (unsigned char c : data) {
    // bytearray's repr escapes ' whatever the quote (a CPython quirk).
    if (c == (unsigned char)q || c == '\\' || (bytearray && c == '\'')) {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += q;
  if (bytearray) out += ')';
  return str_make(I, out, out.size(), true);
}

// ===========================================================================
// Indexing
// ===========================================================================
Value bytes_getitem(Interp& I, Value self, Value key) {
  std::string_view d = bytes_data(self);
  bool ba = is_bytearray_v(self);
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    SliceIndices si = slice_indices(I, static_cast<SliceObj*>(key.obj()), int64_t(d.size()));
    std::string out;
    if (si.len > 0) {
      if (si.step == 1) {
        out.assign(d.data() + si.start, size_t(si.len));
      } else {
        out.resize(size_t(si.len));
        int64_t j = si.start;
        for (int64_t k = 0; k < si.len; k++, j += si.step) out[size_t(k)] = d[size_t(j)];
      }
    }
    return ba ? new_bytearray(I, out) : I.new_bytes(out);
  }
  if (!has_index(I, key))
    I.raise(I.t.TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
            type_name(I, key));
  int64_t i;
  if (key.is_small()) {
    i = key.small_value();
  } else {
    Value iv = number_index(I, key);
    i = iv.is_small() ? iv.small_value() : iv.is_bool() ? iv.is_true() : INT64_MAX / 2;
    if (!iv.is_small() && !iv.is_bool() && int_to_big(I, iv).sign() < 0) i = INT64_MIN / 2;
  }
  int64_t n = int64_t(d.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, ba ? "bytearray index out of range" : "index out of range");
  return Value::small((unsigned char)d[size_t(i)]);
}

// ===========================================================================
// Iteration
// ===========================================================================
namespace {
Value bytes_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  std::string_view d = bytes_data(it->a);  // re-read: a bytearray may change
  if (it->i >= int64_t(d.size())) {
    it->a = Value();
    return Value();
  }
  return Value::small((unsigned char)d[size_t(it->i++)]);
}

Value it_iter(Interp& I, CallArgs& a) { return a[0]; }
Value it_next(Interp& I, CallArgs& a) {
  auto* it = static_cast<IterObj*>(a[0].obj());
  Value v = it->next(I, it);
  if (v.empty()) I.raise_value(Value::object(I.t.StopIteration));
  return v;
}
Value it_length_hint(Interp& I, CallArgs& a) {
  auto* it = static_cast<IterObj*>(a[0].obj());
  if (it->a.empty()) return Value::small(0);
  int64_t left = int64_t(bytes_data(it->a).size()) - it->i;
  return Value::small(left < 0 ? 0 : left);
}
const MethodDef kIterMethods[] = {
    {"__iter__", it_iter},
    {"__next__", it_next},
    {"__length_hint__", it_length_hint},
};

// The iterator type hangs off the type's __iter__ data slot (see str.cpp).
Type* iter_type(Interp& I, Type* owner) {
  Value f = dict_get_str(owner->dict, I.names->__iter__);
  if (f.is_obj() && f.obj()->type->layout == Layout::NativeFunc) {
    Value d = static_cast<NativeFunc*>(f.obj())->data;
    if (d.is_obj()) return static_cast<Type*>(d.obj());
  }
  return nullptr;
}

Value m_iter(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__iter__", 0, 0, ArgStyle::NoArgs);
  Type* owner = is_bytearray_v(a[0]) ? I.t.bytearray : I.t.bytes;
  return Value::object(new_iterator(I, iter_type(I, owner), bytes_iter_next, a[0]));
}

// ===========================================================================
// Dunders shared by bytes and bytearray
// ===========================================================================
Value m_repr(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__repr__", 0, 0, ArgStyle::NoArgs);
  Str* r = bytes_repr(I, bytes_data(a[0]), is_bytearray_v(a[0]));
  Type* t = a[0].obj()->type;
  if (is_bytearray_v(a[0]) && t != I.t.bytearray) {
    // Subclasses show their own name: MyBA(b'..')
    std::string s(t->name->view());
    s += r->view().substr(9);
    return I.new_str(s);
  }
  return vstr(r);
}

Value m_len(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__len__", 0, 0, ArgStyle::NoArgs);
  return Value::small(int64_t(bytes_data(a[0]).size()));
}

Value m_hash(Interp& I, CallArgs& a) {
  check_args(I, a, "bytes", "__hash__", 0, 0, ArgStyle::NoArgs);
  return I.new_int(int64_t(bytes_hash(static_cast<BytesObj*>(a[0].obj()))));
}

template <int Op>
Value m_cmp(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__eq__", 1, 1, ArgStyle::MethO);
  std::string_view x = bytes_data(a[0]), y;
  if (!bytes_like(a[1], y)) return Value::NotImplemented();
  int c;
  if (Op <= 1) {
    bool e = x.size() == y.size() && memcmp(x.data(), y.data(), x.size()) == 0;
    return Value::boolean(Op == 0 ? e : !e);
  }
  c = x.compare(y);
  switch (Op) {
    case 2: return Value::boolean(c < 0);
    case 3: return Value::boolean(c <= 0);
    case 4: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value m_getitem(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__getitem__", 1, 1, ArgStyle::MethO);
  return bytes_getitem(I, a[0], a[1]);
}

Value m_contains(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__contains__", 1, 1, ArgStyle::MethO);
  std::string_view d = bytes_data(a[0]), sub;
  if (bytes_like(a[1], sub)) return Value::boolean(d.find(sub) != std::string_view::npos);
  if (!has_index(I, a[1])) I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, a[1]));
  int b = byte_value(I, a[1]);
  return Value::boolean(memchr(d.data(), b, d.size()) != nullptr);
}

Value m_add(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__add__", 1, 1, ArgStyle::MethO);
  std::string_view x = bytes_data(a[0]), y;
  if (!bytes_like(a[1], y)) {
    Type* t = type_of(I, a[1]);
    if ((t->flags & kTypeHeap) && !type_lookup(t, I.names->__radd__).empty()) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can't concat %s to %s", type_name(I, a[1]), kind_name(a[0]));
  }
  std::string out;
  out.reserve(x.size() + y.size());
  out.append(x);
  out.append(y);
  return bytes_result(I, a[0], out);
}

int64_t repeat_count(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true();
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  if (int_to_big(I, iv).sign() < 0) return 0;
  I.raise(I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
}

std::string repeat(Interp& I, std::string_view d, int64_t n) {
  if (n <= 0 || d.empty()) return std::string();
  if (uint64_t(n) > (uint64_t(0x7FFFFFFF) / d.size())) I.raise(I.t.MemoryError, "");
  std::string out;
  out.reserve(d.size() * size_t(n));
  for (int64_t k = 0; k < n; k++) out.append(d);
  return out;
}

Value m_mul(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__mul__", 1, 1, ArgStyle::MethO);
  if (has_index(I, a[1])) return bytes_result(I, a[0], repeat(I, bytes_data(a[0]), repeat_count(I, a[1])));
  Type* t = type_of(I, a[1]);
  if ((t->flags & kTypeHeap) && !type_lookup(t, I.names->__rmul__).empty()) return Value::NotImplemented();
  I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a[1]));
}

Value m_rmul(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__rmul__", 1, 1, ArgStyle::MethO);
  if (has_index(I, a[1])) return bytes_result(I, a[0], repeat(I, bytes_data(a[0]), repeat_count(I, a[1])));
  return Value::NotImplemented();
}

Value m_mod(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__mod__", 1, 1, ArgStyle::MethO);
  return bytes_percent(I, a[0], a[1]);
}

Value m_rmod(Interp& I, CallArgs& a) {
  check_args(I, a, kind_name(a[0]), "__rmod__", 1, 1, ArgStyle::MethO);
  std::string_view d;
  if (!bytes_like(a[1], d)) return Value::NotImplemented();
  return bytes_percent(I, a[1], a[0]);
}

Value m_getnewargs(Interp& I, CallArgs& a) {
  check_args(I, a, "bytes", "__getnewargs__", 0, 0, ArgStyle::NoArgs);
  return Value::object(I.tuple({I.new_bytes(bytes_data(a[0]))}));
}

// ===========================================================================
// Construction
// ===========================================================================
Value bytes_alloc_hook(Interp& I, Type* t) { return Value::object(I.make<BytesObj>(t)); }
Value bytearray_alloc_hook(Interp& I, Type* t) { return Value::object(I.make<ByteArrayObj>(t)); }

Value m_bytes_new(Interp& I, CallArgs& a) {
  Value args[3];
  bind_args(I, a, "bytes", {"source", "encoding", "errors"}, args, 1);
  Type* cls = static_cast<Type*>(a.argv[0].obj());
  // bytes(b) of an exact bytes is b itself.
  if (cls == I.t.bytes && args[1].empty() && args[2].empty() && !args[0].empty() &&
      args[0].is_obj() && args[0].obj()->type == I.t.bytes)
    return args[0];
  std::string data = bytes_from_args(I, args[0], args[1], args[2], false);
  auto* b = I.make<BytesObj>(cls);
  b->data = std::move(data);
  return Value::object(b);
}

Value m_bytearray_new(Interp& I, CallArgs& a) {
  Type* cls = static_cast<Type*>(a.argv[0].obj());
  return Value::object(I.make<ByteArrayObj>(cls));
}

Value m_bytearray_init(Interp& I, CallArgs& a) {
  Value args[3];
  bind_args(I, a, "bytearray", {"source", "encoding", "errors"}, args, 1);
  std::string data = bytes_from_args(I, args[0], args[1], args[2], true);
  self_ba(a)->data = std::move(data);
  return Value::None();
}

// ===========================================================================
// bytearray mutation
// ===========================================================================
// The bytes to store for a slice assignment / extend.
std::string assign_source(Interp& I, Value v) {
  std::string_view d;
  if (bytes_like(v, d)) return std::string(d);
  if (has_index(I, v) || is_str(I, v))
    I.raise(I.t.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return bytes_from_iterable(I, v, true);
}

Value m_setitem(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "__setitem__", 2, 2, ArgStyle::Clinic);
  ByteArrayObj* b = self_ba(a);
  Value key = a[1], v = a[2];
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    std::string src = assign_source(I, v);
    SliceIndices si = slice_indices(I, static_cast<SliceObj*>(key.obj()), int64_t(b->data.size()));
    if (si.step == 1) {
      int64_t stop = si.start + (si.len > 0 ? si.len : 0);
      b->data.replace(size_t(si.start), size_t(stop - si.start), src);
      return Value::None();
    }
    if (int64_t(src.size()) != si.len)
      I.raise(I.t.ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", src.size(),
              (long long)si.len);
    int64_t j = si.start;
    for (int64_t k = 0; k < si.len; k++, j += si.step) b->data[size_t(j)] = src[size_t(k)];
    return Value::None();
  }
  if (!has_index(I, key))
    I.raise(I.t.TypeError, "bytearray indices must be integers or slices, not %s", type_name(I, key));
  int64_t i = ssize_arg(I, key);
  int64_t n = int64_t(b->data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "bytearray index out of range");
  b->data[size_t(i)] = char(byte_value(I, v));
  return Value::None();
}

Value m_delitem(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "__delitem__", 1, 1, ArgStyle::MethO);
  ByteArrayObj* b = self_ba(a);
  Value key = a[1];
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    SliceIndices si = slice_indices(I, static_cast<SliceObj*>(key.obj()), int64_t(b->data.size()));
    if (si.len <= 0) return Value::None();
    if (si.step == 1) {
      b->data.erase(size_t(si.start), size_t(si.len));
      return Value::None();
    }
    std::vector<bool> drop(b->data.size(), false);
    int64_t j = si.start;
    for (int64_t k = 0; k < si.len; k++, j += si.step) drop[size_t(j)] = true;
    std::string out;
    out.reserve(b->data.size() - size_t(si.len));
    for (size_t k = 0; k < b->data.size(); k++)
      if (!drop[k]) out += b->data[k];
    b->data = std::move(out);
    return Value::None();
  }
  if (!has_index(I, key))
    I.raise(I.t.TypeError, "bytearray indices must be integers or slices, not %s", type_name(I, key));
  int64_t i = ssize_arg(I, key);
  int64_t n = int64_t(b->data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "bytearray index out of range");
  b->data.erase(size_t(i), 1);
  return Value::None();
}

Value m_append(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "append", 1, 1, ArgStyle::MethO);
  self_ba(a)->data += char(byte_value(I, a[1]));
  return Value::None();
}

Value m_extend(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "extend", 1, 1, ArgStyle::MethO);
  std::string_view d;
  std::string add;
  if (bytes_like(a[1], d)) {
    add.assign(d);  // copy first: b.extend(b)
  } else {
    if (is_str(I, a[1])) I.raise(I.t.TypeError, "expected iterable of integers; got: 'str'");
    if (has_index(I, a[1]))
      I.raise(I.t.TypeError, "can't extend bytearray with %s", type_name(I, a[1]));
    add = bytes_from_iterable(I, a[1], true);
  }
  self_ba(a)->data += add;
  return Value::None();
}

Value m_iadd(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "__iadd__", 1, 1, ArgStyle::MethO);
  std::string_view d;
  if (!bytes_like(a[1], d)) I.raise(I.t.TypeError, "can't concat %s to bytearray", type_name(I, a[1]));
  std::string add(d);
  self_ba(a)->data += add;
  return a[0];
}

Value m_imul(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "__imul__", 1, 1, ArgStyle::MethO);
  if (!has_index(I, a[1])) return Value::NotImplemented();
  ByteArrayObj* b = self_ba(a);
  b->data = repeat(I, b->data, repeat_count(I, a[1]));
  return a[0];
}

Value m_pop(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "pop", 0, 1, ArgStyle::Clinic);
  ByteArrayObj* b = self_ba(a);
  int64_t i = a.argc > 1 ? ssize_arg(I, a[1]) : -1;
  int64_t n = int64_t(b->data.size());
  if (n == 0) I.raise(I.t.IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "pop index out of range");
  unsigned char c = (unsigned char)b->data[size_t(i)];
  b->data.erase(size_t(i), 1);
  return Value::small(c);
}

Value m_insert(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "insert", 2, 2, ArgStyle::Clinic);
  ByteArrayObj* b = self_ba(a);
  int64_t i = ssize_arg(I, a[1]);
  int c = byte_value(I, a[2]);
  int64_t n = int64_t(b->data.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  b->data.insert(size_t(i), 1, char(c));
  return Value::None();
}

Value m_remove(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "remove", 1, 1, ArgStyle::MethO);
  ByteArrayObj* b = self_ba(a);
  int c = byte_value(I, a[1]);
  size_t pos = b->data.find(char(c));
  if (pos == std::string::npos) I.raise(I.t.ValueError, "value not found in bytearray");
  b->data.erase(pos, 1);
  return Value::None();
}

Value m_clear(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "clear", 0, 0, ArgStyle::NoArgs);
  self_ba(a)->data.clear();
  return Value::None();
}

Value m_reverse(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "reverse", 0, 0, ArgStyle::NoArgs);
  std::reverse(self_ba(a)->data.begin(), self_ba(a)->data.end());
  return Value::None();
}

Value m_copy(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "copy", 0, 0, ArgStyle::NoArgs);
  return new_bytearray(I, self_ba(a)->data);
}

Value m_alloc(Interp& I, CallArgs& a) {
  check_args(I, a, "bytearray", "__alloc__", 0, 0, ArgStyle::NoArgs);
  return Value::small(int64_t(self_ba(a)->data.capacity() + 1));
}

// ===========================================================================
// Registration
// ===========================================================================
const MethodDef kCommonDunders[] = {
    {"__repr__", m_repr},
    {"__len__", m_len},
    {"__eq__", m_cmp<0>},
    {"__ne__", m_cmp<1>},
    {"__lt__", m_cmp<2>},
    {"__le__", m_cmp<3>},
    {"__gt__", m_cmp<4>},
    {"__ge__", m_cmp<5>},
    {"__getitem__", m_getitem},
    {"__iter__", m_iter},
    {"__contains__", m_contains},
    {"__add__", m_add},
    {"__mul__", m_mul},
    {"__rmul__", m_rmul},
    {"__mod__", m_mod},
    {"__rmod__", m_rmod},
};

const MethodDef kBytesOnly[] = {
    {"__new__", m_bytes_new, kNativeStatic},
    {"__hash__", m_hash},
    {"__getnewargs__", m_getnewargs},
};

const MethodDef kByteArrayOnly[] = {
    {"__new__", m_bytearray_new, kNativeStatic},
    {"__init__", m_bytearray_init},
    {"__setitem__", m_setitem},
    {"__delitem__", m_delitem},
    {"__iadd__", m_iadd},
    {"__imul__", m_imul},
    {"__alloc__", m_alloc},
    {"append", m_append},
    {"extend", m_extend},
    {"pop", m_pop},
    {"insert", m_insert},
    {"remove", m_remove},
    {"clear", m_clear},
    {"reverse", m_reverse},
    {"copy", m_copy},
};

void attach_iter_type(Interp& I, Type* owner, const char* name) {
  Type* it = new_builtin_type(I, name, I.t.object, Layout::Iterator, 0);
  add_methods(I, it, kIterMethods);
  Value f = dict_get_str(owner->dict, I.names->__iter__);
  if (f.is_obj() && f.obj()->type->layout == Layout::NativeFunc)
    static_cast<NativeFunc*>(f.obj())->data = Value::object(it);
}
}  // namespace

void init_bytes(Interp& I) {
  I.t.bytes->alloc = bytes_alloc_hook;
  I.t.bytearray->alloc = bytearray_alloc_hook;
  add_methods(I, I.t.bytes, kCommonDunders);
  add_methods(I, I.t.bytearray, kCommonDunders);
  add_methods(I, I.t.bytes, kBytesOnly);
  add_methods(I, I.t.bytearray, kByteArrayOnly);
  type_set(I, I.t.bytearray, "__hash__", Value::None());  // unhashable
  init_bytes_methods(I);
  attach_iter_type(I, I.t.bytes, "bytes_iterator");
  attach_iter_type(I, I.t.bytearray, "bytearray_iterator");
}

}  // namespace il
