// tokenizer.cpp — a port of CPython 3.11's Parser/tokenizer.c (string input).
// The structure (nextc/backup over a line-by-line view of the buffer, the
// indentation stack, the bracket stack, the number and string scanners) is
// kept close to the original so that errors come out at the same places.
#include "lang/tokenizer.h"

#include <cstdio>
#include <cstring>

namespace il::lang {

namespace {

constexpr int kEof = -1;
// CPython's limits (tokenizer.h): bracket nesting and indentation depth.
constexpr int kMaxLevel = 200;
constexpr int kMaxIndent = 100;
constexpr int kTabSize = 8;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) {
  return is_potential_identifier_start(c) || is_digit(c);
}

T one_char(int c) {
  switch (c) {
    case '%': return T::Percent;
    case '&': return T::Amper;
    case '(': return T::LPar;
    case ')': return T::RPar;
    case '*': return T::Star;
    case '+': return T::Plus;
    case ',': return T::Comma;
    case '-': return T::Minus;
    case '.': return T::Dot;
    case '/': return T::Slash;
    case ':': return T::Colon;
    case ';': return T::Semi;
    case '<': return T::Less;
    case '=': return T::Equal;
    case '>': return T::Greater;
    case '@': return T::At;
    case '[': return T::LSqb;
    case ']': return T::RSqb;
    case '^': return T::Circumflex;
    case '{': return T::LBrace;
    case '|': return T::VBar;
    case '}': return T::RBrace;
    case '~': return T::Tilde;
  }
  return T::Op;
}

// T::Op means "no such two-character token".
T two_chars(int c1, int c2) {
  switch (c1) {
    case '!': if (c2 == '=') return T::NotEqual; break;
    case '%': if (c2 == '=') return T::PercentEqual; break;
    case '&': if (c2 == '=') return T::AmperEqual; break;
    case '*':
      if (c2 == '*') return T::DoubleStar;
      if (c2 == '=') return T::StarEqual;
      break;
    case '+': if (c2 == '=') return T::PlusEqual; break;
    case '-':
      if (c2 == '=') return T::MinEqual;
      if (c2 == '>') return T::RArrow;
      break;
    case '/':
      if (c2 == '/') return T::DoubleSlash;
      if (c2 == '=') return T::SlashEqual;
      break;
    case ':': if (c2 == '=') return T::ColonEqual; break;
    case '<':
      if (c2 == '<') return T::LeftShift;
      if (c2 == '=') return T::LessEqual;
      if (c2 == '>') return T::NotEqual;  // "<>": the parser rejects it
      break;
    case '=': if (c2 == '=') return T::EqEqual; break;
    case '>':
      if (c2 == '=') return T::GreaterEqual;
      if (c2 == '>') return T::RightShift;
      break;
    case '@': if (c2 == '=') return T::AtEqual; break;
    case '^': if (c2 == '=') return T::CircumflexEqual; break;
    case '|': if (c2 == '=') return T::VBarEqual; break;
  }
  return T::Op;
}

T three_chars(int c1, int c2, int c3) {
  if (c3 != '=') return T::Op;
  if (c1 == '*' && c2 == '*') return T::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return T::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return T::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return T::RightShiftEqual;
  return T::Op;
}

// \r\n and lone \r become \n (CPython's translate_newlines); a UTF-8 BOM is
// dropped; file input always ends with a newline.
std::string normalise(std::string_view src, bool exec_input) {
  if (src.size() >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
      (unsigned char)src[2] == 0xBF)
    src.remove_prefix(3);
  std::string out;
  out.reserve(src.size() + 1);
  for (size_t i = 0; i < src.size(); i++) {
    char c = src[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < src.size() && src[i + 1] == '\n') i++;
    } else {
      out.push_back(c);
    }
  }
  if (exec_input && (out.empty() || out.back() != '\n')) out.push_back('\n');
  return out;
}

}  // namespace

uint32_t utf8_decode(std::string_view s, size_t& i) {
  unsigned char c = (unsigned char)s[i++];
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (n < 0 || c > 0xF4) return 0xFFFD;
  uint32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n; k++) {
    if (i >= s.size() || ((unsigned char)s[i] & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | ((unsigned char)s[i++] & 0x3F);
  }
  return cp;
}

void utf8_append(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out.push_back((char)c);
  } else if (c < 0x800) {
    out.push_back((char)(0xC0 | (c >> 6)));
    out.push_back((char)(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back((char)(0xE0 | (c >> 12)));
    out.push_back((char)(0x80 | ((c >> 6) & 0x3F)));
    out.push_back((char)(0x80 | (c & 0x3F)));
  } else {
    out.push_back((char)(0xF0 | (c >> 18)));
    out.push_back((char)(0x80 | ((c >> 12) & 0x3F)));
    out.push_back((char)(0x80 | ((c >> 6) & 0x3F)));
    out.push_back((char)(0x80 | (c & 0x3F)));
  }
}

const char* token_name(T t) {
  static const char* const names[] = {
      "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
      "'('", "')'", "'['", "']'", "':'", "','", "';'", "'+'", "'-'", "'*'", "'/'",
      "'|'", "'&'", "'<'", "'>'", "'='", "'.'", "'%'", "'{'", "'}'", "'=='",
      "'!='", "'<='", "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'", "'+='",
      "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='",
      "'**='", "'//'", "'//='", "'@'", "'@='", "'->'", "'...'", "':='", "OP",
      "ERRORTOKEN", "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'",
      "'async'", "'await'", "'break'", "'class'", "'continue'", "'def'", "'del'",
      "'elif'", "'else'", "'except'", "'finally'", "'for'", "'from'", "'global'",
      "'if'", "'import'", "'in'", "'is'", "'lambda'", "'nonlocal'", "'not'",
      "'or'", "'pass'", "'raise'", "'return'", "'try'", "'while'", "'with'",
      "'yield'",
  };
  size_t i = (size_t)t;
  return i < sizeof(names) / sizeof(names[0]) ? names[i] : "?";
}

Tokenizer::Tokenizer(std::string_view source, bool exec_input)
    : buf_(normalise(source, exec_input)), exec_input_(exec_input) {}

// --- Reading characters ---------------------------------------------------

// Makes the next line available (tok_underflow_string).
bool Tokenizer::underflow() {
  if (inp_ >= buf_.size()) {
    done_ = TokDone::Eof;
    return false;
  }
  size_t nl = buf_.find('\n', inp_);
  uint32_t end = nl == std::string::npos ? (uint32_t)buf_.size() : (uint32_t)nl + 1;
  lineno_++;
  if ((int)line_starts_.size() < lineno_) line_starts_.push_back(inp_);
  inp_ = end;
  return true;
}

int Tokenizer::nextc() {
  for (;;) {
    if (cur_ != inp_) return (unsigned char)buf_[cur_++];
    if (done_ != TokDone::Ok) return kEof;
    if (!underflow()) {
      cur_ = inp_;
      return kEof;
    }
    line_start_ = cur_;
  }
}

void Tokenizer::backup(int c) {
  if (c != kEof) cur_--;
}

int Tokenizer::cp_between(uint32_t from, uint32_t to) const {
  int n = 0;
  for (uint32_t i = from; i < to && i < buf_.size(); i++)
    if (((unsigned char)buf_[i] & 0xC0) != 0x80) n++;
  return n;
}

std::string_view Tokenizer::line_text(int line) const {
  if (line < 1) return {};
  uint32_t start;
  if (line <= (int)line_starts_.size()) {
    start = line_starts_[line - 1];
  } else {
    // Lines the tokenizer has not reached yet: scan forward.
    start = line_starts_.back();
    for (int l = (int)line_starts_.size(); l < line; l++) {
      size_t nl = buf_.find('\n', start);
      if (nl == std::string::npos) return {};
      start = (uint32_t)nl + 1;
    }
  }
  if (start > buf_.size()) return {};
  size_t nl = buf_.find('\n', start);
  size_t end = nl == std::string::npos ? buf_.size() : nl;
  return std::string_view(buf_).substr(start, end - start);
}

int Tokenizer::cp_col(int line, int byte_col) const {
  std::string_view t = line_text(line);
  int n = 0;
  for (int i = 0; i < byte_col && i < (int)t.size(); i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) n++;
  if (byte_col > (int)t.size()) n += byte_col - (int)t.size();
  return n;
}

int Tokenizer::byte_col(int line, int cp_col) const {
  std::string_view t = line_text(line);
  int i = 0, n = 0;
  while (i < (int)t.size() && n < cp_col) {
    i++;
    while (i < (int)t.size() && ((unsigned char)t[i] & 0xC0) == 0x80) i++;
    n++;
  }
  return i + (cp_col - n);
}

// --- Building tokens and errors -------------------------------------------

Token Tokenizer::make(T type, uint32_t start, uint32_t end) {
  Token t;
  t.type = type;
  t.level = level_;
  t.start = start;
  t.end = end;
  uint32_t ls = type == T::String ? multi_line_start_ : line_start_;
  t.line = type == T::String ? first_lineno_ : lineno_;
  t.end_line = lineno_;
  t.col = start >= ls ? (int)(start - ls) : -1;
  t.end_col = end >= line_start_ ? (int)(end - line_start_) : -1;
  t.col_cp = t.col < 0 ? -1 : cp_between(ls, start);
  t.end_col_cp = t.end_col < 0 ? -1 : cp_between(line_start_, end);
  return t;
}

// A token without a position: INDENT, DEDENT, ENDMARKER, ERRORTOKEN.
Token Tokenizer::error_token() {
  Token t;
  t.type = T::ErrorToken;
  t.level = level_;
  t.start = t.end = cur_;
  t.line = t.end_line = lineno_;
  return t;
}

Token Tokenizer::syntax_error_range(const char* msg, int col, int end_col) {
  error_.msg = msg;
  error_.line = error_.end_line = lineno_;
  size_t nl = buf_.find('\n', line_start_);
  size_t end = nl == std::string::npos ? buf_.size() : nl;
  error_.text = buf_.substr(line_start_, end - line_start_);
  if (col < 0) col = cp_between(line_start_, cur_);
  if (end_col < 0) end_col = col;
  error_.offset = col;
  error_.end_offset = end_col;
  done_ = TokDone::Error;
  return error_token();
}

Token Tokenizer::syntax_error(const char* msg) { return syntax_error_range(msg, -1, -1); }

// --- Numbers --------------------------------------------------------------

bool Tokenizer::lookahead(const char* test) {
  const char* s = test;
  for (;;) {
    int c = nextc();
    bool res = false;
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
    } else if (c == *s) {
      s++;
      continue;
    }
    backup(c);
    while (s != test) backup(*--s);
    return res;
  }
}

// A number must not run straight into a name ("1a"), except for the
// keywords that may legally follow a number ("1if x else 2"), which CPython
// merely warns about.
bool Tokenizer::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = nextc();
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) return true;
  // Only an ASCII letter or digit is an error here (3.11.7): "1号" is a
  // number followed by a name.
  if (c < 128 && is_potential_identifier_char(c)) {
    backup(c);
    char msg[64];
    std::snprintf(msg, sizeof msg, "invalid %s literal", kind);
    syntax_error(msg);
    return false;
  }
  return true;
}

// Digits with single underscores between them; returns the character after
// them, or 0 after reporting an error.
int Tokenizer::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

// After a backslash: it must end the line, and more input must follow.
int Tokenizer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    done_ = TokDone::LineCont;
    return -1;
  }
  c = nextc();
  if (c == kEof) {
    done_ = TokDone::Eof;
    cur_ = inp_;
    return -1;
  }
  backup(c);
  return c;
}

// Checks a name containing non-ASCII bytes (CPython's verify_identifier).
bool Tokenizer::verify_identifier(uint32_t start) {
  std::string_view s = std::string_view(buf_).substr(start, cur_ - start);
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    size_t at = i;
    uint32_t ch = utf8_decode(s, i);
    bool ok = first ? (is_xid_start(ch) || ch == '_') : is_xid_continue(ch);
    first = false;
    if (!ok) {
      (void)at;
      cur_ = start + (uint32_t)i;  // just after the offending character
      char msg[80];
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", (unsigned)ch);
      if (is_printable(ch)) {
        std::string c;
        utf8_append(c, ch);
        std::snprintf(msg, sizeof msg, "invalid character '%s' (U+%s)", c.c_str(), hex);
      } else {
        std::snprintf(msg, sizeof msg, "invalid non-printable character U+%s", hex);
      }
      syntax_error(msg);
      return false;
    }
  }
  return true;
}

// --- The tokenizer proper (tok_get) ---------------------------------------

Token Tokenizer::next() {
  Token t = get();
  in_token_ = false;
  return t;
}

Token Tokenizer::get() {
  int c;
  bool blankline;

nextline:
  in_token_ = false;
  blankline = false;

  // Indentation at the beginning of a line.
  if (atbol_) {
    int col = 0, altcol = 0;
    atbol_ = false;
    int cont_line_col = 0;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        col++, altcol++;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = altcol + 1;  // ALTTABSIZE 1: a tab counts as one space
      } else if (c == '\014') {
        col = altcol = 0;  // form feed
      } else if (c == '\\') {
        // A backslash in the indentation: the first one fixes the level.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if ((c = continuation_line()) == -1) return error_token();
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // comment-only or empty line
    if (!blankline && level_ == 0) {
      col = cont_line_col ? cont_line_col : col;
      altcol = cont_line_col ? cont_line_col : altcol;
      if (col == indstack_.back()) {
        if (altcol != altindstack_.back()) {
          done_ = TokDone::TabSpace;
          cur_ = inp_;
          return error_token();
        }
      } else if (col > indstack_.back()) {
        if ((int)indstack_.size() >= kMaxIndent) {
          done_ = TokDone::TooDeep;
          cur_ = inp_;
          return error_token();
        }
        if (altcol <= altindstack_.back()) {
          done_ = TokDone::TabSpace;
          cur_ = inp_;
          return error_token();
        }
        pendin_++;
        indstack_.push_back(col);
        altindstack_.push_back(altcol);
      } else {
        while (indstack_.size() > 1 && col < indstack_.back()) {
          pendin_--;
          indstack_.pop_back();
          altindstack_.pop_back();
        }
        if (col != indstack_.back()) {
          done_ = TokDone::Dedent;
          cur_ = inp_;
          return error_token();
        }
        if (altcol != altindstack_.back()) {
          done_ = TokDone::TabSpace;
          cur_ = inp_;
          return error_token();
        }
      }
    }
  }

  // Pending INDENT/DEDENT tokens (they carry no column).
  if (pendin_ != 0) {
    Token t = error_token();
    if (pendin_ < 0) {
      pendin_++;
      t.type = T::Dedent;
    } else {
      pendin_--;
      t.type = T::Indent;
    }
    return t;
  }

again:
  in_token_ = false;
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\014');

  tok_start_ = cur_ == 0 ? 0 : cur_ - 1;
  uint32_t start = tok_start_;
  in_token_ = true;

  if (c == '#') {
    while (c != kEof && c != '\n') c = nextc();
  }

  if (c == kEof) {
    Token t = error_token();
    if (level_) return t;
    if (done_ == TokDone::Eof) t.type = T::EndMarker;
    return t;
  }

  // Identifiers, keywords and string prefixes.
  if (is_potential_identifier_start(c)) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
        saw_b = true;
      } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
        saw_u = true;
      } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
        saw_r = true;
      } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
        saw_f = true;
      } else {
        break;
      }
      c = nextc();
      if (c == '"' || c == '\'') goto letter_quote;
    }
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    if (nonascii && !verify_identifier(start)) return error_token();
    return make(T::Name, start, cur_);
  }

  if (c == '\n') {
    atbol_ = true;
    if (blankline || level_ > 0) goto nextline;
    cont_line_ = false;
    return make(T::Newline, start, cur_ - 1);
  }

  // A period, an ellipsis, or a number starting with a period.
  if (c == '.') {
    c = nextc();
    if (is_digit(c)) goto fraction;
    if (c == '.') {
      c = nextc();
      if (c == '.') return make(T::Ellipsis, start, cur_);
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    return make(T::Dot, start, cur_);
  }

  if (is_digit(c)) {
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (!is_xdigit(c)) {
            backup(c);
            return syntax_error("invalid hexadecimal literal");
          }
          do {
            c = nextc();
          } while (is_xdigit(c));
        } while (c == '_');
        if (!verify_end_of_number(c, "hexadecimal")) return error_token();
      } else if (c == 'o' || c == 'O') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c < '0' || c >= '8') {
            if (is_digit(c)) {
              char msg[48];
              std::snprintf(msg, sizeof msg, "invalid digit '%c' in octal literal", c);
              return syntax_error(msg);
            }
            backup(c);
            return syntax_error("invalid octal literal");
          }
          do {
            c = nextc();
          } while ('0' <= c && c < '8');
        } while (c == '_');
        if (is_digit(c)) {
          char msg[48];
          std::snprintf(msg, sizeof msg, "invalid digit '%c' in octal literal", c);
          return syntax_error(msg);
        }
        if (!verify_end_of_number(c, "octal")) return error_token();
      } else if (c == 'b' || c == 'B') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c != '0' && c != '1') {
            if (is_digit(c)) {
              char msg[48];
              std::snprintf(msg, sizeof msg, "invalid digit '%c' in binary literal", c);
              return syntax_error(msg);
            }
            backup(c);
            return syntax_error("invalid binary literal");
          }
          do {
            c = nextc();
          } while (c == '0' || c == '1');
        } while (c == '_');
        if (is_digit(c)) {
          char msg[48];
          std::snprintf(msg, sizeof msg, "invalid digit '%c' in binary literal", c);
          return syntax_error(msg);
        }
        if (!verify_end_of_number(c, "binary")) return error_token();
      } else {
        // "0", "00", or an old-style octal such as 0777 (now an error).
        bool nonzero = false;
        for (;;) {
          if (c == '_') {
            c = nextc();
            if (!is_digit(c)) {
              backup(c);
              return syntax_error("invalid decimal literal");
            }
          }
          if (c != '0') break;
          c = nextc();
        }
        uint32_t zeros_end = cur_;
        if (is_digit(c)) {
          nonzero = true;
          c = decimal_tail();
          if (c == 0) return error_token();
        }
        if (c == '.') {
          c = nextc();
          goto fraction;
        } else if (c == 'e' || c == 'E') {
          goto exponent;
        } else if (c == 'j' || c == 'J') {
          goto imaginary;
        } else if (nonzero) {
          backup(c);
          return syntax_error_range(
              "leading zeros in decimal integer literals are not permitted; "
              "use an 0o prefix for octal integers",
              (int)(start + 1 - line_start_), (int)(zeros_end - line_start_));
        }
        if (!verify_end_of_number(c, "decimal")) return error_token();
      }
    } else {
      c = decimal_tail();
      if (c == 0) return error_token();
      if (c == '.') {
        c = nextc();
      fraction:
        if (is_digit(c)) {
          c = decimal_tail();
          if (c == 0) return error_token();
        }
      }
      if (c == 'e' || c == 'E') {
        int e;
      exponent:
        e = c;
        c = nextc();
        if (c == '+' || c == '-') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error("invalid decimal literal");
          }
        } else if (!is_digit(c)) {
          backup(c);
          if (!verify_end_of_number(e, "decimal")) return error_token();
          backup(e);
          return make(T::Number, start, cur_);
        }
        c = decimal_tail();
        if (c == 0) return error_token();
      }
      if (c == 'j' || c == 'J') {
      imaginary:
        c = nextc();
        if (!verify_end_of_number(c, "imaginary")) return error_token();
      } else if (!verify_end_of_number(c, "decimal")) {
        return error_token();
      }
    }
    backup(c);
    return make(T::Number, start, cur_);
  }

letter_quote:
  if (c == '\'' || c == '"') {
    int quote = c;
    int quote_size = 1;
    int end_quote_size = 0;
    first_lineno_ = lineno_;
    multi_line_start_ = line_start_;
    c = nextc();
    if (c == quote) {
      c = nextc();
      if (c == quote) {
        quote_size = 3;
      } else {
        end_quote_size = 1;  // empty string
      }
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
      c = nextc();
      if (c == kEof || (quote_size == 1 && c == '\n')) {
        // Report from the opening quote (or prefix), on its line.
        cur_ = start + 1;
        line_start_ = multi_line_start_;
        int detected = lineno_;
        lineno_ = first_lineno_;
        char msg[96];
        std::snprintf(msg, sizeof msg,
                      quote_size == 3
                          ? "unterminated triple-quoted string literal (detected at line %d)"
                          : "unterminated string literal (detected at line %d)",
                      detected);
        return syntax_error(msg);
      }
      if (c == quote) {
        end_quote_size += 1;
      } else {
        end_quote_size = 0;
        if (c == '\\') nextc();  // skip the escaped character
      }
    }
    return make(T::String, start, cur_);
  }

  if (c == '\\') {
    if (continuation_line() == -1) return error_token();
    cont_line_ = true;
    goto again;
  }

  {
    int c2 = nextc();
    T tok2 = two_chars(c, c2);
    if (tok2 != T::Op) {
      int c3 = nextc();
      T tok3 = three_chars(c, c2, c3);
      if (tok3 != T::Op) {
        tok2 = tok3;
      } else {
        backup(c3);
      }
      return make(tok2, start, cur_);
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level_ >= kMaxLevel) return syntax_error("too many nested parentheses");
      parens_.push_back({(char)c, lineno_, (int)(start - line_start_)});
      level_++;
      break;
    case ')':
    case ']':
    case '}': {
      char msg[96];
      if (!level_) {
        std::snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return syntax_error(msg);
      }
      Paren open = parens_.back();
      parens_.pop_back();
      level_--;
      if (!((open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') ||
            (open.ch == '{' && c == '}'))) {
        if (open.line != lineno_) {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                        c, open.ch, open.line);
        } else {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        }
        return syntax_error(msg);
      }
      break;
    }
  }

  if (!is_printable((uint32_t)c)) {
    char msg[64];
    std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
    return syntax_error(msg);
  }

  return make(one_char(c), start, cur_);
}

}  // namespace il::lang
