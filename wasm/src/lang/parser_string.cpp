// parser_string.cpp — string literals: prefixes, escape sequences, implicit
// concatenation and f-strings, as CPython 3.11's Parser/string_parser.c and
// action_helpers.c do them. In 3.11 an f-string is one STRING token; its
// replacement fields are found here and each expression is parsed by a
// sub-parser on "(" + expression + ")", whose positions are then shifted
// onto the real source.
#include <cstdio>
#include <cstring>

#include "lang/parser_impl.h"
#include "objects/unicode_names.h"

namespace il::lang::detail {

namespace {

// CPython's f-string limits: a format spec may hold one more level of
// fields ("{x:{width}}"), and brackets nest at most this deep.
constexpr int kMaxFstringRecursion = 2;
constexpr int kMaxFstringParens = 200;

int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// The UnicodeDecodeError text for "unicodeescape" (positions inclusive).
std::string unicode_escape_error(size_t start, size_t end, const char* why) {
  char buf[200];
  if (end - start == 1) {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                  start, why);
  } else {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, why);
  }
  return buf;
}

// decode_unicode_with_escapes: CPython first rewrites every non-ASCII
// character as \UXXXXXXXX (and a backslash before one as \u005c), then runs
// the unicode-escape codec; error positions refer to that rewritten text.
bool decode_unicode_with_escapes(std::string_view src, std::string& out, std::string& err) {
  std::string buf;
  buf.reserve(src.size() + 8);
  for (size_t i = 0; i < src.size();) {
    if (src[i] == '\\') {
      buf.push_back(src[i++]);
      if (i >= src.size() || ((unsigned char)src[i] & 0x80)) {
        buf += "u005c";
        if (i >= src.size()) break;
      }
    }
    if ((unsigned char)src[i] & 0x80) {
      uint32_t cp = utf8_decode(src, i);
      char tmp[16];
      std::snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
      buf += tmp;
    } else {
      buf.push_back(src[i++]);
    }
  }
  out.clear();
  out.reserve(buf.size());
  const size_t n = buf.size();
  size_t s = 0;
  while (s < n) {
    char c = buf[s];
    if (c != '\\') {
      out.push_back(c);
      s++;
      continue;
    }
    size_t start = s++;
    if (s >= n) {
      err = unicode_escape_error(start, s, "\\ at end of string");
      return false;
    }
    c = buf[s++];
    switch (c) {
      case '\n': continue;
      case '\\': out.push_back('\\'); continue;
      case '\'': out.push_back('\''); continue;
      case '"': out.push_back('"'); continue;
      case 'b': out.push_back('\b'); continue;
      case 'f': out.push_back('\f'); continue;
      case 't': out.push_back('\t'); continue;
      case 'n': out.push_back('\n'); continue;
      case 'r': out.push_back('\r'); continue;
      case 'v': out.push_back('\v'); continue;
      case 'a': out.push_back('\a'); continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t ch = c - '0';
        if (s < n && buf[s] >= '0' && buf[s] <= '7') {
          ch = (ch << 3) + (buf[s++] - '0');
          if (s < n && buf[s] >= '0' && buf[s] <= '7') ch = (ch << 3) + (buf[s++] - '0');
        }
        utf8_append(out, ch);  // > 0o377 only warns in 3.11
        continue;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* msg = c == 'x'   ? "truncated \\xXX escape"
                          : c == 'u' ? "truncated \\uXXXX escape"
                                     : "truncated \\UXXXXXXXX escape";
        uint32_t ch = 0;
        for (; count; ++s, --count) {
          if (s >= n || hex_value(buf[s]) > 15) {
            err = unicode_escape_error(start, s, msg);
            return false;
          }
          ch = (ch << 4) + hex_value(buf[s]);
        }
        if (ch > 0x10FFFF) {
          err = unicode_escape_error(start, s, "illegal Unicode character");
          return false;
        }
        utf8_append(out, ch);
        continue;
      }
      case 'N': {
        // CPython's unicode-escape decoder: "\N{name}", the name looked up
        // with aliases but without named sequences.
        const char* why = "malformed \\N character escape";
        if (s < n && buf[s] == '{') {
          size_t close = buf.find('}', s + 1);
          if (close == std::string::npos) {
            s = n;
          } else if (close == s + 1) {
            s = close;  // "\N{}"
          } else {
            uint32_t ch;
            std::string_view name(buf.data() + s + 1, close - s - 1);
            s = close + 1;
            if (unicode_lookup(name, &ch)) {
              utf8_append(out, ch);
              continue;
            }
            why = "unknown Unicode character name";
          }
        }
        err = unicode_escape_error(start, s, why);
        return false;
      }
      default:
        out.push_back('\\');  // invalid escapes are kept (a warning in 3.11)
        out.push_back(c);
        continue;
    }
  }
  return true;
}

// _PyBytes_DecodeEscape
bool decode_bytes_with_escapes(std::string_view src, std::string& out, std::string& err) {
  out.clear();
  const size_t n = src.size();
  size_t s = 0;
  while (s < n) {
    char c = src[s];
    if (c != '\\') {
      out.push_back(c);
      s++;
      continue;
    }
    s++;
    if (s >= n) {
      err = "(value error) Trailing \\ in string";
      return false;
    }
    c = src[s++];
    switch (c) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 't': out.push_back('\t'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'v': out.push_back('\v'); break;
      case 'a': out.push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int ch = c - '0';
        if (s < n && src[s] >= '0' && src[s] <= '7') {
          ch = (ch << 3) + (src[s++] - '0');
          if (s < n && src[s] >= '0' && src[s] <= '7') ch = (ch << 3) + (src[s++] - '0');
        }
        out.push_back((char)(ch & 0xFF));
        break;
      }
      case 'x':
        if (s + 1 < n && hex_value(src[s]) < 16 && hex_value(src[s + 1]) < 16) {
          out.push_back((char)((hex_value(src[s]) << 4) + hex_value(src[s + 1])));
          s += 2;
          break;
        } else {
          char buf[80];
          std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", s - 2);
          err = buf;
          return false;
        }
      default:
        out.push_back('\\');
        s--;
        break;
    }
  }
  return true;
}

// The pieces of one STRING token (_PyPegen_parsestr).
struct StrPiece {
  bool bytes = false, raw = false, fmode = false;
  std::string_view body;  // between the quotes
};

StrPiece split_string_token(std::string_view s) {
  StrPiece p;
  size_t i = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == 'b' || c == 'B') {
      p.bytes = true;
    } else if (c == 'r' || c == 'R') {
      p.raw = true;
    } else if (c == 'f' || c == 'F') {
      p.fmode = true;
    } else if (c == 'u' || c == 'U') {
    } else {
      break;
    }
  }
  char q = s[i];
  size_t qlen = (s.size() - i >= 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
  p.body = s.substr(i + qlen, s.size() - i - 2 * qlen);
  return p;
}

}  // namespace

// The state of one concatenation (CPython's FstringParser).
struct FstringState {
  std::string last_str;  // pending literal text (empty: none)
  std::vector<Expr*> exprs;
  bool fmode = false;
};

namespace {

struct FstringCtx {
  Parser& p;
  const Token* first;
  const Token* last;

  Expr* str_node(FstringState& st) {
    Expr* e = p.new_expr(ExprKind::Constant, {first->line, first->col_cp, last->end_line, last->end_col_cp});
    e->const_kind = ast::ConstKind::Str;
    e->text = std::move(st.last_str);
    st.last_str.clear();
    return e;
  }

  Expr* finish(FstringState& st, const Token* f, const Token* l) {
    Pos pos{f->line, f->col_cp, l->end_line, l->end_col_cp};
    if (!st.fmode) {
      Expr* e = p.new_expr(ExprKind::Constant, pos);
      e->const_kind = ast::ConstKind::Str;
      e->text = std::move(st.last_str);
      return e;
    }
    if (!st.last_str.empty()) {
      Expr* e = p.new_expr(ExprKind::Constant, pos);
      e->const_kind = ast::ConstKind::Str;
      e->text = std::move(st.last_str);
      st.exprs.push_back(e);
    }
    Expr* j = p.new_expr(ExprKind::JoinedStr, pos);
    j->values = std::move(st.exprs);
    return j;
  }

  // fstring_find_literal: literal text up to an unescaped '{' or '}'.
  // Returns -1 on error, 1 after a doubled brace (call again), else 0.
  int find_literal(const char*& str, const char* end, bool raw, std::string& literal,
                   int recurse_lvl) {
    const char* s = str;
    const char* literal_start = s;
    int result = 0;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          // Skip "\N{...}" so its braces do not start a field.
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
            continue;
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (s < end && *s == ch) {
            str = s + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            str = s - 1;
            p.raise_error(ErrType::Syntax, "f-string: single '}' is not allowed");
            return -1;
          }
        }
        s--;
        break;
      }
    }
    str = s;
  done:
    if (literal_start != s) {
      std::string_view lit(literal_start, (size_t)(s - literal_start));
      if (raw) {
        literal = std::string(lit);
      } else {
        std::string err;
        if (!decode_unicode_with_escapes(lit, literal, err)) {
          p.raise_error(ErrType::Syntax, err);
          return -1;
        }
      }
    }
    return result;
  }

  // fstring_compile_expr: parse the field's expression with a sub-parser.
  Expr* compile_expr(const char* expr_start, const char* expr_end, const Token* t) {
    const char* s = expr_start;
    for (; s != expr_end; s++) {
      char c = *s;
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
    }
    if (s == expr_end) {
      if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
        char msg[64];
        std::snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *expr_end);
        p.raise_error(ErrType::Syntax, msg);
        return nullptr;
      }
      p.raise_error(ErrType::Syntax, "f-string: empty expression not allowed");
      return nullptr;
    }
    // fstring_find_expr_location: how far the field sits into the token.
    std::string_view tok_text = p.text(t);
    const char* parent = tok_text.data();
    const char* brace = expr_start - 1;
    int lines = 0, cols = 0, cols_cp = 0;
    bool newline_after_brace = true;
    for (const char* q = expr_start; q < parent + tok_text.size() && *q != '}' && *q != '\n'; q++) {
      if (*q != ' ' && *q != '\t' && *q != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      const char* q = brace;
      while (q > parent && *q != '\n') q--;
      cols = (int)(brace - q);
      for (const char* r = q; r < brace; r++)
        if (((unsigned char)*r & 0xC0) != 0x80) cols_cp++;
      if (*q == '\n') {
        cols -= 1;
        cols_cp -= 1;
      }
    }
    for (const char* q = parent; q < brace; q++)
      if (*q == '\n') lines++;

    std::string src;
    src.reserve((size_t)(expr_end - expr_start) + 2);
    src.push_back('(');
    src.append(expr_start, (size_t)(expr_end - expr_start));
    src.push_back(')');

    Parser sub(src, /*exec_input=*/true, p.module);
    sub.fstring_mode = true;
    sub.parent = &p;
    sub.line_delta = t->line + lines - 1;
    sub.starting_lineno = t->line + lines;
    sub.starting_col_cp = lines ? cols_cp : t->col_cp + cols_cp;
    Expr* e = sub.run_fstring_expr();
    // Keep the sub-parser's statement lists alive with ours.
    for (auto& l : sub.stmt_lists) p.stmt_lists.push_back(std::move(l));
    if (!e) {
      if (sub.err) {
        p.err = sub.err;
        p.error_indicator = true;
      } else {
        p.raise_error(ErrType::Syntax, "f-string: invalid syntax");
      }
      return nullptr;
    }
    return e;
  }

  // fstring_find_expr: one replacement field, from '{' to '}'.
  Expr* find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                  std::string& expr_text, bool& has_expr_text, const Token* t) {
    has_expr_text = false;
    if (recurse_lvl >= kMaxFstringRecursion) {
      p.raise_error(ErrType::Syntax, "f-string: expressions nested too deeply");
      return nullptr;
    }
    str += 1;  // the '{'
    const char* expr_start = str;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[kMaxFstringParens];
    for (; str < end; str++) {
      char ch = *str;
      if (ch == '\\') {
        p.raise_error(ErrType::Syntax, "f-string expression part cannot include a backslash");
        return nullptr;
      }
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
              str += 2;
              string_type = 0;
              quote_char = 0;
              continue;
            }
          } else {
            quote_char = 0;
            string_type = 0;
            continue;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        if (str + 2 < end && str[1] == ch && str[2] == ch) {
          string_type = 3;
          str += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (nested_depth >= kMaxFstringParens) {
          p.raise_error(ErrType::Syntax, "f-string: too many nested parenthesis");
          return nullptr;
        }
        parenstack[nested_depth++] = ch;
      } else if (ch == '#') {
        p.raise_error(ErrType::Syntax, "f-string expression part cannot include '#'");
        return nullptr;
      } else if (nested_depth == 0 &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (str + 1 < end) {
          char next = str[1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
              (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
            str += 1;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        char msg[96];
        if (!nested_depth) {
          std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
          p.raise_error(ErrType::Syntax, msg);
          return nullptr;
        }
        char opening = parenstack[--nested_depth];
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          std::snprintf(msg, sizeof msg,
                        "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                        ch, opening);
          p.raise_error(ErrType::Syntax, msg);
          return nullptr;
        }
      }
    }
    const char* expr_end = str;
    if (quote_char) {
      p.raise_error(ErrType::Syntax, "f-string: unterminated string");
      return nullptr;
    }
    if (nested_depth) {
      char msg[48];
      std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parenstack[nested_depth - 1]);
      p.raise_error(ErrType::Syntax, msg);
      return nullptr;
    }
    if (str >= end) return unexpected_end();

    Expr* simple = compile_expr(expr_start, expr_end, t);
    if (!simple) return nullptr;

    if (*str == '=') {
      str += 1;
      while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' ||
                           *str == '\f' || *str == '\v'))
        str += 1;
      if (str >= end) return unexpected_end();
      expr_text.assign(expr_start, (size_t)(str - expr_start));
      has_expr_text = true;
    }
    int conversion = -1;
    if (*str == '!') {
      str += 1;
      if (str >= end) return unexpected_end();
      conversion = (unsigned char)*str;
      str += 1;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        p.raise_error(ErrType::Syntax,
                      "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        return nullptr;
      }
    }
    Expr* format_spec = nullptr;
    if (str >= end) return unexpected_end();
    if (*str == ':') {
      str += 1;
      if (str >= end) return unexpected_end();
      FstringState spec;
      if (!concat_fstring(spec, str, end, raw, recurse_lvl + 1, t)) return nullptr;
      format_spec = finish(spec, t, t);
    }
    if (str >= end || *str != '}') return unexpected_end();
    str += 1;
    if (has_expr_text && !format_spec && conversion == -1) conversion = 'r';
    Expr* fv = p.new_expr(ExprKind::FormattedValue,
                          {first->line, first->col_cp, last->end_line, last->end_col_cp});
    fv->left = simple;
    fv->conversion = conversion;
    fv->right = format_spec;
    return fv;
  }

  Expr* unexpected_end() {
    p.raise_error(ErrType::Syntax, "f-string: expecting '}'");
    return nullptr;
  }

  // _PyPegen_FstringParser_ConcatFstring
  bool concat_fstring(FstringState& st, const char*& str, const char* end, bool raw,
                      int recurse_lvl, const Token* t) {
    st.fmode = true;
    for (;;) {
      std::string literal, expr_text;
      bool has_expr_text = false;
      Expr* expression = nullptr;
      int result = find_literal(str, end, raw, literal, recurse_lvl);
      if (result < 0) return false;
      if (result == 0 && !(str >= end || *str == '}')) {
        expression = find_expr(str, end, raw, recurse_lvl, expr_text, has_expr_text, t);
        if (!expression) return false;
      }
      st.last_str += literal;
      if (has_expr_text) st.last_str += expr_text;
      if (result == 1) continue;
      if (!expression) break;
      if (!st.last_str.empty()) st.exprs.push_back(str_node(st));
      st.exprs.push_back(expression);
    }
    if (recurse_lvl == 0 && str < end - 1) {
      p.raise_error(ErrType::Syntax, "f-string: unexpected end of string");
      return false;
    }
    if (recurse_lvl != 0 && (str >= end || *str != '}')) {
      p.raise_error(ErrType::Syntax, "f-string: expecting '}'");
      return false;
    }
    return true;
  }
};

}  // namespace

// _PyPegen_concatenate_strings: adjacent literals become one Constant, or
// one JoinedStr when any of them is an f-string.
Expr* Parser::concatenate_strings(const std::vector<const Token*>& toks) {
  const Token* first = toks.front();
  const Token* last = toks.back();
  FstringCtx ctx{*this, first, last};
  FstringState st;
  bool bytesmode = false;
  std::string bytes_str;
  for (size_t i = 0; i < toks.size(); i++) {
    const Token* t = toks[i];
    StrPiece piece = split_string_token(text(t));
    if (i != 0 && bytesmode != piece.bytes) {
      raise_error(ErrType::Syntax, "cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = piece.bytes;
    if (piece.fmode) {
      const char* s = piece.body.data();
      if (!ctx.concat_fstring(st, s, s + piece.body.size(), piece.raw, 0, t)) return nullptr;
      continue;
    }
    bool raw = piece.raw || piece.body.find('\\') == std::string_view::npos;
    std::string decoded, err;
    if (piece.bytes) {
      for (char c : piece.body) {
        if ((unsigned char)c >= 0x80) {
          raise_at_tok(t, "bytes can only contain ASCII literal characters");
          return nullptr;
        }
      }
      if (raw) {
        bytes_str.append(piece.body);
      } else if (decode_bytes_with_escapes(piece.body, decoded, err)) {
        bytes_str += decoded;
      } else {
        raise_error(ErrType::Syntax, err);
        return nullptr;
      }
    } else if (raw) {
      st.last_str.append(piece.body);
    } else if (decode_unicode_with_escapes(piece.body, decoded, err)) {
      st.last_str += decoded;
    } else {
      raise_error(ErrType::Syntax, err);
      return nullptr;
    }
  }
  if (bytesmode) {
    Expr* e = new_expr(ExprKind::Constant, {first->line, first->col_cp, last->end_line, last->end_col_cp});
    e->const_kind = ast::ConstKind::Bytes;
    e->text = std::move(bytes_str);
    return e;
  }
  return ctx.finish(st, first, last);
}

}  // namespace il::lang::detail
