// symtable.cpp — see symtable.h. Pass 1 (Builder) walks the AST recording,
// per scope, how each name is used; pass 2 (analyze_block) resolves each name
// to local/global/free/cell exactly as CPython 3.11 does, including the class
// body special cases (__class__ cell, DEF_FREE_CLASS) and comprehension
// scopes (walrus targets bind in the enclosing function).
#include "lang/symtable.h"

#include <algorithm>
#include <unordered_set>

namespace il::lang {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

std::string mangle(std::string_view private_name, const std::string& name) {
  // Only `__x` names (not dunder `__x__`, not dotted) inside a class are mangled.
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t skip = private_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return name;  // class name is all underscores
  std::string out = "_";
  out.append(private_name.substr(skip));
  out += name;
  return out;
}

SyntaxErrorInfo make_syntax_error(std::string msg, const ast::Pos& pos, std::string_view source) {
  SyntaxErrorInfo e;
  e.type = "SyntaxError";
  e.msg = std::move(msg);
  e.line = pos.line;
  e.offset = pos.col + 1;
  e.end_line = pos.end_line ? pos.end_line : pos.line;
  e.end_offset = pos.end_line ? pos.end_col + 1 : 0;
  // The text is the offending source line (without its newline).
  int line = 1;
  size_t i = 0;
  while (i < source.size() && line < pos.line) {
    if (source[i] == '\n') ++line;
    ++i;
  }
  if (line == pos.line && pos.line > 0) {
    size_t j = source.find('\n', i);
    e.text = std::string(source.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (!e.text.empty() && e.text.back() == '\r') e.text.pop_back();
  }
  return e;
}

namespace {

class Builder {
 public:
  Builder(SymbolTable& st, std::string_view source) : st_(st), source_(source) {}

  std::optional<SyntaxErrorInfo> run(const ast::Module& mod) {
    enter(ScopeKind::Module, "top", nullptr, 0);
    st_.top = cur_;
    for (Stmt* s : mod.body) visit_stmt(s);
    exit_scope();
    if (err_) return err_;
    std::unordered_set<std::string> free, global;
    analyze_block(st_.top, nullptr, free, global);
    return err_;
  }

 private:
  using NameSet = std::unordered_set<std::string>;

  SymbolTable& st_;
  std::string_view source_;
  std::optional<SyntaxErrorInfo> err_;
  std::vector<Scope*> stack_;
  Scope* cur_ = nullptr;
  std::string private_;  // name of the innermost enclosing class, for mangling

  void fail(std::string msg, const ast::Pos& pos) {
    if (!err_) err_ = make_syntax_error(std::move(msg), pos, source_);
  }

  void enter(ScopeKind kind, std::string name, const void* node, int lineno) {
    auto scope = std::make_unique<Scope>();
    Scope* s = scope.get();
    s->kind = kind;
    s->name = std::move(name);
    s->lineno = lineno;
    if (cur_) {
      s->nested = cur_->nested || cur_->kind == ScopeKind::Function;
      cur_->children.push_back(s);
    }
    st_.scopes.push_back(std::move(scope));
    if (node) st_.by_node[node] = s;
    stack_.push_back(s);
    cur_ = s;
  }

  void exit_scope() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  // symtable_add_def_helper: record `flag` for `name` in scope `ste`.
  void add_def_in(const std::string& name, uint32_t flag, Scope* ste, const ast::Pos& pos) {
    std::string mangled = mangle(private_, name);
    auto it = ste->symbols.find(mangled);
    uint32_t val = flag;
    if (it != ste->symbols.end()) {
      if ((flag & kDefParam) && (it->second.flags & kDefParam)) {
        fail("duplicate argument '" + name + "' in function definition", pos);
        return;
      }
      val |= it->second.flags;
    }
    if (ste->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal)) {
        fail("comprehension inner loop cannot rebind assignment expression target '" + name + "'", pos);
        return;
      }
      val |= kDefCompIter;
    }
    if (it == ste->symbols.end()) {
      ste->symbols.emplace(mangled, Symbol{val, NameScope::Unknown});
      ste->order.push_back(mangled);
    } else {
      it->second.flags = val;
    }
    if (flag & kDefParam) {
      ste->varnames.push_back(mangled);
    } else if (flag & kDefGlobal) {
      // A `global` anywhere also marks the module-level symbol.
      Scope* top = st_.top;
      auto g = top->symbols.find(mangled);
      if (g == top->symbols.end()) {
        top->symbols.emplace(mangled, Symbol{flag, NameScope::Unknown});
        top->order.push_back(mangled);
      } else {
        g->second.flags |= flag;
      }
    }
  }
  void add_def(const std::string& name, uint32_t flag, const ast::Pos& pos) { add_def_in(name, flag, cur_, pos); }

  uint32_t lookup(const std::string& name) const { return cur_->flags_of(mangle(private_, name)); }

  void record_directive(const std::string& name, const ast::Pos& pos) {
    std::string mangled = mangle(private_, name);
    cur_->directives.emplace_back(mangled, pos);
  }

  // ---------------------------------------------------------------- statements
  void visit_body(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) {
      if (err_) return;
      visit_stmt(s);
    }
  }

  void visit_stmt(Stmt* s) {
    if (err_) return;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        add_def(s->name, kDefLocal, s->pos);
        visit_defaults(s->args);
        visit_annotations(s->args, s->value);
        for (Expr* d : s->decorator_list) visit_expr(d);
        enter(ScopeKind::Function, s->name, s, s->pos.line);
        if (s->kind == StmtKind::AsyncFunctionDef) cur_->coroutine = true;
        visit_params(s->args);
        visit_body(s->body);
        exit_scope();
        break;
      }
      case StmtKind::ClassDef: {
        add_def(s->name, kDefLocal, s->pos);
        for (Expr* b : s->targets) visit_expr(b);
        for (auto& k : s->keywords) visit_expr(k.value);
        for (Expr* d : s->decorator_list) visit_expr(d);
        enter(ScopeKind::Class, s->name, s, s->pos.line);
        std::string saved = private_;
        private_ = s->name;
        visit_body(s->body);
        private_ = saved;
        exit_scope();
        break;
      }
      case StmtKind::Return:
        if (s->value) {
          visit_expr(s->value);
          cur_->returns_value = true;
        }
        break;
      case StmtKind::Delete:
        for (Expr* t : s->targets) visit_expr(t);
        break;
      case StmtKind::Assign:
        for (Expr* t : s->targets) visit_expr(t);
        visit_expr(s->value);
        break;
      case StmtKind::AnnAssign: {
        Expr* t = s->target;
        if (t->kind == ExprKind::Name) {
          uint32_t cur = lookup(t->name);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != st_.top && s->simple) {
            fail(std::string((cur & kDefGlobal) ? "annotated name '" : "annotated name '") + t->name +
                     ((cur & kDefGlobal) ? "' can't be global" : "' can't be nonlocal"),
                 s->pos);
            return;
          }
          if (s->simple) {
            add_def(t->name, kDefAnnot | kDefLocal, t->pos);
          } else if (s->value) {
            add_def(t->name, kDefLocal, t->pos);
          }
        } else {
          visit_expr(t);
        }
        visit_annotation(s->annotation);
        if (s->value) visit_expr(s->value);
        break;
      }
      case StmtKind::AugAssign:
        visit_expr(s->target);
        visit_expr(s->value);
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        visit_expr(s->target);
        visit_expr(s->value);
        visit_body(s->body);
        visit_body(s->orelse);
        break;
      case StmtKind::While:
      case StmtKind::If:
        visit_expr(s->value);
        visit_body(s->body);
        visit_body(s->orelse);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (auto& item : s->items) {
          visit_expr(item.context_expr);
          if (item.optional_vars) visit_expr(item.optional_vars);
        }
        visit_body(s->body);
        break;
      case StmtKind::Raise:
        if (s->value) visit_expr(s->value);
        if (s->cause) visit_expr(s->cause);
        break;
      case StmtKind::Try:
      case StmtKind::TryStar:
        visit_body(s->body);
        visit_body(s->orelse);
        for (auto& h : s->handlers) {
          if (err_) return;
          if (h.type) visit_expr(h.type);
          if (!h.name.empty()) add_def(h.name, kDefLocal, h.pos);
          visit_body(h.body);
        }
        visit_body(s->finalbody);
        break;
      case StmtKind::Assert:
        visit_expr(s->value);
        if (s->cause) visit_expr(s->cause);
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (auto& a : s->names) visit_alias(a);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool is_global = s->kind == StmtKind::Global;
        const char* what = is_global ? "global" : "nonlocal";
        for (const std::string& name : s->identifiers) {
          uint32_t cur = lookup(name);
          if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            std::string msg;
            if (cur & kDefParam)
              msg = "name '" + name + "' is parameter and " + what;
            else if (cur & kUse)
              msg = "name '" + name + "' is used prior to " + what + " declaration";
            else if (cur & kDefAnnot)
              msg = "annotated name '" + name + "' can't be " + what;
            else
              msg = "name '" + name + "' is assigned to before " + what + " declaration";
            fail(msg, s->pos);
            return;
          }
          add_def(name, is_global ? kDefGlobal : kDefNonlocal, s->pos);
          record_directive(name, s->pos);
        }
        break;
      }
      case StmtKind::Expr:
        visit_expr(s->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Match:
        visit_expr(s->value);
        for (auto& c : s->cases) {
          if (err_) return;
          visit_pattern(c.pattern);
          if (c.guard) visit_expr(c.guard);
          visit_body(c.body);
        }
        break;
    }
  }

  // Capture names in patterns bind locals; value patterns, class names and
  // mapping keys are loads.
  void visit_pattern(const ast::Pattern* p) {
    if (!p) return;
    if (p->value) visit_expr(p->value);
    for (ast::Expr* k : p->keys) visit_expr(k);
    visit_pattern(p->pattern);
    for (const ast::Pattern* sub : p->patterns) visit_pattern(sub);
    for (const ast::Pattern* sub : p->kwd_patterns) visit_pattern(sub);
    bool binds = p->kind == ast::PatternKind::MatchAs || p->kind == ast::PatternKind::MatchStar ||
                 p->kind == ast::PatternKind::MatchMapping;
    if (binds && !p->name.empty()) add_def(p->name, kDefLocal, p->pos);
  }

  void visit_alias(const ast::Alias& a) {
    const std::string& name = a.asname.empty() ? a.name : a.asname;
    if (name == "*") {
      if (cur_->kind != ScopeKind::Module) fail("import * only allowed at module level", a.pos);
      return;
    }
    size_t dot = name.find('.');
    add_def(dot == std::string::npos ? name : name.substr(0, dot), kDefImport, a.pos);
  }

  void visit_defaults(ast::Arguments* args) {
    if (!args) return;
    for (Expr* d : args->defaults) visit_expr(d);
    for (Expr* d : args->kw_defaults)
      if (d) visit_expr(d);
  }

  // Function annotations are not evaluated by this implementation, but their
  // names are still recorded in the enclosing scope (as CPython does), so
  // scoping errors match.
  void visit_annotations(ast::Arguments* args, Expr* returns) {
    if (args) {
      auto one = [&](const ast::Arg& a) {
        if (a.annotation) visit_annotation(a.annotation);
      };
      for (auto& a : args->posonlyargs) one(a);
      for (auto& a : args->args) one(a);
      if (args->vararg) one(*args->vararg);
      for (auto& a : args->kwonlyargs) one(a);
      if (args->kwarg) one(*args->kwarg);
    }
    if (returns) visit_annotation(returns);
  }

  void visit_annotation(Expr* e) {
    if (st_.future_annotations) {
      // Under `from __future__ import annotations` they are strings: their
      // names are recorded in a throwaway scope.
      Scope* saved = cur_;
      enter(ScopeKind::Function, "_annotation", nullptr, e->pos.line);
      visit_expr(e);
      exit_scope();
      // Detach the throwaway scope so analysis does not see it.
      saved->children.pop_back();
    } else {
      visit_expr(e);
    }
  }

  void visit_params(ast::Arguments* args) {
    if (!args) return;
    for (auto& a : args->posonlyargs) add_def(a.name, kDefParam, a.pos);
    for (auto& a : args->args) add_def(a.name, kDefParam, a.pos);
    for (auto& a : args->kwonlyargs) add_def(a.name, kDefParam, a.pos);
    if (args->vararg) {
      add_def(args->vararg->name, kDefParam, args->vararg->pos);
      cur_->varargs = true;
    }
    if (args->kwarg) {
      add_def(args->kwarg->name, kDefParam, args->kwarg->pos);
      cur_->varkeywords = true;
    }
  }

  // --------------------------------------------------------------- expressions
  void visit_exprs(const std::vector<Expr*>& v) {
    for (Expr* e : v)
      if (e) visit_expr(e);
  }

  void visit_expr(Expr* e) {
    if (err_ || !e) return;
    switch (e->kind) {
      case ExprKind::NamedExpr:
        handle_namedexpr(e);
        break;
      case ExprKind::BoolOp:
      case ExprKind::Set:
      case ExprKind::List:
      case ExprKind::Tuple:
      case ExprKind::JoinedStr:
        visit_exprs(e->values);
        break;
      case ExprKind::BinOp:
        visit_expr(e->left);
        visit_expr(e->right);
        break;
      case ExprKind::UnaryOp:
      case ExprKind::Starred:
      case ExprKind::Attribute:
        visit_expr(e->left);
        break;
      case ExprKind::Lambda: {
        visit_defaults(e->args);
        enter(ScopeKind::Function, "lambda", e, e->pos.line);
        visit_params(e->args);
        visit_expr(e->left);
        exit_scope();
        break;
      }
      case ExprKind::IfExp:
      case ExprKind::Slice:
        visit_expr(e->left);
        visit_expr(e->right);
        visit_expr(e->third);
        break;
      case ExprKind::Dict:
        visit_exprs(e->keys);
        visit_exprs(e->values);
        break;
      case ExprKind::ListComp:
        handle_comprehension(e, "listcomp", CompKind::List, e->left, nullptr);
        break;
      case ExprKind::SetComp:
        handle_comprehension(e, "setcomp", CompKind::Set, e->left, nullptr);
        break;
      case ExprKind::DictComp:
        handle_comprehension(e, "dictcomp", CompKind::Dict, e->left, e->right);
        break;
      case ExprKind::GeneratorExp:
        handle_comprehension(e, "genexpr", CompKind::Gen, e->left, nullptr);
        break;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (e->left) visit_expr(e->left);
        cur_->generator = true;
        if (cur_->comprehension != CompKind::None) {
          const char* msg = cur_->comprehension == CompKind::List  ? "'yield' inside list comprehension"
                            : cur_->comprehension == CompKind::Set ? "'yield' inside set comprehension"
                            : cur_->comprehension == CompKind::Dict ? "'yield' inside dict comprehension"
                                                                    : "'yield' inside generator expression";
          fail(msg, e->pos);
        }
        break;
      case ExprKind::Await:
        visit_expr(e->left);
        cur_->coroutine = true;
        break;
      case ExprKind::Compare:
        visit_expr(e->left);
        visit_exprs(e->values);
        break;
      case ExprKind::Call:
        visit_expr(e->left);
        visit_exprs(e->values);
        for (auto& k : e->keywords) visit_expr(k.value);
        break;
      case ExprKind::FormattedValue:
        visit_expr(e->left);
        visit_expr(e->right);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Subscript:
        visit_expr(e->left);
        visit_expr(e->right);
        break;
      case ExprKind::Name:
        add_def(e->name, e->ctx == ast::ExprCtx::Load ? kUse : kDefLocal, e->pos);
        // `super()` needs the __class__ cell of the enclosing class.
        if (e->ctx == ast::ExprCtx::Load && cur_->kind == ScopeKind::Function && e->name == "super")
          add_def("__class__", kUse, e->pos);
        break;
    }
  }

  void handle_namedexpr(Expr* e) {
    if (cur_->comp_iter_expr > 0) {
      fail("assignment expression cannot be used in a comprehension iterable expression", e->pos);
      return;
    }
    if (cur_->comprehension != CompKind::None) extend_namedexpr_scope(e->left);
    visit_expr(e->right);
    visit_expr(e->left);
  }

  // A walrus inside a comprehension binds in the nearest enclosing function
  // (as nonlocal) or module (as global).
  void extend_namedexpr_scope(Expr* target) {
    const std::string& name = target->name;
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope* ste = stack_[i];
      if (ste->comprehension != CompKind::None) {
        if (ste->flags_of(mangle(private_, name)) & kDefCompIter) {
          fail("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target->pos);
          return;
        }
        continue;
      }
      if (ste->kind == ScopeKind::Function) {
        if (ste->flags_of(mangle(private_, name)) & kDefGlobal)
          add_def(name, kDefGlobal, target->pos);
        else
          add_def(name, kDefNonlocal, target->pos);
        record_directive(name, target->pos);
        add_def_in(name, kDefLocal, ste, target->pos);
        return;
      }
      if (ste->kind == ScopeKind::Module) {
        add_def(name, kDefGlobal, target->pos);
        record_directive(name, target->pos);
        add_def_in(name, kDefGlobal, ste, target->pos);
        return;
      }
      if (ste->kind == ScopeKind::Class) {
        fail("assignment expression within a comprehension cannot be used in a class body", target->pos);
        return;
      }
    }
  }

  void handle_comprehension(Expr* e, const char* name, CompKind kind, Expr* elt, Expr* value) {
    const ast::Comprehension& outermost = e->generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    cur_->comp_iter_expr++;
    visit_expr(outermost.iter);
    cur_->comp_iter_expr--;
    if (err_) return;
    enter(ScopeKind::Function, name, e, e->pos.line);
    cur_->comprehension = kind;
    if (outermost.is_async) cur_->coroutine = true;
    add_def(".0", kDefParam, e->pos);  // the implicit iterator argument
    cur_->comp_iter_target = true;
    visit_expr(outermost.target);
    cur_->comp_iter_target = false;
    visit_exprs(outermost.ifs);
    for (size_t i = 1; i < e->generators.size(); i++) {
      const ast::Comprehension& g = e->generators[i];
      cur_->comp_iter_target = true;
      visit_expr(g.target);
      cur_->comp_iter_target = false;
      cur_->comp_iter_expr++;
      visit_expr(g.iter);
      cur_->comp_iter_expr--;
      visit_exprs(g.ifs);
      if (g.is_async) cur_->coroutine = true;
    }
    if (value) visit_expr(value);
    visit_expr(elt);
    bool is_generator = kind == CompKind::Gen;
    cur_->generator = is_generator;
    bool is_async = cur_->coroutine && !is_generator;
    exit_scope();
    if (is_async) cur_->coroutine = true;
  }

  // ------------------------------------------------------------------ analysis
  const ast::Pos& directive_pos(Scope* ste, const std::string& name) {
    static const ast::Pos kNone{};
    for (auto& d : ste->directives)
      if (d.first == name) return d.second;
    return kNone;
  }

  void analyze_name(Scope* ste, std::unordered_map<std::string, NameScope>& scopes, const std::string& name,
                    uint32_t flags, const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) {
        fail("name '" + name + "' is nonlocal and global", directive_pos(ste, name));
        return;
      }
      scopes[name] = NameScope::GlobalExplicit;
      global.insert(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound) {
        fail("nonlocal declaration not allowed at module level", directive_pos(ste, name));
        return;
      }
      if (!bound->count(name)) {
        fail("no binding for nonlocal '" + name + "' found", directive_pos(ste, name));
        return;
      }
      scopes[name] = NameScope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      scopes[name] = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = NameScope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = NameScope::GlobalImplicit;
      return;
    }
    if (ste->nested) ste->has_free = true;
    scopes[name] = NameScope::GlobalImplicit;
  }

  void analyze_block(Scope* ste, const NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, NameScope> scopes;
    if (ste->kind == ScopeKind::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : ste->order) {
      analyze_name(ste, scopes, name, ste->symbols[name].flags, bound, local, free, global);
      if (err_) return;
    }
    if (ste->kind != ScopeKind::Class) {
      if (ste->kind == ScopeKind::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : ste->children) {
      NameSet temp_bound = newbound, temp_free = newfree, temp_global = newglobal;
      analyze_block(child, &temp_bound, temp_free, temp_global);
      if (err_) return;
      allfree.insert(temp_free.begin(), temp_free.end());
      if (child->has_free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->kind == ScopeKind::Function) {
      // Locals captured by children become cells.
      for (auto& [name, sc] : scopes) {
        if (sc == NameScope::Local && newfree.count(name)) {
          sc = NameScope::Cell;
          newfree.erase(name);
        }
      }
    } else if (ste->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }
    // update_symbols
    for (auto& [name, sym] : ste->symbols) {
      auto it = scopes.find(name);
      if (it != scopes.end()) sym.scope = it->second;
    }
    bool is_class = ste->kind == ScopeKind::Class;
    for (const std::string& name : newfree) {
      auto it = ste->symbols.find(name);
      if (it != ste->symbols.end()) {
        // A free variable of a method with the same name as a class-body local.
        if (is_class && (it->second.flags & (kDefBound | kDefGlobal))) it->second.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      ste->symbols.emplace(name, Symbol{0, NameScope::Free});
      ste->order.push_back(name);
    }
    free.insert(newfree.begin(), newfree.end());
  }
};

}  // namespace

std::optional<SyntaxErrorInfo> build_symtable(const ast::Module& mod, std::string_view source,
                                              bool future_annotations, SymbolTable& out) {
  out.future_annotations = future_annotations;
  Builder b(out, source);
  return b.run(mod);
}

}  // namespace il::lang
