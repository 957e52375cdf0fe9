// str_methods.cpp — the Python-visible methods of str (searching, splitting,
// stripping, padding, case mapping, predicates, translate). ASCII strings take
// byte-level fast paths; others work on UTF-8 with the Unicode table of
// str_unicode.h. Formatting methods live in str_format.cpp.
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

// ===========================================================================
// Helpers
// ===========================================================================
int64_t ssize_arg(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true();
  if (!(v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty()))
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  BigInt b = int_to_big(I, iv);
  if (b.fits_int64()) return b.to_int64();
  I.raise(I.t.OverflowError, "Python int too large to convert to C ssize_t");
}

namespace {
inline bool is_str_v(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }

std::vector<uint32_t> code_points(const Str* s) {
  std::vector<uint32_t> out;
  out.reserve(s->length);
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    out.push_back(utf8_decode(p, n));
    p += n;
  }
  return out;
}

Str* from_code_points(Interp& I, const uint32_t* cps, size_t n) {
  StrBuilder b;
  b.buf.reserve(n);
  for (size_t i = 0; i < n; i++) b.put(cps[i]);
  return b.finish(I);
}

Str* sub_arg(Interp& I, Value v) {
  if (!is_str_v(v)) I.raise(I.t.TypeError, "must be str, not %s", type_name(I, v));
  return as_str(v);
}

// Code point range [cs, ce) of s as byte offsets.
inline void byte_range(const Str* s, int64_t cs, int64_t ce, size_t& bs, size_t& be) {
  bs = str_offset(s, size_t(cs));
  be = str_offset(s, size_t(ce));
}

inline int64_t cp_of_offset(const Str* s, size_t from_cp, size_t from_off, size_t off) {
  if (s->ascii) return int64_t(off);
  return int64_t(from_cp + utf8_length(std::string_view(s->data + from_off, off - from_off)));
}

inline Value arg_or_empty(CallArgs& a, uint32_t i) { return i < a.argc ? a.argv[i] : Value(); }
}  // namespace

// ===========================================================================
// find / rfind / index / rindex / count
// ===========================================================================
namespace {
// Returns the code point index or -1.
int64_t find_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  check_args(I, a, "str", name, 1, 3, ArgStyle::Old);
  Str* s = self_str(a);
  Str* sub = sub_arg(I, a[1]);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), s->length, start, end);
  if (start > end || end - start < int64_t(sub->length)) return -1;
  size_t bs, be;
  byte_range(s, start, end, bs, be);
  int64_t r = reverse ? bytes_rfind(s->view(), sub->view(), bs, be) : bytes_find(s->view(), sub->view(), bs, be);
  if (r < 0) return -1;
  return cp_of_offset(s, size_t(start), bs, size_t(r));
}

Value m_find(Interp& I, CallArgs& a) { return Value::small(find_impl(I, a, "find", false)); }
Value m_rfind(Interp& I, CallArgs& a) { return Value::small(find_impl(I, a, "rfind", true)); }
Value m_index(Interp& I, CallArgs& a) {
  int64_t r = find_impl(I, a, "index", false);
  if (r < 0) I.raise(I.t.ValueError, "substring not found");
  return Value::small(r);
}
Value m_rindex(Interp& I, CallArgs& a) {
  int64_t r = find_impl(I, a, "rindex", true);
  if (r < 0) I.raise(I.t.ValueError, "substring not found");
  return Value::small(r);
}

Value m_count(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "count", 1, 3, ArgStyle::Old);
  Str* s = self_str(a);
  Str* sub = sub_arg(I, a[1]);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), s->length, start, end);
  if (start > end) return Value::small(0);
  if (sub->nbytes == 0) return Value::small(end - start + 1);
  size_t bs, be;
  byte_range(s, start, end, bs, be);
  return Value::small(bytes_count(s->view(), sub->view(), bs, be));
}

// ===========================================================================
// startswith / endswith
// ===========================================================================
bool tailmatch(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
  if (end - start < int64_t(sub->length)) return false;
  size_t bs, be;
  byte_range(s, start, end, bs, be);
  if (be - bs < sub->nbytes) return false;
  if (at_end) return memcmp(s->data + be - sub->nbytes, sub->data, sub->nbytes) == 0;
  return memcmp(s->data + bs, sub->data, sub->nbytes) == 0;
}

Value starts_ends(Interp& I, CallArgs& a, const char* name, bool at_end) {
  check_args(I, a, "str", name, 1, 3, ArgStyle::Old);
  Str* s = self_str(a);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), s->length, start, end);
  Value x = a[1];
  if (x.is_obj() && x.obj()->type->layout == Layout::Tuple) {
    auto* t = static_cast<Tuple*>(x.obj());
    for (uint32_t i = 0; i < t->size; i++) {
      if (!is_str_v(t->items[i]))
        I.raise(I.t.TypeError, "tuple for %s must only contain str, not %s", name, type_name(I, t->items[i]));
      if (tailmatch(s, as_str(t->items[i]), start, end, at_end)) return Value::True();
    }
    return Value::False();
  }
  if (!is_str_v(x)) I.raise(I.t.TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(I, x));
  return Value::boolean(tailmatch(s, as_str(x), start, end, at_end));
}

Value m_startswith(Interp& I, CallArgs& a) { return starts_ends(I, a, "startswith", false); }
Value m_endswith(Interp& I, CallArgs& a) { return starts_ends(I, a, "endswith", true); }

// ===========================================================================
// strip family
// ===========================================================================
Value strip_impl(Interp& I, CallArgs& a, const char* name, bool left, bool right) {
  check_args(I, a, "str", name, 0, 1, ArgStyle::Clinic);
  Str* s = self_str(a);
  Value chars = arg_or_empty(a, 1);
  const char* p = s->data;
  size_t b = 0, e = s->nbytes;
  if (chars.empty() || chars.is_none()) {
    if (s->ascii) {
      while (left && b < e && uni::is_space((unsigned char)p[b])) b++;
      while (right && e > b && uni::is_space((unsigned char)p[e - 1])) e--;
    } else {
      while (left && b < e) {
        size_t n;
        uint32_t c = utf8_decode(p + b, n);
        if (!uni::is_space(c)) break;
        b += n;
      }
      while (right && e > b) {
        const char* q = p + e;
        uint32_t c = utf8_decode_before(p + b, q);
        if (!uni::is_space(c)) break;
        e = size_t(q - p);
      }
    }
  } else {
    if (!is_str_v(chars)) I.raise(I.t.TypeError, "%s arg must be None or str", name);
    Str* cs = as_str(chars);
    if (cs->ascii && s->ascii) {
      bool set[128] = {};
      for (uint32_t i = 0; i < cs->nbytes; i++) set[(unsigned char)cs->data[i]] = true;
      while (left && b < e && set[(unsigned char)p[b]]) b++;
      while (right && e > b && set[(unsigned char)p[e - 1]]) e--;
    } else {
      std::vector<uint32_t> set = code_points(cs);
      auto in = [&](uint32_t c) {
        for (uint32_t x : set)
          if (x == c) return true;
        return false;
      };
      while (left && b < e) {
        size_t n;
        uint32_t c = utf8_decode(p + b, n);
        if (!in(c)) break;
        b += n;
      }
      while (right && e > b) {
        const char* q = p + e;
        uint32_t c = utf8_decode_before(p + b, q);
        if (!in(c)) break;
        e = size_t(q - p);
      }
    }
  }
  if (b == 0 && e == s->nbytes) return vstr(str_unchanged(I, s));
  std::string_view v(p + b, e - b);
  if (s->ascii) return vstr(str_make(I, v, v.size(), true));
  StrBuilder sb;
  sb.put_utf8(v);
  return vstr(sb.finish(I));
}

Value m_strip(Interp& I, CallArgs& a) { return strip_impl(I, a, "strip", true, true); }
Value m_lstrip(Interp& I, CallArgs& a) { return strip_impl(I, a, "lstrip", true, false); }
Value m_rstrip(Interp& I, CallArgs& a) { return strip_impl(I, a, "rstrip", false, true); }

// ===========================================================================
// split / rsplit / splitlines / partition
// ===========================================================================
inline Str* piece(Interp& I, Str* s, size_t b, size_t e) {
  std::string_view v(s->data + b, e - b);
  if (s->ascii) return str_make(I, v, v.size(), true);
  size_t len;
  bool asc;
  utf8_measure(v, len, asc);
  return str_make(I, v, len, asc);
}

Value split_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  Value args[2];
  bind_args(I, a, name, {"sep", "maxsplit"}, args);
  Str* s = self_str(a);
  int64_t maxsplit = args[1].empty() ? -1 : ssize_arg(I, args[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = I.list();
  const char* p = s->data;
  size_t n = s->nbytes;
  if (args[0].empty() || args[0].is_none()) {
    auto space_at = [&](size_t i, size_t& len) -> bool {
      unsigned char c = (unsigned char)p[i];
      if (c < 0x80) {
        len = 1;
        return uni::is_space(c);
      }
      return uni::is_space(utf8_decode(p + i, len));
    };
    auto space_before = [&](size_t i, size_t& len) -> bool {  // char ending at i
      const char* q = p + i;
      uint32_t c = utf8_decode_before(p, q);
      len = size_t(p + i - q);
      return uni::is_space(c);
    };
    if (!reverse) {
      size_t i = 0, len;
      while (maxsplit-- > 0) {
        while (i < n && space_at(i, len)) i += len;
        if (i == n) break;
        size_t j = i;
        while (i < n && !space_at(i, len)) i += len;
        out->items.push_back(vstr(piece(I, s, j, i)));
      }
      if (i < n) {
        while (i < n && space_at(i, len)) i += len;
        if (i != n) out->items.push_back(vstr(i == 0 ? str_unchanged(I, s) : piece(I, s, i, n)));
      }
    } else {
      size_t i = n, len;
      while (maxsplit-- > 0) {
        while (i > 0 && space_before(i, len)) i -= len;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !space_before(i, len)) i -= len;
        out->items.push_back(vstr(piece(I, s, i, j)));
      }
      if (i > 0) {
        while (i > 0 && space_before(i, len)) i -= len;
        if (i != 0) out->items.push_back(vstr(i == n ? str_unchanged(I, s) : piece(I, s, 0, i)));
      }
      std::reverse(out->items.begin(), out->items.end());
    }
    return Value::object(out);
  }
  if (!is_str_v(args[0])) I.raise(I.t.TypeError, "must be str or None, not %s", type_name(I, args[0]));
  Str* sep = as_str(args[0]);
  if (sep->nbytes == 0) I.raise(I.t.ValueError, "empty separator");
  std::string_view hay = s->view(), nd = sep->view();
  if (!reverse) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      int64_t r = bytes_find(hay, nd, i, n);
      if (r < 0) break;
      out->items.push_back(vstr(piece(I, s, i, size_t(r))));
      i = size_t(r) + nd.size();
    }
    out->items.push_back(vstr(i == 0 ? str_unchanged(I, s) : piece(I, s, i, n)));
  } else {
    size_t j = n;
    while (maxsplit-- > 0) {
      int64_t r = bytes_rfind(hay, nd, 0, j);
      if (r < 0) break;
      out->items.push_back(vstr(piece(I, s, size_t(r) + nd.size(), j)));
      j = size_t(r);
    }
    out->items.push_back(vstr(j == n ? str_unchanged(I, s) : piece(I, s, 0, j)));
    std::reverse(out->items.begin(), out->items.end());
  }
  return Value::object(out);
}

Value m_split(Interp& I, CallArgs& a) { return split_impl(I, a, "split", false); }
Value m_rsplit(Interp& I, CallArgs& a) { return split_impl(I, a, "rsplit", true); }

Value m_splitlines(Interp& I, CallArgs& a) {
  Value args[1];
  bind_args(I, a, "splitlines", {"keepends"}, args);
  bool keepends = false;
  if (!args[0].empty()) {
    if (is_float(I, args[0])) I.raise(I.t.TypeError, "'float' object cannot be interpreted as an integer");
    keepends = ssize_arg(I, args[0]) != 0;
  }
  Str* s = self_str(a);
  List* out = I.list();
  const char* p = s->data;
  size_t n = s->nbytes, i = 0;
  while (i < n) {
    size_t j = i, len = 1;
    uint32_t c = 0;
    for (; j < n; j += len) {
      c = (unsigned char)p[j];
      if (c < 0x80) len = 1;
      else c = utf8_decode(p + j, len);
      if (uni::is_linebreak(c)) break;
    }
    size_t eol = j;
    if (j < n) {
      j += len;
      if (c == '\r' && j < n && p[j] == '\n') j++;
      if (keepends) eol = j;
    }
    if (i == 0 && j == n && eol == n) out->items.push_back(vstr(str_unchanged(I, s)));
    else out->items.push_back(vstr(piece(I, s, i, eol)));
    i = j;
  }
  return Value::object(out);
}

Value partition_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  check_args(I, a, "str", name, 1, 1, ArgStyle::MethO);
  Str* s = self_str(a);
  Str* sep = sub_arg(I, a[1]);
  if (sep->nbytes == 0) I.raise(I.t.ValueError, "empty separator");
  int64_t r = reverse ? bytes_rfind(s->view(), sep->view(), 0, s->nbytes) : bytes_find(s->view(), sep->view(), 0, s->nbytes);
  Str* e = str_empty(I);
  if (r < 0) {
    Str* whole = str_unchanged(I, s);
    return Value::object(reverse ? I.tuple({vstr(e), vstr(e), vstr(whole)}) : I.tuple({vstr(whole), vstr(e), vstr(e)}));
  }
  size_t at = size_t(r);
  return Value::object(I.tuple({vstr(piece(I, s, 0, at)), vstr(str_unchanged(I, sep)),
                                vstr(piece(I, s, at + sep->nbytes, s->nbytes))}));
}

Value m_partition(Interp& I, CallArgs& a) { return partition_impl(I, a, "partition", false); }
Value m_rpartition(Interp& I, CallArgs& a) { return partition_impl(I, a, "rpartition", true); }

// ===========================================================================
// replace / removeprefix / removesuffix / join
// ===========================================================================
Value m_replace(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "replace", 2, 3, ArgStyle::Clinic);
  Str* s = self_str(a);
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "replace() argument 1 must be str, not %s", type_name(I, a[1]));
  if (!is_str_v(a[2])) I.raise(I.t.TypeError, "replace() argument 2 must be str, not %s", type_name(I, a[2]));
  Str* old = as_str(a[1]);
  Str* rep = as_str(a[2]);
  int64_t count = a.argc > 3 ? ssize_arg(I, a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  if (count == 0) return vstr(str_unchanged(I, s));
  StrBuilder b;
  if (old->nbytes == 0) {
    // Insert between every character (and at both ends).
    const char* p = s->data;
    size_t i = 0;
    int64_t done = 0;
    b.buf.reserve(s->nbytes + size_t(s->length + 1) * rep->nbytes);
    while (done < count) {
      b.put_str(rep);
      done++;
      if (i >= s->nbytes) break;
      size_t n = utf8_seq_len((unsigned char)p[i]);
      b.put_utf8(std::string_view(p + i, n), 1, n == 1);
      i += n;
    }
    if (i < s->nbytes) b.put_utf8(std::string_view(p + i, s->nbytes - i));
    return vstr(b.finish(I));
  }
  std::string_view hay = s->view(), nd = old->view();
  int64_t first = bytes_find(hay, nd, 0, hay.size());
  if (first < 0) return vstr(str_unchanged(I, s));
  size_t i = 0;
  int64_t done = 0;
  int64_t r = first;
  while (r >= 0 && done < count) {
    b.buf.append(hay.data() + i, size_t(r) - i);
    b.buf.append(rep->data, rep->nbytes);
    i = size_t(r) + nd.size();
    done++;
    r = done < count ? bytes_find(hay, nd, i, hay.size()) : -1;
  }
  b.buf.append(hay.data() + i, hay.size() - i);
  // Length arithmetic avoids rescanning the result.
  size_t len = s->length + size_t(done) * rep->length - size_t(done) * old->length;
  bool asc = s->ascii && rep->ascii;
  if (!asc) {
    bool dummy;
    utf8_measure(b.buf, len, dummy);
    asc = b.buf.size() == len;
  }
  return vstr(str_make(I, b.buf, len, asc));
}

Value m_removeprefix(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "removeprefix", 1, 1, ArgStyle::MethO);
  Str* s = self_str(a);
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "removeprefix() argument must be str, not %s", type_name(I, a[1]));
  Str* p = as_str(a[1]);
  if (p->nbytes && p->nbytes <= s->nbytes && memcmp(s->data, p->data, p->nbytes) == 0)
    return vstr(piece(I, s, p->nbytes, s->nbytes));
  return vstr(str_unchanged(I, s));
}

Value m_removesuffix(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "removesuffix", 1, 1, ArgStyle::MethO);
  Str* s = self_str(a);
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "removesuffix() argument must be str, not %s", type_name(I, a[1]));
  Str* p = as_str(a[1]);
  if (p->nbytes && p->nbytes <= s->nbytes && memcmp(s->data + s->nbytes - p->nbytes, p->data, p->nbytes) == 0)
    return vstr(piece(I, s, 0, s->nbytes - p->nbytes));
  return vstr(str_unchanged(I, s));
}

Value m_join(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "join", 1, 1, ArgStyle::MethO);
  return vstr(str_join(I, self_str(a), a[1]));
}

// ===========================================================================
// Padding
// ===========================================================================
uint32_t fill_arg(Interp& I, CallArgs& a, uint32_t i) {
  if (a.argc <= i) return ' ';
  Value f = a[i];
  if (!is_str_v(f)) I.raise(I.t.TypeError, "The fill character must be a unicode character, not %s", type_name(I, f));
  Str* fs = as_str(f);
  if (fs->length != 1) I.raise(I.t.TypeError, "The fill character must be exactly one character long");
  size_t n;
  return utf8_decode(fs->data, n);
}

Str* pad(Interp& I, Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return str_unchanged(I, s);
  char fb[4];
  size_t fn = utf8_encode(fb, fill);
  size_t nbytes = s->nbytes + size_t(left + right) * fn;
  Str* r = str_alloc(I, I.t.str, nbytes, s->length + size_t(left + right), s->ascii && fill < 0x80);
  char* p = r->data;
  for (int64_t k = 0; k < left; k++, p += fn) memcpy(p, fb, fn);
  memcpy(p, s->data, s->nbytes);
  p += s->nbytes;
  for (int64_t k = 0; k < right; k++, p += fn) memcpy(p, fb, fn);
  str_finish(r);
  return r;
}

Value m_center(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "center", 1, 2, ArgStyle::Clinic);
  Str* s = self_str(a);
  int64_t width = ssize_arg(I, a[1]);
  uint32_t fill = fill_arg(I, a, 2);
  if (width <= int64_t(s->length)) return vstr(str_unchanged(I, s));
  int64_t marg = width - s->length;
  int64_t left = marg / 2 + (marg & width & 1);
  return vstr(pad(I, s, left, marg - left, fill));
}

Value m_ljust(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "ljust", 1, 2, ArgStyle::Clinic);
  Str* s = self_str(a);
  int64_t width = ssize_arg(I, a[1]);
  uint32_t fill = fill_arg(I, a, 2);
  return vstr(pad(I, s, 0, width - int64_t(s->length), fill));
}

Value m_rjust(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "rjust", 1, 2, ArgStyle::Clinic);
  Str* s = self_str(a);
  int64_t width = ssize_arg(I, a[1]);
  uint32_t fill = fill_arg(I, a, 2);
  return vstr(pad(I, s, width - int64_t(s->length), 0, fill));
}

Value m_zfill(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "zfill", 1, 1, ArgStyle::MethO);
  Str* s = self_str(a);
  int64_t width = ssize_arg(I, a[1]);
  if (width <= int64_t(s->length)) return vstr(str_unchanged(I, s));
  int64_t fill = width - s->length;
  Str* r = pad(I, s, fill, 0, '0');
  if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
    r->data[0] = s->data[0];
    r->data[fill] = '0';
  }
  return vstr(r);
}

Value m_expandtabs(Interp& I, CallArgs& a) {
  Value args[1];
  bind_args(I, a, "expandtabs", {"tabsize"}, args);
  int64_t tabsize = args[0].empty() ? 8 : ssize_arg(I, args[0]);
  Str* s = self_str(a);
  if (!memchr(s->data, '\t', s->nbytes)) return vstr(str_unchanged(I, s));
  StrBuilder b;
  int64_t col = 0;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t inc = tabsize - col % tabsize;
        col += inc;
        b.buf.append(size_t(inc), ' ');
        b.length += size_t(inc);
      }
    } else {
      b.put_utf8(std::string_view(p, n), 1, n == 1);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    p += n;
  }
  return vstr(b.finish(I));
}

// ===========================================================================
// Case mapping
// ===========================================================================
// CPython's Final_Sigma rule for U+03A3 at index i.
bool final_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!uni::is_case_ignorable(c)) {
      found = true;
      break;
    }
  }
  if (!found || !uni::is_cased(c)) return false;
  for (j = i + 1; j < cps.size(); j++) {
    c = cps[j];
    if (!uni::is_case_ignorable(c)) return !uni::is_cased(c);
  }
  return true;
}

int lower_at(const std::vector<uint32_t>& cps, size_t i, uint32_t* out) {
  uint32_t c = cps[i];
  if (c == 0x3A3) {
    out[0] = final_sigma(cps, i) ? 0x3C2 : 0x3C3;
    return 1;
  }
  return uni::to_lower_full(c, out);
}

enum class CaseOp { Lower, Upper, Fold, Swap, Capitalize, Title };

Str* case_map(Interp& I, Str* s, CaseOp op) {
  if (s->ascii) {
    Str* r = str_alloc(I, I.t.str, s->nbytes, s->length, true);
    const char* p = s->data;
    char* q = r->data;
    bool prev_cased = false;
    for (size_t i = 0; i < s->nbytes; i++) {
      unsigned char c = (unsigned char)p[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (op) {
        case CaseOp::Lower:
        case CaseOp::Fold: q[i] = char(up ? c + 32 : c); break;
        case CaseOp::Upper: q[i] = char(lo ? c - 32 : c); break;
        case CaseOp::Swap: q[i] = char(up ? c + 32 : lo ? c - 32 : c); break;
        case CaseOp::Capitalize: q[i] = char(i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c)); break;
        case CaseOp::Title:
          q[i] = char(prev_cased ? (up ? c + 32 : c) : (lo ? c - 32 : c));
          prev_cased = up || lo;
          break;
      }
    }
    return r;
  }
  std::vector<uint32_t> cps = code_points(s);
  std::vector<uint32_t> out;
  out.reserve(cps.size() + 4);
  uint32_t m[3];
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); i++) {
    uint32_t c = cps[i];
    int n;
    switch (op) {
      case CaseOp::Lower: n = lower_at(cps, i, m); break;
      case CaseOp::Upper: n = uni::to_upper_full(c, m); break;
      case CaseOp::Fold: n = uni::to_fold_full(c, m); break;
      case CaseOp::Swap:
        if (uni::is_upper(c)) n = lower_at(cps, i, m);
        else if (uni::is_lower(c)) n = uni::to_upper_full(c, m);
        else { m[0] = c; n = 1; }
        break;
      case CaseOp::Capitalize: n = i == 0 ? uni::to_title_full(c, m) : lower_at(cps, i, m); break;
      default:
        n = prev_cased ? lower_at(cps, i, m) : uni::to_title_full(c, m);
        prev_cased = uni::is_cased(c);
        break;
    }
    for (int k = 0; k < n; k++) out.push_back(m[k]);
  }
  return from_code_points(I, out.data(), out.size());
}

Value m_lower(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "lower", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Lower));
}
Value m_upper(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "upper", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Upper));
}
Value m_casefold(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "casefold", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Fold));
}
Value m_swapcase(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "swapcase", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Swap));
}
Value m_capitalize(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "capitalize", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Capitalize));
}
Value m_title(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "title", 0, 0, ArgStyle::NoArgs);
  return vstr(case_map(I, self_str(a), CaseOp::Title));
}

// ===========================================================================
// Predicates
// ===========================================================================
template <bool (*Pred)(uint32_t)>
bool all_chars(Str* s) {
  if (s->nbytes == 0) return false;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = (unsigned char)*p < 0x80 ? (n = 1, (unsigned char)*p) : utf8_decode(p, n);
    if (!Pred(c)) return false;
    p += n;
  }
  return true;
}

#define IL_STR_PRED(name, pred)                                      \
  Value m_##name(Interp& I, CallArgs& a) {                           \
    check_args(I, a, "str", #name, 0, 0, ArgStyle::NoArgs);          \
    return Value::boolean(all_chars<pred>(self_str(a)));             \
  }
IL_STR_PRED(isalpha, uni::is_alpha)
IL_STR_PRED(isalnum, uni::is_alnum)
IL_STR_PRED(isdecimal, uni::is_decimal)
IL_STR_PRED(isdigit, uni::is_digit)
IL_STR_PRED(isnumeric, uni::is_numeric)
IL_STR_PRED(isspace, uni::is_space)
#undef IL_STR_PRED

Value m_isprintable(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "isprintable", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  return Value::boolean(s->nbytes == 0 || all_chars<uni::is_printable>(s));
}

Value m_isascii(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "isascii", 0, 0, ArgStyle::NoArgs);
  return Value::boolean(self_str(a)->ascii);
}

Value m_islower(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "islower", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  bool cased = false;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    p += n;
    if (uni::is_upper(c) || uni::is_title(c)) return Value::False();
    if (uni::is_lower(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value m_isupper(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "isupper", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  bool cased = false;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    p += n;
    if (uni::is_lower(c) || uni::is_title(c)) return Value::False();
    if (uni::is_upper(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value m_istitle(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "istitle", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  bool cased = false, prev = false;
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    p += n;
    if (uni::is_upper(c) || uni::is_title(c)) {
      if (prev) return Value::False();
      prev = cased = true;
    } else if (uni::is_lower(c)) {
      if (!prev) return Value::False();
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Value::boolean(cased);
}

Value m_isidentifier(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "isidentifier", 0, 0, ArgStyle::NoArgs);
  Str* s = self_str(a);
  if (s->nbytes == 0) return Value::False();
  const char* p = s->data;
  const char* end = p + s->nbytes;
  size_t n;
  uint32_t c = utf8_decode(p, n);
  if (!uni::is_xid_start(c) && c != '_') return Value::False();
  for (p += n; p < end; p += n) {
    c = utf8_decode(p, n);
    if (!uni::is_xid_continue(c)) return Value::False();
  }
  return Value::True();
}

// ===========================================================================
// encode / translate / maketrans
// ===========================================================================
Value m_encode(Interp& I, CallArgs& a) {
  Value args[2];
  bind_args(I, a, "encode", {"encoding", "errors"}, args);
  Str* enc = nullptr;
  Str* err = nullptr;
  if (!args[0].empty()) {
    if (!is_str_v(args[0])) I.raise(I.t.TypeError, "encode() argument 'encoding' must be str, not %s", type_name(I, args[0]));
    enc = as_str(args[0]);
  }
  if (!args[1].empty()) {
    if (!is_str_v(args[1])) I.raise(I.t.TypeError, "encode() argument 'errors' must be str, not %s", type_name(I, args[1]));
    err = as_str(args[1]);
  }
  return str_encode(I, self_str(a), enc, err);
}

// Looks c up in the table; empty when the table has no entry (LookupError).
Value translate_lookup(Interp& I, Value table, uint32_t c) {
  Value key = Value::small(c);
  if (table.is_obj() && table.obj()->type == I.t.dict) return dict_get(I, static_cast<Dict*>(table.obj()), key);
  try {
    return getitem(I, table, key);
  } catch (PyRaise&) {
    if (!exception_matches(I, I.pending, Value::object(I.t.LookupError))) throw;
    I.take_pending();
    return Value();
  }
}

Value m_translate(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "translate", 1, 1, ArgStyle::MethO);
  Str* s = self_str(a);
  Value table = a[1];
  StrBuilder b;
  b.buf.reserve(s->nbytes);
  // Results for ASCII characters are cached: a table lookup may run Python code.
  Value cache[128];
  bool cached[128] = {};
  const char* p = s->data;
  const char* end = p + s->nbytes;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    Value v;
    if (c < 128 && cached[c]) {
      v = cache[c];
    } else {
      v = translate_lookup(I, table, c);
      if (c < 128) {
        cache[c] = v;
        cached[c] = true;
      }
    }
    if (v.empty()) {
      b.put_utf8(std::string_view(p, n), 1, n == 1);
    } else if (v.is_none()) {
      // deleted
    } else if (is_int(I, v)) {
      int64_t m = v.is_small() ? v.small_value() : v.is_bool() ? v.is_true() : -1;
      if (!v.is_small() && !v.is_bool()) {
        BigInt big = int_to_big(I, v);
        m = big.fits_int64() ? big.to_int64() : -1;
      }
      if (m < 0 || m > 0x10FFFF) I.raise(I.t.ValueError, "character mapping must be in range(0x110000)");
      b.put(uint32_t(m));
    } else if (is_str_v(v)) {
      b.put_str(as_str(v));
    } else {
      I.raise(I.t.TypeError, "character mapping must return integer, None or str");
    }
    p += n;
  }
  return vstr(b.finish(I));
}

Value m_maketrans(Interp& I, CallArgs& a) {
  // Static: argv holds only the arguments.
  if (a.kwnames && a.nkw()) I.raise(I.t.TypeError, "maketrans() takes no keyword arguments");
  uint32_t n = a.argc;
  if (n < 1) I.raise(I.t.TypeError, "maketrans expected at least 1 argument, got 0");
  if (n > 3) I.raise(I.t.TypeError, "maketrans expected at most 3 arguments, got %u", n);
  Dict* d = I.dict();
  if (n == 1) {
    Value x = a[0];
    if (!(x.is_obj() && x.obj()->type->layout == Layout::Dict))
      I.raise(I.t.TypeError, "if you give only one argument to maketrans it must be a dict");
    auto* src = static_cast<Dict*>(x.obj());
    for (size_t i = 0; i < src->entries.size(); i++) {
      DictEntry e = src->entries[i];
      if (e.key.empty()) continue;
      if (is_str_v(e.key)) {
        Str* k = as_str(e.key);
        if (k->length != 1) I.raise(I.t.ValueError, "string keys in translate table must be of length 1");
        size_t m;
        dict_set(I, d, Value::small(utf8_decode(k->data, m)), e.value);
      } else if (is_int(I, e.key)) {
        dict_set(I, d, e.key, e.value);
      } else {
        I.raise(I.t.TypeError, "keys in translate table must be strings or integers");
      }
    }
    return Value::object(d);
  }
  if (!is_str_v(a[0])) I.raise(I.t.TypeError, "first maketrans argument must be a string if there is a second argument");
  if (!is_str_v(a[1])) I.raise(I.t.TypeError, "maketrans() argument 2 must be str, not %s", type_name(I, a[1]));
  if (n == 3 && !is_str_v(a[2])) I.raise(I.t.TypeError, "maketrans() argument 3 must be str, not %s", type_name(I, a[2]));
  Str* x = as_str(a[0]);
  Str* y = as_str(a[1]);
  if (x->length != y->length) I.raise(I.t.ValueError, "the first two maketrans arguments must have equal length");
  std::vector<uint32_t> xs = code_points(x), ys = code_points(y);
  for (size_t i = 0; i < xs.size(); i++) dict_set(I, d, Value::small(xs[i]), Value::small(ys[i]));
  if (n == 3)
    for (uint32_t c : code_points(as_str(a[2]))) dict_set(I, d, Value::small(c), Value::None());
  return Value::object(d);
}

const MethodDef kStrMethods[] = {
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"splitlines", m_splitlines},
    {"partition", m_partition},
    {"rpartition", m_rpartition},
    {"replace", m_replace},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"join", m_join},
    {"center", m_center},
    {"ljust", m_ljust},
    {"rjust", m_rjust},
    {"zfill", m_zfill},
    {"expandtabs", m_expandtabs},
    {"lower", m_lower},
    {"upper", m_upper},
    {"casefold", m_casefold},
    {"swapcase", m_swapcase},
    {"capitalize", m_capitalize},
    {"title", m_title},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isdecimal", m_isdecimal},
    {"isdigit", m_isdigit},
    {"isnumeric", m_isnumeric},
    {"isspace", m_isspace},
    {"isprintable", m_isprintable},
    {"isascii", m_isascii},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"isidentifier", m_isidentifier},
    {"encode", m_encode},
    {"translate", m_translate},
    {"maketrans", m_maketrans, kNativeStatic},
};
}  // namespace

void init_str_methods(Interp& I) { add_methods(I, I.t.str, kStrMethods); }

}  // namespace il
