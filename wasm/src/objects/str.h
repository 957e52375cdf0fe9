// str.h — str and bytes: the C++ API other subsystems call directly.
// Python-visible methods are registered by init_str()/init_bytes().
#pragma once
#include <string>
#include <string_view>

#include "vm/native.h"

namespace il {

inline Value sval(Str* s) { return Value::object(s); }
inline bool is_exact_str(Interp& I, Value v) { return v.is_obj() && v.obj()->type == I.t.str; }
Str* as_str(Value v);                                   // unchecked cast

uint64_t str_hash(Str* s);                              // cached
bool str_eq(Str* a, Str* b);                            // content equality
int str_compare(Str* a, Str* b);                        // code point order: <0, 0, >0
Str* str_concat(Interp& I, Str* a, Str* b);
Str* str_repeat(Interp& I, Str* s, int64_t n);
Value str_getitem(Interp& I, Str* s, Value key);        // index or slice
Str* str_char_at(Interp& I, Str* s, int64_t i);         // i already normalised and in range
bool str_contains(Str* hay, Str* needle);
Str* str_repr(Interp& I, Str* s);                       // 'abc' with CPython's quoting/escapes
void str_append_json(std::string& out, std::string_view utf8);  // appends utf8 as a quoted JSON string
Str* str_ascii(Interp& I, Str* s);                      // ascii() form
Str* str_join(Interp& I, Str* sep, Value iterable);
Str* str_format(Interp& I, Str* fmt, CallArgs& args);   // str.format(*args, **kwargs) (args without self)
Value str_percent(Interp& I, Str* fmt, Value args);     // fmt % args
Str* str_format_spec(Interp& I, Str* s, Str* spec);     // format(s, spec)
Str* str_from_utf8_checked(Interp& I, std::string_view bytes);   // UnicodeDecodeError if invalid
Str* str_from_codepoint(Interp& I, uint32_t cp);
// UTF-8 helpers.
size_t utf8_length(std::string_view s);
uint32_t utf8_decode_at(std::string_view s, size_t& pos);   // advances pos
void utf8_append(std::string& out, uint32_t cp);
Value str_iter(Interp& I, Str* s);

// bytes / bytearray
Value bytes_getitem(Interp& I, Value self, Value key);
Str* bytes_repr(Interp& I, std::string_view data, bool bytearray);
Value bytes_percent(Interp& I, Value fmt, Value args);

// --- added by the str/bytes engineer (str.cpp) ------------------------------
// Concatenation of n strings in one allocation (BUILD_STRING, f-strings).
Str* str_build(Interp& I, Str** parts, size_t n);
// ascii(): every non-ASCII code point of s as \xhh, \uhhhh or \Uhhhhhhhh.
Str* str_escape_non_ascii(Interp& I, Str* s);
uint64_t hash_bytes(const char* p, size_t n);   // str and bytes hash (hash('a') == hash(b'a'))
uint64_t bytes_hash(BytesObj* b);               // cached
Value new_bytearray(Interp& I, std::string_view data, Type* type = nullptr);  // type: a subclass or null

// --- appending to a str held by one local (docs/architecture.md) -----------
// Str::append_state: kStrAppendOwned after `x += s` stored a fresh or extended
// str into local x; LOAD_FAST moves it to kStrAppendLoaded, a second load (or
// any copy of the frame's locals) to kStrAppendNone. Only a Loaded str that
// the very next STORE_FAST puts back into the slot it came from is extended.
enum : uint8_t { kStrAppendNone = 0, kStrAppendOwned = 1, kStrAppendLoaded = 2 };
// `local += b` where a is in that local (exact strs): a extended in place when
// a is Loaded and has room, else a fresh str with room to grow. Sets *owned
// when the result may be marked Owned (it is referenced by nothing else).
Str* str_append_for_local(Interp& I, Str* a, Str* b, bool* owned);
// For code that copies a frame's locals without LOAD_FAST (locals(), f_locals).
inline void str_note_escape(Interp& I, Value v) {
  if (v.is_obj() && v.obj()->type == I.t.str) static_cast<Str*>(v.obj())->append_state = kStrAppendNone;
}

}  // namespace il
