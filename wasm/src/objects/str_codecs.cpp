// str_codecs.cpp — str.encode / bytes.decode / str(bytes, encoding) for the
// codecs the runtime supports (utf-8, ascii, latin-1; utf-16 and utf-32),
// with CPython's error messages and error handlers (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass).
#include <cstdio>
#include <cstring>

#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

// ===========================================================================
// Encoding names
// ===========================================================================
const char* normalize_encoding(std::string_view name) {
  std::string n;
  n.reserve(name.size());
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (c == '-' || c == ' ') c = '_';
    n += c;
  }
  static const char* const kUtf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"};
  static const char* const kAscii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "iso646_us"};
  static const char* const kLatin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                                        "cp819", "iso_ir_100", "csisolatin1", "iso_8859_1:1987"};
  static const char* const kU16[] = {"utf_16", "utf16", "u16"};
  static const char* const kU16le[] = {"utf_16_le", "utf_16le"};
  static const char* const kU16be[] = {"utf_16_be", "utf_16be"};
  static const char* const kU32[] = {"utf_32", "utf32", "u32"};
  static const char* const kU32le[] = {"utf_32_le", "utf_32le"};
  static const char* const kU32be[] = {"utf_32_be", "utf_32be"};
  for (const char* a : kUtf8) if (n == a) return "utf-8";
  for (const char* a : kAscii) if (n == a) return "ascii";
  for (const char* a : kLatin1) if (n == a) return "latin-1";
  for (const char* a : kU16) if (n == a) return "utf-16";
  for (const char* a : kU16le) if (n == a) return "utf-16-le";
  for (const char* a : kU16be) if (n == a) return "utf-16-be";
  for (const char* a : kU32) if (n == a) return "utf-32";
  for (const char* a : kU32le) if (n == a) return "utf-32-le";
  for (const char* a : kU32be) if (n == a) return "utf-32-be";
  return nullptr;
}

namespace {
enum class Errors { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass, Unknown };

Errors parse_errors(std::string_view e) {
  if (e == "strict") return Errors::Strict;
  if (e == "ignore") return Errors::Ignore;
  if (e == "replace") return Errors::Replace;
  if (e == "backslashreplace") return Errors::BackslashReplace;
  if (e == "xmlcharrefreplace") return Errors::XmlCharRefReplace;
  if (e == "surrogateescape") return Errors::SurrogateEscape;
  if (e == "surrogatepass") return Errors::SurrogatePass;
  return Errors::Unknown;
}

[[noreturn]] void unknown_handler(Interp& I, std::string_view e) {
  std::string s(e);
  I.raise(I.t.LookupError, "unknown error handler name '%s'", s.c_str());
}

// Both raise the exception with its five fields (the message is its __str__).
[[noreturn]] void decode_error(Interp& I, const char* enc, std::string_view data, size_t start, size_t end,
                               const char* reason) {
  Value args[5] = {I.new_str(enc), I.new_bytes(data), I.new_int(int64_t(start)), I.new_int(int64_t(end)),
                   I.new_str(reason)};
  I.raise_value(call(I, obj_value(I.t.UnicodeDecodeError), args, 5));
}

std::string char_escape(uint32_t c) {
  char buf[16];
  if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
  else snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

[[noreturn]] void encode_error(Interp& I, const char* enc, Str* s, size_t start, size_t end, const char* reason) {
  Value args[5] = {I.new_str(enc), obj_value(s), I.new_int(int64_t(start)), I.new_int(int64_t(end)),
                   I.new_str(reason)};
  I.raise_value(call(I, obj_value(I.t.UnicodeEncodeError), args, 5));
}

inline bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
}  // namespace

// ===========================================================================
// UTF-8 validation (CPython's decoder rules and error ranges)
// ===========================================================================
bool utf8_validate(std::string_view s, size_t& length, bool& ascii, size_t& err_start, size_t& err_end,
                   const char*& reason) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0, len = 0;
  bool all_ascii = true;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      // Skip ASCII runs a word at a time.
      while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
        len += 8;
      }
      while (i < n && p[i] < 0x80) {
        i++;
        len++;
      }
      continue;
    }
    all_ascii = false;
    if (c < 0xC2 || c > 0xF4) {
      err_start = i;
      err_end = i + 1;
      reason = "invalid start byte";
      return false;
    }
    size_t need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    for (size_t j = 1; j <= need; j++) {
      if (i + j >= n) {
        err_start = i;
        err_end = n;
        reason = "unexpected end of data";
        return false;
      }
      unsigned char b = p[i + j];
      bool ok = j == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
      if (!ok) {
        err_start = i;
        err_end = i + j;
        reason = "invalid continuation byte";
        return false;
      }
    }
    i += need + 1;
    len++;
  }
  length = len;
  ascii = all_ascii;
  return true;
}

Str* str_from_utf8_checked(Interp& I, std::string_view bytes) {
  size_t len, es, ee;
  bool ascii;
  const char* reason;
  if (!utf8_validate(bytes, len, ascii, es, ee, reason)) decode_error(I, "utf-8", bytes, es, ee, reason);
  return str_make(I, bytes, len, ascii);
}

// ===========================================================================
// Decoding
// ===========================================================================
namespace {
void decode_replacement(Interp& I, StrBuilder& b, Errors h, std::string_view errs, std::string_view data,
                        size_t start, size_t end) {
  switch (h) {
    case Errors::Ignore: break;
    case Errors::Replace: b.put(0xFFFD); break;
    case Errors::BackslashReplace:
      for (size_t k = start; k < end; k++) {
        char buf[8];
        snprintf(buf, sizeof buf, "\\x%02x", (unsigned char)data[k]);
        b.put_ascii(std::string_view(buf));
      }
      break;
    case Errors::SurrogateEscape:
      for (size_t k = start; k < end; k++) {
        unsigned char c = (unsigned char)data[k];
        if (c < 128) return;  // not escapable: caller raises
        b.put(0xDC00 + c);
      }
      break;
    default: unknown_handler(I, errs);
  }
}

Str* decode_utf8(Interp& I, std::string_view data, Errors h, std::string_view errs) {
  size_t len, es, ee;
  bool ascii;
  const char* reason;
  if (utf8_validate(data, len, ascii, es, ee, reason)) return str_make(I, data, len, ascii);
  if (h == Errors::Strict || h == Errors::SurrogatePass) decode_error(I, "utf-8", data, es, ee, reason);
  if (h == Errors::Unknown || h == Errors::XmlCharRefReplace) unknown_handler(I, errs);
  StrBuilder b;
  size_t pos = 0;
  for (;;) {
    std::string_view rest = data.substr(pos);
    size_t l2, s2, e2;
    bool a2;
    if (utf8_validate(rest, l2, a2, s2, e2, reason)) {
      b.put_utf8(rest, l2, a2);
      break;
    }
    // Valid prefix, then the replacement of the bad range.
    std::string_view good = rest.substr(0, s2);
    b.put_utf8(good);
    decode_replacement(I, b, h, errs, data, pos + s2, pos + e2);
    pos += e2;
  }
  return b.finish(I);
}

Str* decode_ascii(Interp& I, std::string_view data, Errors h, std::string_view errs) {
  size_t i = 0;
  while (i < data.size() && (unsigned char)data[i] < 0x80) i++;
  if (i == data.size()) return str_make(I, data, data.size(), true);
  if (h == Errors::Strict || h == Errors::SurrogatePass)
    decode_error(I, "ascii", data, i, i + 1, "ordinal not in range(128)");
  if (h == Errors::Unknown || h == Errors::XmlCharRefReplace) unknown_handler(I, errs);
  StrBuilder b;
  b.put_ascii(data.substr(0, i));
  for (; i < data.size(); i++) {
    unsigned char c = (unsigned char)data[i];
    if (c < 0x80) b.put_ascii(char(c));
    else decode_replacement(I, b, h, errs, data, i, i + 1);
  }
  return b.finish(I);
}

Str* decode_latin1(Interp& I, std::string_view data) {
  StrBuilder b;
  b.buf.reserve(data.size());
  for (unsigned char c : data) {
    if (c < 0x80) b.put_ascii(char(c));
    else b.put(c);
  }
  return b.finish(I);
}

Str* decode_utf16_32(Interp& I, std::string_view data, int width, int endian /*0 BOM, 1 LE, 2 BE*/, Errors h,
                     std::string_view errs) {
  const char* enc = width == 2 ? (endian == 0 ? "utf-16" : endian == 1 ? "utf-16-le" : "utf-16-be")
                               : (endian == 0 ? "utf-32" : endian == 1 ? "utf-32-le" : "utf-32-be");
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size(), i = 0;
  bool le = endian != 2;
  if (endian == 0 && n >= size_t(width)) {
    if (width == 2 && p[0] == 0xFF && p[1] == 0xFE) { le = true; i = 2; }
    else if (width == 2 && p[0] == 0xFE && p[1] == 0xFF) { le = false; i = 2; }
    else if (width == 4 && n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) { le = true; i = 4; }
    else if (width == 4 && n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) { le = false; i = 4; }
  }
  auto unit = [&](size_t at) -> uint32_t {
    uint32_t v = 0;
    for (int k = 0; k < width; k++) {
      uint32_t byte = p[at + (le ? k : width - 1 - k)];
      v |= byte << (8 * k);
    }
    return v;
  };
  StrBuilder b;
  auto fail = [&](size_t s, size_t e, const char* reason) {
    if (h == Errors::Strict) decode_error(I, enc, data, s, e, reason);
    decode_replacement(I, b, h, errs, data, s, e);
  };
  while (i < n) {
    if (n - i < size_t(width)) {
      fail(i, n, "truncated data");
      break;
    }
    uint32_t u = unit(i);
    if (width == 4) {
      if (u > 0x10FFFF || is_surrogate(u)) {
        fail(i, i + 4, u > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
      } else {
        b.put(u);
      }
      i += 4;
      continue;
    }
    if (u >= 0xD800 && u < 0xDC00) {
      if (n - i < 4) {
        fail(i, n, "unexpected end of data");
        break;
      }
      uint32_t u2 = unit(i + 2);
      if (u2 >= 0xDC00 && u2 < 0xE000) {
        b.put(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
      } else {
        fail(i, i + 2, "illegal UTF-16 surrogate");
        i += 2;
      }
    } else if (u >= 0xDC00 && u < 0xE000) {
      fail(i, i + 2, "illegal encoding");
      i += 2;
    } else {
      b.put(u);
      i += 2;
    }
  }
  return b.finish(I);
}
}  // namespace

Str* bytes_decode(Interp& I, std::string_view data, Str* encoding, Str* errors) {
  const char* enc = encoding ? normalize_encoding(encoding->view()) : "utf-8";
  if (!enc) I.raise(I.t.LookupError, "unknown encoding: %s", encoding->data);
  std::string_view errs = errors ? errors->view() : std::string_view("strict");
  Errors h = parse_errors(errs);
  std::string_view e(enc);
  if (e == "utf-8") return decode_utf8(I, data, h, errs);
  if (e == "ascii") return decode_ascii(I, data, h, errs);
  if (e == "latin-1") return decode_latin1(I, data);
  int width = e.substr(0, 6) == "utf-16" ? 2 : 4;
  int endian = e.size() == 6 ? 0 : e.substr(7) == "le" ? 1 : 2;
  return decode_utf16_32(I, data, width, endian, h, errs);
}

// ===========================================================================
// Encoding
// ===========================================================================
Value str_encode(Interp& I, Str* s, Str* encoding, Str* errors) {
  const char* enc = encoding ? normalize_encoding(encoding->view()) : "utf-8";
  if (!enc) I.raise(I.t.LookupError, "unknown encoding: %s", encoding->data);
  std::string_view errs = errors ? errors->view() : std::string_view("strict");
  std::string_view e(enc);
  if (s->ascii && (e == "utf-8" || e == "ascii" || e == "latin-1")) return I.new_bytes(s->view());
  uint32_t limit = e == "ascii" ? 0x80 : e == "latin-1" ? 0x100 : 0x110000;
  int width = e == "utf-8" || limit < 0x110000 ? 1 : e.substr(0, 6) == "utf-16" ? 2 : 4;
  bool le = width == 1 || e.size() == 6 || e.substr(7) == "le";
  std::string out;
  out.reserve(s->nbytes + 2);
  if (width > 1 && e.size() == 6) {  // BOM (little-endian, as CPython on x86/wasm)
    if (width == 2) out.append("\xff\xfe", 2);
    else out.append("\xff\xfe\0\0", 4);
  }
  auto put_unit = [&](uint32_t u, int w) {
    for (int k = 0; k < w; k++) out += char((u >> (8 * (le ? k : w - 1 - k))) & 0xFF);
  };
  auto put_cp = [&](uint32_t c) {
    if (width == 1) {
      if (limit == 0x110000) {
        char tmp[4];
        out.append(tmp, utf8_encode(tmp, c));
      } else {
        out += char(c);
      }
    } else if (width == 4) {
      put_unit(c, 4);
    } else if (c >= 0x10000) {
      c -= 0x10000;
      put_unit(0xD800 + (c >> 10), 2);
      put_unit(0xDC00 + (c & 0x3FF), 2);
    } else {
      put_unit(c, 2);
    }
  };
  const char* p = s->data;
  const char* end = p + s->nbytes;
  size_t pos = 0;  // code point index
  Errors h = Errors::Strict;
  bool h_parsed = false;
  while (p < end) {
    size_t n;
    uint32_t c = utf8_decode(p, n);
    bool bad = c >= limit || (is_surrogate(c));
    if (!bad) {
      put_cp(c);
      p += n;
      pos++;
      continue;
    }
    if (!h_parsed) {
      h = parse_errors(errs);
      h_parsed = true;
    }
    // The run of unencodable characters (CPython reports it as one range).
    const char* q = p;
    size_t endpos = pos;
    while (q < end) {
      size_t m;
      uint32_t d = utf8_decode(q, m);
      if (!(d >= limit || is_surrogate(d))) break;
      q += m;
      endpos++;
    }
    const char* reason = limit == 0x80 ? "ordinal not in range(128)"
                         : limit == 0x100 ? "ordinal not in range(256)"
                                          : "surrogates not allowed";
    if (h == Errors::SurrogatePass && limit == 0x110000 && is_surrogate(c)) {
      if (width == 1) out.append(p, n);
      else put_unit(c, width);
      p += n;
      pos++;
      continue;
    }
    if (h == Errors::SurrogateEscape && c >= 0xDC80 && c <= 0xDCFF) {
      out += char(c - 0xDC00);
      p += n;
      pos++;
      continue;
    }
    switch (h) {
      case Errors::Strict:
      case Errors::SurrogatePass:
      case Errors::SurrogateEscape: encode_error(I, enc, s, pos, endpos, reason);
      case Errors::Ignore: break;
      case Errors::Replace: put_cp('?'); break;
      case Errors::BackslashReplace: {
        std::string esc = char_escape(c);
        for (char ch : esc) put_cp((unsigned char)ch);
        break;
      }
      case Errors::XmlCharRefReplace: {
        std::string ref = "&#" + std::to_string(c) + ";";
        for (char ch : ref) put_cp((unsigned char)ch);
        break;
      }
      default: unknown_handler(I, errs);
    }
    p += n;
    pos++;
  }
  return I.new_bytes(out);
}

// ===========================================================================
// str.__new__
// ===========================================================================
Value str_new_impl(Interp& I, CallArgs& a) {
  Value args[3];
  bind_args(I, a, "str", {"object", "encoding", "errors"}, args, 1);
  Type* cls = static_cast<Type*>(a.argv[0].obj());
  Str* r;
  if (args[1].empty() && args[2].empty()) {
    r = args[0].empty() ? str_empty(I) : str_of(I, args[0]);
  } else {
    Str* enc = nullptr;
    Str* err = nullptr;
    if (!args[1].empty()) {
      if (!is_str(I, args[1])) I.raise(I.t.TypeError, "str() argument 'encoding' must be str, not %s", type_name(I, args[1]));
      enc = as_str(args[1]);
    }
    if (!args[2].empty()) {
      if (!is_str(I, args[2])) I.raise(I.t.TypeError, "str() argument 'errors' must be str, not %s", type_name(I, args[2]));
      err = as_str(args[2]);
    }
    Value o = args[0];
    if (o.empty()) {
      r = str_empty(I);
    } else if (o.is_obj() && o.obj()->type->layout == Layout::Bytes) {
      r = bytes_decode(I, static_cast<BytesObj*>(o.obj())->data, enc, err);
    } else if (o.is_obj() && o.obj()->type->layout == Layout::ByteArray) {
      r = bytes_decode(I, static_cast<ByteArrayObj*>(o.obj())->data, enc, err);
    } else if (is_str(I, o)) {
      I.raise(I.t.TypeError, "decoding str is not supported");
    } else {
      I.raise(I.t.TypeError, "decoding to str: need a bytes-like object, %s found", type_name(I, o));
    }
  }
  if (cls != I.t.str) return vstr(str_copy_as(I, r, cls));
  return vstr(r);
}

}  // namespace il
