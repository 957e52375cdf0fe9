// str_format.cpp — str.format / str.format_map (a port of CPython's
// unicode_format.h MarkupIterator, so errors match), format(str, spec), and
// printf-style `%` formatting for str and bytes (CPython's PyUnicode_Format /
// _PyBytes_FormatEx). The number rendering itself is numfmt's.
#include <cstring>
#include <new>
#include <string>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/numfmt.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

namespace {
inline bool is_str_v(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }

[[noreturn]] void raise_numfmt(Interp& I, const std::string& err) {
  I.raise(numfmt::error_is_overflow(err) ? I.t.OverflowError : I.t.ValueError, "%s", err.c_str());
}

[[noreturn]] void raise_key_error(Interp& I, Value key) {
  I.raise_value(call1(I, Value::object(I.t.KeyError), key));
}
}  // namespace

// ===========================================================================
// format(str, spec)
// ===========================================================================
Str* str_format_spec(Interp& I, Str* s, Str* spec) {
  if (spec->nbytes == 0) return str_unchanged(I, s);
  std::string out, err;
  bool ok;
  try {
    ok = numfmt::format_str(s->view(), spec->view(), out, err, s->type->name->view());
  } catch (std::bad_alloc&) {
    I.raise(I.t.MemoryError, "");
  }
  if (!ok) raise_numfmt(I, err);
  return I.str(out);
}

// ===========================================================================
// str.format
// ===========================================================================
namespace {
struct FmtArgs {
  const Value* pos = nullptr;
  uint32_t npos = 0;
  bool has_pos = true;  // false for format_map
  Tuple* kwnames = nullptr;
  const Value* kwvals = nullptr;
  uint32_t nkw = 0;
  Value mapping;        // format_map's mapping
};

enum class AutoState { Init, Auto, Manual };
struct AutoNumber {
  AutoState state = AutoState::Init;
  int64_t next = 0;
};

// A view [b, e) into the format string's bytes (all syntax is ASCII, so
// byte scanning never splits a character).
struct Sub {
  const char* b;
  const char* e;
  bool empty() const { return b >= e; }
  std::string_view view() const { return std::string_view(b, size_t(e - b)); }
};

// CPython's get_integer: -1 when not all (Unicode) decimal digits.
int64_t get_integer(Interp& I, Sub s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  const char* p = s.b;
  while (p < s.e) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    p += n;
    int d = uni::decimal_value(c);
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) I.raise(I.t.ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

Value lookup_keyword(Interp& I, FmtArgs& fa, Sub name) {
  Str* key = I.str(name.view());
  if (!fa.mapping.empty()) return getitem(I, fa.mapping, vstr(key));
  for (uint32_t i = 0; i < fa.nkw; i++)
    if (str_view(fa.kwnames->items[i]) == key->view()) return fa.kwvals[i];
  raise_key_error(I, vstr(key));
}

Value get_field_object(Interp& I, Sub field, FmtArgs& fa, AutoNumber* an) {
  // first part: up to the first '.' or '['
  const char* i = field.b;
  while (i < field.e && *i != '.' && *i != '[') i++;
  Sub first{field.b, i};
  int64_t idx = get_integer(I, first);
  bool empty = first.empty();
  bool numeric = empty || idx != -1;
  if (an) {
    if (an->state == AutoState::Init && numeric) an->state = empty ? AutoState::Auto : AutoState::Manual;
    if (numeric) {
      if (an->state == AutoState::Manual && empty)
        I.raise(I.t.ValueError, "cannot switch from manual field specification to automatic field numbering");
      if (an->state == AutoState::Auto && !empty)
        I.raise(I.t.ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = an->next++;
  }
  Value obj;
  if (idx == -1) {
    obj = lookup_keyword(I, fa, first);
  } else {
    if (!fa.has_pos) I.raise(I.t.ValueError, "Format string contains positional fields");
    if (idx >= int64_t(fa.npos))
      I.raise(I.t.IndexError, "Replacement index %lld out of range for positional args tuple", (long long)idx);
    obj = fa.pos[idx];
  }
  // the rest: .attr and [key] accessors
  while (i < field.e) {
    char c = *i++;
    Sub name;
    bool is_attr;
    if (c == '.') {
      is_attr = true;
      const char* s = i;
      while (i < field.e && *i != '.' && *i != '[') i++;
      name = Sub{s, i};
    } else if (c == '[') {
      is_attr = false;
      const char* s = i;
      while (i < field.e && *i != ']') i++;
      if (i >= field.e) I.raise(I.t.ValueError, "Missing ']' in format string");
      name = Sub{s, i};
      i++;  // skip ']'
    } else {
      I.raise(I.t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.empty()) I.raise(I.t.ValueError, "Empty attribute in format string");
    if (is_attr) {
      obj = getattr(I, obj, I.intern(name.view()));
    } else {
      int64_t k = get_integer(I, name);
      obj = getitem(I, obj, k == -1 ? vstr(I.str(name.view())) : I.new_int(k));
    }
  }
  return obj;
}

void build_string(Interp& I, Sub fmt, FmtArgs& fa, int depth, AutoNumber* an, StrBuilder& out);

// Parses one field starting just after its '{' (CPython's parse_field);
// advances p past the closing '}'.
void do_field(Interp& I, const char*& p, const char* end, FmtArgs& fa, int depth, AutoNumber* an,
              StrBuilder& out) {
  const char* fb = p;
  char c = 0;
  while (p < end) {
    c = *p++;
    if (c == '{') I.raise(I.t.ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (p < end && *p != ']') p++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  Sub field{fb, p - 1};
  uint32_t conversion = 0;
  Sub spec{p, p};
  bool expand = false;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (p >= end) I.raise(I.t.ValueError, "end of string while looking for conversion specifier");
      size_t n;
      conversion = utf8_decode(p, n);
      p += n;
      if (p < end) {
        char d = *p++;
        if (d == '}') goto have_field;
        if (d != ':') I.raise(I.t.ValueError, "expected ':' after conversion specifier");
      }
    }
    spec.b = p;
    int count = 1;
    while (p < end) {
      char d = *p++;
      if (d == '{') {
        expand = true;
        count++;
      } else if (d == '}') {
        if (--count == 0) {
          spec.e = p - 1;
          goto have_field;
        }
      }
    }
    I.raise(I.t.ValueError, "unmatched '{' in format spec");
  } else if (c != '}') {
    I.raise(I.t.ValueError, "expected '}' before end of string");
  }
  field.e = (c == '}') ? p - 1 : field.e;
have_field:
  Value obj = get_field_object(I, field, fa, an);
  switch (conversion) {
    case 0: break;
    case 'r': obj = vstr(repr(I, obj)); break;
    case 's': obj = vstr(str_of(I, obj)); break;
    case 'a': obj = vstr(ascii_of(I, obj)); break;
    default:
      if (conversion > 32 && conversion < 127)
        I.raise(I.t.ValueError, "Unknown conversion specifier %c", char(conversion));
      I.raise(I.t.ValueError, "Unknown conversion specifier \\x%x", conversion);
  }
  Str* spec_str;
  if (expand) {
    StrBuilder sb;
    build_string(I, spec, fa, depth - 1, an, sb);
    spec_str = sb.finish(I);
  } else {
    spec_str = spec.empty() ? str_empty(I) : I.str(spec.view());
  }
  if (spec_str->nbytes == 0 && is_exact_str(I, obj)) {
    out.put_str(as_str(obj));
  } else {
    out.put_str(format(I, obj, spec_str));
  }
}

void build_string(Interp& I, Sub fmt, FmtArgs& fa, int depth, AutoNumber* an, StrBuilder& out) {
  if (depth <= 0) I.raise(I.t.ValueError, "Max string recursion exceeded");
  const char* p = fmt.b;
  const char* end = fmt.e;
  while (p < end) {
    const char* start = p;
    char c = 0;
    bool markup = false;
    while (p < end) {
      c = *p++;
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = p >= end;
    size_t len = size_t(p - start);
    if (markup && c == '}' && (at_end || *p != '}'))
      I.raise(I.t.ValueError, "Single '}' encountered in format string");
    if (markup && at_end && c == '{') I.raise(I.t.ValueError, "Single '{' encountered in format string");
    if (markup) {
      if (*p == c) {  // escaped {{ or }}
        p++;
        markup = false;
      } else {
        len--;
      }
    }
    if (len) out.put_utf8(std::string_view(start, len));
    if (markup) do_field(I, p, end, fa, depth, an, out);
  }
}
}  // namespace

Str* str_format(Interp& I, Str* fmt, CallArgs& args) {
  FmtArgs fa;
  uint32_t nkw = args.kwnames ? args.nkw() : 0;
  fa.pos = args.argv;
  fa.npos = args.argc - nkw;
  fa.kwnames = args.kwnames;
  fa.kwvals = args.argv + fa.npos;
  fa.nkw = nkw;
  AutoNumber an;
  StrBuilder out;
  out.buf.reserve(fmt->nbytes + 16);
  build_string(I, Sub{fmt->data, fmt->data + fmt->nbytes}, fa, 2, &an, out);
  return out.finish(I);
}

namespace {
Value m_format(Interp& I, CallArgs& a) {
  CallArgs rest;
  rest.argv = a.argv + 1;
  rest.argc = a.argc - 1;
  rest.kwnames = a.kwnames;
  return vstr(str_format(I, self_str(a), rest));
}

Value m_format_map(Interp& I, CallArgs& a) {
  check_args(I, a, "str", "format_map", 1, 1, ArgStyle::MethO);
  Str* fmt = self_str(a);
  FmtArgs fa;
  fa.has_pos = false;
  fa.mapping = a[1];
  AutoNumber an;
  StrBuilder out;
  build_string(I, Sub{fmt->data, fmt->data + fmt->nbytes}, fa, 2, &an, out);
  return vstr(out.finish(I));
}
}  // namespace

// ===========================================================================
// printf-style formatting (str % args, bytes % args)
// ===========================================================================
namespace {
bool has_getitem(Interp& I, Value v) {
  return v.is_obj() && !type_lookup(v.obj()->type, I.names->__getitem__).empty();
}

// numfmt's MagnitudeFn for a big int.
std::string big_digits(const BigInt& b, int base) { return b.abs().to_string(base); }

// %d %i %u %o %x %X of an int-like value.
std::string format_long(Interp& I, Value v, char conv, int flags, int64_t width, int64_t prec) {
  Value iv = v;
  if (!is_int(I, v)) {
    Type* t = type_of(I, v);
    bool number = !type_lookup(t, I.names->__index__).empty() || !type_lookup(t, I.names->__int__).empty() ||
                  !type_lookup(t, I.names->__float__).empty() || is_float(I, v);
    bool hexy = conv == 'o' || conv == 'x' || conv == 'X';
    if (number) {
      try {
        if (hexy) iv = number_index(I, v);
        else if (is_float(I, v)) iv = int_from_double(I, static_cast<FloatObj*>(v.obj())->v);
        else iv = call1(I, Value::object(I.t.int_), v);
      } catch (PyRaise&) {
        if (!exception_matches(I, I.pending, Value::object(I.t.TypeError))) throw;
        I.take_pending();
        number = false;
      }
    }
    if (!number) {
      if (hexy) I.raise(I.t.TypeError, "%%%c format: an integer is required, not %s", conv, type_name(I, v));
      I.raise(I.t.TypeError, "%%%c format: a real number is required, not %s", conv, type_name(I, v));
    }
  }
  if (iv.is_bool()) iv = Value::small(iv.is_true());
  if (iv.is_small()) return numfmt::percent_format_int(iv.small_value(), conv, flags, width, prec);
  BigInt b = int_to_big(I, iv);
  return numfmt::percent_format_bigint(b.is_negative(), [&](int base) { return big_digits(b, base); }, conv, flags,
                                       width, prec);
}

std::string format_float_arg(Interp& I, Value v, char conv, int flags, int64_t width, int64_t prec) {
  double d;
  if (is_float(I, v)) d = static_cast<FloatObj*>(v.obj())->v;
  else if (v.is_small()) d = double(v.small_value());
  else if (is_int(I, v) || !type_lookup(type_of(I, v), I.names->__float__).empty() ||
           !type_lookup(type_of(I, v), I.names->__index__).empty())
    d = to_double(I, v);
  else I.raise(I.t.TypeError, "must be real number, not %s", type_name(I, v));
  return numfmt::percent_format_float(d, conv, flags, width, prec);
}

// The bytes of a %b/%s argument in bytes formatting.
std::string bytes_of_arg(Interp& I, Value v, char conv) {
  if (v.is_obj()) {
    Layout l = v.obj()->type->layout;
    if (l == Layout::Bytes) return static_cast<BytesObj*>(v.obj())->data;
    if (l == Layout::ByteArray) return static_cast<ByteArrayObj*>(v.obj())->data;
    Value r = call_special(I, v, I.names->__bytes__, nullptr, 0);
    if (!r.empty()) {
      if (!(r.is_obj() && r.obj()->type->layout == Layout::Bytes))
        I.raise(I.t.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(I, r));
      return static_cast<BytesObj*>(r.obj())->data;
    }
  }
  I.raise(I.t.TypeError, "%%%c requires a bytes-like object, or an object that implements __bytes__, not '%s'", conv,
          type_name(I, v));
}

// The shared engine. For bytes, `fmt` is raw bytes and the result is bytes.
std::string percent_engine(Interp& I, std::string_view fmt, Value args, bool bytes_mode) {
  Value cur = args;
  int64_t arglen, argidx;
  Tuple* tup = nullptr;
  if (args.is_obj() && args.obj()->type->layout == Layout::Tuple) {
    tup = static_cast<Tuple*>(args.obj());
    arglen = tup->size;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  Value dict;
  if (!tup && !is_str_v(args) && has_getitem(I, args)) dict = args;
  bool tuple_mode = tup != nullptr;

  auto next_arg = [&]() -> Value {
    if (argidx < arglen) {
      int64_t k = argidx++;
      if (arglen < 0) return cur;
      return tup->items[k];
    }
    I.raise(I.t.TypeError, "not enough arguments for format string");
  };

  std::string out;
  out.reserve(fmt.size() + 16);
  const char* p = fmt.data();
  const char* end = p + fmt.size();
  while (p < end) {
    const char* pct = static_cast<const char*>(memchr(p, '%', size_t(end - p)));
    if (!pct) {
      out.append(p, size_t(end - p));
      break;
    }
    out.append(p, size_t(pct - p));
    p = pct + 1;
    if (p < end && *p == '(') {
      if (dict.empty()) I.raise(I.t.TypeError, "format requires a mapping");
      p++;
      const char* ks = p;
      int depth = 1;
      while (p < end && depth > 0) {
        if (*p == ')') depth--;
        else if (*p == '(') depth++;
        p++;
      }
      if (depth > 0) I.raise(I.t.ValueError, "incomplete format key");
      std::string_view key(ks, size_t(p - 1 - ks));
      Value k = bytes_mode ? I.new_bytes(key) : vstr(I.str(key));
      cur = getitem(I, dict, k);
      tup = nullptr;
      tuple_mode = false;
      arglen = -1;
      argidx = -2;
    }
    int flags = 0;
    for (; p < end; p++) {
      char c = *p;
      if (c == '-') flags |= numfmt::PF_LJUST;
      else if (c == '+') flags |= numfmt::PF_SIGN;
      else if (c == ' ') flags |= numfmt::PF_BLANK;
      else if (c == '#') flags |= numfmt::PF_ALT;
      else if (c == '0') flags |= numfmt::PF_ZERO;
      else break;
    }
    int64_t width = -1, prec = -1;
    auto star = [&]() -> int64_t {
      Value v = next_arg();
      if (!is_int(I, v)) I.raise(I.t.TypeError, "* wants int");
      return ssize_arg(I, v);
    };
    if (p < end && *p == '*') {
      width = star();
      if (width < 0) {
        flags |= numfmt::PF_LJUST;
        width = -width;
      }
      p++;
    } else if (p < end && *p >= '0' && *p <= '9') {
      width = 0;
      while (p < end && *p >= '0' && *p <= '9') {
        if (width > (INT32_MAX - 9) / 10) I.raise(I.t.ValueError, "width too big");
        width = width * 10 + (*p++ - '0');
      }
    }
    if (p < end && *p == '.') {
      p++;
      prec = 0;
      if (p < end && *p == '*') {
        prec = star();
        if (prec < 0) prec = 0;
        p++;
      } else {
        while (p < end && *p >= '0' && *p <= '9') {
          if (prec > (INT32_MAX - 9) / 10) I.raise(I.t.ValueError, "precision too big");
          prec = prec * 10 + (*p++ - '0');
        }
      }
    }
    if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
      const char* q = p;
      while (q < end && (*q == 'h' || *q == 'l' || *q == 'L')) q++;
      if (q < end) p = q;
    }
    if (p >= end) I.raise(I.t.ValueError, "incomplete format");
    size_t cn = 1;
    uint32_t conv = bytes_mode ? (unsigned char)*p : utf8_decode(p, cn);
    size_t conv_index = bytes_mode ? size_t(p - fmt.data()) : utf8_length(std::string_view(fmt.data(), size_t(p - fmt.data())));
    p += cn;
    if (conv == '%') {
      out += '%';
      continue;
    }
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        Value v = next_arg();
        std::string text;
        if (bytes_mode) {
          if (conv == 'r' || conv == 'a') text = std::string(ascii_of(I, v)->view());
          else text = bytes_of_arg(I, v, char(conv));
        } else {
          if (conv == 'b') goto unsupported;
          Str* s = conv == 's' ? str_of(I, v) : conv == 'r' ? repr(I, v) : ascii_of(I, v);
          text = std::string(s->view());
        }
        if (width < 0 && prec < 0) out += text;
        else if (bytes_mode) {
          // Bytes pad per byte, not per character.
          if (prec >= 0 && size_t(prec) < text.size()) text.resize(size_t(prec));
          size_t w = width > 0 ? size_t(width) : 0;
          if (text.size() < w) {
            if (flags & numfmt::PF_LJUST) text.append(w - text.size(), ' ');
            else text.insert(0, w - text.size(), ' ');
          }
          out += text;
        } else {
          out += numfmt::pad_percent(text, flags, width, prec);
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        Value v = next_arg();
        out += format_long(I, v, char(conv), flags, width, prec);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        Value v = next_arg();
        out += format_float_arg(I, v, char(conv), flags, width, prec);
        break;
      }
      case 'c': {
        Value v = next_arg();
        std::string ch;
        if (bytes_mode) {
          if (v.is_obj() && (v.obj()->type->layout == Layout::Bytes || v.obj()->type->layout == Layout::ByteArray)) {
            std::string d = bytes_of_arg(I, v, 'c');
            if (d.size() != 1) I.raise(I.t.TypeError, "%%c requires an integer in range(256) or a single byte");
            ch = d;
          } else if (is_int(I, v) || (v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty())) {
            Value iv = number_index(I, v);
            int64_t x = iv.is_small() ? iv.small_value() : iv.is_bool() ? iv.is_true() : -1;
            if (x < 0 || x > 255) I.raise(I.t.OverflowError, "%%c arg not in range(256)");
            ch = std::string(1, char(x));
          } else {
            I.raise(I.t.TypeError, "%%c requires an integer in range(256) or a single byte");
          }
          size_t w = width > 0 ? size_t(width) : 0;
          if (ch.size() < w) {
            if (flags & numfmt::PF_LJUST) ch.append(w - ch.size(), ' ');
            else ch.insert(0, w - ch.size(), ' ');
          }
          out += ch;
          break;
        }
        if (is_str_v(v)) {
          if (as_str(v)->length != 1) I.raise(I.t.TypeError, "%%c requires int or char");
          ch = std::string(as_str(v)->view());
        } else if (is_int(I, v) || (v.is_obj() && !type_lookup(v.obj()->type, I.names->__index__).empty())) {
          Value iv = number_index(I, v);
          int64_t x = iv.is_small() ? iv.small_value() : iv.is_bool() ? iv.is_true() : -1;
          if (x < 0 || x > 0x10FFFF) I.raise(I.t.OverflowError, "%%c arg not in range(0x110000)");
          utf8_append(ch, uint32_t(x));
        } else {
          I.raise(I.t.TypeError, "%%c requires int or char");
        }
        out += numfmt::pad_percent(ch, flags, width, -1);
        break;
      }
      default:
      unsupported:
        I.raise(I.t.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                (conv >= 31 && conv <= 126) ? char(conv) : '?', unsigned(conv), conv_index);
    }
  }
  if (argidx < arglen && dict.empty())
    I.raise(I.t.TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                      : "not all arguments converted during string formatting");
  (void)tuple_mode;
  return out;
}
}  // namespace

Value str_percent(Interp& I, Str* fmt, Value args) {
  std::string out;
  try {
    out = percent_engine(I, fmt->view(), args, false);
  } catch (std::bad_alloc&) {
    I.raise(I.t.MemoryError, "");
  }
  return I.new_str(out);
}

Value bytes_percent(Interp& I, Value fmt, Value args) {
  std::string_view data = fmt.obj()->type->layout == Layout::ByteArray ? std::string_view(static_cast<ByteArrayObj*>(fmt.obj())->data)
                                                                       : std::string_view(static_cast<BytesObj*>(fmt.obj())->data);
  std::string out;
  try {
    out = percent_engine(I, data, args, true);
  } catch (std::bad_alloc&) {
    I.raise(I.t.MemoryError, "");
  }
  if (fmt.obj()->type->layout == Layout::ByteArray) {
    auto* r = I.make<ByteArrayObj>(I.t.bytearray);
    r->data = std::move(out);
    return Value::object(r);
  }
  return I.new_bytes(out);
}

// ===========================================================================
// Registration
// ===========================================================================
namespace {
const MethodDef kFormatMethods[] = {
    {"format", m_format},
    {"format_map", m_format_map},
};
}  // namespace

void init_str_format(Interp& I) { add_methods(I, I.t.str, kFormatMethods); }

}  // namespace il
