// ast.h — the abstract syntax tree produced by the parser and consumed by the
// compiler. Node kinds and fields mirror CPython 3.11's `ast` module so that
// its documentation is this file's documentation. Nodes live in an Arena owned
// by the Module; pointers between nodes are plain and never freed one by one.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace il::ast {

struct Expr;
struct Stmt;
struct Arena;

// Source position: 1-based line, 0-based column (in code points), as CPython.
struct Pos {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------
enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
  SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
  FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
  List, Tuple, Slice,
};

enum class ExprCtx : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
  BitAnd, FloorDiv,
};
enum class UnaryKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Constant values carried by ExprKind::Constant.
enum class ConstKind : uint8_t {
  None, True, False, Ellipsis,
  Int,      // text holds the literal as written minus underscores (e.g. "0x1F", "123")
  Float,    // text holds the literal (minus underscores); compiler parses it
  Imag,     // text holds the literal without the trailing j/J
  Str,      // text holds the decoded value as UTF-8
  Bytes,    // text holds the raw byte values
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct Keyword {
  std::string arg;  // empty for **kwargs
  Expr* value = nullptr;
  Pos pos;
};

struct Arg {
  std::string name;
  Expr* annotation = nullptr;  // parsed, ignored by the compiler
  Pos pos;
};

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  Arg* vararg = nullptr;                // *args (nullptr if absent)
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults;       // parallel to kwonlyargs; nullptr = required
  Arg* kwarg = nullptr;                 // **kwargs
  std::vector<Expr*> defaults;          // for the last N of posonlyargs+args
};

struct Expr {
  ExprKind kind;
  Pos pos;
  ExprCtx ctx = ExprCtx::Load;  // Name, Attribute, Subscript, Starred, List, Tuple

  // Operators
  BoolOpKind boolop{};
  OpKind op{};
  UnaryKind unaryop{};
  std::vector<CmpKind> ops;      // Compare

  // Generic children; meaning per kind:
  //   BoolOp: values            BinOp: left, right       UnaryOp: operand=left
  //   NamedExpr: target=left, value=right
  //   Lambda: args, body=left
  //   IfExp: test=left, body=right, orelse=third
  //   Dict: keys (nullptr key = **unpack), values
  //   Set/List/Tuple: elts=values
  //   ListComp/SetComp/GeneratorExp: elt=left, generators
  //   DictComp: key=left, value=right, generators
  //   Await/Yield/YieldFrom: value=left (Yield may have nullptr)
  //   Compare: left, ops, comparators=values
  //   Call: func=left, args=values, keywords
  //   FormattedValue: value=left, conversion (-1,'s','r','a'), format_spec=right (a JoinedStr or nullptr)
  //   JoinedStr: values (Constant str and FormattedValue)
  //   Attribute: value=left, attr=name
  //   Subscript: value=left, slice=right
  //   Starred: value=left
  //   Name: id=name
  //   Slice: lower=left, upper=right, step=third (each may be nullptr)
  Expr* left = nullptr;
  Expr* right = nullptr;
  Expr* third = nullptr;
  std::vector<Expr*> values;
  std::vector<Expr*> keys;
  std::vector<Comprehension> generators;
  std::vector<Keyword> keywords;
  Arguments* args = nullptr;
  std::string name;
  int conversion = -1;

  // Constant
  ConstKind const_kind{};
  std::string text;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------
enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
  AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar,
  Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue,
  Match,
};

// Match-statement patterns (CPython's ast.pattern subclasses).
enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr,
};

struct Pattern {
  PatternKind kind;
  Pos pos;
  //   MatchValue: value            MatchSingleton: value (a None/True/False Constant)
  //   MatchSequence: patterns      MatchOr: patterns
  //   MatchMapping: keys, patterns, name (the **rest target; empty if none)
  //   MatchClass: cls=value, patterns, kwd_attrs, kwd_patterns
  //   MatchStar: name (empty for *_)
  //   MatchAs: pattern (nullptr for a bare capture/wildcard), name (empty for _)
  Expr* value = nullptr;
  Pattern* pattern = nullptr;
  std::vector<Pattern*> patterns;
  std::vector<Expr*> keys;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  std::string name;
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
};

struct Alias {
  std::string name;    // dotted for Import ("os.path"), "*" for from-import star
  std::string asname;  // empty if none
  Pos pos;
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct ExceptHandler {
  Expr* type = nullptr;  // nullptr for bare except
  std::string name;      // empty if no "as"
  std::vector<Stmt*> body;
  Pos pos;
};

struct Stmt {
  StmtKind kind;
  Pos pos;

  //   FunctionDef/AsyncFunctionDef: name, args, body, decorator_list, returns=value
  //   ClassDef: name, bases=targets, keywords, body, decorator_list
  //   Return: value (nullptr allowed)
  //   Delete: targets
  //   Assign: targets (a = b = v has two), value
  //   AugAssign: target, op, value
  //   AnnAssign: target, annotation, value (nullptr allowed), simple
  //   For/AsyncFor: target, iter=value, body, orelse
  //   While: test=value, body, orelse
  //   If: test=value, body, orelse
  //   With/AsyncWith: items, body
  //   Raise: exc=value, cause (both may be nullptr)
  //   Try/TryStar: body, handlers, orelse, finalbody
  //   Assert: test=value, msg=cause
  //   Import: names;  ImportFrom: module=name (may be empty), names, level
  //   Global/Nonlocal: identifiers
  //   Expr: value
  //   Match: subject=value, cases
  std::string name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
  std::vector<Expr*> decorator_list;
  std::vector<Expr*> targets;
  std::vector<Keyword> keywords;
  Expr* target = nullptr;
  Expr* value = nullptr;
  Expr* annotation = nullptr;
  Expr* cause = nullptr;
  OpKind op{};
  bool simple = false;
  std::vector<WithItem> items;
  std::vector<ExceptHandler> handlers;
  std::vector<Alias> names;
  std::vector<std::string> identifiers;
  std::vector<MatchCase> cases;
  int level = 0;
};

// Owns every node of one parse.
struct Arena {
  std::vector<std::unique_ptr<Expr>> exprs;
  std::vector<std::unique_ptr<Stmt>> stmts;
  std::vector<std::unique_ptr<Arguments>> arguments;
  std::vector<std::unique_ptr<Arg>> args;
  std::vector<std::unique_ptr<Pattern>> patterns;
  Pattern* pattern(PatternKind k, Pos p) {
    patterns.push_back(std::make_unique<Pattern>());
    patterns.back()->kind = k;
    patterns.back()->pos = p;
    return patterns.back().get();
  }
  Expr* expr(ExprKind k, Pos p) {
    exprs.push_back(std::make_unique<Expr>());
    exprs.back()->kind = k;
    exprs.back()->pos = p;
    return exprs.back().get();
  }
  Stmt* stmt(StmtKind k, Pos p) {
    stmts.push_back(std::make_unique<Stmt>());
    stmts.back()->kind = k;
    stmts.back()->pos = p;
    return stmts.back().get();
  }
  Arguments* arguments_node() {
    arguments.push_back(std::make_unique<Arguments>());
    return arguments.back().get();
  }
  Arg* arg_node() {
    args.push_back(std::make_unique<Arg>());
    return args.back().get();
  }
};

struct Module {
  Arena arena;
  std::vector<Stmt*> body;
};

}  // namespace il::ast
