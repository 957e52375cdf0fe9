// symtable.h — scope analysis: which names are local, global, free or cell in
// each scope (module, class body, function, lambda, comprehension). The design
// follows CPython 3.11's symtable.c: one pass records how each name is used in
// each scope, a second pass resolves every name against its enclosing scopes.
// The compiler asks it how to load/store each name and what a code unit's
// cellvars/freevars are.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"

namespace il::lang {

// How a name is used in one scope (bit set; CPython's DEF_* values).
enum SymFlag : uint32_t {
  kDefGlobal = 1,       // `global x`
  kDefLocal = 2,        // assigned in this scope
  kDefParam = 4,        // formal parameter
  kDefNonlocal = 8,     // `nonlocal x`
  kUse = 16,            // read in this scope
  kDefFreeClass = 64,   // free in a method while also bound in the class body
  kDefImport = 128,     // bound by import
  kDefAnnot = 256,      // annotated (x: int)
  kDefCompIter = 512,   // comprehension iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives, once resolved.
enum class NameScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class ScopeKind : uint8_t { Module, Function, Class };
enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  int lineno = 0;
  std::unordered_map<std::string, Symbol> symbols;  // keyed by mangled name
  std::vector<std::string> order;                   // symbol names in first-seen order
  std::vector<std::string> varnames;                // parameters, in signature order
  std::vector<Scope*> children;
  // First `global`/`nonlocal` statement naming each name (for error positions).
  std::vector<std::pair<std::string, ast::Pos>> directives;
  bool nested = false;        // inside a function (directly or not)
  bool generator = false;     // contains yield
  bool coroutine = false;     // async def, or contains await / async comprehension
  bool varargs = false, varkeywords = false;
  bool returns_value = false;
  bool has_free = false;      // has free variables
  bool child_free = false;    // some child has free variables
  bool needs_class_closure = false;  // class body that must provide the __class__ cell
  bool comp_iter_target = false;     // visiting a comprehension's target
  int comp_iter_expr = 0;            // visiting a comprehension's iterable
  CompKind comprehension = CompKind::None;

  uint32_t flags_of(const std::string& mangled) const {
    auto it = symbols.find(mangled);
    return it == symbols.end() ? 0 : it->second.flags;
  }
  NameScope scope_of(const std::string& mangled) const {
    auto it = symbols.find(mangled);
    return it == symbols.end() ? NameScope::Unknown : it->second.scope;
  }
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  Scope* top = nullptr;
  // The scope each FunctionDef/AsyncFunctionDef/ClassDef (Stmt*) and
  // Lambda/comprehension (Expr*) node introduces.
  std::unordered_map<const void*, Scope*> by_node;
  bool future_annotations = false;  // `from __future__ import annotations`

  Scope* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds and analyses the table. Returns a SyntaxError (CPython's messages)
// on failure; `source` is only used to fill in SyntaxErrorInfo::text.
std::optional<SyntaxErrorInfo> build_symtable(const ast::Module& mod, std::string_view source,
                                              bool future_annotations, SymbolTable& out);

// Private name mangling: `__x` inside class `C` becomes `_C__x`.
std::string mangle(std::string_view private_name, const std::string& name);

// SyntaxErrorInfo for a node position (1-based offsets, text = that source line).
SyntaxErrorInfo make_syntax_error(std::string msg, const ast::Pos& pos, std::string_view source);

}  // namespace il::lang
