// bytes_methods.cpp — the methods bytes and bytearray share (registered on
// both types). Byte strings use ASCII semantics for case and whitespace.
// Methods of a bytearray return bytearrays; of a bytes (or subclass), bytes.
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

namespace {
inline const char* kind(Value self) { return is_bytearray_v(self) ? "bytearray" : "bytes"; }
inline std::string_view self_data(CallArgs& a) { return bytes_data(a.argv[0]); }
inline Value arg_or_empty(CallArgs& a, uint32_t i) { return i < a.argc ? a.argv[i] : Value(); }

inline bool b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool b_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool b_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool b_alpha(unsigned char c) { return b_lower(c) || b_upper(c); }
inline bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool b_alnum(unsigned char c) { return b_alpha(c) || b_digit(c); }

// A bytes-like argument ("a bytes-like object is required, not 'str'").
std::string_view buffer_arg(Interp& I, Value v) {
  std::string_view d;
  if (!bytes_like(v, d)) I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, v));
  return d;
}

bool has_index(Interp& I, Value v) {
  if (v.is_small() || v.is_bool()) return true;
  return v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty();
}

// find/count/index argument: bytes-like or an int byte value. The string
// returned owns the bytes (a bytearray argument may be the receiver itself).
std::string sub_arg(Interp& I, Value v) {
  std::string_view d;
  if (bytes_like(v, d)) return std::string(d);
  if (!has_index(I, v))
    I.raise(I.t.TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(I, v));
  int64_t x = ssize_arg(I, v);
  if (x < 0 || x > 255) I.raise(I.t.ValueError, "byte must be in range(0, 256)");
  return std::string(1, char(x));
}

// ===========================================================================
// find / rfind / index / rindex / count
// ===========================================================================
int64_t find_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  check_args(I, a, kind(a[0]), name, 1, 3, ArgStyle::Old);
  std::string sub = sub_arg(I, a[1]);
  std::string_view d = self_data(a);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), int64_t(d.size()), start, end);
  if (start > end) return -1;
  return reverse ? bytes_rfind(d, sub, size_t(start), size_t(end)) : bytes_find(d, sub, size_t(start), size_t(end));
}

Value m_find(Interp& I, CallArgs& a) { return Value::small(find_impl(I, a, "find", false)); }
Value m_rfind(Interp& I, CallArgs& a) { return Value::small(find_impl(I, a, "rfind", true)); }
Value m_index(Interp& I, CallArgs& a) {
  int64_t r = find_impl(I, a, "index", false);
  if (r < 0) I.raise(I.t.ValueError, "subsection not found");
  return Value::small(r);
}
Value m_rindex(Interp& I, CallArgs& a) {
  int64_t r = find_impl(I, a, "rindex", true);
  if (r < 0) I.raise(I.t.ValueError, "subsection not found");
  return Value::small(r);
}

Value m_count(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "count", 1, 3, ArgStyle::Old);
  std::string sub = sub_arg(I, a[1]);
  std::string_view d = self_data(a);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), int64_t(d.size()), start, end);
  if (start > end) return Value::small(0);
  return Value::small(bytes_count(d, sub, size_t(start), size_t(end)));
}

// ===========================================================================
// startswith / endswith
// ===========================================================================
Value starts_ends(Interp& I, CallArgs& a, const char* name, bool at_end) {
  check_args(I, a, kind(a[0]), name, 1, 3, ArgStyle::Old);
  std::string_view d = self_data(a);
  int64_t start, end;
  adjust_indices(I, arg_or_empty(a, 2), arg_or_empty(a, 3), int64_t(d.size()), start, end);
  auto match = [&](std::string_view sub) {
    if (end - start < int64_t(sub.size())) return false;
    if (at_end) return memcmp(d.data() + end - sub.size(), sub.data(), sub.size()) == 0;
    return memcmp(d.data() + start, sub.data(), sub.size()) == 0;
  };
  Value x = a[1];
  if (x.is_obj() && x.obj()->type->layout == Layout::Tuple) {
    auto* t = static_cast<Tuple*>(x.obj());
    for (uint32_t i = 0; i < t->size; i++)
      if (match(buffer_arg(I, t->items[i]))) return Value::True();
    return Value::False();
  }
  std::string_view sub;
  if (!bytes_like(x, sub))
    I.raise(I.t.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(I, x));
  return Value::boolean(match(sub));
}

Value m_startswith(Interp& I, CallArgs& a) { return starts_ends(I, a, "startswith", false); }
Value m_endswith(Interp& I, CallArgs& a) { return starts_ends(I, a, "endswith", true); }

// ===========================================================================
// strip family
// ===========================================================================
Value strip_impl(Interp& I, CallArgs& a, const char* name, bool left, bool right) {
  check_args(I, a, kind(a[0]), name, 0, 1, ArgStyle::Clinic);
  std::string_view d = self_data(a);
  bool set[256] = {};
  Value chars = arg_or_empty(a, 1);
  if (chars.empty() || chars.is_none()) {
    for (int c = 0; c < 256; c++) set[c] = b_space((unsigned char)c);
  } else {
    for (unsigned char c : buffer_arg(I, chars)) set[c] = true;
  }
  size_t b = 0, e = d.size();
  while (left && b < e && set[(unsigned char)d[b]]) b++;
  while (right && e > b && set[(unsigned char)d[e - 1]]) e--;
  return bytes_result(I, a[0], d.substr(b, e - b));
}

Value m_strip(Interp& I, CallArgs& a) { return strip_impl(I, a, "strip", true, true); }
Value m_lstrip(Interp& I, CallArgs& a) { return strip_impl(I, a, "lstrip", true, false); }
Value m_rstrip(Interp& I, CallArgs& a) { return strip_impl(I, a, "rstrip", false, true); }

// ===========================================================================
// split / rsplit / splitlines / partition
// ===========================================================================
Value split_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  Value args[2];
  bind_args(I, a, name, {"sep", "maxsplit"}, args);
  Value self = a[0];
  std::string copy(self_data(a));  // iterating Python code can't change it, but a[0] may be the sep
  std::string_view d = copy;
  int64_t maxsplit = args[1].empty() ? -1 : ssize_arg(I, args[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = I.list();
  size_t n = d.size();
  auto push = [&](size_t b, size_t e) { out->items.push_back(bytes_result(I, self, d.substr(b, e - b))); };
  if (args[0].empty() || args[0].is_none()) {
    if (!reverse) {
      size_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && b_space((unsigned char)d[i])) i++;
        if (i == n) break;
        size_t j = i;
        while (i < n && !b_space((unsigned char)d[i])) i++;
        push(j, i);
      }
      if (i < n) {
        while (i < n && b_space((unsigned char)d[i])) i++;
        if (i != n) push(i, n);
      }
    } else {
      size_t i = n;
      while (maxsplit-- > 0) {
        while (i > 0 && b_space((unsigned char)d[i - 1])) i--;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !b_space((unsigned char)d[i - 1])) i--;
        push(i, j);
      }
      if (i > 0) {
        while (i > 0 && b_space((unsigned char)d[i - 1])) i--;
        if (i != 0) push(0, i);
      }
      std::reverse(out->items.begin(), out->items.end());
    }
    return Value::object(out);
  }
  std::string sep(buffer_arg(I, args[0]));
  if (sep.empty()) I.raise(I.t.ValueError, "empty separator");
  if (!reverse) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      int64_t r = bytes_find(d, sep, i, n);
      if (r < 0) break;
      push(i, size_t(r));
      i = size_t(r) + sep.size();
    }
    push(i, n);
  } else {
    size_t j = n;
    while (maxsplit-- > 0) {
      int64_t r = bytes_rfind(d, sep, 0, j);
      if (r < 0) break;
      push(size_t(r) + sep.size(), j);
      j = size_t(r);
    }
    push(0, j);
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
  std::string_view d = self_data(a);
  List* out = I.list();
  size_t n = d.size(), i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r') j++;
    size_t eol = j;
    if (j < n) {
      if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') j += 2;
      else j++;
      if (keepends) eol = j;
    }
    out->items.push_back(bytes_result(I, a[0], d.substr(i, eol - i)));
    i = j;
  }
  return Value::object(out);
}

Value partition_impl(Interp& I, CallArgs& a, const char* name, bool reverse) {
  check_args(I, a, kind(a[0]), name, 1, 1, ArgStyle::MethO);
  std::string sep(buffer_arg(I, a[1]));
  std::string d(self_data(a));
  if (sep.empty()) I.raise(I.t.ValueError, "empty separator");
  int64_t r = reverse ? bytes_rfind(d, sep, 0, d.size()) : bytes_find(d, sep, 0, d.size());
  Value self = a[0];
  if (r < 0) {
    Value whole = bytes_result(I, self, d);
    if (reverse) return Value::object(I.tuple({bytes_result(I, self, ""), bytes_result(I, self, ""), whole}));
    return Value::object(I.tuple({whole, bytes_result(I, self, ""), bytes_result(I, self, "")}));
  }
  size_t at = size_t(r);
  return Value::object(I.tuple({bytes_result(I, self, std::string_view(d).substr(0, at)), bytes_result(I, self, sep),
                                bytes_result(I, self, std::string_view(d).substr(at + sep.size()))}));
}

Value m_partition(Interp& I, CallArgs& a) { return partition_impl(I, a, "partition", false); }
Value m_rpartition(Interp& I, CallArgs& a) { return partition_impl(I, a, "rpartition", true); }

// ===========================================================================
// replace / removeprefix / removesuffix / join
// ===========================================================================
Value m_replace(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "replace", 2, 3, ArgStyle::Clinic);
  std::string old(buffer_arg(I, a[1]));
  std::string rep(buffer_arg(I, a[2]));
  int64_t count = a.argc > 3 ? ssize_arg(I, a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view d = self_data(a);
  std::string out;
  if (old.empty()) {
    int64_t done = 0;
    size_t i = 0;
    while (done < count) {
      out += rep;
      done++;
      if (i >= d.size()) break;
      out += d[i++];
    }
    out.append(d.substr(i));
    return bytes_result(I, a[0], out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    int64_t r = bytes_find(d, old, i, d.size());
    if (r < 0) break;
    out.append(d.substr(i, size_t(r) - i));
    out += rep;
    i = size_t(r) + old.size();
    done++;
  }
  out.append(d.substr(i));
  return bytes_result(I, a[0], out);
}

Value m_removeprefix(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "removeprefix", 1, 1, ArgStyle::MethO);
  std::string p(buffer_arg(I, a[1]));
  std::string_view d = self_data(a);
  if (d.substr(0, p.size()) == p) d.remove_prefix(p.size());
  return bytes_result(I, a[0], d);
}

Value m_removesuffix(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "removesuffix", 1, 1, ArgStyle::MethO);
  std::string p(buffer_arg(I, a[1]));
  std::string_view d = self_data(a);
  if (!p.empty() && d.size() >= p.size() && d.substr(d.size() - p.size()) == p) d.remove_suffix(p.size());
  return bytes_result(I, a[0], d);
}

Value m_join(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "join", 1, 1, ArgStyle::MethO);
  std::string sep(self_data(a));
  std::vector<Value> items;
  Value src = a[1];
  if (src.is_obj() && (src.obj()->type == I.t.list || src.obj()->type == I.t.tuple)) {
    for_each(I, src, [&](Value v) { items.push_back(v); });
  } else {
    Value it;
    try {
      it = iter(I, src);
    } catch (PyRaise&) {
      if (!exception_matches(I, I.pending, Value::object(I.t.TypeError))) throw;
      I.take_pending();
      I.raise(I.t.TypeError, "can only join an iterable");
    }
    for (;;) {
      Value v = next(I, it);
      if (v.empty()) break;
      items.push_back(v);
    }
  }
  std::string out;
  for (size_t i = 0; i < items.size(); i++) {
    std::string_view d;
    if (!bytes_like(items[i], d))
      I.raise(I.t.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i, type_name(I, items[i]));
    if (i) out += sep;
    out.append(d);
  }
  return bytes_result(I, a[0], out);
}

// ===========================================================================
// Padding
// ===========================================================================
char fill_arg(Interp& I, CallArgs& a, const char* name) {
  if (a.argc <= 2) return ' ';
  std::string_view d;
  if (!bytes_like(a[2], d) || d.size() != 1)
    I.raise(I.t.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(I, a[2]));
  return d[0];
}

Value pad(Interp& I, Value self, int64_t left, int64_t right, char fill) {
  std::string_view d = bytes_data(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  std::string out;
  out.reserve(d.size() + size_t(left + right));
  out.append(size_t(left), fill);
  out.append(d);
  out.append(size_t(right), fill);
  return bytes_result(I, self, out);
}

Value m_center(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "center", 1, 2, ArgStyle::Clinic);
  int64_t width = ssize_arg(I, a[1]);
  char fill = fill_arg(I, a, "center");
  int64_t len = int64_t(self_data(a).size());
  if (width <= len) return pad(I, a[0], 0, 0, fill);
  int64_t marg = width - len;
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(I, a[0], left, marg - left, fill);
}

Value m_ljust(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "ljust", 1, 2, ArgStyle::Clinic);
  int64_t width = ssize_arg(I, a[1]);
  char fill = fill_arg(I, a, "ljust");
  return pad(I, a[0], 0, width - int64_t(self_data(a).size()), fill);
}

Value m_rjust(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "rjust", 1, 2, ArgStyle::Clinic);
  int64_t width = ssize_arg(I, a[1]);
  char fill = fill_arg(I, a, "rjust");
  return pad(I, a[0], width - int64_t(self_data(a).size()), 0, fill);
}

Value m_zfill(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "zfill", 1, 1, ArgStyle::MethO);
  int64_t width = ssize_arg(I, a[1]);
  std::string d(self_data(a));
  if (width <= int64_t(d.size())) return bytes_result(I, a[0], d);
  size_t fill = size_t(width) - d.size();
  std::string out(fill, '0');
  out += d;
  if (!d.empty() && (d[0] == '+' || d[0] == '-')) {
    out[0] = d[0];
    out[fill] = '0';
  }
  return bytes_result(I, a[0], out);
}

Value m_expandtabs(Interp& I, CallArgs& a) {
  Value args[1];
  bind_args(I, a, "expandtabs", {"tabsize"}, args);
  int64_t tabsize = args[0].empty() ? 8 : ssize_arg(I, args[0]);
  std::string_view d = self_data(a);
  std::string out;
  int64_t col = 0;
  for (char c : d) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t inc = tabsize - col % tabsize;
        col += inc;
        out.append(size_t(inc), ' ');
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return bytes_result(I, a[0], out);
}

// ===========================================================================
// Case mapping and predicates (ASCII only)
// ===========================================================================
enum class CaseOp { Lower, Upper, Swap, Capitalize, Title };

Value case_impl(Interp& I, CallArgs& a, const char* name, CaseOp op) {
  check_args(I, a, kind(a[0]), name, 0, 0, ArgStyle::NoArgs);
  std::string s(self_data(a));
  bool prev = false;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = (unsigned char)s[i];
    bool up = b_upper(c), lo = b_lower(c);
    switch (op) {
      case CaseOp::Lower: if (up) s[i] = char(c + 32); break;
      case CaseOp::Upper: if (lo) s[i] = char(c - 32); break;
      case CaseOp::Swap: s[i] = char(up ? c + 32 : lo ? c - 32 : c); break;
      case CaseOp::Capitalize: s[i] = char(i == 0 ? (lo ? c - 32 : c) : (up ? c + 32 : c)); break;
      case CaseOp::Title:
        s[i] = char(prev ? (up ? c + 32 : c) : (lo ? c - 32 : c));
        prev = up || lo;
        break;
    }
  }
  return bytes_result(I, a[0], s);
}

Value m_lower(Interp& I, CallArgs& a) { return case_impl(I, a, "lower", CaseOp::Lower); }
Value m_upper(Interp& I, CallArgs& a) { return case_impl(I, a, "upper", CaseOp::Upper); }
Value m_swapcase(Interp& I, CallArgs& a) { return case_impl(I, a, "swapcase", CaseOp::Swap); }
Value m_capitalize(Interp& I, CallArgs& a) { return case_impl(I, a, "capitalize", CaseOp::Capitalize); }
Value m_title(Interp& I, CallArgs& a) { return case_impl(I, a, "title", CaseOp::Title); }

template <bool (*Pred)(unsigned char)>
Value pred_impl(Interp& I, CallArgs& a, const char* name) {
  check_args(I, a, kind(a[0]), name, 0, 0, ArgStyle::NoArgs);
  std::string_view d = self_data(a);
  if (d.empty()) return Value::False();
  for (unsigned char c : d)
    if (!Pred(c)) return Value::False();
  return Value::True();
}

Value m_isalpha(Interp& I, CallArgs& a) { return pred_impl<b_alpha>(I, a, "isalpha"); }
Value m_isalnum(Interp& I, CallArgs& a) { return pred_impl<b_alnum>(I, a, "isalnum"); }
Value m_isdigit(Interp& I, CallArgs& a) { return pred_impl<b_digit>(I, a, "isdigit"); }
Value m_isspace(Interp& I, CallArgs& a) { return pred_impl<b_space>(I, a, "isspace"); }

Value m_isascii(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "isascii", 0, 0, ArgStyle::NoArgs);
  for (unsigned char c : self_data(a))
    if (c >= 0x80) return Value::False();
  return Value::True();
}

Value m_islower(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "islower", 0, 0, ArgStyle::NoArgs);
  bool cased = false;
  for (unsigned char c : self_data(a)) {
    if (b_upper(c)) return Value::False();
    if (b_lower(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value m_isupper(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "isupper", 0, 0, ArgStyle::NoArgs);
  bool cased = false;
  for (unsigned char c : self_data(a)) {
    if (b_lower(c)) return Value::False();
    if (b_upper(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value m_istitle(Interp& I, CallArgs& a) {
  check_args(I, a, kind(a[0]), "istitle", 0, 0, ArgStyle::NoArgs);
  bool cased = false, prev = false;
  for (unsigned char c : self_data(a)) {
    if (b_upper(c)) {
      if (prev) return Value::False();
      prev = cased = true;
    } else if (b_lower(c)) {
      if (!prev) return Value::False();
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Value::boolean(cased);
}

// ===========================================================================
// decode / hex / fromhex / translate / maketrans
// ===========================================================================
Value m_decode(Interp& I, CallArgs& a) {
  Value args[2];
  bind_args(I, a, "decode", {"encoding", "errors"}, args);
  Str* enc = nullptr;
  Str* err = nullptr;
  if (!args[0].empty()) {
    if (!is_str(I, args[0])) I.raise(I.t.TypeError, "decode() argument 'encoding' must be str, not %s", type_name(I, args[0]));
    enc = as_str(args[0]);
  }
  if (!args[1].empty()) {
    if (!is_str(I, args[1])) I.raise(I.t.TypeError, "decode() argument 'errors' must be str, not %s", type_name(I, args[1]));
    err = as_str(args[1]);
  }
  return vstr(bytes_decode(I, self_data(a), enc, err));
}

Value m_hex(Interp& I, CallArgs& a) {
  Value args[2];
  bind_args(I, a, "hex", {"sep", "bytes_per_sep"}, args);
  static const char kHex[] = "0123456789abcdef";
  std::string_view d = self_data(a);
  std::string out;
  if (args[0].empty()) {
    out.reserve(d.size() * 2);
    for (unsigned char c : d) {
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
    return vstr(str_make(I, out, out.size(), true));
  }
  std::string_view sep;
  if (is_str(I, args[0])) {
    Str* s = as_str(args[0]);
    if (s->length != 1) I.raise(I.t.ValueError, "sep must be length 1.");
    if (!s->ascii) I.raise(I.t.ValueError, "sep must be ASCII.");
    sep = s->view();
  } else if (bytes_like(args[0], sep)) {
    if (sep.size() != 1) I.raise(I.t.ValueError, "sep must be length 1.");
    if ((unsigned char)sep[0] >= 0x80) I.raise(I.t.ValueError, "sep must be ASCII.");
  } else {
    I.raise(I.t.TypeError, "object of type '%s' has no len()", type_name(I, args[0]));
  }
  int64_t per = args[1].empty() ? 1 : ssize_arg(I, args[1]);
  size_t n = d.size();
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (i && group) {
      // Groups count from the right for positive bytes_per_sep.
      bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
      if (boundary) out += sep[0];
    }
    unsigned char c = (unsigned char)d[i];
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return vstr(str_make(I, out, out.size(), true));
}

int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value m_fromhex(Interp& I, CallArgs& a) {
  // classmethod: argv[0] is the class.
  check_args(I, a, "bytes", "fromhex", 1, 1, ArgStyle::MethO);
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "fromhex() argument must be str, not %s", type_name(I, a[1]));
  Str* s = as_str(a[1]);
  std::string out;
  const char* p = s->data;
  size_t n = s->nbytes, i = 0;
  auto cp_pos = [&](size_t off) { return utf8_length(std::string_view(p, off)); };
  while (i < n) {
    unsigned char c = (unsigned char)p[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      i++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) I.raise(I.t.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp_pos(i));
    if (i + 1 >= n) I.raise(I.t.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp_pos(i + 1));
    int lo = hexval((unsigned char)p[i + 1]);
    if (lo < 0) I.raise(I.t.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp_pos(i + 1));
    out += char(hi * 16 + lo);
    i += 2;
  }
  Type* cls = static_cast<Type*>(a[0].obj());
  if (cls == I.t.bytes) return I.new_bytes(out);
  if (cls == I.t.bytearray) return new_bytearray(I, out);
  return call1(I, a[0], I.new_bytes(out));  // subclasses: cls(result)
}

Value m_translate(Interp& I, CallArgs& a) {
  Value args[2];
  bind_args(I, a, "translate", {"table", "delete"}, args);
  if (args[0].empty()) I.raise(I.t.TypeError, "translate() takes at least 1 argument (0 given)");
  std::string_view d = self_data(a);
  std::string table;
  if (!args[0].is_none()) {
    table = std::string(buffer_arg(I, args[0]));
    if (table.size() != 256) I.raise(I.t.ValueError, "translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (!args[1].empty())
    for (unsigned char c : buffer_arg(I, args[1])) del[c] = true;
  std::string out;
  out.reserve(d.size());
  for (unsigned char c : d) {
    if (del[c]) continue;
    out += table.empty() ? char(c) : table[c];
  }
  return bytes_result(I, a[0], out);
}

Value m_maketrans(Interp& I, CallArgs& a) {
  // staticmethod: argv holds just the arguments.
  if (a.kwnames && a.nkw()) I.raise(I.t.TypeError, "maketrans() takes no keyword arguments");
  if (a.argc != 2) I.raise(I.t.TypeError, "maketrans expected 2 arguments, got %u", a.argc);
  std::string_view f = buffer_arg(I, a[0]), t = buffer_arg(I, a[1]);
  if (f.size() != t.size()) I.raise(I.t.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[size_t(i)] = char(i);
  for (size_t i = 0; i < f.size(); i++) table[(unsigned char)f[i]] = t[i];
  return I.new_bytes(table);
}

const MethodDef kBytesMethods[] = {
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
    {"swapcase", m_swapcase},
    {"capitalize", m_capitalize},
    {"title", m_title},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isdigit", m_isdigit},
    {"isspace", m_isspace},
    {"isascii", m_isascii},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"decode", m_decode},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kNativeClassMethod},
    {"translate", m_translate},
    {"maketrans", m_maketrans, kNativeStatic},
};
}  // namespace

void init_bytes_methods(Interp& I) {
  add_methods(I, I.t.bytes, kBytesMethods);
  add_methods(I, I.t.bytearray, kBytesMethods);
}

}  // namespace il
