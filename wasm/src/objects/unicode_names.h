// unicode_names.h — Unicode character names (the "\N{...}" escape,
// unicodedata.name/lookup). Plain C++ with no VM types, so that the parser
// (wasm/src/lang) can use it. The table is generated from CPython 3.11's own
// database by gen_unicode_names.py; to keep the download small it stores the
// BMP and U+1D000 onwards only (see the script), and computes CJK ideograph
// and Hangul syllable names as CPython does.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace il {

// Code point for `name`, as CPython's _getcode: case-insensitive, except the
// computed "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE X" forms, which
// must be upper case. `with_aliases` also accepts NameAliases.txt names
// ('LINE FEED', 'BOM'); \N{} and unicodedata.lookup() both do.
bool unicode_lookup(std::string_view name, uint32_t* cp, bool with_aliases = true);

// The character's name as unicodedata.name() gives it; false if it has none
// (or if it lies in a range the table leaves out).
bool unicode_name(uint32_t cp, std::string* out);

// Longest name unicodedata.lookup() accepts before "name too long" (CPython's
// NAME_MAXLEN): a longer name cannot be a character name.
inline constexpr size_t kUnicodeNameMaxLen = 256;

}  // namespace il
