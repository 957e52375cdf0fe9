// parser.h — Python 3.11 source -> AST (lang/ast.h).
//
// The parser is a hand-written port of CPython 3.11's PEG grammar
// (Grammar/python.gram), rule for rule, including its two passes: a fast
// first pass, and on failure a second pass with the "invalid_*" rules that
// produce CPython's specialised error messages at CPython's positions.
//
// match statements come out as a Stmt of kind Match: `value` is the
// subject, `cases` the patterns (ast::Pattern), guards and bodies.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.h"

namespace il::lang {

struct SyntaxErrorInfo {
  std::string type;      // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;       // CPython 3.11's exact message text
  int line = 0;          // 1-based
  int offset = 0;        // 1-based column of the caret, as CPython's SyntaxError.offset
  int end_offset = 0;    // as CPython (0 or -1 if unknown)
  std::string text;      // the offending source line (without trailing newline)
  int end_line = 0;      // as CPython's SyntaxError.end_lineno
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null on error
  std::optional<SyntaxErrorInfo> error;
};

// File input ("exec" mode).
ParseResult parse_module(std::string_view source);
// Eval input: one expression list; module->body holds one Stmt of kind Expr.
ParseResult parse_expression(std::string_view source);

// Debug dump in the format of Python's ast.dump(); with include_attributes,
// positions too (columns in code points, where CPython counts UTF-8 bytes).
std::string dump(const ast::Module& module, bool include_attributes = false);
std::string dump(const ast::Expr& expr, bool include_attributes = false);

}  // namespace il::lang
