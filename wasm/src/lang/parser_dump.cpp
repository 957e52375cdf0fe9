// parser_dump.cpp — a debug dump of the AST in the exact format of Python's
// ast.dump(), so that tests can compare with CPython. Constant values are
// printed with Python's repr (ints in decimal, shortest round-trip floats).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "lang/parser.h"
#include "lang/tokenizer.h"

namespace il::lang {

namespace {

using namespace ast;

// An integer literal ("0x1F", "0o17", "0b11", "123") in decimal.
std::string int_repr(const std::string& text) {
  int base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0') {
    char c = (char)(text[1] | 0x20);
    if (c == 'x') base = 16, i = 2;
    if (c == 'o') base = 8, i = 2;
    if (c == 'b') base = 2, i = 2;
  }
  std::vector<uint32_t> limbs{0};  // base 1e9, little-endian
  for (; i < text.size(); i++) {
    char c = text[i];
    uint32_t d = c >= '0' && c <= '9' ? (uint32_t)(c - '0') : (uint32_t)((c | 0x20) - 'a' + 10);
    uint64_t carry = d;
    for (uint32_t& l : limbs) {
      uint64_t v = (uint64_t)l * (uint64_t)base + carry;
      l = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back((uint32_t)(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
    out += buf;
  }
  return out;
}

// Python's repr(float); add_dot0 is false for the parts of a complex.
std::string float_repr(double v, bool add_dot0 = true) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  int prec = 0;
  for (prec = 0; prec < 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf = [-]d[.ddd]e[+-]XX
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t k = 0; k < e; k++)
    if (s[k] != '.') digits.push_back(s[k]);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string((size_t)-decpt, '0') + digits;
    } else if ((size_t)decpt >= digits.size()) {
      out = digits + std::string((size_t)decpt - digits.size(), '0');
      if (add_dot0) out += ".0";
    } else {
      out = digits.substr(0, (size_t)decpt) + "." + digits.substr((size_t)decpt);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return neg ? "-" + out : out;
}

void append_escaped(std::string& out, uint32_t c) {
  char buf[16];
  if (c < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
  } else if (c < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", c);
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", c);
  }
  out += buf;
}

std::string str_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8_decode(s, i);
    if (c == (uint32_t)q || c == '\\') {
      out.push_back('\\');
      out.push_back((char)c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) {
        append_escaped(out, c);
      } else {
        out.push_back((char)c);
      }
    } else if (is_printable(c)) {
      utf8_append(out, c);
    } else {
      append_escaped(out, c);
    }
  }
  out.push_back(q);
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (unsigned char c : s) {
    if (c == (unsigned char)q || c == '\\') {
      out.push_back('\\');
      out.push_back((char)c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_escaped(out, c);
    } else {
      out.push_back((char)c);
    }
  }
  out.push_back(q);
  return out;
}

std::string const_repr(const Expr& e) {
  switch (e.const_kind) {
    case ConstKind::None: return "None";
    case ConstKind::True: return "True";
    case ConstKind::False: return "False";
    case ConstKind::Ellipsis: return "Ellipsis";
    case ConstKind::Int: return int_repr(e.text);
    case ConstKind::Float: return float_repr(std::strtod(e.text.c_str(), nullptr));
    case ConstKind::Imag: return float_repr(std::strtod(e.text.c_str(), nullptr), false) + "j";
    case ConstKind::Str: return str_repr(e.text);
    case ConstKind::Bytes: return bytes_repr(e.text);
  }
  return "?";
}

const char* op_name(OpKind op) {
  static const char* const n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return n[(int)op];
}
const char* cmp_name(CmpKind op) {
  static const char* const n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[(int)op];
}
const char* unary_name(UnaryKind op) {
  static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[(int)op];
}
const char* ctx_name(ExprCtx c) {
  static const char* const n[] = {"Load()", "Store()", "Del()"};
  return n[(int)c];
}

// Builds "Name(field=value, ...)" the way ast.dump does.
struct Dumper {
  bool attrs;
  std::string out;

  struct Node {
    Dumper& d;
    bool first = true;
    Node(Dumper& dumper, const char* name) : d(dumper) {
      d.out += name;
      d.out += '(';
    }
    void field(const char* name) {
      if (!first) d.out += ", ";
      first = false;
      d.out += name;
      d.out += '=';
    }
    void raw(const char* name, const std::string& v) {
      field(name);
      d.out += v;
    }
    void expr(const char* name, const Expr* e) {  // optional: omitted when null
      if (!e) return;
      field(name);
      d.expr(*e);
    }
    void exprs(const char* name, const std::vector<Expr*>& v) {
      field(name);
      d.out += '[';
      for (size_t i = 0; i < v.size(); i++) {
        if (i) d.out += ", ";
        if (v[i]) {
          d.expr(*v[i]);
        } else {
          d.out += "None";
        }
      }
      d.out += ']';
    }
    void stmts(const char* name, const std::vector<Stmt*>& v) {
      field(name);
      d.out += '[';
      for (size_t i = 0; i < v.size(); i++) {
        if (i) d.out += ", ";
        d.stmt(*v[i]);
      }
      d.out += ']';
    }
    void str(const char* name, const std::string& s) { raw(name, str_repr(s)); }
    void opt_str(const char* name, const std::string& s) {
      if (!s.empty()) str(name, s);
    }
    void pos(const Pos& p) {
      if (!d.attrs) return;
      raw("lineno", std::to_string(p.line));
      raw("col_offset", std::to_string(p.col));
      raw("end_lineno", std::to_string(p.end_line));
      raw("end_col_offset", std::to_string(p.end_col));
    }
    void close() { d.out += ')'; }
  };

  void arg(const Arg& a) {
    Node n(*this, "arg");
    n.str("arg", a.name);
    n.expr("annotation", a.annotation);
    n.pos(a.pos);
    n.close();
  }
  void args_list(Node& n, const char* name, const std::vector<Arg>& v) {
    n.field(name);
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      arg(v[i]);
    }
    out += ']';
  }
  void arguments(const Arguments* a) {
    Arguments empty;
    if (!a) a = &empty;
    Node n(*this, "arguments");
    args_list(n, "posonlyargs", a->posonlyargs);
    args_list(n, "args", a->args);
    if (a->vararg) {
      n.field("vararg");
      arg(*a->vararg);
    }
    args_list(n, "kwonlyargs", a->kwonlyargs);
    n.exprs("kw_defaults", a->kw_defaults);
    if (a->kwarg) {
      n.field("kwarg");
      arg(*a->kwarg);
    }
    n.exprs("defaults", a->defaults);
    n.close();
  }
  void keywords(Node& n, const std::vector<Keyword>& v) {
    n.field("keywords");
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      Node k(*this, "keyword");
      k.opt_str("arg", v[i].arg);
      k.expr("value", v[i].value);
      k.pos(v[i].pos);
      k.close();
    }
    out += ']';
  }
  void generators(Node& n, const std::vector<Comprehension>& v) {
    n.field("generators");
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      Node c(*this, "comprehension");
      c.expr("target", v[i].target);
      c.expr("iter", v[i].iter);
      c.exprs("ifs", v[i].ifs);
      c.raw("is_async", v[i].is_async ? "1" : "0");
      c.close();
    }
    out += ']';
  }
  void aliases(Node& n, const std::vector<Alias>& v) {
    n.field("names");
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      Node a(*this, "alias");
      a.str("name", v[i].name);
      a.opt_str("asname", v[i].asname);
      a.pos(v[i].pos);
      a.close();
    }
    out += ']';
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        Node n(*this, "BoolOp");
        n.raw("op", e.boolop == BoolOpKind::And ? "And()" : "Or()");
        n.exprs("values", e.values);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::NamedExpr: {
        Node n(*this, "NamedExpr");
        n.expr("target", e.left);
        n.expr("value", e.right);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::BinOp: {
        Node n(*this, "BinOp");
        n.expr("left", e.left);
        n.raw("op", std::string(op_name(e.op)) + "()");
        n.expr("right", e.right);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::UnaryOp: {
        Node n(*this, "UnaryOp");
        n.raw("op", std::string(unary_name(e.unaryop)) + "()");
        n.expr("operand", e.left);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Lambda: {
        Node n(*this, "Lambda");
        n.field("args");
        arguments(e.args);
        n.expr("body", e.left);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::IfExp: {
        Node n(*this, "IfExp");
        n.expr("test", e.left);
        n.expr("body", e.right);
        n.expr("orelse", e.third);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Dict: {
        Node n(*this, "Dict");
        n.exprs("keys", e.keys);
        n.exprs("values", e.values);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Set: {
        Node n(*this, "Set");
        n.exprs("elts", e.values);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        Node n(*this, e.kind == ExprKind::ListComp  ? "ListComp"
                      : e.kind == ExprKind::SetComp ? "SetComp"
                                                    : "GeneratorExp");
        n.expr("elt", e.left);
        generators(n, e.generators);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::DictComp: {
        Node n(*this, "DictComp");
        n.expr("key", e.left);
        n.expr("value", e.right);
        generators(n, e.generators);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Await:
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        Node n(*this, e.kind == ExprKind::Await   ? "Await"
                      : e.kind == ExprKind::Yield ? "Yield"
                                                  : "YieldFrom");
        n.expr("value", e.left);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Compare: {
        Node n(*this, "Compare");
        n.expr("left", e.left);
        n.field("ops");
        out += '[';
        for (size_t i = 0; i < e.ops.size(); i++) {
          if (i) out += ", ";
          out += cmp_name(e.ops[i]);
          out += "()";
        }
        out += ']';
        n.exprs("comparators", e.values);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Call: {
        Node n(*this, "Call");
        n.expr("func", e.left);
        n.exprs("args", e.values);
        keywords(n, e.keywords);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::FormattedValue: {
        Node n(*this, "FormattedValue");
        n.expr("value", e.left);
        n.raw("conversion", std::to_string(e.conversion));
        n.expr("format_spec", e.right);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::JoinedStr: {
        Node n(*this, "JoinedStr");
        n.exprs("values", e.values);
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Constant: {
        Node n(*this, "Constant");
        n.raw("value", const_repr(e));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Attribute: {
        Node n(*this, "Attribute");
        n.expr("value", e.left);
        n.str("attr", e.name);
        n.raw("ctx", ctx_name(e.ctx));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Subscript: {
        Node n(*this, "Subscript");
        n.expr("value", e.left);
        n.expr("slice", e.right);
        n.raw("ctx", ctx_name(e.ctx));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Starred: {
        Node n(*this, "Starred");
        n.expr("value", e.left);
        n.raw("ctx", ctx_name(e.ctx));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Name: {
        Node n(*this, "Name");
        n.str("id", e.name);
        n.raw("ctx", ctx_name(e.ctx));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::List:
      case ExprKind::Tuple: {
        Node n(*this, e.kind == ExprKind::List ? "List" : "Tuple");
        n.exprs("elts", e.values);
        n.raw("ctx", ctx_name(e.ctx));
        n.pos(e.pos);
        n.close();
        return;
      }
      case ExprKind::Slice: {
        Node n(*this, "Slice");
        n.expr("lower", e.left);
        n.expr("upper", e.right);
        n.expr("step", e.third);
        n.pos(e.pos);
        n.close();
        return;
      }
    }
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        Node n(*this, s.kind == StmtKind::FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
        n.str("name", s.name);
        n.field("args");
        arguments(s.args);
        n.stmts("body", s.body);
        n.exprs("decorator_list", s.decorator_list);
        n.expr("returns", s.value);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::ClassDef: {
        Node n(*this, "ClassDef");
        n.str("name", s.name);
        n.exprs("bases", s.targets);
        keywords(n, s.keywords);
        n.stmts("body", s.body);
        n.exprs("decorator_list", s.decorator_list);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Return: {
        Node n(*this, "Return");
        n.expr("value", s.value);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Delete: {
        Node n(*this, "Delete");
        n.exprs("targets", s.targets);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Assign: {
        Node n(*this, "Assign");
        n.exprs("targets", s.targets);
        n.expr("value", s.value);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::AugAssign: {
        Node n(*this, "AugAssign");
        n.expr("target", s.target);
        n.raw("op", std::string(op_name(s.op)) + "()");
        n.expr("value", s.value);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::AnnAssign: {
        Node n(*this, "AnnAssign");
        n.expr("target", s.target);
        n.expr("annotation", s.annotation);
        n.expr("value", s.value);
        n.raw("simple", s.simple ? "1" : "0");
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        Node n(*this, s.kind == StmtKind::For ? "For" : "AsyncFor");
        n.expr("target", s.target);
        n.expr("iter", s.value);
        n.stmts("body", s.body);
        n.stmts("orelse", s.orelse);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::While:
      case StmtKind::If: {
        Node n(*this, s.kind == StmtKind::While ? "While" : "If");
        n.expr("test", s.value);
        n.stmts("body", s.body);
        n.stmts("orelse", s.orelse);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        Node n(*this, s.kind == StmtKind::With ? "With" : "AsyncWith");
        n.field("items");
        out += '[';
        for (size_t i = 0; i < s.items.size(); i++) {
          if (i) out += ", ";
          Node w(*this, "withitem");
          w.expr("context_expr", s.items[i].context_expr);
          w.expr("optional_vars", s.items[i].optional_vars);
          w.close();
        }
        out += ']';
        n.stmts("body", s.body);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Raise: {
        Node n(*this, "Raise");
        n.expr("exc", s.value);
        n.expr("cause", s.cause);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        Node n(*this, s.kind == StmtKind::Try ? "Try" : "TryStar");
        n.stmts("body", s.body);
        n.field("handlers");
        out += '[';
        for (size_t i = 0; i < s.handlers.size(); i++) {
          if (i) out += ", ";
          const ExceptHandler& h = s.handlers[i];
          Node x(*this, "ExceptHandler");
          x.expr("type", h.type);
          x.opt_str("name", h.name);
          x.stmts("body", h.body);
          x.pos(h.pos);
          x.close();
        }
        out += ']';
        n.stmts("orelse", s.orelse);
        n.stmts("finalbody", s.finalbody);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Assert: {
        Node n(*this, "Assert");
        n.expr("test", s.value);
        n.expr("msg", s.cause);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Import: {
        Node n(*this, "Import");
        aliases(n, s.names);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::ImportFrom: {
        Node n(*this, "ImportFrom");
        n.opt_str("module", s.name);
        aliases(n, s.names);
        n.raw("level", std::to_string(s.level));
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        Node n(*this, s.kind == StmtKind::Global ? "Global" : "Nonlocal");
        n.field("names");
        out += '[';
        for (size_t i = 0; i < s.identifiers.size(); i++) {
          if (i) out += ", ";
          out += str_repr(s.identifiers[i]);
        }
        out += ']';
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Expr: {
        Node n(*this, "Expr");
        n.expr("value", s.value);
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: {
        Node n(*this, s.kind == StmtKind::Pass    ? "Pass"
                      : s.kind == StmtKind::Break ? "Break"
                                                  : "Continue");
        n.pos(s.pos);
        n.close();
        return;
      }
      case StmtKind::Match: {
        Node n(*this, "Match");
        n.expr("subject", s.value);
        n.raw("cases", "[...]");
        n.pos(s.pos);
        n.close();
        return;
      }
    }
  }
};

}  // namespace

std::string dump(const ast::Module& module, bool include_attributes) {
  Dumper d{include_attributes, {}};
  d.out += "Module(body=[";
  for (size_t i = 0; i < module.body.size(); i++) {
    if (i) d.out += ", ";
    d.stmt(*module.body[i]);
  }
  d.out += "], type_ignores=[])";
  return d.out;
}

std::string dump(const ast::Expr& expr, bool include_attributes) {
  Dumper d{include_attributes, {}};
  d.expr(expr);
  return d.out;
}

}  // namespace il::lang
