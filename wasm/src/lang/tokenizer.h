// tokenizer.h — turns Python 3.11 source into tokens, one at a time.
//
// It follows CPython's Parser/tokenizer.c closely, because the parser's error
// messages and positions depend on exactly where the tokenizer stands when an
// error is found: which line it has read, where its cursor is, which
// brackets are open. Tokens are produced lazily (the parser asks for one more
// when it needs it), so a tokenizer error is only reported once the parser
// gets that far, as in CPython.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace il::lang {

// Token kinds: CPython's token.h, plus the hard keywords (the parser maps a
// NAME whose text is a keyword to one of the Kw* kinds, as pegen does).
enum class T : uint8_t {
  EndMarker, Name, Number, String, Newline, Indent, Dedent,
  LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar,
  Amper, Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual,
  LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift, RightShift,
  DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
  AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
  DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow,
  Ellipsis, ColonEqual,
  Op,          // any other single character ('$', '?', '`', '!'): never valid
  ErrorToken,  // the tokenizer failed; see Tokenizer::error()
  // Hard keywords.
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak,
  KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally,
  KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal,
  KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
};

// Name of a token kind for debugging ("NAME", "'('", "'if'").
const char* token_name(T t);

struct Token {
  T type = T::ErrorToken;
  int level = 0;                // bracket depth after this token (pegen's token->level)
  uint32_t start = 0, end = 0;  // byte range in Tokenizer::buffer()
  int line = 0, end_line = 0;   // 1-based
  int col = -1, end_col = -1;   // 0-based byte columns; -1 when unknown (INDENT/DEDENT)
  int col_cp = -1, end_col_cp = -1;  // the same in code points (what the AST uses)
  int memo = -1;                // head of the parser's memo list for this position
};

// Why the tokenizer stopped (CPython's tok->done).
enum class TokDone : uint8_t {
  Ok,
  Eof,       // end of input (an error only when it comes too early)
  Error,     // a SyntaxError with a message was recorded (error_msg etc.)
  Dedent,    // "unindent does not match any outer indentation level"
  TabSpace,  // "inconsistent use of tabs and spaces in indentation"
  TooDeep,   // "too many levels of indentation"
  LineCont,  // "unexpected character after line continuation character"
};

// A tokenizer error that carries its own message and position (CPython's
// syntaxerror() in tokenizer.c). Offsets are 1-based code-point columns.
struct TokError {
  std::string msg;
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
  std::string text;
};

class Tokenizer {
 public:
  // exec_input: file input (a missing final newline is added, as CPython
  // does for exec); false for eval input.
  Tokenizer(std::string_view source, bool exec_input);

  Token next();

  // The normalised source (\r\n and \r turned into \n, BOM removed).
  const std::string& buffer() const { return buf_; }
  std::string_view text(const Token& t) const {
    return std::string_view(buf_).substr(t.start, t.end - t.start);
  }

  TokDone done() const { return done_; }
  const TokError& error() const { return error_; }

  // State the parser consults when it reports errors, as pegen does.
  int lineno() const { return lineno_; }
  int level() const { return level_; }
  uint32_t cur() const { return cur_; }
  uint32_t line_start() const { return line_start_; }
  // Innermost open bracket: its character, line and byte column.
  char paren_char() const { return parens_.back().ch; }
  int paren_line() const { return parens_.back().line; }
  int paren_col() const { return parens_.back().col; }

  // Text of 1-based line `line` without its newline ("" past the end).
  std::string_view line_text(int line) const;
  // Byte column <-> code-point column within 1-based line `line`.
  int cp_col(int line, int byte_col) const;
  int byte_col(int line, int cp_col) const;

 private:
  int nextc();
  void backup(int c);
  bool underflow();
  int cp_between(uint32_t from, uint32_t to) const;
  Token make(T type, uint32_t start, uint32_t end);
  Token error_token();
  Token syntax_error(const char* msg);
  Token syntax_error_range(const char* msg, int col, int end_col);
  bool verify_end_of_number(int c, const char* kind);
  int decimal_tail();
  bool lookahead(const char* rest);
  int continuation_line();
  bool verify_identifier(uint32_t start);
  Token get();

  struct Paren {
    char ch;
    int line, col;
  };

  std::string buf_;
  bool exec_input_;
  uint32_t cur_ = 0;         // next byte to read
  uint32_t inp_ = 0;         // end of the line read so far
  uint32_t line_start_ = 0;  // start of the current line
  uint32_t tok_start_ = 0;   // start of the current token
  bool in_token_ = false;    // inside a token (for multi-line strings)
  int lineno_ = 0;
  int first_lineno_ = 0;          // line where the current string began
  uint32_t multi_line_start_ = 0; // start of that line
  TokDone done_ = TokDone::Ok;
  TokError error_;

  bool atbol_ = true;
  int pendin_ = 0;
  std::vector<int> indstack_{0};
  std::vector<int> altindstack_{0};
  int level_ = 0;
  std::vector<Paren> parens_;
  bool cont_line_ = false;
  std::vector<uint32_t> line_starts_{0};  // byte offset of each line start
};

// Unicode properties (tokenizer_unicode.cpp), as CPython 3.11 defines them.
bool is_xid_start(uint32_t c);
bool is_xid_continue(uint32_t c);
bool is_printable(uint32_t c);

// Decodes one UTF-8 sequence at s[i]; advances i. Bad bytes decode as U+FFFD.
uint32_t utf8_decode(std::string_view s, size_t& i);
void utf8_append(std::string& out, uint32_t c);

}  // namespace il::lang
