// compiler_match.cpp — the match statement (a port of CPython 3.11's
// compile.c pattern compiler: same bytecode shape, same SyntaxErrors) and
// try/except* (CPython 3.11's scheme adapted to the block stack).
//
// Pattern compilation in one paragraph: the subject is on TOS; each pattern
// consumes it and either falls through (matched) or jumps to a "fail_pop"
// label that pops whatever the pattern left on the stack. Captured values
// are not stored while matching (a later sub-pattern may still fail): they
// are rotated below the working items and stored by name only once the whole
// pattern has matched. `pc.on_top` counts working items above the captures.
#include "lang/compiler.h"

#include <algorithm>
#include <cstdio>

namespace il::lang::compiler_detail {

using ast::Expr;
using ast::ExprKind;
using ast::Pattern;
using ast::PatternKind;
using ast::Stmt;

namespace {

bool is_wildcard(const Pattern* p) { return p->kind == PatternKind::MatchAs && !p->pattern && p->name.empty(); }
bool is_star_wildcard(const Pattern* p) { return p->kind == PatternKind::MatchStar && p->name.empty(); }

Const int_const(int64_t v) {
  Const c;
  c.kind = Const::Kind::Int;
  c.text = std::to_string(v);
  return c;
}

// Python's repr() of a str constant (for "mapping pattern checks duplicate key").
std::string str_repr(const std::string& s, bool bytes) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (unsigned char ch : s) {
    if (ch == '\\' || ch == q) {
      out += '\\';
      out += char(ch);
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      out += buf;
    } else {
      out += char(ch);
    }
  }
  out += q;
  return out;
}

std::string float_repr(double d) {
  char buf[32];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".einn") == std::string::npos) s += ".0";
  return s;
}

std::string const_repr(const Const& c) {
  switch (c.kind) {
    case Const::Kind::None: return "None";
    case Const::Kind::True: return "True";
    case Const::Kind::False: return "False";
    case Const::Kind::Ellipsis: return "Ellipsis";
    case Const::Kind::Int: return c.text;
    case Const::Kind::Float: return float_repr(c.number);
    case Const::Kind::Complex: return float_repr(c.number) + "j";
    case Const::Kind::Str: return str_repr(c.text, false);
    case Const::Kind::Bytes: return str_repr(c.text, true);
    default: return "...";
  }
}

// A key under which equal constants (1, 1.0, True) collide, as in a set.
std::string const_equality_key(const Const& c) {
  switch (c.kind) {
    case Const::Kind::True: return "n1";
    case Const::Kind::False: return "n0";
    case Const::Kind::Int: return "n" + c.text;
    case Const::Kind::Float: {
      double d = c.number;
      if (d == double(int64_t(d)) && d > -9e15 && d < 9e15) return "n" + std::to_string(int64_t(d));
      return "f" + float_repr(d);
    }
    case Const::Kind::Str: return "s" + c.text;
    case Const::Kind::Bytes: return "b" + c.text;
    case Const::Kind::None: return "N";
    default: return "?" + const_repr(c);
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Failure paths and captures
// ---------------------------------------------------------------------------
void Compiler::ensure_fail_pop(PatternContext& pc, int n) {
  while (int(pc.fail_pop.size()) <= n) pc.fail_pop.push_back(new_label());
}

void Compiler::jump_to_fail_pop(PatternContext& pc, Op op) {
  int pops = pc.on_top + int(pc.stores.size());
  ensure_fail_pop(pc, pops);
  if (op == Op::NOP)
    emit_jump_any(pc.fail_pop[pops]);
  else
    emit_jump(op, pc.fail_pop[pops]);
}

// fail_pop[n] pops one item and falls into fail_pop[n-1]; fail_pop[0] is
// where the code after the pattern's failure continues.
void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t n = pc.fail_pop.size() - 1; n > 0; n--) {
    bind(pc.fail_pop[n]);
    emit(Op::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Compiler::pattern_rotate(int count) {
  while (count > 1) emit(Op::SWAP, uint32_t(count--));
}

void Compiler::pattern_store_name(const std::string& name, PatternContext& pc) {
  if (name.empty()) {
    emit(Op::POP_TOP);
    return;
  }
  if (name == "__debug__") {
    fail("cannot assign to __debug__");
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
    fail("multiple assignments to name '" + name + "' in pattern");
    return;
  }
  // Rotate the value underneath the working items and earlier captures.
  pattern_rotate(pc.on_top + int(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------
void Compiler::pattern_subpattern(const Pattern* p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void Compiler::pattern(const Pattern* p, PatternContext& pc) {
  if (failed()) return;
  set_loc(p->pos);
  switch (p->kind) {
    case PatternKind::MatchValue: pattern_value(p, pc); break;
    case PatternKind::MatchSingleton:
      visit_expr(p->value);
      emit(Op::IS_OP, 0);
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
      break;
    case PatternKind::MatchSequence: pattern_sequence(p, pc); break;
    case PatternKind::MatchMapping: pattern_mapping(p, pc); break;
    case PatternKind::MatchClass: pattern_class(p, pc); break;
    case PatternKind::MatchStar: pattern_store_name(p->name, pc); break;
    case PatternKind::MatchAs: pattern_as(p, pc); break;
    case PatternKind::MatchOr: pattern_or(p, pc); break;
  }
}

void Compiler::pattern_value(const Pattern* p, PatternContext& pc) {
  const Expr* v = p->value;
  bool ok = v->kind == ExprKind::Constant || v->kind == ExprKind::Attribute || v->kind == ExprKind::UnaryOp ||
            v->kind == ExprKind::BinOp;
  if (!ok) {
    fail("patterns may only match literals and attribute lookups");
    return;
  }
  visit_expr(v);
  emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

void Compiler::pattern_as(const Pattern* p, PatternContext& pc) {
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty())
        fail("name capture '" + p->name + "' makes remaining patterns unreachable");
      else
        fail("wildcard makes remaining patterns unreachable");
      return;
    }
    pattern_store_name(p->name, pc);
    return;
  }
  // Keep a copy to store once the inner pattern has matched.
  pc.on_top++;
  emit(Op::COPY, 1);
  pattern(p->pattern, pc);
  pc.on_top--;
  pattern_store_name(p->name, pc);
}

void Compiler::pattern_sequence(const Pattern* p, PatternContext& pc) {
  const auto& pats = p->patterns;
  int size = int(pats.size());
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; i++) {
    const Pattern* sub = pats[i];
    if (sub->kind == PatternKind::MatchStar) {
      if (star >= 0) {
        fail("multiple starred names in sequence pattern");
        return;
      }
      star_wildcard = is_star_wildcard(sub);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= is_wildcard(sub);
  }
  // The subject stays on top during the type and length checks.
  pc.on_top++;
  emit(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (star < 0) {
    emit(Op::GET_LEN);
    load_const(int_const(size));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    emit(Op::GET_LEN);
    load_const(int_const(size - 1));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(Op::POP_TOP);
  } else if (star_wildcard) {
    // [a, *_, b]: index the items instead of unpacking them all.
    pc.on_top++;
    for (int i = 0; i < size; i++) {
      const Pattern* sub = pats[i];
      if (is_wildcard(sub) || i == star) continue;
      emit(Op::COPY, 1);
      if (i < star) {
        load_const(int_const(i));
      } else {
        // The subject may not support negative indexes.
        emit(Op::GET_LEN);
        load_const(int_const(size - i));
        emit(Op::BINARY_OP, uint32_t(BinOp::Sub));
      }
      emit(Op::BINARY_SUBSCR);
      pattern_subpattern(sub, pc);
    }
    pc.on_top--;
    emit(Op::POP_TOP);
  } else {
    if (star >= 0)
      emit(Op::UNPACK_EX, uint32_t(star + ((size - star - 1) << 8)));
    else
      emit(Op::UNPACK_SEQUENCE, uint32_t(size));
    pc.on_top += size;
    for (int i = 0; i < size; i++) {
      pc.on_top--;
      pattern_subpattern(pats[i], pc);
    }
  }
}

void Compiler::pattern_mapping(const Pattern* p, PatternContext& pc) {
  int size = int(p->keys.size());
  pc.on_top++;
  emit(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (!size && p->name.empty()) {
    pc.on_top--;
    emit(Op::POP_TOP);
    return;
  }
  if (size) {
    emit(Op::GET_LEN);
    load_const(int_const(size));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  std::vector<std::string> seen;
  for (const Expr* key : p->keys) {
    Const c;
    if (key->kind != ExprKind::Attribute && const_of(key, c)) {
      std::string k = const_equality_key(c);
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) {
        fail("mapping pattern checks duplicate key (" + const_repr(c) + ")");
        return;
      }
      seen.push_back(k);
    } else if (key->kind != ExprKind::Attribute) {
      fail("mapping pattern keys may only match literals and attribute lookups");
      return;
    }
    visit_expr(key);
  }
  emit(Op::BUILD_TUPLE, uint32_t(size));
  emit(Op::MATCH_KEYS);
  // [subject, keys, values-or-None]
  pc.on_top += 2;
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, uint32_t(size));
  pc.on_top += size - 1;
  for (int i = 0; i < size; i++) {
    pc.on_top--;
    pattern_subpattern(p->patterns[i], pc);
  }
  pc.on_top -= 2;
  if (!p->name.empty()) {
    // rest = dict(subject); for k in keys: del rest[k]
    emit(Op::BUILD_MAP, 0);            // [subject, keys, {}]
    emit(Op::SWAP, 3);                 // [{}, keys, subject]
    emit(Op::DICT_UPDATE, 2);          // [rest, keys]
    emit(Op::UNPACK_SEQUENCE, uint32_t(size));  // [rest, keys...]
    for (int n = size; n > 0; n--) {
      emit(Op::COPY, uint32_t(1 + n)); // [rest, keys..., rest]
      emit(Op::SWAP, 2);               // [rest, keys..., rest, key]
      emit(Op::DELETE_SUBSCR);         // [rest, keys...]
    }
    pattern_store_name(p->name, pc);
  } else {
    emit(Op::POP_TOP);  // keys
    emit(Op::POP_TOP);  // subject
  }
}

void Compiler::pattern_class(const Pattern* p, PatternContext& pc) {
  int nargs = int(p->patterns.size());
  int nattrs = int(p->kwd_attrs.size());
  for (int i = 0; i < nattrs; i++) {
    for (int j = i + 1; j < nattrs; j++) {
      if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
        set_loc(p->kwd_patterns[j]->pos);
        fail("attribute name repeated in class pattern: " + p->kwd_attrs[i]);
        return;
      }
    }
  }
  set_loc(p->pos);
  visit_expr(p->value);
  Const names;
  names.kind = Const::Kind::Tuple;
  for (const std::string& a : p->kwd_attrs) {
    Const c;
    c.kind = Const::Kind::Str;
    c.text = a;
    names.items.push_back(std::move(c));
  }
  load_const(std::move(names));
  emit(Op::MATCH_CLASS, uint32_t(nargs));
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  // TOS is a tuple of nargs + nattrs attributes (or None).
  pc.on_top++;
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
  pc.on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(Op::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

void Compiler::pattern_or(const Pattern* p, PatternContext& pc) {
  int end = new_label();
  PatternContext old = pc;
  std::vector<std::string> control;
  size_t size = p->patterns.size();
  for (size_t i = 0; i < size; i++) {
    const Pattern* alt = p->patterns[i];
    set_loc(alt->pos);
    pc.stores.clear();
    // An irrefutable alternative must be the last one, if allowed at all.
    pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(Op::COPY, 1);
    pattern(alt, pc);
    if (failed()) return;
    if (i == 0) {
      control = pc.stores;
    } else if (pc.stores.size() != control.size()) {
      fail("alternative patterns bind different names");
      return;
    } else if (!control.empty()) {
      // Same names, maybe in another order: reorder the stack like control.
      for (int icontrol = int(control.size()) - 1; icontrol >= 0; icontrol--) {
        auto it = std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]);
        if (it == pc.stores.end()) {
          fail("alternative patterns bind different names");
          return;
        }
        int istores = int(it - pc.stores.begin());
        if (icontrol != istores) {
          int rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) pattern_rotate(icontrol + 1);
        }
      }
    }
    emit_jump_any(end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old;
  // No alternative matched: pop the subject's remaining copy and fail.
  emit(Op::POP_TOP);
  jump_to_fail_pop(pc, Op::NOP);
  bind(end);
  int nstores = int(control.size());
  // Between the new captures and their place: the other new captures, the
  // subject copy, the working items and the earlier captures.
  int nrots = nstores + 1 + pc.on_top + int(pc.stores.size());
  for (int i = 0; i < nstores; i++) {
    pattern_rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      fail("multiple assignments to name '" + name + "' in pattern");
      return;
    }
    pc.stores.push_back(name);
  }
  emit(Op::POP_TOP);  // the subject copy
}

// ---------------------------------------------------------------------------
// match statement
// ---------------------------------------------------------------------------
void Compiler::match_stmt(const Stmt* s) {
  visit_expr(s->value);
  int end = new_label();
  int ncases = int(s->cases.size());
  bool has_default = is_wildcard(s->cases.back().pattern) && ncases > 1;
  PatternContext pc;
  for (int i = 0; i < ncases - has_default; i++) {
    if (failed()) return;
    const ast::MatchCase& m = s->cases[i];
    set_loc(m.pattern->pos);
    bool last = i == ncases - has_default - 1;
    if (!last) emit(Op::COPY, 1);  // keep the subject for the next case
    pc = PatternContext{};
    // Irrefutable cases must be guarded, last, or both.
    pc.allow_irrefutable = m.guard != nullptr || i == ncases - 1;
    pattern(m.pattern, pc);
    if (failed()) return;
    for (const std::string& name : pc.stores) nameop(name, ast::ExprCtx::Store);
    if (m.guard) {
      ensure_fail_pop(pc, 0);
      jump_if(m.guard, pc.fail_pop[0], false);
    }
    if (!last) emit(Op::POP_TOP);  // the subject
    visit_body(m.body);
    emit_jump_any(end);
    // A failed match's cleanup belongs to the pattern's line, not the body's.
    set_loc(m.pattern->pos);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default && !failed()) {
    const ast::MatchCase& m = s->cases.back();
    set_loc(m.pattern->pos);
    emit(Op::NOP);  // the line of `case _:`
    if (m.guard) jump_if(m.guard, end, false);
    visit_body(m.body);
  }
  bind(end);
}

// ---------------------------------------------------------------------------
// try / except*
// ---------------------------------------------------------------------------
// Each clause splits off the part of the group it handles; what its body
// raises and what no clause matched are collected in a list, and
// PREP_RERAISE_STAR turns them into the one exception to propagate.
//
//     SETUP_FINALLY L_exc ; body ; POP_BLOCK ; orelse ; JUMP L_end
//   L_exc: [prev, exc]
//     COPY 1 ; BUILD_LIST 0 ; SWAP 2          [prev, orig, res, exc]
//     per clause:
//       <T> ; CHECK_EG_MATCH                  [.., rest, match] / [.., exc, None]
//       COPY 1 ; POP_JUMP_IF_NOT_NONE L_h ; POP_TOP ; JUMP L_next
//     L_h: STORE n (or POP_TOP)               [prev, orig, res, rest]
//       SETUP_FINALLY L_r ; h ; POP_BLOCK ; n = None ; del n ; JUMP L_next
//     L_r: [.., rest, prev2, exc2]  n = None ; del n ; LIST_APPEND 3 ; POP_EXCEPT
//     L_next:
//     LIST_APPEND 1 ; PREP_RERAISE_STAR       [prev, to_raise]
//     COPY 1 ; POP_JUMP_IF_NOT_NONE L_rer ; POP_TOP ; POP_EXCEPT ; JUMP L_end
//   L_rer: RERAISE
//   L_end:
void Compiler::try_star_except(const Stmt* s) {
  int handler = new_label(), end = new_label();
  emit_jump(Op::SETUP_FINALLY, handler);
  push_fblock(FBlock{FBlockKind::TryExcept});
  visit_body(s->body);
  pop_fblock();
  emit(Op::POP_BLOCK);
  visit_body(s->orelse);
  emit_jump_any(end);
  bind(handler);
  emit(Op::COPY, 1);
  emit(Op::BUILD_LIST, 0);
  emit(Op::SWAP, 2);
  for (const ast::ExceptHandler& h : s->handlers) {
    if (failed()) return;
    set_loc(h.pos);
    int next = new_label(), matched = new_label();
    if (!h.type) {
      fail("expected one or more exception types");  // the parser rejects this first
      return;
    }
    visit_expr(h.type);
    emit(Op::CHECK_EG_MATCH);
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, matched);
    emit(Op::POP_TOP);
    emit_jump_any(next);
    bind(matched);
    if (!h.name.empty())
      nameop(h.name, ast::ExprCtx::Store);
    else
      emit(Op::POP_TOP);
    int raised = new_label();
    emit_jump(Op::SETUP_FINALLY, raised);
    push_fblock(FBlock{FBlockKind::ExceptionGroupHandler});
    visit_body(h.body);
    pop_fblock();
    emit(Op::POP_BLOCK);
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, ast::ExprCtx::Store);
      nameop(h.name, ast::ExprCtx::Del);
    }
    emit_jump_any(next);
    bind(raised);
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, ast::ExprCtx::Store);
      nameop(h.name, ast::ExprCtx::Del);
    }
    emit(Op::LIST_APPEND, 3);  // what the clause raised joins the result
    emit(Op::POP_EXCEPT);
    bind(next);
  }
  set_loc(s->pos);
  emit(Op::LIST_APPEND, 1);  // the unhandled rest (None when all handled)
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  int reraise = new_label();
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  emit(Op::POP_TOP);
  emit(Op::POP_EXCEPT);
  emit_jump_any(end);
  bind(reraise);
  emit(Op::RERAISE);
  bind(end);
}

}  // namespace il::lang::compiler_detail
