// str_internal.h — helpers shared by str.cpp, str_methods.cpp, str_format.cpp
// and bytes*.cpp (not part of the public API: use str.h from elsewhere).
#pragma once
#include <cstring>
#include <string>
#include <string_view>

#include "objects/str.h"
#include "objects/str_unicode.h"

namespace il {

// --- UTF-8 ---------------------------------------------------------------------
inline size_t utf8_seq_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
// Code points and whether all bytes are ASCII (input is valid UTF-8).
void utf8_measure(std::string_view s, size_t& length, bool& ascii);
inline uint32_t utf8_decode(const char* p, size_t& n) {  // p valid; n = bytes used
  unsigned char c = (unsigned char)p[0];
  if (c < 0x80) { n = 1; return c; }
  if (c < 0xE0) { n = 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
  if (c < 0xF0) { n = 3; return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
  n = 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
// Code point ending just before p (p > start).
inline uint32_t utf8_decode_before(const char* start, const char*& p) {
  const char* q = p - 1;
  while (q > start && ((unsigned char)*q & 0xC0) == 0x80) q--;
  size_t n;
  uint32_t c = utf8_decode(q, n);
  p = q;
  return c;
}
inline size_t utf8_encode(char* out, uint32_t cp) {
  if (cp < 0x80) { out[0] = char(cp); return 1; }
  if (cp < 0x800) { out[0] = char(0xC0 | (cp >> 6)); out[1] = char(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12)); out[1] = char(0x80 | ((cp >> 6) & 0x3F)); out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18)); out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F)); out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}
// Validates UTF-8 as CPython's decoder does; on error returns false with the
// failing byte range [err_start, err_end) and CPython's reason.
bool utf8_validate(std::string_view s, size_t& length, bool& ascii, size_t& err_start, size_t& err_end,
                   const char*& reason);

uint64_t hash_bytes(const char* p, size_t n);   // str and bytes share it: hash('a') == hash(b'a')

// --- allocation ------------------------------------------------------------------
// A string of `nbytes` UTF-8 bytes to be filled by the caller, then str_finish().
Str* str_alloc(Interp& I, Type* type, size_t nbytes, size_t length, bool ascii);
void str_finish(Str* s);  // builds the index of long non-ASCII strings
Str* str_make(Interp& I, std::string_view utf8, size_t length, bool ascii, Type* type = nullptr);
Str* str_empty(Interp& I);
Str* str_char(Interp& I, uint32_t cp);      // single character; ASCII ones are shared
size_t str_offset(const Str* s, size_t cp);  // byte offset of code point cp (cp <= length)
Str* str_substr(Interp& I, Str* s, size_t cp_start, size_t cp_stop);  // s itself when whole and exact
Str* str_unchanged(Interp& I, Str* s);       // s if exact str, else an exact copy
Str* str_copy_as(Interp& I, Str* s, Type* type);

// Accumulates UTF-8 output, tracking length and ASCII-ness.
struct StrBuilder {
  std::string buf;
  size_t length = 0;
  bool ascii = true;
  void put(uint32_t cp) {
    char tmp[4];
    size_t n = utf8_encode(tmp, cp);
    buf.append(tmp, n);
    length++;
    if (cp >= 0x80) ascii = false;
  }
  void put_ascii(char c) { buf.push_back(c); length++; }
  void put_ascii(std::string_view s) { buf.append(s); length += s.size(); }
  void put_str(const Str* s) {
    buf.append(s->data, s->nbytes);
    length += s->length;
    ascii = ascii && s->ascii;
  }
  void put_utf8(std::string_view s, size_t len, bool is_ascii) {
    buf.append(s);
    length += len;
    ascii = ascii && is_ascii;
  }
  void put_utf8(std::string_view s) {  // measures
    size_t len; bool a;
    utf8_measure(s, len, a);
    put_utf8(s, len, a);
  }
  Str* finish(Interp& I) { return str_make(I, buf, length, ascii); }
};

// --- arguments -------------------------------------------------------------------
enum class ArgStyle { Old, Clinic, MethO, NoArgs };
// Argument count/keyword checks with the message style CPython uses for the
// method (`tname` is "str", "bytes" or "bytearray"; counts exclude self).
void check_args(Interp& I, CallArgs& a, const char* tname, const char* name, uint32_t min, uint32_t max,
                ArgStyle style);
// Binds positional then keyword arguments (after self when skip=1) to
// `names`; absent ones are left empty. Messages as CPython's getargs.
void bind_args(Interp& I, CallArgs& a, const char* fname, std::initializer_list<const char*> names, Value* out,
               uint32_t skip = 1);
// An int argument via __index__ (CPython's Py_ssize_t conversions and messages).
int64_t ssize_arg(Interp& I, Value v);
// A slice bound argument (None, int or __index__), clamped to int64.
int64_t slice_index_arg(Interp& I, Value v, int64_t dflt);
// CPython's ADJUST_INDICES for find/count/startswith (start/end may be empty/None).
void adjust_indices(Interp& I, Value vstart, Value vend, int64_t len, int64_t& start, int64_t& end);
inline Value vstr(Str* s) { return Value::object(s); }
inline Str* self_str(CallArgs& a) { return static_cast<Str*>(a.argv[0].obj()); }

// --- shared byte-string algorithms (str works on UTF-8 bytes, bytes on raw) -------
// -1 when absent.
int64_t bytes_find(std::string_view hay, std::string_view needle, size_t start, size_t end);
int64_t bytes_rfind(std::string_view hay, std::string_view needle, size_t start, size_t end);
int64_t bytes_count(std::string_view hay, std::string_view needle, size_t start, size_t end, int64_t max = -1);

// --- pieces implemented in one file and used by another ----------------------------
Value str_new_impl(Interp& I, CallArgs& a);             // str.__new__
Value str_encode(Interp& I, Str* s, Str* encoding, Str* errors);
Str* bytes_decode(Interp& I, std::string_view data, Str* encoding, Str* errors);
void init_str_methods(Interp& I);                     // str_methods.cpp
void init_str_format(Interp& I);                      // str_format.cpp
Str* str_format_impl(Interp& I, Str* fmt, const Value* args, uint32_t nargs, Value kwargs_mapping,
                     bool is_format_map);
// Normalised encoding name: "utf-8", "ascii", "latin-1" or nullptr when unknown.
const char* normalize_encoding(std::string_view name);

// --- bytes / bytearray (bytes.cpp, bytes_methods.cpp) -------------------------
// The data of a bytes-like object (bytes, bytearray); false for other values.
bool bytes_like(Value v, std::string_view& out);
inline bool is_bytearray_v(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::ByteArray; }
inline std::string_view bytes_data(Value v) {  // v is bytes or bytearray
  if (is_bytearray_v(v)) return static_cast<ByteArrayObj*>(v.obj())->data;
  return static_cast<BytesObj*>(v.obj())->data;
}

// A result of the same kind as self (bytearray methods return bytearrays).
inline Value bytes_result(Interp& I, Value self, std::string_view data) {
  return is_bytearray_v(self) ? new_bytearray(I, data) : I.new_bytes(data);
}
void init_bytes_methods(Interp& I);
uint64_t bytes_hash(BytesObj* b);

}  // namespace il
