// disasm.cpp — a `dis`-like listing of a CodeUnit, recursing into nested
// code constants. One instruction per line:
//   <line> <offset> <OPNAME> <arg> (<meaning>)
// where the line number is printed only when it changes. Tests match on
// "OPNAME arg (meaning)" fragments, so keep that part stable.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lang/codeunit.h"
#include "lang/compiler.h"

namespace il::lang {

namespace {

std::string repr_double(double v) {
  // Shortest text that reads back as the same double (Python's float repr).
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::string s = buf;
  if (s == "inf" || s == "-inf" || s == "nan") return s;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string repr_str(const std::string& s, char prefix) {
  bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out;
  if (prefix) out += prefix;
  out += q;
  for (unsigned char c : s) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (c == q) {
          out += '\\';
          out += char(c);
        } else if (c < 0x20 || c == 0x7f || (prefix && c >= 0x80)) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  out += q;
  return out;
}

std::string repr_const(const Const& c) {
  switch (c.kind) {
    case Const::Kind::None: return "None";
    case Const::Kind::True: return "True";
    case Const::Kind::False: return "False";
    case Const::Kind::Ellipsis: return "Ellipsis";
    case Const::Kind::Int: return c.text;
    case Const::Kind::Float: return repr_double(c.number);
    case Const::Kind::Complex: return repr_double(c.number) + "j";
    case Const::Kind::Str: return repr_str(c.text, 0);
    case Const::Kind::Bytes: return repr_str(c.text, 'b');
    case Const::Kind::Tuple:
    case Const::Kind::FrozenSet: {
      std::string out = c.kind == Const::Kind::Tuple ? "(" : "frozenset({";
      for (size_t i = 0; i < c.items.size(); i++) {
        if (i) out += ", ";
        out += repr_const(c.items[i]);
      }
      if (c.kind == Const::Kind::Tuple) {
        if (c.items.size() == 1) out += ",";
        out += ")";
      } else {
        out += "})";
      }
      return out;
    }
    case Const::Kind::Code: return "<code " + (c.code ? c.code->qualname : std::string("?")) + ">";
  }
  return "?";
}

const char* const kBinOpSymbols[] = {"+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",
                                     ">>", "-",  "/",   "^",   "+=", "&=", "//=", "<<=", "@=",
                                     "*=", "%=", "|=",  "**=", ">>=", "-=", "/=",  "^="};
const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

template <typename T>
std::string at(const std::vector<T>& v, uint32_t i) {
  if (i < v.size()) return v[i];
  return "<bad index>";
}

std::string list_names(const std::vector<std::string>& v) {
  std::string out = "(";
  for (size_t i = 0; i < v.size(); i++) {
    if (i) out += ", ";
    out += repr_str(v[i], 0);
  }
  return out + ")";
}

std::string arg_meaning(const CodeUnit& code, Op op, uint32_t arg) {
  switch (op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES: return arg < code.consts.size() ? repr_const(code.consts[arg]) : "<bad const>";
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM: return at(code.names, arg);
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST: return at(code.varnames, arg);
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
      if (arg < code.cellvars.size()) return code.cellvars[arg];
      return at(code.freevars, uint32_t(arg - code.cellvars.size()));
    case Op::BINARY_OP: return arg < std::size(kBinOpSymbols) ? kBinOpSymbols[arg] : "?";
    case Op::COMPARE_OP: return arg < std::size(kCmpSymbols) ? kCmpSymbols[arg] : "?";
    case Op::FORMAT_VALUE: {
      static const char* const conv[] = {"", "str", "repr", "ascii"};
      std::string s = conv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Op::MAKE_FUNCTION: {
      std::string s;
      static const char* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
      for (int b = 0; b < 4; b++)
        if (arg & (1u << b)) s += (s.empty() ? "" : ", ") + std::string(flags[b]);
      return s;
    }
    default:
      if (has_jump_target(op)) return "to " + std::to_string(arg);
      return "";
  }
}

void disassemble_into(const CodeUnit& code, std::string& out) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "code %s qualname=%s file=%s line=%d\n", code.name.c_str(), code.qualname.c_str(),
                code.filename.c_str(), code.firstlineno);
  out += buf;
  std::snprintf(buf, sizeof buf,
                "  argcount=%d posonly=%d kwonly=%d flags=0x%x stacksize=%d maxblocks=%d ncaches=%d%s\n",
                code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.stacksize, code.maxblocks,
                code.ncaches, code.has_docstring ? " docstring" : "");
  out += buf;
  out += "  consts: (";
  for (size_t i = 0; i < code.consts.size(); i++) {
    if (i) out += ", ";
    out += repr_const(code.consts[i]);
  }
  out += ")\n  names: " + list_names(code.names) + "\n  varnames: " + list_names(code.varnames) +
         "\n  cellvars: " + list_names(code.cellvars) + "\n  freevars: " + list_names(code.freevars) + "\n";
  if (!code.cell2arg.empty()) {
    out += "  cell2arg:";
    for (int c : code.cell2arg) out += " " + std::to_string(c);
    out += "\n";
  }
  int last_line = -1;
  for (size_t pc = 0; pc < code.code.size();) {
    uint32_t word = code.code[pc];
    Op op = decode_op(word);
    uint32_t arg = decode_arg(word);
    if (size_t(op) >= size_t(Op::OP_COUNT)) {
      std::snprintf(buf, sizeof buf, "       %5zu <bad opcode %u>\n", pc, unsigned(word & 0xff));
      out += buf;
      pc++;
      continue;
    }
    int line = pc < code.lines.size() ? code.lines[pc] : 0;
    std::string meaning = arg_meaning(code, op, arg);
    if (line != last_line)
      std::snprintf(buf, sizeof buf, "%6d %5zu ", line, pc);
    else
      std::snprintf(buf, sizeof buf, "       %5zu ", pc);
    out += buf;
    out += kOpNames[size_t(op)];
    out += ' ';
    out += std::to_string(arg);
    if (!meaning.empty()) out += " (" + meaning + ")";
    out += '\n';
    last_line = line;
    pc += 1 + kOpCacheWords[size_t(op)];
  }
  for (const Const& c : code.consts) {
    if (c.kind == Const::Kind::Code && c.code) {
      out += "\n";
      disassemble_into(*c.code, out);
    }
  }
}

}  // namespace

std::string disassemble(const CodeUnit& code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace il::lang
