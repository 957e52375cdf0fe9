// compiler_expr.cpp — expressions: constants (with literal folding), names,
// operators, calls (PUSH_NULL/LOAD_METHOD + CALL, CALL_FUNCTION_EX for */**),
// displays, comprehensions (nested code objects), f-strings, yield/await,
// assignment targets and conditional jumps.
#include <cstdlib>

#include "lang/compiler.h"

namespace il::lang::compiler_detail {

using ast::Expr;
using ast::ExprCtx;
using ast::ExprKind;

namespace {

// Integer literal text (decimal, 0x, 0o, 0b; underscores already removed)
// to canonical decimal digits, for any size.
std::string int_literal_to_decimal(const std::string& text) {
  int base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = char(text[1] | 0x20);
    if (p == 'x') base = 16, i = 2;
    else if (p == 'o') base = 8, i = 2;
    else if (p == 'b') base = 2, i = 2;
  }
  if (base == 10) {
    size_t nz = text.find_first_not_of('0');
    return nz == std::string::npos ? std::string("0") : text.substr(nz);
  }
  // Little-endian limbs of 10^9.
  constexpr uint32_t kLimb = 1000000000;
  std::vector<uint32_t> limbs{0};
  for (; i < text.size(); i++) {
    char c = text[i];
    uint32_t d = c >= '0' && c <= '9' ? uint32_t(c - '0') : uint32_t((c | 0x20) - 'a' + 10);
    uint64_t carry = d;
    for (uint32_t& l : limbs) {
      uint64_t v = uint64_t(l) * uint64_t(base) + carry;
      l = uint32_t(v % kLimb);
      carry = v / kLimb;
    }
    if (carry) limbs.push_back(uint32_t(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    std::string part = std::to_string(limbs[k]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

Const str_const(const std::string& s) {
  Const c;
  c.kind = Const::Kind::Str;
  c.text = s;
  return c;
}

// Truthiness of a literal, for folding `while True:` / `if 0:`.
bool const_truth(const Expr* e) {
  switch (e->const_kind) {
    case ast::ConstKind::None:
    case ast::ConstKind::False: return false;
    case ast::ConstKind::True:
    case ast::ConstKind::Ellipsis: return true;
    case ast::ConstKind::Int: return int_literal_to_decimal(e->text) != "0";
    case ast::ConstKind::Float:
    case ast::ConstKind::Imag: return std::strtod(e->text.c_str(), nullptr) != 0.0;
    case ast::ConstKind::Str:
    case ast::ConstKind::Bytes: return !e->text.empty();
  }
  return true;
}

bool has_starred(const std::vector<Expr*>& v) {
  for (const Expr* e : v)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

BinOp binop_of(ast::OpKind op) {
  switch (op) {
    case ast::OpKind::Add: return BinOp::Add;
    case ast::OpKind::Sub: return BinOp::Sub;
    case ast::OpKind::Mult: return BinOp::Mul;
    case ast::OpKind::MatMult: return BinOp::MatMul;
    case ast::OpKind::Div: return BinOp::TrueDiv;
    case ast::OpKind::Mod: return BinOp::Remainder;
    case ast::OpKind::Pow: return BinOp::Power;
    case ast::OpKind::LShift: return BinOp::LShift;
    case ast::OpKind::RShift: return BinOp::RShift;
    case ast::OpKind::BitOr: return BinOp::Or;
    case ast::OpKind::BitXor: return BinOp::Xor;
    case ast::OpKind::BitAnd: return BinOp::And;
    case ast::OpKind::FloorDiv: return BinOp::FloorDiv;
  }
  return BinOp::Add;
}

}  // namespace

// ---------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------
void Compiler::visit_expr(const Expr* e) {
  ast::Pos saved = u_->loc;
  set_loc(e->pos);
  visit_expr1(e);
  u_->loc = saved;
}

void Compiler::visit_expr1(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: boolop(e); break;
    case ExprKind::NamedExpr: named_expr(e); break;
    case ExprKind::BinOp:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::BINARY_OP, uint32_t(binop_of(e->op)));
      break;
    case ExprKind::UnaryOp: unaryop(e); break;
    case ExprKind::Lambda: lambda(e); break;
    case ExprKind::IfExp: ifexp(e); break;
    case ExprKind::Dict: dict_display(e); break;
    case ExprKind::Set: set_display(e); break;
    case ExprKind::ListComp: comprehension(e, "<listcomp>", CompKind::List); break;
    case ExprKind::SetComp: comprehension(e, "<setcomp>", CompKind::Set); break;
    case ExprKind::DictComp: comprehension(e, "<dictcomp>", CompKind::Dict); break;
    case ExprKind::GeneratorExp: comprehension(e, "<genexpr>", CompKind::Gen); break;
    case ExprKind::Await: await_expr(e); break;
    case ExprKind::Yield:
    case ExprKind::YieldFrom: yield_expr(e); break;
    case ExprKind::Compare: compare(e); break;
    case ExprKind::Call: call(e); break;
    case ExprKind::FormattedValue: formatted_value(e); break;
    case ExprKind::JoinedStr: joined_str(e); break;
    case ExprKind::Constant: constant(e); break;
    case ExprKind::Attribute:
      if (e->ctx != ExprCtx::Load) {
        store_target(e);
        break;
      }
      visit_expr(e->left);
      emit(Op::LOAD_ATTR, add_name(e->name));
      break;
    case ExprKind::Subscript:
      if (e->ctx != ExprCtx::Load) {
        store_target(e);
        break;
      }
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::BINARY_SUBSCR);
      break;
    case ExprKind::Starred:
      if (e->ctx == ExprCtx::Store)
        fail("starred assignment target must be in a list or tuple");
      else
        fail("can't use starred expression here");
      break;
    case ExprKind::Name: name_expr(e); break;
    case ExprKind::List:
    case ExprKind::Tuple: list_or_tuple(e); break;
    case ExprKind::Slice: slice(e); break;
  }
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------
bool Compiler::const_of(const Expr* e, Const& out, bool list_as_tuple) {
  switch (e->kind) {
    case ExprKind::Constant:
      out = Const{};
      switch (e->const_kind) {
        case ast::ConstKind::None: out.kind = Const::Kind::None; break;
        case ast::ConstKind::True: out.kind = Const::Kind::True; break;
        case ast::ConstKind::False: out.kind = Const::Kind::False; break;
        case ast::ConstKind::Ellipsis: out.kind = Const::Kind::Ellipsis; break;
        case ast::ConstKind::Int:
          out.kind = Const::Kind::Int;
          out.text = int_literal_to_decimal(e->text);
          break;
        case ast::ConstKind::Float:
          out.kind = Const::Kind::Float;
          out.number = std::strtod(e->text.c_str(), nullptr);
          break;
        case ast::ConstKind::Imag:
          out.kind = Const::Kind::Complex;
          out.number = std::strtod(e->text.c_str(), nullptr);
          break;
        case ast::ConstKind::Str:
          out.kind = Const::Kind::Str;
          out.text = e->text;
          break;
        case ast::ConstKind::Bytes:
          out.kind = Const::Kind::Bytes;
          out.text = e->text;
          break;
      }
      return true;
    case ExprKind::UnaryOp: {
      // -<int or float literal>. (Not complex: -(1j) is (-0-1j), whose real
      // part a Const cannot hold.)
      if (e->unaryop != ast::UnaryKind::USub) return false;
      Const inner;
      if (!const_of(e->left, inner)) return false;
      if (inner.kind == Const::Kind::Int) {
        out = std::move(inner);
        if (out.text == "0") return true;
        out.text = out.text[0] == '-' ? out.text.substr(1) : "-" + out.text;
        return true;
      }
      if (inner.kind == Const::Kind::Float) {
        out = std::move(inner);
        out.number = -out.number;
        return true;
      }
      return false;
    }
    case ExprKind::Tuple:
    case ExprKind::List:
      // Only loads fold; a List only at the top, where the caller asked for
      // a tuple (`for x in [1, 2]`, `x in [1, 2]`): a nested list stays mutable.
      if (e->ctx != ExprCtx::Load || (e->kind == ExprKind::List && !list_as_tuple)) return false;
      out = Const{};
      out.kind = Const::Kind::Tuple;
      out.items.reserve(e->values.size());
      for (const Expr* x : e->values) {
        Const c;
        if (x->kind == ExprKind::Starred || !const_of(x, c)) return false;
        out.items.push_back(std::move(c));
      }
      return true;
    default: return false;
  }
}

void Compiler::constant(const Expr* e) {
  Const c;
  const_of(e, c);
  load_const(std::move(c));
}

void Compiler::name_expr(const Expr* e) {
  if (e->ctx != ExprCtx::Load) {
    store_target(e);
    return;
  }
  if (e->name == "__debug__") {
    Const t;
    t.kind = Const::Kind::True;
    load_const(std::move(t));
    return;
  }
  nameop(e->name, ExprCtx::Load);
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------
void Compiler::unaryop(const Expr* e) {
  Const folded;
  if (const_of(e, folded)) {
    load_const(std::move(folded));
    return;
  }
  visit_expr(e->left);
  switch (e->unaryop) {
    case ast::UnaryKind::Invert: emit(Op::UNARY_INVERT); break;
    case ast::UnaryKind::Not: emit(Op::UNARY_NOT); break;
    case ast::UnaryKind::UAdd: emit(Op::UNARY_POSITIVE); break;
    case ast::UnaryKind::USub: emit(Op::UNARY_NEGATIVE); break;
  }
}

void Compiler::boolop(const Expr* e) {
  Op jump = e->boolop == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  int end = new_label();
  size_t n = e->values.size();
  for (size_t i = 0; i + 1 < n; i++) {
    visit_expr(e->values[i]);
    emit_jump(jump, end);
  }
  visit_expr(e->values[n - 1]);
  bind(end);
}

void Compiler::compare_op(ast::CmpKind op) {
  switch (op) {
    case ast::CmpKind::Eq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq)); break;
    case ast::CmpKind::NotEq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ne)); break;
    case ast::CmpKind::Lt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt)); break;
    case ast::CmpKind::LtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Le)); break;
    case ast::CmpKind::Gt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Gt)); break;
    case ast::CmpKind::GtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge)); break;
    case ast::CmpKind::Is: emit(Op::IS_OP, 0); break;
    case ast::CmpKind::IsNot: emit(Op::IS_OP, 1); break;
    case ast::CmpKind::In: emit(Op::CONTAINS_OP, 0); break;
    case ast::CmpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
  }
}

void Compiler::compare(const Expr* e) {
  // `x in [1, 2]` / `x in {1, 2}` test a constant tuple / frozenset (as
  // CPython's AST optimizer does).
  auto fold_container = [&](const Expr* c, Const& out) {
    if (c->kind == ExprKind::List) return const_of(c, out, true);
    if (c->kind != ExprKind::Set) return false;
    out = Const{};
    out.kind = Const::Kind::FrozenSet;
    for (const Expr* x : c->values) {
      Const item;
      if (x->kind == ExprKind::Starred || !const_of(x, item)) return false;
      out.items.push_back(std::move(item));
    }
    return true;
  };
  auto comparator = [&](size_t i) {
    const Expr* c = e->values[i];
    ast::CmpKind op = e->ops[i];
    Const folded;
    if ((op == ast::CmpKind::In || op == ast::CmpKind::NotIn) && fold_container(c, folded)) {
      ast::Pos saved = u_->loc;
      set_loc(c->pos);
      load_const(std::move(folded));
      u_->loc = saved;
    } else {
      visit_expr(c);
    }
  };
  visit_expr(e->left);
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    comparator(0);
    compare_op(e->ops[0]);
    return;
  }
  // a < b < c: keep b for the next comparison; bail out early on false.
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i < n; i++) {
    comparator(i);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    compare_op(e->ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  comparator(n);
  compare_op(e->ops[n]);
  emit_jump_any(end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

void Compiler::ifexp(const Expr* e) {
  int end = new_label(), next = new_label();
  jump_if(e->left, next, false);
  visit_expr(e->right);
  emit_jump_any(end);
  bind(next);
  visit_expr(e->third);
  bind(end);
}

void Compiler::jump_if(const Expr* e, int label, bool cond) {
  ast::Pos saved = u_->loc;
  set_loc(e->pos);
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (e->unaryop == ast::UnaryKind::Not) {
        jump_if(e->left, label, !cond);
        u_->loc = saved;
        return;
      }
      break;
    case ExprKind::BoolOp: {
      bool cond2 = e->boolop == ast::BoolOpKind::Or;
      int next2 = cond2 != cond ? new_label() : label;
      size_t n = e->values.size() - 1;
      for (size_t i = 0; i < n; i++) jump_if(e->values[i], next2, cond2);
      jump_if(e->values[n], label, cond);
      if (next2 != label) bind(next2);
      u_->loc = saved;
      return;
    }
    case ExprKind::IfExp: {
      int end = new_label(), next2 = new_label();
      jump_if(e->left, next2, false);
      jump_if(e->right, label, cond);
      emit_jump_any(end);
      bind(next2);
      jump_if(e->third, label, cond);
      bind(end);
      u_->loc = saved;
      return;
    }
    case ExprKind::Constant:
      if (const_truth(e) == cond) emit_jump_any(label);
      u_->loc = saved;
      return;
    case ExprKind::Compare: {
      size_t n = e->ops.size() - 1;
      if (n == 0) {
        // x is None / x is not None: a single POP_JUMP_IF_(NOT_)NONE.
        const Expr* rhs = e->values[0];
        ast::CmpKind op = e->ops[0];
        if ((op == ast::CmpKind::Is || op == ast::CmpKind::IsNot) && rhs->kind == ExprKind::Constant &&
            rhs->const_kind == ast::ConstKind::None) {
          visit_expr(e->left);
          bool jump_on_none = (op == ast::CmpKind::Is) == cond;
          emit_jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, label);
          u_->loc = saved;
          return;
        }
        break;
      }
      int cleanup = new_label(), end = new_label();
      visit_expr(e->left);
      for (size_t i = 0; i < n; i++) {
        visit_expr(e->values[i]);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        compare_op(e->ops[i]);
        emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
      }
      visit_expr(e->values[n]);
      compare_op(e->ops[n]);
      emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
      emit_jump_any(end);
      bind(cleanup);
      emit(Op::POP_TOP);
      if (!cond) emit_jump_any(label);
      bind(end);
      u_->loc = saved;
      return;
    }
    default: break;
  }
  visit_expr(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  u_->loc = saved;
}

// ---------------------------------------------------------------------------
// Subscripts and slices
// ---------------------------------------------------------------------------
void Compiler::slice(const Expr* e) {
  uint32_t n = 2;
  if (e->left) visit_expr(e->left); else load_none();
  if (e->right) visit_expr(e->right); else load_none();
  if (e->third) {
    visit_expr(e->third);
    n = 3;
  }
  emit(Op::BUILD_SLICE, n);
}

void Compiler::subscript(const Expr* e) {
  visit_expr(e->left);
  visit_expr(e->right);
  emit(Op::BINARY_SUBSCR);
}

void Compiler::attribute(const Expr* e) {
  visit_expr(e->left);
  emit(Op::LOAD_ATTR, add_name(e->name));
}

// ---------------------------------------------------------------------------
// Displays
// ---------------------------------------------------------------------------
void Compiler::starunpack(const std::vector<Expr*>& elts, int pushed, Op build, Op add, Op extend, bool tuple) {
  size_t n = elts.size();
  if (n > 2) {
    // Three or more constants: build from one constant tuple (frozenset for sets).
    Const folded;
    folded.kind = Const::Kind::Tuple;
    bool all_const = true;
    for (const Expr* x : elts) {
      Const c;
      if (x->kind == ExprKind::Starred || !const_of(x, c)) {
        all_const = false;
        break;
      }
      folded.items.push_back(std::move(c));
    }
    if (all_const) {
      if (tuple && pushed == 0) {
        load_const(std::move(folded));
      } else {
        if (add == Op::SET_ADD) folded.kind = Const::Kind::FrozenSet;
        emit(build, uint32_t(pushed));
        load_const(std::move(folded));
        emit(extend, 1);
        if (tuple) emit(Op::LIST_TO_TUPLE);
      }
      return;
    }
  }
  bool big = int(n) + pushed > kStackUseGuideline;
  bool seen_star = has_starred(elts);
  if (!seen_star && !big) {
    for (const Expr* x : elts) visit_expr(x);
    emit(tuple ? Op::BUILD_TUPLE : build, uint32_t(n + pushed));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, uint32_t(pushed));
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    const Expr* x = elts[i];
    if (x->kind == ExprKind::Starred) {
      if (!built) {
        emit(build, uint32_t(i + pushed));
        built = true;
      }
      visit_expr(x->left);
      emit(extend, 1);
    } else {
      visit_expr(x);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::list_or_tuple(const Expr* e) {
  if (e->ctx != ExprCtx::Load) {
    store_target(e);
    return;
  }
  if (e->kind == ExprKind::Tuple) {
    Const folded;
    if (const_of(e, folded)) {
      load_const(std::move(folded));
      return;
    }
    starunpack(e->values, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  } else {
    starunpack(e->values, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
  }
}

void Compiler::set_display(const Expr* e) {
  starunpack(e->values, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
}

void Compiler::subdict(const Expr* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > size_t(kStackUseGuideline);
  if (big) emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    visit_expr(e->keys[i]);
    visit_expr(e->values[i]);
    if (big) emit(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, uint32_t(n));
}

void Compiler::dict_display(const Expr* e) {
  size_t n = e->values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; i++) {
    if (!e->keys[i]) {
      // {**m}
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > size_t(kStackUseGuideline)) {
      subdict(e, i - elements, i + 1);
      if (have_dict) emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

// ---------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------
void Compiler::formatted_value(const Expr* e) {
  visit_expr(e->left);
  uint32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
  }
  if (e->right) {
    visit_expr(e->right);
    arg |= 4;
  }
  emit(Op::FORMAT_VALUE, arg);
}

void Compiler::joined_str(const Expr* e) {
  for (const Expr* v : e->values) visit_expr(v);
  if (e->values.size() != 1) emit(Op::BUILD_STRING, uint32_t(e->values.size()));
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------
bool Compiler::validate_keywords(const std::vector<ast::Keyword>& kws) {
  for (size_t i = 0; i < kws.size(); i++) {
    if (kws[i].arg.empty()) continue;
    for (size_t j = i + 1; j < kws.size(); j++) {
      if (kws[j].arg == kws[i].arg) {
        fail_at("keyword argument repeated: " + kws[i].arg, kws[j].pos);
        return false;
      }
    }
  }
  return true;
}

void Compiler::kw_names(const std::vector<ast::Keyword>& kws, size_t begin, size_t end) {
  Const names;
  names.kind = Const::Kind::Tuple;
  for (size_t i = begin; i < end; i++) names.items.push_back(str_const(kws[i].arg));
  emit(Op::KW_NAMES, add_const(std::move(names)));
}

void Compiler::call(const Expr* e) {
  if (!validate_keywords(e->keywords)) return;
  if (method_call(e)) return;
  emit(Op::PUSH_NULL);
  visit_expr(e->left);
  call_helper(0, e->values, e->keywords);
}

bool Compiler::method_call(const Expr* e) {
  const Expr* meth = e->left;
  if (meth->kind != ExprKind::Attribute || meth->ctx != ExprCtx::Load) return false;
  size_t nargs = e->values.size(), nkw = e->keywords.size();
  if (nargs + nkw + (nkw != 0) >= size_t(kStackUseGuideline)) return false;
  if (has_starred(e->values)) return false;
  for (auto& k : e->keywords)
    if (k.arg.empty()) return false;
  visit_expr(meth->left);
  emit(Op::LOAD_METHOD, add_name(meth->name));
  for (const Expr* a : e->values) visit_expr(a);
  for (auto& k : e->keywords) visit_expr(k.value);
  // The CALL reports the line of the method name (CPython 3.11).
  ast::Pos saved = u_->loc;
  u_->loc.line = meth->pos.end_line ? meth->pos.end_line : meth->pos.line;
  if (nkw) kw_names(e->keywords, 0, nkw);
  emit(Op::CALL, uint32_t(nargs + nkw));
  u_->loc = saved;
  return true;
}

void Compiler::subkwargs(const std::vector<ast::Keyword>& kws, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > size_t(kStackUseGuideline);
  if (big) emit(Op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; i++) {
    load_const(str_const(kws[i].arg));
    visit_expr(kws[i].value);
    if (big) emit(Op::MAP_ADD, 1);
  }
  if (!big) emit(Op::BUILD_MAP, uint32_t(n));
}

// Emits the arguments and the call; `pushed` arguments are already on the
// stack (the class body function and name for class definitions).
void Compiler::call_helper(int pushed, const std::vector<Expr*>& args, const std::vector<ast::Keyword>& kws) {
  if (!validate_keywords(kws)) return;
  size_t nelts = args.size(), nkw = kws.size();
  bool ex = nelts + nkw * 2 > size_t(kStackUseGuideline) || has_starred(args);
  for (auto& k : kws)
    if (k.arg.empty()) ex = true;
  if (!ex) {
    for (const Expr* a : args) visit_expr(a);
    for (auto& k : kws) visit_expr(k.value);
    if (nkw) kw_names(kws, 0, nkw);
    emit(Op::CALL, uint32_t(pushed + nelts + nkw));
    return;
  }
  // Positional arguments as one tuple (or, for a lone f(*x), x itself).
  if (pushed == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred)
    visit_expr(args[0]->left);
  else
    starunpack(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  // Keyword arguments as one fresh dict.
  if (nkw) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkw; i++) {
      if (kws[i].arg.empty()) {
        if (nseen) {
          subkwargs(kws, i - nseen, i);
          if (have_dict) emit(Op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kws[i].value);
        emit(Op::DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(kws, nkw - nseen, nkw);
      if (have_dict) emit(Op::DICT_MERGE, 1);
    }
  }
  emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ---------------------------------------------------------------------------
// Lambda and comprehensions
// ---------------------------------------------------------------------------
void Compiler::lambda(const Expr* e) {
  uint32_t flags = default_arguments(e->args);
  enter_scope(UnitKind::Lambda, "<lambda>", e, e->pos.line);
  set_arg_counts(e->args);
  visit_expr(e->left);
  if (u_->ste->generator) {
    emit(Op::POP_TOP);  // a generator lambda returns None
  } else {
    emit(Op::RETURN_VALUE);
  }
  std::shared_ptr<CodeUnit> code = exit_scope();
  make_closure(code, flags);
}

// [elt for x in it if c ...]: a nested function of one argument (.0, the
// iterator of the outermost iterable, which is evaluated here), called at once:
//   PUSH_NULL; <closure>; LOAD_CONST code; MAKE_FUNCTION; <it>; GET_ITER; CALL 1
void Compiler::comprehension(const Expr* e, const char* name, CompKind kind) {
  const ast::Comprehension& outermost = e->generators[0];
  UnitKind parent_kind = u_->kind;
  enter_scope(UnitKind::Comprehension, name, e, e->pos.line);
  bool is_async = u_->ste->coroutine;
  if (is_async && kind != CompKind::Gen && parent_kind != UnitKind::AsyncFunction &&
      parent_kind != UnitKind::Comprehension) {
    fail_at("asynchronous comprehension outside of an asynchronous function", e->pos);
  }
  set_loc(e->pos);
  if (kind == CompKind::List) emit(Op::BUILD_LIST, 0);
  if (kind == CompKind::Set) emit(Op::BUILD_SET, 0);
  if (kind == CompKind::Dict) emit(Op::BUILD_MAP, 0);
  comprehension_generator(e, 0, 0, kind);
  if (kind != CompKind::Gen) emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = exit_scope();
  emit(Op::PUSH_NULL);
  make_closure(code, 0);
  visit_expr(outermost.iter);
  emit(outermost.is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (is_async && kind != CompKind::Gen) {
    emit(Op::GET_AWAITABLE, 0);
    await_loop();
  }
}

void Compiler::comprehension_generator(const Expr* e, size_t gen_index, int depth, CompKind kind) {
  if (e->generators[gen_index].is_async)
    async_comprehension_generator(e, gen_index, depth, kind);
  else
    sync_comprehension_generator(e, gen_index, depth, kind);
}

void Compiler::comprehension_element(const Expr* e, int depth, CompKind kind) {
  switch (kind) {
    case CompKind::Gen:
      visit_expr(e->left);
      emit(Op::YIELD_VALUE, 0);
      emit(Op::POP_TOP);
      break;
    case CompKind::List:
      visit_expr(e->left);
      emit(Op::LIST_APPEND, uint32_t(depth + 1));
      break;
    case CompKind::Set:
      visit_expr(e->left);
      emit(Op::SET_ADD, uint32_t(depth + 1));
      break;
    case CompKind::Dict:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::MAP_ADD, uint32_t(depth + 1));
      break;
    case CompKind::None: break;
  }
}

void Compiler::sync_comprehension_generator(const Expr* e, size_t gen_index, int depth, CompKind kind) {
  const ast::Comprehension& gen = e->generators[gen_index];
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  bool loop = true;
  if (gen_index == 0) {
    u_->code->argcount = 1;
    emit(Op::LOAD_FAST, 0);  // .0
  } else {
    // `for y in [expr]` binds y once, without a loop.
    const Expr* it = gen.iter;
    if ((it->kind == ExprKind::List || it->kind == ExprKind::Tuple) && it->values.size() == 1 &&
        it->values[0]->kind != ExprKind::Starred) {
      visit_expr(it->values[0]);
      loop = false;
    } else {
      visit_expr(it);
      emit(Op::GET_ITER);
    }
  }
  if (loop) {
    depth++;
    bind(start);
    emit_jump(Op::FOR_ITER, anchor);
  }
  store_target(gen.target);
  for (const Expr* cond : gen.ifs) jump_if(cond, if_cleanup, false);
  if (gen_index + 1 < e->generators.size())
    comprehension_generator(e, gen_index + 1, depth, kind);
  else
    comprehension_element(e, depth, kind);
  bind(if_cleanup);
  if (loop) {
    emit_jump_any(start);
    bind(anchor);
  }
}

void Compiler::async_comprehension_generator(const Expr* e, size_t gen_index, int depth, CompKind kind) {
  const ast::Comprehension& gen = e->generators[gen_index];
  int start = new_label(), except = new_label(), if_cleanup = new_label();
  if (gen_index == 0) {
    u_->code->argcount = 1;
    emit(Op::LOAD_FAST, 0);
  } else {
    visit_expr(gen.iter);
    emit(Op::GET_AITER);
  }
  bind(start);
  emit_jump(Op::SETUP_FINALLY, except);
  emit(Op::GET_ANEXT);
  await_loop();
  emit(Op::POP_BLOCK);
  store_target(gen.target);
  for (const Expr* cond : gen.ifs) jump_if(cond, if_cleanup, false);
  depth++;
  if (gen_index + 1 < e->generators.size())
    comprehension_generator(e, gen_index + 1, depth, kind);
  else
    comprehension_element(e, depth, kind);
  bind(if_cleanup);
  emit_jump_any(start);
  bind(except);
  emit(Op::END_ASYNC_FOR);
}

// ---------------------------------------------------------------------------
// yield / await / walrus
// ---------------------------------------------------------------------------
void Compiler::yield_expr(const Expr* e) {
  if (u_->ste->kind != ScopeKind::Function) {
    fail("'yield' outside function");
    return;
  }
  if (e->kind == ExprKind::Yield) {
    if (e->left) visit_expr(e->left); else load_none();
    emit(Op::YIELD_VALUE, 0);
    return;
  }
  if (u_->kind == UnitKind::AsyncFunction) {
    fail("'yield from' inside async function");
    return;
  }
  visit_expr(e->left);
  emit(Op::GET_YIELD_FROM_ITER);
  await_loop();
}

void Compiler::await_expr(const Expr* e) {
  if (u_->ste->kind != ScopeKind::Function) {
    fail("'await' outside function");
    return;
  }
  if (u_->kind != UnitKind::AsyncFunction && u_->kind != UnitKind::Comprehension) {
    fail("'await' outside async function");
    return;
  }
  visit_expr(e->left);
  emit(Op::GET_AWAITABLE, 0);
  await_loop();
}

void Compiler::named_expr(const Expr* e) {
  visit_expr(e->right);
  emit(Op::COPY, 1);
  store_target(e->left);
}

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------
void Compiler::unpack_helper(const std::vector<Expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    if (elts[i]->kind != ExprKind::Starred) continue;
    if (seen_star) {
      fail("multiple starred expressions in assignment");
      return;
    }
    // UNPACK_EX arg: before in the low 8 bits, after above them (24-bit arg).
    if (i >= (1u << 8) || n - i - 1 >= (1u << 16)) {
      fail("too many expressions in star-unpacking assignment");
      return;
    }
    emit(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, uint32_t(n));
}

void Compiler::store_target(const Expr* e) {
  ast::Pos saved = u_->loc;
  set_loc(e->pos);
  switch (e->kind) {
    case ExprKind::Name: nameop(e->name, ExprCtx::Store); break;
    case ExprKind::Attribute:
      visit_expr(e->left);
      emit(Op::STORE_ATTR, add_name(e->name));
      break;
    case ExprKind::Subscript:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::STORE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      unpack_helper(e->values);
      for (const Expr* x : e->values) store_target(x->kind == ExprKind::Starred ? x->left : x);
      break;
    case ExprKind::Starred: fail("starred assignment target must be in a list or tuple"); break;
    default: fail("cannot assign to expression"); break;
  }
  u_->loc = saved;
}

bool Compiler::try_swap_assign(const ast::Stmt* s) {
  // `a, b = b, a` (up to three names): no tuple, just SWAPs (as CPython's
  // peephole BUILD_TUPLE n + UNPACK_SEQUENCE n -> SWAP).
  if (s->targets.size() != 1) return false;
  const Expr* t = s->targets[0];
  const Expr* v = s->value;
  if ((t->kind != ExprKind::Tuple && t->kind != ExprKind::List) || v->kind != ExprKind::Tuple) return false;
  size_t n = t->values.size();
  if (n == 0 || n > 3 || v->values.size() != n || has_starred(t->values) || has_starred(v->values)) return false;
  Const folded;
  if (const_of(v, folded)) return false;  // a constant tuple is cheaper as one const
  for (const Expr* x : v->values) visit_expr(x);
  set_loc(t->pos);
  if (n > 1) emit(Op::SWAP, uint32_t(n));
  for (const Expr* x : t->values) store_target(x);
  return true;
}

}  // namespace il::lang::compiler_detail
