// unicode_names.cpp — character names from the compact table that
// gen_unicode_names.py writes (see there for the encoding), plus the names
// CPython computes instead of storing: Hangul syllables and CJK ideographs.
#include "objects/unicode_names.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace il {

namespace {

struct NameRange {
  uint32_t first;
  uint16_t count;
  uint32_t ordinal;  // index of `first`'s name among the stored names
};
struct HexNameRange {
  uint32_t first, last;
  uint8_t prefix;  // index into kHexNamePrefixes
};
struct NameAlias {
  const char* name;
  uint32_t cp;
};

#include "objects/unicode_names.inc"

constexpr uint16_t kHyphenToken = 0;  // joins the next word with '-'
constexpr const char kCjkUnified[] = "CJK UNIFIED IDEOGRAPH-";
constexpr const char kHangulSyllable[] = "HANGUL SYLLABLE ";

// --- Hangul syllables (Unicode 3.12, as CPython's unicodedata) --------------
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kSCount = kLCount * kVCount * kTCount;
const char* const kJamoL[kLCount] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[kVCount] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                     "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
const char* const kJamoT[kTCount] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L", "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                     "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// CPython's find_syllable: the longest jamo name that starts `s`.
size_t find_jamo(std::string_view s, const char* const* table, uint32_t count, int* index) {
  int best = -1;
  *index = -1;
  for (uint32_t i = 0; i < count; i++) {
    int len = int(std::strlen(table[i]));
    if (len <= best || size_t(len) > s.size()) continue;
    if (s.compare(0, size_t(len), table[i]) == 0) {
      best = len;
      *index = int(i);
    }
  }
  return best < 0 ? 0 : size_t(best);
}

// --- the stored table ---------------------------------------------------------
// The front-coded words, decoded once (interpreters on other threads may ask
// at the same time; a function-local static is initialised exactly once).
const std::vector<std::string>& words() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> w;
    w.reserve(kNameWordCount);
    std::string prev;
    size_t i = 0;
    while (i < sizeof kNameWords) {
      std::string cur = prev.substr(0, kNameWords[i++]);
      for (;;) {
        uint8_t b = kNameWords[i++];
        cur.push_back(char(b & 0x7F));
        if (b & 0x80) break;
      }
      w.push_back(cur);
      prev = std::move(cur);
    }
    return w;
  }();
  return table;
}

// Word number of `word` (1-based; 0 is the hyphen token), or -1.
int word_number(std::string_view word) {
  const auto& w = words();
  const int frequent = std::min<int>(kNameOneByte - 1, int(w.size()));
  for (int i = 0; i < frequent; i++)
    if (w[i] == word) return i + 1;
  auto it = std::lower_bound(w.begin() + frequent, w.end(), word,
                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
  if (it != w.end() && *it == word) return int(it - w.begin()) + 1;
  return -1;
}

// Reads one stored name at `pos` into `tokens` (keeping the words it shares
// with the previous name); returns the position after it.
size_t read_phrase(size_t pos, uint16_t* tokens, int* ntokens) {
  uint8_t header = kNamePhrases[pos++];
  int shared = header >> 4, rest = header & 15;
  if (rest == 15) rest = kNamePhrases[pos++];
  for (int i = 0; i < rest; i++) {
    uint16_t t = kNamePhrases[pos++];
    if (t >= kNameOneByte) t = uint16_t(((t - kNameOneByte) << 8 | kNamePhrases[pos++]) + kNameOneByte);
    tokens[shared + i] = t;
  }
  *ntokens = shared + rest;
  return pos;
}

// Splits an upper-case name the way the generator did: at spaces, and at
// hyphens between two letters/digits. False if a word is not in the table.
bool tokenize(std::string_view name, std::vector<uint16_t>& out) {
  auto alnum = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  size_t i = 0;
  while (true) {
    size_t sp = name.find(' ', i);
    std::string_view word = name.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    size_t start = 0;
    for (size_t j = 1; j + 1 < word.size(); j++) {
      if (word[j] == '-' && alnum(word[j - 1]) && alnum(word[j + 1])) {
        int n = word_number(word.substr(start, j - start));
        if (n < 0) return false;
        out.push_back(uint16_t(n));
        out.push_back(kHyphenToken);
        start = j + 1;
      }
    }
    int n = word_number(word.substr(start));
    if (n < 0) return false;
    out.push_back(uint16_t(n));
    if (out.size() > size_t(kNameMaxTokens)) return false;
    if (sp == std::string_view::npos) return true;
    i = sp + 1;
  }
}

bool lookup_stored(std::string_view upper, uint32_t* cp) {
  std::vector<uint16_t> want;
  if (!tokenize(upper, want)) return false;
  uint16_t tokens[kNameMaxTokens + 1];
  int ntokens = 0;
  size_t pos = 0;
  // Names are stored in code point order; walk the ranges alongside.
  for (const NameRange& r : kNameRanges) {
    for (uint32_t k = 0; k < r.count; k++) {
      pos = read_phrase(pos, tokens, &ntokens);
      if (size_t(ntokens) == want.size() && std::equal(want.begin(), want.end(), tokens)) {
        *cp = r.first + k;
        return true;
      }
    }
  }
  return false;
}

bool hex_digits(std::string_view s, uint32_t* v) {
  if (s.size() != 4 && s.size() != 5) return false;
  uint32_t x = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') x = x * 16 + uint32_t(c - '0');
    else if (c >= 'A' && c <= 'F') x = x * 16 + uint32_t(c - 'A' + 10);
    else return false;
  }
  *v = x;
  return true;
}

const HexNameRange* hex_range_of(uint32_t cp) {
  for (const HexNameRange& r : kHexNameRanges)
    if (cp >= r.first && cp <= r.last) return &r;
  return nullptr;
}

std::string hex_name(const HexNameRange& r, uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", unsigned(cp));
  return std::string(kHexNamePrefixes[r.prefix]) + buf;
}

}  // namespace

bool unicode_lookup(std::string_view name, uint32_t* cp, bool with_aliases) {
  // The computed names are matched case-sensitively and never fall back to
  // the table (CPython's _getcode).
  if (name.substr(0, sizeof kHangulSyllable - 1) == kHangulSyllable) {
    std::string_view s = name.substr(sizeof kHangulSyllable - 1);
    int l, v, t;
    size_t n = find_jamo(s, kJamoL, kLCount, &l);
    s.remove_prefix(n);
    n = find_jamo(s, kJamoV, kVCount, &v);
    s.remove_prefix(n);
    n = find_jamo(s, kJamoT, kTCount, &t);
    s.remove_prefix(n);
    if (l < 0 || v < 0 || t < 0 || !s.empty()) return false;
    *cp = kSBase + (uint32_t(l) * kVCount + uint32_t(v)) * kTCount + uint32_t(t);
    return true;
  }
  if (name.substr(0, sizeof kCjkUnified - 1) == kCjkUnified) {
    uint32_t v;
    if (!hex_digits(name.substr(sizeof kCjkUnified - 1), &v)) return false;
    const HexNameRange* r = hex_range_of(v);
    if (!r || std::strcmp(kHexNamePrefixes[r->prefix], kCjkUnified) != 0) return false;
    *cp = v;
    return true;
  }
  if (name.empty() || name.size() > kUnicodeNameMaxLen) return false;
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = char(c - 32);
    if (c & 0x80) return false;  // names are ASCII
  }
  // Other PREFIX-HEX names are in CPython's table: only the exact spelling.
  for (const char* prefix : kHexNamePrefixes) {
    size_t len = std::strlen(prefix);
    if (std::strcmp(prefix, kCjkUnified) == 0 || upper.compare(0, len, prefix) != 0) continue;
    uint32_t v;
    if (!hex_digits(std::string_view(upper).substr(len), &v)) return false;
    const HexNameRange* r = hex_range_of(v);
    if (!r || hex_name(*r, v) != upper) return false;
    *cp = v;
    return true;
  }
  if (with_aliases) {
    const NameAlias* end = kNameAliases + kNameAliasCount;
    const NameAlias* it = std::lower_bound(kNameAliases, end, upper,
                                           [](const NameAlias& a, const std::string& b) { return a.name < b; });
    if (it != end && upper == it->name) {
      *cp = it->cp;
      return true;
    }
  }
  return lookup_stored(upper, cp);
}

bool unicode_name(uint32_t cp, std::string* out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    *out = kHangulSyllable;
    *out += kJamoL[s / (kVCount * kTCount)];
    *out += kJamoV[s % (kVCount * kTCount) / kTCount];
    *out += kJamoT[s % kTCount];
    return true;
  }
  if (const HexNameRange* r = hex_range_of(cp)) {
    *out = hex_name(*r, cp);
    return true;
  }
  const NameRange* end = kNameRanges + sizeof kNameRanges / sizeof kNameRanges[0];
  const NameRange* r = std::upper_bound(kNameRanges, end, cp,
                                        [](uint32_t c, const NameRange& x) { return c < x.first; });
  if (r == kNameRanges) return false;
  --r;
  if (cp >= r->first + r->count) return false;
  uint32_t ordinal = r->ordinal + (cp - r->first);
  size_t pos = kNameBlockOffsets[ordinal / kNameBlock];
  uint16_t tokens[kNameMaxTokens + 1];
  int ntokens = 0;
  for (uint32_t i = ordinal / kNameBlock * kNameBlock; i <= ordinal; i++) pos = read_phrase(pos, tokens, &ntokens);
  const auto& w = words();
  out->clear();
  bool joined = true;  // no separator before the first word
  for (int i = 0; i < ntokens; i++) {
    if (tokens[i] == kHyphenToken) {
      out->push_back('-');
      joined = true;
      continue;
    }
    if (!joined) out->push_back(' ');
    *out += w[tokens[i] - 1];
    joined = false;
  }
  return true;
}

}  // namespace il
