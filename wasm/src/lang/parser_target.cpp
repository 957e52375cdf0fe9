// parser_target.cpp — assignment and deletion targets (python.gram,
// "ASSIGNMENT TARGETS"): star_targets, single_target, t_primary, del_targets.
// Targets get their Store/Del context here, as pegen sets it.
#include "lang/parser_impl.h"

namespace il::lang::detail {

using ast::ExprCtx;

// star_targets:
//     | star_target !','
//     | star_target (',' star_target)* [','] → Tuple(Store)
Expr* Parser::star_targets() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  Expr* a = star_target();
  if (!a) return nullptr;
  if (!check(T::Comma)) return error_indicator ? nullptr : a;
  std::vector<Expr*> elts{a};
  for (;;) {
    int m2 = mark;
    if (expect(T::Comma)) {
      if (Expr* c = star_target()) {
        elts.push_back(c);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return nullptr;
  expect(T::Comma);
  Expr* t = new_expr(ExprKind::Tuple, extra(m));
  t->values = std::move(elts);
  t->ctx = ExprCtx::Store;
  return t;
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(std::vector<Expr*>& out) {
  RULE_ENTER();
  Expr* a = star_target();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = mark;
    if (expect(T::Comma)) {
      if (Expr* c = star_target()) {
        out.push_back(c);
        continue;
      }
    }
    mark = m;
    break;
  }
  if (error_indicator) return false;
  expect(T::Comma);
  return !error_indicator;
}

// star_targets_tuple_seq:
//     | star_target (',' star_target)+ [',']
//     | star_target ','
bool Parser::star_targets_tuple_seq(std::vector<Expr*>& out) {
  RULE_ENTER();
  int m = mark;
  Expr* a = star_target();
  if (!a) return false;
  std::vector<Expr*> elts{a};
  for (;;) {
    int m2 = mark;
    if (expect(T::Comma)) {
      if (Expr* c = star_target()) {
        elts.push_back(c);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return false;
  if (elts.size() > 1) {
    expect(T::Comma);
  } else if (!expect(T::Comma)) {
    mark = m;
    return false;
  }
  out = std::move(elts);
  return true;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::star_target() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::StarTarget, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = nullptr;
  if (expect(T::Star)) {
    if (!check(T::Star) && !error_indicator) {
      if (Expr* a = star_target()) {
        r = new_expr(ExprKind::Starred, extra(m));
        r->left = set_expr_context(a, ExprCtx::Store);
        r->ctx = ExprCtx::Store;
      }
    }
  }
  if (!r && !error_indicator) {
    mark = m;
    r = target_with_star_atom();
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::StarTarget, r);
  return r;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | star_atom
Expr* Parser::target_with_star_atom() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::TargetWithStarAtom, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = single_subscript_attribute_target();
  if (!r && !error_indicator) {
    mark = m;
    r = star_atom();
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::TargetWithStarAtom, r);
  return r;
}

// star_atom:
//     | NAME
//     | '(' target_with_star_atom ')'
//     | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
Expr* Parser::star_atom() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (const Token* a = expect_name()) return name_expr(a, ExprCtx::Store);
  if (expect(T::LPar)) {
    Expr* a = target_with_star_atom();
    if (a && expect(T::RPar)) return set_expr_context(a, ExprCtx::Store);
    mark = m + 1;
    if (error_indicator) return nullptr;
    std::vector<Expr*> elts;
    if (!star_targets_tuple_seq(elts)) {
      if (error_indicator) return nullptr;
      mark = m + 1;
    }
    if (expect(T::RPar)) {
      Expr* t = new_expr(ExprKind::Tuple, extra(m));
      t->values = std::move(elts);
      t->ctx = ExprCtx::Store;
      return t;
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (expect(T::LSqb)) {
    std::vector<Expr*> elts;
    if (!star_targets_list_seq(elts)) {
      if (error_indicator) return nullptr;
      elts.clear();
      mark = m + 1;
    }
    if (expect(T::RSqb)) {
      Expr* t = new_expr(ExprKind::List, extra(m));
      t->values = std::move(elts);
      t->ctx = ExprCtx::Store;
      return t;
    }
  }
  mark = m;
  return nullptr;
}

// single_target:
//     | single_subscript_attribute_target
//     | NAME
//     | '(' single_target ')'
Expr* Parser::single_target() {
  RULE_ENTER();
  int m = mark;
  if (Expr* a = single_subscript_attribute_target()) return a;
  mark = m;
  if (error_indicator) return nullptr;
  if (const Token* a = expect_name()) return name_expr(a, ExprCtx::Store);
  if (expect(T::LPar)) {
    Expr* a = single_target();
    if (a && expect(T::RPar)) return a;
  }
  mark = m;
  return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
Expr* Parser::single_subscript_attribute_target() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  Expr* a = t_primary();
  if (!a) return nullptr;
  int m2 = mark;
  if (expect(T::Dot)) {
    if (const Token* b = expect_name()) {
      if (!t_lookahead() && !error_indicator) {
        Expr* e = new_expr(ExprKind::Attribute, extra(m));
        e->left = a;
        e->name = std::string(text(b));
        e->ctx = ExprCtx::Store;
        return e;
      }
    }
  }
  mark = m2;
  if (error_indicator) return nullptr;
  if (expect(T::LSqb)) {
    Expr* b = slices();
    if (b && expect(T::RSqb) && !t_lookahead() && !error_indicator) {
      Expr* e = new_expr(ExprKind::Subscript, extra(m));
      e->left = a;
      e->right = b;
      e->ctx = ExprCtx::Store;
      return e;
    }
  }
  mark = m;
  return nullptr;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  const Token* t = peek_tok();
  return t && (t->type == T::LPar || t->type == T::LSqb || t->type == T::Dot);
}

// t_primary (left-recursive, memo):
//     | t_primary '.' NAME &t_lookahead
//     | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead
//     | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
Expr* Parser::t_primary() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::TPrimary, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = t_primary_uncached();
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::TPrimary, r);
  return r;
}

Expr* Parser::t_primary_uncached() {
  int m = mark;
  Expr* a = atom();
  if (!a || !t_lookahead() || error_indicator) return nullptr;
  for (;;) {
    int m2 = mark;
    if (expect(T::Dot)) {
      if (const Token* b = expect_name()) {
        if (t_lookahead()) {
          Expr* e = new_expr(ExprKind::Attribute, extra(m));
          e->left = a;
          e->name = std::string(text(b));
          a = e;
          continue;
        }
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (expect(T::LSqb)) {
      Expr* b = slices();
      if (b && expect(T::RSqb) && t_lookahead()) {
        Expr* e = new_expr(ExprKind::Subscript, extra(m));
        e->left = a;
        e->right = b;
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (Expr* g = genexp()) {
      if (t_lookahead()) {
        Expr* e = new_expr(ExprKind::Call, extra(m));
        e->left = a;
        e->values.push_back(g);
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (expect(T::LPar)) {
      int m3 = mark;
      Expr* b = arguments();
      if (!b) {
        if (error_indicator) return nullptr;
        mark = m3;
      }
      if (expect(T::RPar) && t_lookahead()) {
        Expr* e = new_expr(ExprKind::Call, extra(m));
        e->left = a;
        if (b) {
          e->values = b->values;
          e->keywords = b->keywords;
        }
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    break;
  }
  return a;
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(std::vector<Expr*>& out) {
  RULE_ENTER();
  Expr* a = del_target();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = mark;
    if (expect(T::Comma)) {
      if (Expr* c = del_target()) {
        out.push_back(c);
        continue;
      }
    }
    mark = m;
    break;
  }
  if (error_indicator) return false;
  expect(T::Comma);
  return !error_indicator;
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | del_t_atom
Expr* Parser::del_target() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::DelTarget, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = single_subscript_attribute_target();
  if (r) {
    r->ctx = ExprCtx::Del;  // a fresh node: safe to change
  } else if (!error_indicator) {
    mark = m;
    r = del_t_atom();
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::DelTarget, r);
  return r;
}

// del_t_atom:
//     | NAME
//     | '(' del_target ')'
//     | '(' [del_targets] ')'
//     | '[' [del_targets] ']'
Expr* Parser::del_t_atom() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (const Token* a = expect_name()) return name_expr(a, ExprCtx::Del);
  if (expect(T::LPar)) {
    Expr* a = del_target();
    if (a && expect(T::RPar)) return set_expr_context(a, ExprCtx::Del);
    mark = m + 1;
    if (error_indicator) return nullptr;
    std::vector<Expr*> elts;
    if (!del_targets(elts)) {
      if (error_indicator) return nullptr;
      elts.clear();
      mark = m + 1;
    }
    if (expect(T::RPar)) {
      Expr* t = new_expr(ExprKind::Tuple, extra(m));
      t->values = std::move(elts);
      t->ctx = ExprCtx::Del;
      return t;
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (expect(T::LSqb)) {
    std::vector<Expr*> elts;
    if (!del_targets(elts)) {
      if (error_indicator) return nullptr;
      elts.clear();
      mark = m + 1;
    }
    if (expect(T::RSqb)) {
      Expr* t = new_expr(ExprKind::List, extra(m));
      t->values = std::move(elts);
      t->ctx = ExprCtx::Del;
      return t;
    }
  }
  mark = m;
  return nullptr;
}

}  // namespace il::lang::detail
