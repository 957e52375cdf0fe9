// str.cpp — the str type: storage, hashing, comparison, indexing, repr,
// iteration, the dunders, and the registration of the type. The methods live
// in str_methods.cpp, formatting in str_format.cpp, codecs in str_codecs.cpp.
//
// Storage: immutable UTF-8 with the length in code points. ASCII strings
// index in O(1). Long non-ASCII strings carry a small index after their data
// (the byte offset of every kIdxStride-th code point), so s[i] costs at most
// kIdxStride-1 character steps instead of a walk from the start.
#include <cstdio>
#include <cstring>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

// ===========================================================================
// UTF-8 helpers and hashing
// ===========================================================================
namespace {
constexpr size_t kIdxStride = 32;
constexpr size_t kIdxMin = 64;  // shorter strings walk

inline bool word_is_ascii(const char* p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

inline const uint32_t* str_index(const Str* s) {
  if (s->ascii || s->length <= kIdxMin) return nullptr;
  uintptr_t p = (reinterpret_cast<uintptr_t>(s->data) + s->nbytes + 1 + 3) & ~uintptr_t(3);
  size_t n = s->length / kIdxStride + 1;
  // Strings made elsewhere without room for an index simply have none.
  if (p + 4 * n > reinterpret_cast<uintptr_t>(s) + s->gc_size) return nullptr;
  return reinterpret_cast<const uint32_t*>(p);
}
}  // namespace

void utf8_measure(std::string_view s, size_t& length, bool& ascii) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  while (i + 8 <= n && word_is_ascii(p + i)) i += 8;
  while (i < n && (unsigned char)p[i] < 0x80) i++;
  if (i == n) {
    length = n;
    ascii = true;
    return;
  }
  size_t cont = 0;  // continuation bytes are not code points
  for (size_t j = i; j < n; j++) cont += ((unsigned char)p[j] & 0xC0) == 0x80;
  length = n - cont;
  ascii = false;
}

size_t utf8_length(std::string_view s) {
  size_t len;
  bool a;
  utf8_measure(s, len, a);
  return len;
}

uint32_t utf8_decode_at(std::string_view s, size_t& pos) {
  size_t n;
  uint32_t c = utf8_decode(s.data() + pos, n);
  pos += n;
  return c;
}

void utf8_append(std::string& out, uint32_t cp) {
  char tmp[4];
  out.append(tmp, utf8_encode(tmp, cp));
}

// Murmur3-style 64-bit mixing (no 128-bit products: wasm32 lacks them).
uint64_t hash_bytes(const char* p, size_t n) {
  if (n == 0) return 0;  // hash('') == 0, as in CPython
  const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t(n) * 0xff51afd7ed558ccdULL);
  while (n >= 8) {
    uint64_t k;
    memcpy(&k, p, 8);
    k *= c1;
    k = rotl64(k, 31);
    k *= c2;
    h ^= k;
    h = rotl64(h, 27) * 5 + 0x52dce729;
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t k = 0;
    memcpy(&k, p, n);
    k *= c1;
    k = rotl64(k, 31);
    k *= c2;
    h ^= k;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  if (h == ~uint64_t(0)) h = ~uint64_t(1);  // -1 is never a Python hash
  return h;
}

// ===========================================================================
// Allocation
// ===========================================================================
Str* str_alloc(Interp& I, Type* type, size_t nbytes, size_t length, bool ascii) {
  if (nbytes > 0xFFFFFFF0u) I.raise(I.t.MemoryError, "");
  size_t size = sizeof(Str) + nbytes;
  if (!ascii && length > kIdxMin) size += 3 + 4 * (length / kIdxStride + 1);
  Str* s = I.heap.make_sized<Str>(type ? type : I.t.str, size);
  s->nbytes = uint32_t(nbytes);
  s->length = uint32_t(length);
  s->ascii = ascii;
  s->data[nbytes] = 0;
  return s;
}

void str_finish(Str* s) {
  const uint32_t* cidx = str_index(s);
  if (!cidx) return;
  uint32_t* idx = const_cast<uint32_t*>(cidx);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  size_t off = 0;
  for (size_t cp = 0, k = 0; cp <= s->length && off <= s->nbytes; cp++) {
    if (cp % kIdxStride == 0) idx[k++] = uint32_t(off);
    if (off < s->nbytes) off += utf8_seq_len(p[off]);
  }
}

Str* str_make(Interp& I, std::string_view utf8, size_t length, bool ascii, Type* type) {
  if (utf8.empty() && !type) return str_empty(I);
  if (length == 1 && ascii && !type) return str_char(I, (unsigned char)utf8[0]);
  Str* s = str_alloc(I, type, utf8.size(), length, ascii);
  memcpy(s->data, utf8.data(), utf8.size());
  str_finish(s);
  return s;
}

Str* Interp::str(std::string_view utf8) {
  size_t len;
  bool a;
  utf8_measure(utf8, len, a);
  Str* s = str_alloc(*this, t.str, utf8.size(), len, a);
  if (!utf8.empty()) memcpy(s->data, utf8.data(), utf8.size());  // "" may have a null data() (UB for memcpy)
  str_finish(s);
  return s;
}

static Str* intern_find(const Interp::InternTable& T, std::string_view utf8, uint64_t h) {
  if (T.slots.empty()) return nullptr;
  size_t mask = T.slots.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Str* s = T.slots[i];
    if (!s) return nullptr;
    if (s->hash == h && s->nbytes == utf8.size() && (utf8.empty() || memcmp(s->data, utf8.data(), utf8.size()) == 0))
      return s;
  }
}

static void intern_insert(Interp::InternTable& T, Str* s) {
  size_t mask = T.slots.size() - 1;
  size_t i = s->hash & mask;
  while (T.slots[i]) i = (i + 1) & mask;
  T.slots[i] = s;
  T.used++;
}

Str* Interp::intern(std::string_view utf8) {
  uint64_t h = hash_bytes(utf8.data(), utf8.size());
  if (Str* s = intern_find(intern_table, utf8, h)) return s;
  Str* s = str(utf8);  // may collect: no slot index is held across it
  s->hash = h;
  s->has_hash = true;
  s->interned = true;
  auto& T = intern_table;
  if ((T.used + 1) * 2 > T.slots.size()) {  // at most half full: short probes
    std::vector<Str*> old(std::max<size_t>(1024, T.slots.size() * 2), nullptr);
    old.swap(T.slots);
    T.used = 0;
    for (Str* o : old)
      if (o) intern_insert(T, o);
  }
  intern_insert(T, s);
  return s;
}

Str* str_empty(Interp& I) { return I.intern(std::string_view()); }

Str* str_char(Interp& I, uint32_t cp) {
  if (cp < 128) {
    char c = char(cp);
    return I.intern(std::string_view(&c, 1));
  }
  char tmp[4];
  size_t n = utf8_encode(tmp, cp);
  Str* s = str_alloc(I, I.t.str, n, 1, false);
  memcpy(s->data, tmp, n);
  return s;
}

Str* str_from_codepoint(Interp& I, uint32_t cp) { return str_char(I, cp); }

size_t str_offset(const Str* s, size_t cp) {
  if (s->ascii) return cp;
  if (cp >= s->length) return s->nbytes;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  size_t off = 0, at = 0;
  if (const uint32_t* idx = str_index(s)) {
    off = idx[cp / kIdxStride];
    at = cp - cp % kIdxStride;
  } else if (cp > s->length / 2) {
    // Nearer the end: walk backwards.
    off = s->nbytes;
    for (size_t k = s->length; k > cp; k--) {
      off--;
      while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
  }
  for (; at < cp; at++) off += utf8_seq_len(p[off]);
  return off;
}

Str* str_copy_as(Interp& I, Str* s, Type* type) {
  Str* r = str_alloc(I, type, s->nbytes, s->length, s->ascii);
  memcpy(r->data, s->data, s->nbytes);
  str_finish(r);
  return r;
}

Str* str_unchanged(Interp& I, Str* s) {
  if (s->type == I.t.str) return s;
  return str_copy_as(I, s, I.t.str);
}

Str* str_substr(Interp& I, Str* s, size_t a, size_t b) {
  if (a >= b) return str_empty(I);
  if (a == 0 && b >= s->length) return str_unchanged(I, s);
  if (s->ascii) return str_make(I, std::string_view(s->data + a, b - a), b - a, true);
  size_t oa = str_offset(s, a);
  size_t ob = (b - a <= kIdxStride) ? oa : str_offset(s, b);
  if (b - a <= kIdxStride) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
    for (size_t k = a; k < b; k++) ob += utf8_seq_len(p[ob]);
  }
  std::string_view v(s->data + oa, ob - oa);
  return str_make(I, v, b - a, (ob - oa) == (b - a));
}

// ===========================================================================
// The C++ API (str.h)
// ===========================================================================
Str* as_str(Value v) { return static_cast<Str*>(v.obj()); }

uint64_t str_hash(Str* s) {
  if (!s->has_hash) {
    s->hash = hash_bytes(s->data, s->nbytes);
    s->has_hash = true;
  }
  return s->hash;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if (a->has_hash && b->has_hash && a->hash != b->hash) return false;
  return memcmp(a->data, b->data, a->nbytes) == 0;
}

int str_compare(Str* a, Str* b) {
  // UTF-8 byte order is code point order.
  size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
  int c = memcmp(a->data, b->data, n);
  if (c) return c;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

Str* str_concat(Interp& I, Str* a, Str* b) {
  if (b->nbytes == 0 && a->type == I.t.str) return a;
  if (a->nbytes == 0 && b->type == I.t.str) return b;
  Str* s = str_alloc(I, I.t.str, size_t(a->nbytes) + b->nbytes, size_t(a->length) + b->length, a->ascii && b->ascii);
  memcpy(s->data, a->data, a->nbytes);
  memcpy(s->data + a->nbytes, b->data, b->nbytes);
  str_finish(s);
  return s;
}

// `x += b` on a local (see str.h and docs/architecture.md). Only ASCII
// strs get room to grow: a non-ASCII str keeps its index in the bytes after
// its data, which an in-place append would overwrite.
Str* str_append_for_local(Interp& I, Str* a, Str* b, bool* owned) {
  *owned = false;
  if (!(a->ascii && b->ascii) || b->nbytes == 0 || a->interned) return str_concat(I, a, b);
  size_t need = size_t(a->nbytes) + b->nbytes;
  size_t room = a->gc_size - size_t(a->data - reinterpret_cast<char*>(a));  // includes the NUL
  if (a->append_state == kStrAppendLoaded && a->type == I.t.str && need + 1 <= room) {
    memcpy(a->data + a->nbytes, b->data, b->nbytes);
    a->nbytes = uint32_t(need);
    a->length = uint32_t(need);
    a->data[need] = 0;
    a->has_hash = false;
    *owned = true;
    return a;
  }
  // Why doubling: n appends then copy O(n) bytes in all (CPython's realloc
  // in place gives the same); the slack is at most the str's own size.
  constexpr size_t kAppendMinRoom = 64;
  size_t cap = need < kAppendMinRoom ? kAppendMinRoom : 2 * need;
  if (cap > 0xFFFFFFF0u) cap = need;
  Str* s = str_alloc(I, I.t.str, cap, cap, true);
  memcpy(s->data, a->data, a->nbytes);
  memcpy(s->data + a->nbytes, b->data, b->nbytes);
  s->nbytes = uint32_t(need);
  s->length = uint32_t(need);
  s->data[need] = 0;
  *owned = true;
  return s;
}

Str* str_build(Interp& I, Str** parts, size_t n) {
  if (n == 1) return str_unchanged(I, parts[0]);
  size_t nbytes = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    nbytes += parts[i]->nbytes;
    length += parts[i]->length;
    ascii = ascii && parts[i]->ascii;
  }
  if (nbytes == 0) return str_empty(I);
  Str* s = str_alloc(I, I.t.str, nbytes, length, ascii);
  char* p = s->data;
  for (size_t i = 0; i < n; i++) {
    memcpy(p, parts[i]->data, parts[i]->nbytes);
    p += parts[i]->nbytes;
  }
  str_finish(s);
  return s;
}

Str* str_repeat(Interp& I, Str* s, int64_t n) {
  if (n <= 0 || s->nbytes == 0) return str_empty(I);
  if (n == 1) return str_unchanged(I, s);
  if (uint64_t(n) > (uint64_t(0x7FFFFFFF) / s->nbytes)) I.raise(I.t.OverflowError, "repeated string is too long");
  size_t total = size_t(n) * s->nbytes;
  Str* r = str_alloc(I, I.t.str, total, size_t(n) * s->length, s->ascii);
  if (s->nbytes == 1) {
    memset(r->data, s->data[0], total);
  } else {
    memcpy(r->data, s->data, s->nbytes);
    size_t done = s->nbytes;
    while (done < total) {  // doubling copies
      size_t chunk = done < total - done ? done : total - done;
      memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  str_finish(r);
  return r;
}

Str* str_char_at(Interp& I, Str* s, int64_t i) {
  if (s->ascii) return str_char(I, (unsigned char)s->data[i]);
  size_t off = str_offset(s, size_t(i));
  size_t n;
  return str_char(I, utf8_decode(s->data + off, n));
}

namespace {
int64_t index_value(Interp& I, Value key, bool& ok) {
  ok = true;
  if (key.is_small()) return key.small_value();
  if (key.is_bool()) return key.is_true() ? 1 : 0;
  if (key.is_obj() && type_lookup(key.obj()->type, I.names->__index__).empty()) {
    ok = false;
    return 0;
  }
  Value iv = number_index(I, key);
  if (iv.is_small()) return iv.small_value();
  // Huge ints are out of range whatever the sign.
  return int_to_big(I, iv).sign() < 0 ? INT64_MIN : INT64_MAX;
}
}  // namespace

Value str_getitem(Interp& I, Str* s, Value key) {
  bool ok;
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    SliceIndices si = slice_indices(I, static_cast<SliceObj*>(key.obj()), s->length);
    if (si.len <= 0) return vstr(str_empty(I));
    if (si.step == 1) return vstr(str_substr(I, s, size_t(si.start), size_t(si.start + si.len)));
    if (s->ascii) {
      Str* r = str_alloc(I, I.t.str, size_t(si.len), size_t(si.len), true);
      int64_t j = si.start;
      for (int64_t k = 0; k < si.len; k++, j += si.step) r->data[k] = s->data[j];
      if (si.len == 1) return vstr(str_char(I, (unsigned char)r->data[0]));
      return vstr(r);
    }
    // Non-ASCII with a step: decode once into code point offsets.
    std::vector<uint32_t> offs;
    offs.reserve(s->length + 1);
    for (size_t off = 0; off < s->nbytes; off += utf8_seq_len((unsigned char)s->data[off])) offs.push_back(uint32_t(off));
    offs.push_back(s->nbytes);
    StrBuilder b;
    int64_t j = si.start;
    for (int64_t k = 0; k < si.len; k++, j += si.step) {
      uint32_t o = offs[size_t(j)], e = offs[size_t(j) + 1];
      b.put_utf8(std::string_view(s->data + o, e - o), 1, e - o == 1);
    }
    return vstr(b.finish(I));
  }
  int64_t i = index_value(I, key, ok);
  if (!ok) I.raise(I.t.TypeError, "string indices must be integers, not '%s'", type_name(I, key));
  int64_t len = s->length;
  if (i < 0) i += len;
  if (i < 0 || i >= len) I.raise(I.t.IndexError, "string index out of range");
  return vstr(str_char_at(I, s, i));
}

bool str_contains(Str* hay, Str* needle) {
  if (needle->nbytes == 0) return true;
  if (needle->nbytes > hay->nbytes) return false;
  if (needle->nbytes == 1) return memchr(hay->data, needle->data[0], hay->nbytes) != nullptr;
  return hay->view().find(needle->view()) != std::string_view::npos;
}

// ===========================================================================
// repr() and ascii()
// ===========================================================================
namespace {
const char kHex[] = "0123456789abcdef";

void put_escape(std::string& out, uint32_t c) {
  if (c < 0x100) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  } else if (c < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  }
}

Str* repr_impl(Interp& I, Str* s, bool ascii_only) {
  std::string_view v = s->view();
  bool sq = v.find('\'') != std::string_view::npos;
  bool dq = sq && v.find('"') != std::string_view::npos;
  char q = (sq && !dq) ? '"' : '\'';
  std::string out;
  out.reserve(v.size() + 2);
  out += q;
  size_t length = 2;  // code points of out, maintained for non-ASCII output
  bool out_ascii = true;
  const char* p = v.data();
  const char* end = p + v.size();
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
      p++;
      size_t before = out.size();
      if (c == (unsigned char)q || c == '\\') {
        out += '\\';
        out += char(c);
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7f) {
        put_escape(out, c);
      } else {
        out += char(c);
      }
      length += out.size() - before;
      continue;
    }
    size_t n;
    uint32_t cp = utf8_decode(p, n);
    if (!ascii_only && uni::is_printable(cp)) {
      out.append(p, n);
      length++;
      out_ascii = false;
    } else {
      size_t before = out.size();
      put_escape(out, cp);
      length += out.size() - before;
    }
    p += n;
  }
  out += q;
  return str_make(I, out, length, out_ascii);
}
}  // namespace

void str_append_json(std::string& out, std::string_view utf8) {
  out.push_back('"');
  for (unsigned char c : utf8) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(char(c));
        }
    }
  }
  out.push_back('"');
}

Str* str_repr(Interp& I, Str* s) { return repr_impl(I, s, false); }
Str* str_ascii(Interp& I, Str* s) { return repr_impl(I, s, true); }

Str* str_escape_non_ascii(Interp& I, Str* s) {
  if (s->ascii) return s;
  std::string out;
  out.reserve(s->nbytes + 8);
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t cp = utf8_decode(p, n);
    if (cp < 0x80) out += char(cp);
    else put_escape(out, cp);
    p += n;
  }
  return str_make(I, out, out.size(), true);
}

// ===========================================================================
// join
// ===========================================================================
Str* str_join(Interp& I, Str* sep, Value iterable) {
  Value* items;
  size_t n;
  List* tmp = nullptr;
  if (iterable.is_obj() && iterable.obj()->type == I.t.list) {
    tmp = static_cast<List*>(iterable.obj());
  } else if (iterable.is_obj() && iterable.obj()->type == I.t.tuple) {
    auto* t = static_cast<Tuple*>(iterable.obj());
    items = t->items;
    n = t->size;
    goto have_items;
  } else {
    Value it;
    try {
      it = iter(I, iterable);
    } catch (PyRaise&) {
      if (!exception_matches(I, I.pending, Value::object(I.t.TypeError))) throw;
      I.take_pending();
      I.raise(I.t.TypeError, "can only join an iterable");
    }
    tmp = I.list();
    for (;;) {
      Value v = next(I, it);
      if (v.empty()) break;
      tmp->items.push_back(v);
    }
  }
  items = tmp->items.data();
  n = tmp->items.size();
have_items:
  if (n == 0) return str_empty(I);
  size_t nbytes = 0, length = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; i++) {
    Value v = items[i];
    if (!(v.is_obj() && v.obj()->type->layout == Layout::Str))
      I.raise(I.t.TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(I, v));
    Str* s = as_str(v);
    nbytes += s->nbytes;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  if (n == 1 && as_str(items[0])->type == I.t.str) return as_str(items[0]);
  nbytes += size_t(sep->nbytes) * (n - 1);
  length += size_t(sep->length) * (n - 1);
  if (nbytes == 0) return str_empty(I);
  Str* r = str_alloc(I, I.t.str, nbytes, length, ascii);
  char* p = r->data;
  for (size_t i = 0; i < n; i++) {
    if (i && sep->nbytes) {
      memcpy(p, sep->data, sep->nbytes);
      p += sep->nbytes;
    }
    Str* s = as_str(items[i]);
    memcpy(p, s->data, s->nbytes);
    p += s->nbytes;
  }
  str_finish(r);
  return r;
}

// ===========================================================================
// Iteration
// ===========================================================================
namespace {
Value ascii_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Str* s = as_str(it->a);
  if (it->i >= int64_t(s->nbytes)) {
    it->a = Value();
    return Value();
  }
  return vstr(str_char(I, (unsigned char)s->data[it->i++]));
}

Value utf8_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Str* s = as_str(it->a);
  if (it->i >= int64_t(s->nbytes)) {
    it->a = Value();
    return Value();
  }
  size_t n;
  uint32_t cp = utf8_decode(s->data + it->i, n);
  it->i += int64_t(n);
  it->j++;  // code points consumed (for __length_hint__)
  return vstr(str_char(I, cp));
}

// The iterator types hang off str.__iter__'s data slot (Interp has no field
// for them): a tuple (str_ascii_iterator, str_iterator).
Tuple* iter_types(Interp& I) {
  Value f = dict_get_str(I.t.str->dict, I.names->__iter__);
  if (f.is_obj() && f.obj()->type->layout == Layout::NativeFunc) {
    Value d = static_cast<NativeFunc*>(f.obj())->data;
    if (d.is_obj()) return static_cast<Tuple*>(d.obj());
  }
  return nullptr;
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
  Str* s = as_str(it->a);
  if (it->next == ascii_iter_next) return Value::small(int64_t(s->nbytes) - it->i);
  return Value::small(int64_t(s->length) - it->j);
}

const MethodDef kIterMethods[] = {
    {"__iter__", it_iter},
    {"__next__", it_next},
    {"__length_hint__", it_length_hint},
};
}  // namespace

Value str_iter(Interp& I, Str* s) {
  Tuple* types = iter_types(I);
  if (s->ascii)
    return Value::object(new_iterator(I, types ? static_cast<Type*>(types->items[0].obj()) : nullptr,
                                      ascii_iter_next, vstr(s)));
  return Value::object(
      new_iterator(I, types ? static_cast<Type*>(types->items[1].obj()) : nullptr, utf8_iter_next, vstr(s)));
}

// ===========================================================================
// native.h helpers
// ===========================================================================
std::string_view str_view(Value v) { return as_str(v)->view(); }

bool is_str(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }

Str* to_str_arg(Interp& I, Value v, const char* fname, int argpos) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Str) return as_str(v);
  I.raise(I.t.TypeError, "%s() argument %d must be str, not %s", fname, argpos, type_name(I, v));
}

// ===========================================================================
// Argument helpers (str_internal.h)
// ===========================================================================
void check_args(Interp& I, CallArgs& a, const char* tname, const char* name, uint32_t min, uint32_t max,
                ArgStyle style) {
  if (a.kwnames && a.nkw()) {
    if (style == ArgStyle::Old) I.raise(I.t.TypeError, "%s() takes no keyword arguments", name);
    I.raise(I.t.TypeError, "%s.%s() takes no keyword arguments", tname, name);
  }
  uint32_t n = a.argc - 1;
  if (n >= min && n <= max) return;
  switch (style) {
    case ArgStyle::Old:
      if (n < min)
        I.raise(I.t.TypeError, "%s() takes at least %u argument%s (%u given)", name, min, min == 1 ? "" : "s", n);
      I.raise(I.t.TypeError, "%s() takes at most %u argument%s (%u given)", name, max, max == 1 ? "" : "s", n);
    case ArgStyle::Clinic:
      if (n < min)
        I.raise(I.t.TypeError, "%s expected at least %u argument%s, got %u", name, min, min == 1 ? "" : "s", n);
      I.raise(I.t.TypeError, "%s expected at most %u argument%s, got %u", name, max, max == 1 ? "" : "s", n);
    case ArgStyle::MethO:
      I.raise(I.t.TypeError, "%s.%s() takes exactly one argument (%u given)", tname, name, n);
    case ArgStyle::NoArgs:
      I.raise(I.t.TypeError, "%s.%s() takes no arguments (%u given)", tname, name, n);
  }
}

void bind_args(Interp& I, CallArgs& a, const char* fname, std::initializer_list<const char*> names, Value* out,
               uint32_t skip) {
  uint32_t nk = a.kwnames ? a.nkw() : 0;
  uint32_t np = a.argc - nk - skip;
  uint32_t nn = uint32_t(names.size());
  for (uint32_t i = 0; i < nn; i++) out[i] = Value();
  if (np > nn)
    I.raise(I.t.TypeError, "%s() takes at most %u argument%s (%u given)", fname, nn, nn == 1 ? "" : "s",
            np + nk);
  for (uint32_t i = 0; i < np; i++) out[i] = a.argv[skip + i];
  for (uint32_t k = 0; k < nk; k++) {
    std::string_view kw = str_view(a.kwnames->items[k]);
    uint32_t i = 0;
    for (const char* nm : names) {
      if (kw == nm) break;
      i++;
    }
    if (i == nn) {
      std::string kws(kw);
      I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for %s()", kws.c_str(), fname);
    }
    if (!out[i].empty())
      I.raise(I.t.TypeError, "argument for %s() given by name ('%s') and position (%u)", fname,
              names.begin()[i], i + 1);
    out[i] = a.argv[skip + np + k];
  }
}

int64_t slice_index_arg(Interp& I, Value v, int64_t dflt) {
  if (v.empty() || v.is_none()) return dflt;
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true();
  if (v.is_obj() && type_lookup(v.obj()->type, I.names->__index__).empty())
    I.raise(I.t.TypeError, "slice indices must be integers or None or have an __index__ method");
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  return int_to_big(I, iv).sign() < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

void adjust_indices(Interp& I, Value vstart, Value vend, int64_t len, int64_t& start, int64_t& end) {
  start = slice_index_arg(I, vstart, 0);
  end = slice_index_arg(I, vend, INT64_MAX / 2);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

int64_t bytes_find(std::string_view hay, std::string_view needle, size_t start, size_t end) {
  if (start > end || end > hay.size() || end - start < needle.size()) return -1;
  if (needle.empty()) return int64_t(start);
  if (needle.size() == 1) {
    const void* p = memchr(hay.data() + start, needle[0], end - start);
    return p ? static_cast<const char*>(p) - hay.data() : -1;
  }
  size_t r = hay.substr(0, end).find(needle, start);
  return r == std::string_view::npos ? -1 : int64_t(r);
}

int64_t bytes_rfind(std::string_view hay, std::string_view needle, size_t start, size_t end) {
  if (start > end || end > hay.size() || end - start < needle.size()) return -1;
  if (needle.empty()) return int64_t(end);
  std::string_view sub = hay.substr(start, end - start);
  size_t r = sub.rfind(needle);
  return r == std::string_view::npos ? -1 : int64_t(start + r);
}

int64_t bytes_count(std::string_view hay, std::string_view needle, size_t start, size_t end, int64_t max) {
  if (start > end || end > hay.size()) return 0;
  if (needle.empty()) {
    int64_t n = int64_t(end - start) + 1;  // callers convert for code points
    return max >= 0 && n > max ? max : n;
  }
  int64_t n = 0;
  std::string_view sub = hay.substr(0, end);
  size_t pos = start;
  if (needle.size() == 1) {
    const char* p = hay.data() + start;
    const char* e = hay.data() + end;
    while (p < e && (max < 0 || n < max)) {
      p = static_cast<const char*>(memchr(p, needle[0], size_t(e - p)));
      if (!p) break;
      n++;
      p++;
    }
    return n;
  }
  while (max < 0 || n < max) {
    size_t r = sub.find(needle, pos);
    if (r == std::string_view::npos) break;
    n++;
    pos = r + needle.size();
  }
  return n;
}

// ===========================================================================
// Dunders
// ===========================================================================
namespace {
inline bool is_str_v(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }

Value str_alloc_hook(Interp& I, Type* t) { return vstr(str_alloc(I, t, 0, 0, true)); }

Value m_new(Interp& I, CallArgs& a) { return str_new_impl(I, a); }

Value m_repr(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__repr__", 0, 0, ArgStyle::NoArgs);
  return vstr(str_repr(I, self_str(a)));
}

Value m_str(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__str__", 0, 0, ArgStyle::NoArgs);
  return vstr(str_unchanged(I, self_str(a)));
}

Value m_hash(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__hash__", 0, 0, ArgStyle::NoArgs);
  return I.new_int(int64_t(str_hash(self_str(a))));
}

Value m_len(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__len__", 0, 0, ArgStyle::NoArgs);
  return Value::small(self_str(a)->length);
}

template <int Op>
Value m_cmp(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__eq__", 1, 1, ArgStyle::MethO);
  if (!is_str_v(a[1])) return Value::NotImplemented();
  Str* x = self_str(a);
  Str* y = as_str(a[1]);
  switch (Op) {
    case 0: return Value::boolean(str_eq(x, y));
    case 1: return Value::boolean(!str_eq(x, y));
    case 2: return Value::boolean(str_compare(x, y) < 0);
    case 3: return Value::boolean(str_compare(x, y) <= 0);
    case 4: return Value::boolean(str_compare(x, y) > 0);
    default: return Value::boolean(str_compare(x, y) >= 0);
  }
}

Value m_getitem(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__getitem__", 1, 1, ArgStyle::MethO);
  return str_getitem(I, self_str(a), a[1]);
}

Value m_iter(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__iter__", 0, 0, ArgStyle::NoArgs);
  return str_iter(I, self_str(a));
}

Value m_contains(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__contains__", 1, 1, ArgStyle::MethO);
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "'in <string>' requires string as left operand, not %s", type_name(I, a[1]));
  return Value::boolean(str_contains(self_str(a), as_str(a[1])));
}

// A user class on the right may still handle the operation with a reflected
// method, so only built-in right operands get the sequence error directly.
bool defer_to_reflected(Interp& I, Value other, Str* name) {
  Type* t = type_of(I, other);
  return (t->flags & kTypeHeap) && !type_lookup(t, name).empty();
}

Value m_add(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__add__", 1, 1, ArgStyle::MethO);
  if (is_str_v(a[1])) return vstr(str_concat(I, self_str(a), as_str(a[1])));
  if (defer_to_reflected(I, a[1], I.names->__radd__)) return Value::NotImplemented();
  I.raise(I.t.TypeError, "can only concatenate str (not \"%s\") to str", type_name(I, a[1]));
}

bool has_index(Interp& I, Value v) {
  if (v.is_small() || v.is_bool()) return true;
  return v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty();
}

int64_t repeat_count(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true();
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  if (int_to_big(I, iv).sign() < 0) return 0;
  I.raise(I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
}

Value m_mul(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__mul__", 1, 1, ArgStyle::MethO);
  if (has_index(I, a[1])) return vstr(str_repeat(I, self_str(a), repeat_count(I, a[1])));
  if (defer_to_reflected(I, a[1], I.names->__rmul__)) return Value::NotImplemented();
  I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a[1]));
}

Value m_rmul(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__rmul__", 1, 1, ArgStyle::MethO);
  if (has_index(I, a[1])) return vstr(str_repeat(I, self_str(a), repeat_count(I, a[1])));
  return Value::NotImplemented();
}

Value m_mod(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__mod__", 1, 1, ArgStyle::MethO);
  return str_percent(I, self_str(a), a[1]);
}

Value m_rmod(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__rmod__", 1, 1, ArgStyle::MethO);
  if (!is_str_v(a[1])) return Value::NotImplemented();
  return str_percent(I, as_str(a[1]), a[0]);
}

Value m_format(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__format__", 1, 1, ArgStyle::MethO);
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "__format__() argument must be str, not %s", type_name(I, a[1]));
  return vstr(str_format_spec(I, self_str(a), as_str(a[1])));
}

Value m_getnewargs(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__getnewargs__", 0, 0, ArgStyle::NoArgs);
  return Value::object(I.tuple({vstr(str_unchanged(I, self_str(a)))}));
}

Value m_sizeof(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "__sizeof__", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  return Value::small(int64_t(s->ascii ? 49 + s->length : 74 + s->nbytes));
}

const MethodDef kStrDunders[] = {
    {"__new__", m_new, kNativeStatic},
    {"__repr__", m_repr},
    {"__str__", m_str},
    {"__hash__", m_hash},
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
    {"__format__", m_format},
    {"__getnewargs__", m_getnewargs},
    {"__sizeof__", m_sizeof},
};
}  // namespace

// ===========================================================================
// Registration
// ===========================================================================
void init_str(Interp& I) {
  Type* t = I.t.str;
  t->alloc = str_alloc_hook;
  add_methods(I, t, kStrDunders);
  init_str_methods(I);
  init_str_format(I);

  Type* ait = new_builtin_type(I, "str_ascii_iterator", I.t.object, Layout::Iterator, 0);
  Type* uit = new_builtin_type(I, "str_iterator", I.t.object, Layout::Iterator, 0);
  add_methods(I, ait, kIterMethods);
  add_methods(I, uit, kIterMethods);
  Value f = dict_get_str(t->dict, I.names->__iter__);
  if (f.is_obj() && f.obj()->type->layout == Layout::NativeFunc)
    static_cast<NativeFunc*>(f.obj())->data = Value::object(I.tuple({Value::object(ait), Value::object(uit)}));
}

}  // namespace il
