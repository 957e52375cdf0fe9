// Unit tests for the compiler (lang/symtable, lang/compiler*, lang/disasm):
// stack effects, key instruction sequences, compiler SyntaxErrors (checked
// against CPython 3.11), the tests/py corpus, and compile speed.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "lang/codeunit.h"
#include "lang/compiler.h"

namespace fs = std::filesystem;
using namespace il;
using namespace il::lang;

namespace {

// ---------------------------------------------------------------- helpers
std::shared_ptr<CodeUnit> compile_ok(const std::string& src) {
  CompileResult r = compile_source(src, "t.py", CompileMode::Exec);
  EXPECT_FALSE(r.error.has_value()) << src << "\n=> " << (r.error ? r.error->msg : "") << " at line "
                                    << (r.error ? r.error->line : 0);
  return r.code;
}

const CodeUnit* find_code(const CodeUnit& code, const std::string& qualname) {
  if (code.qualname == qualname) return &code;
  for (const Const& c : code.consts)
    if (c.kind == Const::Kind::Code && c.code)
      if (const CodeUnit* found = find_code(*c.code, qualname)) return found;
  return nullptr;
}

// "OPNAME arg (meaning); ..." for one code object (no line/offset columns).
std::string ops_of(const CodeUnit& code) {
  std::string text = disassemble(code);
  std::istringstream in(text);
  std::string line, out;
  bool in_first = true;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!in_first) break;
      in_first = false;
      break;
    }
    // Instruction lines have a 13-character line/offset prefix.
    if (line.size() > 13 && line[13] >= 'A' && line[13] <= 'Z' && line[0] == ' ') {
      if (!out.empty()) out += "; ";
      out += line.substr(13);
    }
  }
  return out;
}

std::string ops(const std::string& src, const std::string& qualname = "<module>") {
  auto code = compile_ok(src);
  if (!code) return "<compile error>";
  const CodeUnit* unit = find_code(*code, qualname);
  if (!unit) return "<no code " + qualname + ">";
  return ops_of(*unit);
}

const CodeUnit* unit_of(const std::shared_ptr<CodeUnit>& code, const std::string& qualname) {
  return code ? find_code(*code, qualname) : nullptr;
}

// Word offset -> "OPNAME arg (meaning)" for one code object.
std::map<size_t, std::string> listing(const CodeUnit& code) {
  std::map<size_t, std::string> out;
  std::istringstream in(disassemble(code));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) break;  // nested code objects follow
    if (line.size() > 13 && line[13] >= 'A' && line[13] <= 'Z' && line[0] == ' ')
      out[std::stoul(line.substr(7, 5))] = line.substr(13);
  }
  return out;
}

// The instruction that the nth (0-based) `opname` jump of `code` lands on,
// so tests check where a jump goes rather than its numeric offset.
std::string jump_lands_on(const CodeUnit& code, const std::string& opname, int nth = 0) {
  auto lines = listing(code);
  for (const auto& [pc, text] : lines) {
    if (text.rfind(opname + " ", 0) != 0 || nth-- > 0) continue;
    size_t to = text.find("(to ");
    if (to == std::string::npos) return "<not a jump: " + text + ">";
    auto target = lines.find(std::stoul(text.substr(to + 4)));
    return target == lines.end() ? "<no instruction there>" : target->second;
  }
  return "<no " + opname + ">";
}

// The listing without the index operands of instructions that show their
// meaning in parentheses ("LOAD_CONST 2 ('C')" -> "LOAD_CONST ('C')"): the
// numbering of constants and names follows emission order, which is incidental.
std::string shape(const std::string& seq) {
  static const std::regex index_operand(R"(([A-Z_]+) \d+ \()");
  return std::regex_replace(seq, index_operand, "$1 (");
}

#define EXPECT_HAS(haystack, needle)                                                          \
  do {                                                                                        \
    std::string h_ = (haystack);                                                              \
    EXPECT_NE(h_.find(needle), std::string::npos) << "missing: " << (needle) << "\nin: " << h_; \
  } while (0)
#define EXPECT_LACKS(haystack, needle)                                                         \
  do {                                                                                         \
    std::string h_ = (haystack);                                                               \
    EXPECT_EQ(h_.find(needle), std::string::npos) << "unexpected: " << (needle) << "\nin: " << h_; \
  } while (0)

fs::path repo_root() {
#ifdef IL_SOURCE_DIR
  return fs::path(IL_SOURCE_DIR);
#else
  return fs::path(__FILE__).parent_path().parent_path().parent_path();
#endif
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

// ===========================================================================
// stack_effect / block_effect
// ===========================================================================
TEST(CompilerStackEffect, EveryOpcode) {
  struct Case {
    Op op;
    uint32_t arg;
    int fall, jump;
  };
  // jump = effect when the jump is taken (same as fall for non-jumps).
  const Case cases[] = {
      {Op::NOP, 0, 0, 0},
      {Op::POP_TOP, 0, -1, -1},
      {Op::PUSH_NULL, 0, 1, 1},
      {Op::COPY, 2, 1, 1},
      {Op::SWAP, 3, 0, 0},
      {Op::LOAD_CONST, 0, 1, 1},
      {Op::LOAD_FAST, 0, 1, 1},
      {Op::STORE_FAST, 0, -1, -1},
      {Op::DELETE_FAST, 0, 0, 0},
      {Op::LOAD_DEREF, 0, 1, 1},
      {Op::STORE_DEREF, 0, -1, -1},
      {Op::DELETE_DEREF, 0, 0, 0},
      {Op::LOAD_CLOSURE, 0, 1, 1},
      {Op::LOAD_CLASSDEREF, 0, 1, 1},
      {Op::LOAD_GLOBAL, 0, 1, 1},
      {Op::STORE_GLOBAL, 0, -1, -1},
      {Op::DELETE_GLOBAL, 0, 0, 0},
      {Op::LOAD_NAME, 0, 1, 1},
      {Op::STORE_NAME, 0, -1, -1},
      {Op::DELETE_NAME, 0, 0, 0},
      {Op::LOAD_ATTR, 0, 0, 0},
      {Op::STORE_ATTR, 0, -2, -2},
      {Op::DELETE_ATTR, 0, -1, -1},
      {Op::LOAD_METHOD, 0, 1, 1},
      {Op::BINARY_SUBSCR, 0, -1, -1},
      {Op::STORE_SUBSCR, 0, -3, -3},
      {Op::DELETE_SUBSCR, 0, -2, -2},
      {Op::BUILD_SLICE, 3, -2, -2},
      {Op::BINARY_OP, 0, -1, -1},
      {Op::UNARY_NEGATIVE, 0, 0, 0},
      {Op::UNARY_POSITIVE, 0, 0, 0},
      {Op::UNARY_NOT, 0, 0, 0},
      {Op::UNARY_INVERT, 0, 0, 0},
      {Op::COMPARE_OP, 0, -1, -1},
      {Op::IS_OP, 1, -1, -1},
      {Op::CONTAINS_OP, 0, -1, -1},
      {Op::BUILD_TUPLE, 3, -2, -2},
      {Op::BUILD_LIST, 0, 1, 1},
      {Op::BUILD_SET, 2, -1, -1},
      {Op::BUILD_MAP, 2, -3, -3},
      {Op::BUILD_STRING, 4, -3, -3},
      {Op::LIST_APPEND, 2, -1, -1},
      {Op::SET_ADD, 2, -1, -1},
      {Op::MAP_ADD, 1, -2, -2},
      {Op::LIST_EXTEND, 1, -1, -1},
      {Op::SET_UPDATE, 1, -1, -1},
      {Op::DICT_UPDATE, 1, -1, -1},
      {Op::DICT_MERGE, 1, -1, -1},
      {Op::LIST_TO_TUPLE, 0, 0, 0},
      {Op::FORMAT_VALUE, 2, 0, 0},
      {Op::UNPACK_SEQUENCE, 3, 2, 2},
      {Op::UNPACK_EX, 2 | (3 << 8), 5, 5},
      {Op::JUMP_FORWARD, 0, 0, 0},
      {Op::JUMP_BACKWARD, 0, 0, 0},
      {Op::POP_JUMP_IF_FALSE, 0, -1, -1},
      {Op::POP_JUMP_IF_TRUE, 0, -1, -1},
      {Op::POP_JUMP_IF_NONE, 0, -1, -1},
      {Op::POP_JUMP_IF_NOT_NONE, 0, -1, -1},
      {Op::JUMP_IF_FALSE_OR_POP, 0, -1, 0},
      {Op::JUMP_IF_TRUE_OR_POP, 0, -1, 0},
      {Op::GET_ITER, 0, 0, 0},
      {Op::FOR_ITER, 0, 1, -1},
      {Op::RETURN_VALUE, 0, -1, -1},
      {Op::KW_NAMES, 0, 0, 0},
      {Op::CALL, 2, -3, -3},
      {Op::CALL_FUNCTION_EX, 1, -3, -3},
      {Op::MAKE_FUNCTION, 0x08 | 0x01, -2, -2},
      {Op::LOAD_BUILD_CLASS, 0, 1, 1},
      {Op::RETURN_GENERATOR, 0, 0, 0},
      {Op::SETUP_FINALLY, 0, 0, 2},
      {Op::POP_BLOCK, 0, 0, 0},
      {Op::POP_EXCEPT, 0, -1, -1},
      {Op::RERAISE, 0, -1, -1},
      {Op::RAISE_VARARGS, 2, -2, -2},
      {Op::CHECK_EXC_MATCH, 0, 0, 0},
      {Op::LOAD_ASSERTION_ERROR, 0, 1, 1},
      {Op::BEFORE_WITH, 0, 3, 3},
      {Op::WITH_EXCEPT_START, 0, 5, 5},
      {Op::YIELD_VALUE, 0, 0, 0},
      {Op::GET_YIELD_FROM_ITER, 0, 0, 0},
      {Op::SEND, 0, 0, -1},
      {Op::GET_AWAITABLE, 0, 0, 0},
      {Op::GET_AITER, 0, 0, 0},
      {Op::GET_ANEXT, 0, 1, 1},
      {Op::END_ASYNC_FOR, 0, -3, -3},
      {Op::BEFORE_ASYNC_WITH, 0, 1, 1},
      {Op::IMPORT_NAME, 0, -1, -1},
      {Op::IMPORT_FROM, 0, 1, 1},
      {Op::IMPORT_STAR, 0, -1, -1},
      {Op::SETUP_ANNOTATIONS, 0, 0, 0},
      {Op::SETUP_WITH, 0, 0, 1},
      // pattern matching and except* (values as CPython 3.11's dis.stack_effect)
      {Op::MATCH_CLASS, 1, -2, -2},
      {Op::MATCH_MAPPING, 0, 1, 1},
      {Op::MATCH_SEQUENCE, 0, 1, 1},
      {Op::MATCH_KEYS, 0, 1, 1},
      {Op::GET_LEN, 0, 1, 1},
      {Op::CHECK_EG_MATCH, 0, 0, 0},
      {Op::PREP_RERAISE_STAR, 0, -1, -1},
  };
  std::set<int> covered;
  for (const Case& c : cases) {
    SCOPED_TRACE(kOpNames[size_t(c.op)]);
    EXPECT_EQ(stack_effect(c.op, c.arg, false), c.fall);
    EXPECT_EQ(stack_effect(c.op, c.arg, true), c.jump);
    covered.insert(int(c.op));
  }
  for (int op = 0; op < int(Op::OP_COUNT); op++)
    EXPECT_TRUE(covered.count(op)) << "no stack_effect test for " << kOpNames[op];
}

TEST(CompilerStackEffect, VariableArgs) {
  EXPECT_EQ(stack_effect(Op::BUILD_SLICE, 2, false), -1);
  EXPECT_EQ(stack_effect(Op::BUILD_TUPLE, 0, false), 1);
  EXPECT_EQ(stack_effect(Op::BUILD_MAP, 0, false), 1);
  EXPECT_EQ(stack_effect(Op::FORMAT_VALUE, 4 | 2, false), -1);
  EXPECT_EQ(stack_effect(Op::UNPACK_SEQUENCE, 0, false), -1);
  EXPECT_EQ(stack_effect(Op::UNPACK_EX, 0, false), 0);  // *a = x: one list
  EXPECT_EQ(stack_effect(Op::CALL, 0, false), -1);
  EXPECT_EQ(stack_effect(Op::CALL_FUNCTION_EX, 0, false), -2);
  EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 0, false), 0);
  EXPECT_EQ(stack_effect(Op::MAKE_FUNCTION, 0x0f, false), -4);
  EXPECT_EQ(stack_effect(Op::RAISE_VARARGS, 0, false), 0);
}

TEST(CompilerStackEffect, BlockEffects) {
  EXPECT_EQ(block_effect(Op::SETUP_FINALLY, false), 1);
  EXPECT_EQ(block_effect(Op::SETUP_FINALLY, true), 1);  // the EXCEPT_HANDLER block replaces it
  EXPECT_EQ(block_effect(Op::SETUP_WITH, true), 1);
  EXPECT_EQ(block_effect(Op::POP_BLOCK, false), -1);
  EXPECT_EQ(block_effect(Op::POP_EXCEPT, false), -1);
  EXPECT_EQ(block_effect(Op::END_ASYNC_FOR, false), -1);
  EXPECT_EQ(block_effect(Op::LOAD_CONST, false), 0);
}

// ===========================================================================
// Hand-built AST (independent of the parser)
// ===========================================================================
TEST(CompilerAst, HandBuiltModule) {
  ast::Module mod;
  ast::Pos p{1, 0, 1, 5};
  ast::Stmt* assign = mod.arena.stmt(ast::StmtKind::Assign, p);
  ast::Expr* target = mod.arena.expr(ast::ExprKind::Name, ast::Pos{1, 0, 1, 1});
  target->name = "x";
  target->ctx = ast::ExprCtx::Store;
  ast::Expr* value = mod.arena.expr(ast::ExprKind::Constant, ast::Pos{1, 4, 1, 8});
  value->const_kind = ast::ConstKind::Int;
  value->text = "0x1F";
  assign->targets.push_back(target);
  assign->value = value;
  mod.body.push_back(assign);
  CompileResult r = compile_module(mod, "x = 0x1F\n", "t.py", CompileMode::Exec);
  ASSERT_TRUE(r.code);
  std::string seq = ops_of(*r.code);
  EXPECT_HAS(seq, "LOAD_CONST 0 (31); STORE_NAME 0 (x); LOAD_CONST 1 (None); RETURN_VALUE 0");
  EXPECT_EQ(r.code->stacksize, 1);
  EXPECT_EQ(r.code->lines.size(), r.code->code.size());
}

// ===========================================================================
// Instruction sequences
// ===========================================================================
TEST(CompilerCodegen, IntegerLiterals) {
  auto code = compile_ok("a = 0x10\nb = 0o17\nc = 0b101\nd = 0xFFFFFFFFFFFFFFFFFFFFFFFF\ne = 000\nf = -5\n");
  ASSERT_TRUE(code);
  std::string seq = shape(ops_of(*code));
  EXPECT_HAS(seq, "LOAD_CONST (16); STORE_NAME (a)");
  EXPECT_HAS(seq, "LOAD_CONST (15); STORE_NAME (b)");
  EXPECT_HAS(seq, "LOAD_CONST (5); STORE_NAME (c)");
  EXPECT_HAS(seq, "LOAD_CONST (79228162514264337593543950335); STORE_NAME (d)");
  EXPECT_HAS(seq, "LOAD_CONST (0); STORE_NAME (e)");  // all-zero decimals may have leading zeros
  EXPECT_HAS(seq, "LOAD_CONST (-5); STORE_NAME (f)");
  // Any other leading zero is an error in Python 3 (was octal in Python 2).
  CompileResult bad = compile_source("e = 007\n", "t.py", CompileMode::Exec);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->msg,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

TEST(CompilerCodegen, ConstantFolding) {
  EXPECT_HAS(ops("x = (1, 2, -3.5, 'a')"), "LOAD_CONST 0 ((1, 2, -3.5, 'a')); STORE_NAME 0 (x)");
  EXPECT_HAS(ops("x = [1, 2, 3]"), "BUILD_LIST 0; LOAD_CONST 0 ((1, 2, 3)); LIST_EXTEND 1");
  EXPECT_HAS(ops("x in [1, 2]"), "LOAD_CONST 0 ((1, 2)); CONTAINS_OP 0");
  EXPECT_HAS(ops("x = ((1, 2), (3,))"), "LOAD_CONST 0 (((1, 2), (3,)))");
  EXPECT_HAS(ops("x = -1j"), "UNARY_NEGATIVE");  // complex is not folded
}

TEST(CompilerCodegen, ModuleNames) {
  std::string seq = ops("import os.path\nx = os.path.join('a')\ndel x\n");
  EXPECT_HAS(seq, "LOAD_CONST 0 (0); LOAD_CONST 1 (None); IMPORT_NAME 0 (os.path); STORE_NAME 1 (os)");
  EXPECT_HAS(seq, "LOAD_NAME 1 (os); LOAD_ATTR 2 (path); LOAD_METHOD 3 (join); LOAD_CONST 2 ('a'); CALL 1");
  EXPECT_HAS(seq, "DELETE_NAME 4 (x)");
}

TEST(CompilerCodegen, ImportForms) {
  EXPECT_HAS(ops("import a.b.c as d"),
             "IMPORT_NAME 0 (a.b.c); IMPORT_FROM 1 (b); SWAP 2; POP_TOP 0; IMPORT_FROM 2 (c); STORE_NAME 3 (d); "
             "POP_TOP 0");
  EXPECT_HAS(ops("from .m import x as y, z"),
             "LOAD_CONST 0 (1); LOAD_CONST 1 (('x', 'z')); IMPORT_NAME 0 (m); IMPORT_FROM 1 (x); STORE_NAME 2 (y); "
             "IMPORT_FROM 3 (z); STORE_NAME 3 (z); POP_TOP 0");
  EXPECT_HAS(ops("from m import *"), "IMPORT_NAME 0 (m); IMPORT_STAR 0");
}

TEST(CompilerCodegen, FunctionScopes) {
  const char* src =
      "g = 1\n"
      "def f(a, b=2, *args, c, d=4, **kw):\n"
      "    global g\n"
      "    x = a\n"
      "    g = x\n"
      "    def inner():\n"
      "        nonlocal x\n"
      "        x = b\n"
      "        return len(kw)\n"
      "    return inner\n";
  auto code = compile_ok(src);
  ASSERT_TRUE(code);
  std::string mod = ops_of(*code);
  EXPECT_HAS(mod, "LOAD_CONST 1 ((2,)); LOAD_CONST 2 ('d'); LOAD_CONST 3 (4); BUILD_MAP 1; LOAD_CONST 4 (<code f>); "
                  "MAKE_FUNCTION 3 (defaults, kwdefaults); STORE_NAME 1 (f)");
  const CodeUnit* f = unit_of(code, "f");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->argcount, 2);
  EXPECT_EQ(f->kwonlyargcount, 2);
  EXPECT_EQ(f->varnames[0], "a");
  EXPECT_EQ(f->varnames[4], "args");
  EXPECT_EQ(f->varnames[5], "kw");
  EXPECT_EQ(f->cellvars, (std::vector<std::string>{"b", "kw", "x"}));
  EXPECT_EQ(f->cell2arg, (std::vector<int>{1, 5, -1}));
  EXPECT_TRUE(f->flags & kCoVarArgs);
  EXPECT_TRUE(f->flags & kCoVarKeywords);
  std::string fs = ops_of(*f);
  EXPECT_HAS(fs, "LOAD_FAST 0 (a); STORE_DEREF 2 (x); LOAD_DEREF 2 (x); STORE_GLOBAL 0 (g)");
  EXPECT_HAS(fs, "LOAD_CLOSURE 0 (b); LOAD_CLOSURE 1 (kw); LOAD_CLOSURE 2 (x); BUILD_TUPLE 3; LOAD_CONST");
  EXPECT_HAS(fs, "MAKE_FUNCTION 8 (closure); STORE_FAST 6 (inner)");
  const CodeUnit* inner = unit_of(code, "f.<locals>.inner");
  ASSERT_TRUE(inner);
  EXPECT_EQ(inner->freevars, (std::vector<std::string>{"b", "kw", "x"}));
  EXPECT_HAS(ops_of(*inner), "LOAD_DEREF 0 (b); STORE_DEREF 2 (x); PUSH_NULL 0; LOAD_GLOBAL 0 (len); LOAD_DEREF 1 (kw); CALL 1");
  EXPECT_TRUE(inner->flags & kCoNested);
}

TEST(CompilerCodegen, ClassBody) {
  const char* src =
      "def outer():\n"
      "    y = 1\n"
      "    class C(Base, metaclass=M):\n"
      "        '''doc'''\n"
      "        __p = y\n"
      "        def m(self):\n"
      "            return super().m() + self.__p\n"
      "    return C\n";
  auto code = compile_ok(src);
  ASSERT_TRUE(code);
  const CodeUnit* outer = unit_of(code, "outer");
  ASSERT_TRUE(outer);
  EXPECT_HAS(shape(ops_of(*outer)),
             "PUSH_NULL 0; LOAD_BUILD_CLASS 0; LOAD_CLOSURE (y); BUILD_TUPLE 1; LOAD_CONST (<code "
             "outer.<locals>.C>); MAKE_FUNCTION (closure); LOAD_CONST ('C'); LOAD_GLOBAL (Base); LOAD_GLOBAL "
             "(M); KW_NAMES (('metaclass',)); CALL 4; STORE_FAST (C)");
  const CodeUnit* c = unit_of(code, "outer.<locals>.C");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->cellvars, (std::vector<std::string>{"__class__"}));
  EXPECT_EQ(c->freevars, (std::vector<std::string>{"y"}));
  std::string body = ops_of(*c);
  EXPECT_HAS(body, "LOAD_NAME 0 (__name__); STORE_NAME 1 (__module__); LOAD_CONST 0 ('outer.<locals>.C'); "
                   "STORE_NAME 2 (__qualname__); LOAD_CONST 1 ('doc'); STORE_NAME 3 (__doc__); "
                   "LOAD_CLASSDEREF 1 (y); STORE_NAME 4 (_C__p)");
  EXPECT_HAS(body, "LOAD_CLOSURE 0 (__class__); BUILD_TUPLE 1; LOAD_CONST");
  EXPECT_HAS(body, "LOAD_CLOSURE 0 (__class__); RETURN_VALUE 0");
  const CodeUnit* m = unit_of(code, "outer.<locals>.C.m");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->freevars, (std::vector<std::string>{"__class__"}));
  EXPECT_HAS(ops_of(*m), "LOAD_GLOBAL 0 (super); CALL 0; LOAD_METHOD 1 (m); CALL 0; LOAD_FAST 0 (self); "
                         "LOAD_ATTR 2 (_C__p); BINARY_OP 0 (+)");
  // A class without super()/__class__ returns None.
  EXPECT_HAS(ops("class D:\n    x = 1\n", "D"), "LOAD_CONST 2 (None); RETURN_VALUE 0");
}

TEST(CompilerCodegen, Decorators) {
  std::string seq = ops("@a\n@b(1)\ndef f(): pass\n");
  EXPECT_HAS(seq, "LOAD_NAME 0 (a); PUSH_NULL 0; LOAD_NAME 1 (b); LOAD_CONST 0 (1); CALL 1; LOAD_CONST 1 (<code f>); "
                  "MAKE_FUNCTION 0; CALL 0; CALL 0; STORE_NAME 2 (f)");
  auto code = compile_ok("@a\n@b(1)\ndef f(): pass\n");
  EXPECT_EQ(unit_of(code, "f")->firstlineno, 1);
}

TEST(CompilerCodegen, Docstrings) {
  auto code = compile_ok("'''mod'''\ndef f():\n    'fdoc'\n    return 1\ndef g():\n    return 2\n");
  ASSERT_TRUE(code);
  EXPECT_HAS(ops_of(*code), "LOAD_CONST 0 ('mod'); STORE_NAME 0 (__doc__)");
  const CodeUnit* f = unit_of(code, "f");
  EXPECT_TRUE(f->has_docstring);
  EXPECT_EQ(f->consts[0].text, "fdoc");
  EXPECT_FALSE(unit_of(code, "g")->has_docstring);
}

TEST(CompilerCodegen, Calls) {
  EXPECT_HAS(ops("f(1, x=2)"), "PUSH_NULL 0; LOAD_NAME 0 (f); LOAD_CONST 0 (1); LOAD_CONST 1 (2); "
                               "KW_NAMES 2 (('x',)); CALL 2");
  EXPECT_HAS(ops("o.m(1)"), "LOAD_NAME 0 (o); LOAD_METHOD 1 (m); LOAD_CONST 0 (1); CALL 1");
  EXPECT_HAS(ops("f(*a)"), "PUSH_NULL 0; LOAD_NAME 0 (f); LOAD_NAME 1 (a); CALL_FUNCTION_EX 0");
  EXPECT_HAS(ops("f(0, *a, x=1, **k)"),
             "LOAD_CONST 0 (0); BUILD_LIST 1; LOAD_NAME 1 (a); LIST_EXTEND 1; LIST_TO_TUPLE 0; LOAD_CONST 1 ('x'); "
             "LOAD_CONST 2 (1); BUILD_MAP 1; LOAD_NAME 2 (k); DICT_MERGE 1; CALL_FUNCTION_EX 1");
  EXPECT_HAS(ops("o.m(*a)"), "PUSH_NULL 0; LOAD_NAME 0 (o); LOAD_ATTR 1 (m); LOAD_NAME 2 (a); CALL_FUNCTION_EX 0");
  EXPECT_HAS(ops("f(**k)"), "LOAD_NAME 0 (f); BUILD_TUPLE 0; BUILD_MAP 0; LOAD_NAME 1 (k); DICT_MERGE 1; "
                            "CALL_FUNCTION_EX 1");
}

TEST(CompilerCodegen, Displays) {
  EXPECT_HAS(ops("x = [a, *b, c]"), "LOAD_NAME 0 (a); BUILD_LIST 1; LOAD_NAME 1 (b); LIST_EXTEND 1; "
                                    "LOAD_NAME 2 (c); LIST_APPEND 1");
  EXPECT_HAS(ops("x = (a, *b)"), "BUILD_LIST 1; LOAD_NAME 1 (b); LIST_EXTEND 1; LIST_TO_TUPLE 0");
  EXPECT_HAS(ops("x = {a, b}"), "LOAD_NAME 0 (a); LOAD_NAME 1 (b); BUILD_SET 2");
  EXPECT_HAS(ops("x = {1, 2, 3}"), "BUILD_SET 0; LOAD_CONST 0 (frozenset({1, 2, 3})); SET_UPDATE 1");
  EXPECT_HAS(ops("x = {'a': 1, **d, 'b': c}"),
             "LOAD_CONST 0 ('a'); LOAD_CONST 1 (1); BUILD_MAP 1; LOAD_NAME 0 (d); DICT_UPDATE 1; LOAD_CONST 2 ('b'); "
             "LOAD_NAME 1 (c); BUILD_MAP 1; DICT_UPDATE 1");
  EXPECT_HAS(ops("x = a[1:2]"), "LOAD_NAME 0 (a); LOAD_CONST 0 (1); LOAD_CONST 1 (2); BUILD_SLICE 2; BINARY_SUBSCR 0");
  EXPECT_HAS(ops("x = a[::2]"), "LOAD_CONST 0 (None); LOAD_CONST 0 (None); LOAD_CONST 1 (2); BUILD_SLICE 3");
  EXPECT_HAS(ops("x = a[1, 2]"), "LOAD_CONST 0 ((1, 2)); BINARY_SUBSCR 0");
}

TEST(CompilerCodegen, FStrings) {
  EXPECT_HAS(ops("x = f'a{b!r:>{w}}c'"),
             "LOAD_CONST 0 ('a'); LOAD_NAME 0 (b); LOAD_CONST 1 ('>'); LOAD_NAME 1 (w); FORMAT_VALUE 0; "
             "BUILD_STRING 2; FORMAT_VALUE 6 (repr, with format); LOAD_CONST 2 ('c'); BUILD_STRING 3");
  EXPECT_HAS(ops("x = f'{y=}'"), "LOAD_CONST 0 ('y='); LOAD_NAME 0 (y); FORMAT_VALUE 2 (repr); BUILD_STRING 2");
  EXPECT_HAS(ops("x = f'{y}'"), "LOAD_NAME 0 (y); FORMAT_VALUE 0; STORE_NAME 1 (x)");
}

TEST(CompilerCodegen, Comparisons) {
  EXPECT_HAS(ops("x = a < b"), "LOAD_NAME 0 (a); LOAD_NAME 1 (b); COMPARE_OP 0 (<)");
  std::string chain = ops("x = a < b <= c");
  EXPECT_HAS(chain, "LOAD_NAME 0 (a); LOAD_NAME 1 (b); SWAP 2; COPY 2; COMPARE_OP 0 (<); JUMP_IF_FALSE_OR_POP");
  EXPECT_HAS(chain, "LOAD_NAME 2 (c); COMPARE_OP 1 (<=); JUMP_FORWARD");
  EXPECT_HAS(chain, "SWAP 2; POP_TOP 0; STORE_NAME 3 (x)");
  EXPECT_HAS(ops("x = a is not b"), "IS_OP 1");
  EXPECT_HAS(ops("x = a not in b"), "CONTAINS_OP 1");
  EXPECT_HAS(ops("if a is None: pass"), "LOAD_NAME 0 (a); POP_JUMP_IF_NOT_NONE");
  EXPECT_HAS(ops("x = a and b or c"), "JUMP_IF_FALSE_OR_POP");
}

TEST(CompilerCodegen, Loops) {
  // Every back edge is a JUMP_BACKWARD; `while True` has no test.
  std::string w = ops("while True:\n    f()\n");
  EXPECT_HAS(w, "PUSH_NULL 0; LOAD_NAME 0 (f); CALL 0; POP_TOP 0; JUMP_BACKWARD 0 (to 0)");
  EXPECT_LACKS(w, "POP_JUMP_IF");
  auto for_code = compile_ok("for i in x:\n    if i: continue\n    break\nelse:\n    y = 1\n");
  ASSERT_TRUE(for_code);
  std::string f = ops_of(*for_code);
  EXPECT_HAS(f, "LOAD_NAME 0 (x); GET_ITER 0; FOR_ITER");
  EXPECT_HAS(f, "STORE_NAME 1 (i); LOAD_NAME 1 (i); POP_JUMP_IF_FALSE");
  EXPECT_HAS(jump_lands_on(*for_code, "JUMP_BACKWARD"), "FOR_ITER");  // continue
  EXPECT_HAS(f, "POP_TOP 0; JUMP_FORWARD");                          // break pops the iterator
  // Exhaustion runs the else body; break skips it.
  EXPECT_EQ(jump_lands_on(*for_code, "FOR_ITER"), "LOAD_CONST 0 (1)");
  EXPECT_EQ(jump_lands_on(*for_code, "JUMP_FORWARD"), "LOAD_CONST 1 (None)");
  auto code = compile_ok("while x:\n    pass\n");
  EXPECT_HAS(ops_of(*code), "JUMP_BACKWARD 0 (to 0)");
}

TEST(CompilerCodegen, Unpacking) {
  EXPECT_HAS(ops("a, (b, c) = x"), "UNPACK_SEQUENCE 2; STORE_NAME 1 (a); UNPACK_SEQUENCE 2; STORE_NAME 2 (b)");
  EXPECT_HAS(ops("a, *b, c = x"), "UNPACK_EX 257; STORE_NAME 1 (a); STORE_NAME 2 (b); STORE_NAME 3 (c)");
  EXPECT_HAS(ops("a = b = x"), "LOAD_NAME 0 (x); COPY 1; STORE_NAME 1 (a); STORE_NAME 2 (b)");
  EXPECT_HAS(ops("a, b = b, a"), "LOAD_NAME 0 (b); LOAD_NAME 1 (a); SWAP 2; STORE_NAME 1 (a); STORE_NAME 0 (b)");
}

TEST(CompilerCodegen, AugmentedAssignment) {
  EXPECT_HAS(ops("x += 1"), "LOAD_NAME 0 (x); LOAD_CONST 0 (1); BINARY_OP 13 (+=); STORE_NAME 0 (x)");
  EXPECT_HAS(ops("o.a *= 2"), "LOAD_NAME 0 (o); COPY 1; LOAD_ATTR 1 (a); LOAD_CONST 0 (2); BINARY_OP 18 (*=); "
                              "SWAP 2; STORE_ATTR 1 (a)");
  EXPECT_HAS(ops("o[i] -= 2"), "LOAD_NAME 0 (o); LOAD_NAME 1 (i); COPY 2; COPY 2; BINARY_SUBSCR 0; LOAD_CONST 0 (2); "
                               "BINARY_OP 23 (-=); SWAP 3; SWAP 2; STORE_SUBSCR 0");
}

TEST(CompilerCodegen, TryExcept) {
  auto code = compile_ok(
      "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    pass\nelse:\n    h()\n");
  ASSERT_TRUE(code);
  std::string seq = ops_of(*code);
  EXPECT_EQ(seq.rfind("SETUP_FINALLY", 0), 0u) << seq;
  EXPECT_EQ(jump_lands_on(*code, "SETUP_FINALLY"), "LOAD_NAME 2 (A)");  // the first handler
  EXPECT_HAS(seq, "POP_BLOCK 0; PUSH_NULL 0; LOAD_NAME 1 (h)");          // else runs outside the try
  EXPECT_HAS(seq, "LOAD_NAME 2 (A); LOAD_NAME 3 (B); BUILD_TUPLE 2; CHECK_EXC_MATCH 0; POP_JUMP_IF_FALSE");
  EXPECT_HAS(seq, "STORE_NAME 4 (e); SETUP_FINALLY");
  EXPECT_HAS(seq, "POP_BLOCK 0; POP_EXCEPT 0; LOAD_CONST 0 (None); STORE_NAME 4 (e); DELETE_NAME 4 (e); JUMP_FORWARD");
  EXPECT_HAS(seq, "LOAD_CONST 0 (None); STORE_NAME 4 (e); DELETE_NAME 4 (e); RERAISE 0");
  EXPECT_HAS(seq, "LOAD_NAME 6 (C); CHECK_EXC_MATCH 0; POP_JUMP_IF_FALSE");
  EXPECT_HAS(seq, "POP_TOP 0; POP_EXCEPT 0; JUMP_FORWARD");
  EXPECT_EQ(code->maxblocks, 2);
  // Handler entry [prev_exc, exc] + the matched type on top.
  EXPECT_GE(code->stacksize, 3);
}

TEST(CompilerCodegen, TryFinallyReturn) {
  auto code = compile_ok("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
  const CodeUnit* f = unit_of(code, "f");
  ASSERT_TRUE(f);
  std::string seq = ops_of(*f);
  // The return value stays on the stack while the inlined finally body runs.
  EXPECT_HAS(seq, "SETUP_FINALLY");
  EXPECT_HAS(seq, "LOAD_GLOBAL 0 (g); CALL 0; POP_BLOCK 0; PUSH_NULL 0; LOAD_GLOBAL 1 (h); CALL 0; POP_TOP 0; "
                  "RETURN_VALUE 0");
  EXPECT_HAS(seq, "PUSH_NULL 0; LOAD_GLOBAL 1 (h); CALL 0; POP_TOP 0; RERAISE 0");
  EXPECT_EQ(f->maxblocks, 1);
}

TEST(CompilerCodegen, BreakThroughFinallyAndExcept) {
  std::string seq = ops("for x in y:\n    try:\n        break\n    finally:\n        f()\n");
  EXPECT_HAS(seq, "POP_BLOCK 0; PUSH_NULL 0; LOAD_NAME 2 (f); CALL 0; POP_TOP 0; POP_TOP 0; JUMP_FORWARD");
  auto ex_code = compile_ok("for x in y:\n    try:\n        pass\n    except E as e:\n        continue\n");
  ASSERT_TRUE(ex_code);
  std::string ex = ops_of(*ex_code);
  // continue leaves the handler (restoring the handled exception), clears e, then loops.
  EXPECT_HAS(ex, "POP_BLOCK 0; POP_EXCEPT 0; LOAD_CONST 0 (None); STORE_NAME 3 (e); DELETE_NAME 3 (e); "
                 "JUMP_BACKWARD");
  EXPECT_HAS(jump_lands_on(*ex_code, "JUMP_BACKWARD"), "FOR_ITER");
  EXPECT_LACKS(ex, "<bad");
  std::string ret = ops("def f():\n    for x in y:\n        with m:\n            return x\n", "f");
  EXPECT_HAS(ret, "LOAD_FAST 0 (x); POP_BLOCK 0; SWAP 3; SWAP 2; LOAD_CONST 0 (None); LOAD_CONST 0 (None); "
                  "LOAD_CONST 0 (None); CALL 3; POP_TOP 0; SWAP 2; POP_TOP 0; RETURN_VALUE 0");
}

TEST(CompilerCodegen, With) {
  auto code = compile_ok("with a as b, c:\n    f()\n");
  ASSERT_TRUE(code);
  std::string seq = ops_of(*code);
  EXPECT_HAS(seq, "LOAD_NAME 0 (a); BEFORE_WITH 0; CALL 0; SETUP_WITH");
  EXPECT_EQ(jump_lands_on(*code, "SETUP_WITH", 0), "WITH_EXCEPT_START 0");
  EXPECT_EQ(jump_lands_on(*code, "SETUP_WITH", 1), "WITH_EXCEPT_START 0");
  EXPECT_HAS(seq, "STORE_NAME 1 (b); LOAD_NAME 2 (c); BEFORE_WITH 0; CALL 0; SETUP_WITH");
  EXPECT_HAS(seq, "POP_BLOCK 0; LOAD_CONST 0 (None); LOAD_CONST 0 (None); LOAD_CONST 0 (None); CALL 3; POP_TOP 0; "
                  "JUMP_FORWARD");
  EXPECT_HAS(seq, "WITH_EXCEPT_START 0; CALL 3; POP_JUMP_IF_TRUE");
  EXPECT_HAS(seq, "RERAISE 0; POP_TOP 0; POP_EXCEPT 0; POP_TOP 0; POP_TOP 0");
  EXPECT_EQ(code->maxblocks, 2);
  // Two with blocks ([NULL, exit] each) + handler [prev_exc, exc] + WITH_EXCEPT_START's five.
  EXPECT_EQ(code->stacksize, 2 + 2 + 2 + 5);
}

TEST(CompilerCodegen, AssertAndRaise) {
  EXPECT_HAS(ops("assert x, 'm'"), "LOAD_NAME 0 (x); POP_JUMP_IF_TRUE");
  EXPECT_HAS(ops("assert x, 'm'"), "PUSH_NULL 0; LOAD_ASSERTION_ERROR 0; LOAD_CONST 0 ('m'); CALL 1; RAISE_VARARGS 1");
  EXPECT_HAS(ops("assert x"), "LOAD_ASSERTION_ERROR 0; RAISE_VARARGS 1");
  EXPECT_HAS(ops("raise E from c"), "LOAD_NAME 0 (E); LOAD_NAME 1 (c); RAISE_VARARGS 2");
  EXPECT_HAS(ops("raise"), "RAISE_VARARGS 0");
}

TEST(CompilerCodegen, Comprehensions) {
  auto code = compile_ok("def f(y):\n    return [x * y for x in range(3) if x]\n");
  ASSERT_TRUE(code);
  std::string f = ops_of(*unit_of(code, "f"));
  EXPECT_HAS(shape(f), "PUSH_NULL 0; LOAD_CLOSURE (y); BUILD_TUPLE 1; LOAD_CONST (<code f.<locals>.<listcomp>>); "
                       "MAKE_FUNCTION (closure); PUSH_NULL 0; LOAD_GLOBAL (range); LOAD_CONST (3); CALL 1; "
                       "GET_ITER 0; CALL 1; RETURN_VALUE 0");
  const CodeUnit* lc = unit_of(code, "f.<locals>.<listcomp>");
  ASSERT_TRUE(lc);
  EXPECT_EQ(lc->argcount, 1);
  EXPECT_EQ(lc->varnames[0], ".0");
  EXPECT_HAS(ops_of(*lc), "BUILD_LIST 0; LOAD_FAST 0 (.0); FOR_ITER");
  EXPECT_HAS(ops_of(*lc), "LOAD_FAST 1 (x); LOAD_DEREF 0 (y); BINARY_OP 5 (*); LIST_APPEND 2; JUMP_BACKWARD");
  auto gen = compile_ok("g = (x for x in y)\n");
  const CodeUnit* ge = unit_of(gen, "<genexpr>");
  ASSERT_TRUE(ge);
  EXPECT_TRUE(ge->flags & kCoGenerator);
  EXPECT_HAS(ops_of(*ge), "POP_TOP 0; LOAD_FAST 0 (.0); FOR_ITER");  // generators start with POP_TOP
  EXPECT_HAS(ops_of(*ge), "YIELD_VALUE 0; POP_TOP 0; JUMP_BACKWARD");
  EXPECT_HAS(ops("d = {k: v for k, v in z}", "<dictcomp>"), "MAP_ADD 2");
  // Walrus in a comprehension binds in the enclosing function.
  auto w = compile_ok("def f():\n    [(last := x) for x in y]\n    return last\n");
  EXPECT_HAS(ops_of(*unit_of(w, "f.<locals>.<listcomp>")), "COPY 1; STORE_DEREF 0 (last)");
  EXPECT_HAS(ops_of(*unit_of(w, "f")), "LOAD_DEREF 0 (last); RETURN_VALUE 0");
}

TEST(CompilerCodegen, GeneratorsAndCoroutines) {
  auto code = compile_ok(
      "def g():\n    x = yield 1\n    yield from h()\n"
      "async def c():\n    await d()\n    async with m as v:\n        pass\n    async for i in it:\n        pass\n"
      "async def ag():\n    yield 1\n");
  ASSERT_TRUE(code);
  const CodeUnit* g = unit_of(code, "g");
  EXPECT_TRUE(g->flags & kCoGenerator);
  std::string gs = ops_of(*g);
  EXPECT_EQ(gs.rfind("POP_TOP 0;", 0), 0u) << gs;
  EXPECT_HAS(gs, "LOAD_CONST 0 (1); YIELD_VALUE 0; STORE_FAST 0 (x)");
  EXPECT_HAS(gs, "GET_YIELD_FROM_ITER 0; LOAD_CONST 1 (None); SEND");
  EXPECT_HAS(jump_lands_on(*g, "JUMP_BACKWARD"), "SEND");  // each yielded value resumes the SEND
  EXPECT_EQ(jump_lands_on(*g, "SEND"), "POP_TOP 0");  // the delegated generator's return value
  const CodeUnit* c = unit_of(code, "c");
  EXPECT_TRUE(c->flags & kCoCoroutine);
  std::string cs = ops_of(*c);
  EXPECT_EQ(cs.rfind("POP_TOP 0;", 0), 0u) << cs;
  EXPECT_HAS(cs, "CALL 0; GET_AWAITABLE 0; LOAD_CONST 0 (None); SEND");
  EXPECT_HAS(cs, "PUSH_NULL 0; LOAD_GLOBAL 1 (m); BEFORE_ASYNC_WITH 0; GET_AWAITABLE 1");
  EXPECT_HAS(cs, "SETUP_WITH");
  EXPECT_HAS(cs, "GET_AITER 0; SETUP_FINALLY");
  EXPECT_HAS(cs, "GET_ANEXT 0; LOAD_CONST 0 (None); SEND");
  EXPECT_HAS(cs, "END_ASYNC_FOR 0");
  EXPECT_TRUE(unit_of(code, "ag")->flags & kCoAsyncGenerator);
}

TEST(CompilerCodegen, Lambda) {
  auto code = compile_ok("f = lambda a, b=1: a + b\n");
  const CodeUnit* l = unit_of(code, "<lambda>");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->argcount, 2);
  EXPECT_HAS(ops_of(*l), "LOAD_FAST 0 (a); LOAD_FAST 1 (b); BINARY_OP 0 (+); RETURN_VALUE 0");
}

TEST(CompilerCodegen, Annotations) {
  // Module/class level: evaluated and stored in __annotations__.
  EXPECT_HAS(ops("x: int = 1\n"), "SETUP_ANNOTATIONS 0; LOAD_CONST 0 (1); STORE_NAME 0 (x); LOAD_NAME 1 (int); "
                                   "LOAD_NAME 2 (__annotations__); LOAD_CONST 1 ('x'); STORE_SUBSCR 0");
  EXPECT_HAS(shape(ops("from __future__ import annotations\nx: list[int]\n")),
             "LOAD_CONST ('list[int]'); LOAD_NAME (__annotations__); LOAD_CONST ('x'); STORE_SUBSCR 0");
  // Function level: never evaluated.
  EXPECT_LACKS(ops("def f():\n    x: int = 1\n", "f"), "int");
}

TEST(CompilerCodegen, NameMangling) {
  auto code = compile_ok("class C:\n    def m(self, __a):\n        self.__b = __a\n        return __c\n");
  const CodeUnit* m = unit_of(code, "C.m");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->varnames[1], "_C__a");
  EXPECT_HAS(ops_of(*m), "STORE_ATTR 0 (_C__b); LOAD_GLOBAL 1 (_C__c)");
  EXPECT_EQ(mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle("__", "__x"), "__x");
  EXPECT_EQ(mangle("C", "__x__"), "__x__");
}

TEST(CompilerCodegen, Qualnames) {
  auto code = compile_ok(
      "def f():\n    def g():\n        class C:\n            def m(self): pass\n        return C\n"
      "    return [lambda: 1 for _ in ()]\n"
      "class D:\n    def h(): global k\n    class E: pass\n");
  EXPECT_TRUE(unit_of(code, "f.<locals>.g.<locals>.C.m"));
  EXPECT_TRUE(unit_of(code, "f.<locals>.<listcomp>.<lambda>"));
  EXPECT_TRUE(unit_of(code, "D.h"));
  EXPECT_TRUE(unit_of(code, "D.E"));
}

TEST(CompilerCodegen, LineNumbers) {
  auto code = compile_ok("x = (1 +\n     2/0)\ny = o.m(\n  a,\n  b)\n");
  ASSERT_TRUE(code);
  ASSERT_EQ(code->lines.size(), code->code.size());
  // The BINARY_OP for `/` is on line 2, the one for `+` on line 1.
  int div_line = 0, add_line = 0, call_line = 0;
  for (size_t pc = 0; pc < code->code.size();) {
    Op op = decode_op(code->code[pc]);
    uint32_t arg = decode_arg(code->code[pc]);
    if (op == Op::BINARY_OP && arg == uint32_t(BinOp::TrueDiv)) div_line = code->lines[pc];
    if (op == Op::BINARY_OP && arg == uint32_t(BinOp::Add)) add_line = code->lines[pc];
    if (op == Op::CALL) call_line = code->lines[pc];
    pc += 1 + kOpCacheWords[size_t(op)];
  }
  EXPECT_EQ(div_line, 2);
  EXPECT_EQ(add_line, 1);
  EXPECT_EQ(call_line, 3);
}

TEST(CompilerCodegen, InlineCachesNumbered) {
  // Cached: LOAD_ATTR, LOAD_METHOD, BINARY_OP, COMPARE_OP, STORE_ATTR (CALL and LOAD_NAME have none).
  auto code = compile_ok("a.b.c(d + e) < f\ng().h = 1\n");
  ASSERT_TRUE(code);
  int expected = 0;
  for (size_t pc = 0; pc < code->code.size();) {
    Op op = decode_op(code->code[pc]);
    if (kOpCacheWords[size_t(op)]) {
      EXPECT_EQ(code->code[pc + 1], uint32_t(expected));
      expected++;
    }
    pc += 1 + kOpCacheWords[size_t(op)];
  }
  EXPECT_EQ(code->ncaches, expected);
  EXPECT_GT(expected, 4);
}

TEST(CompilerCodegen, InteractiveAndEval) {
  CompileResult e = compile_source("1 + x", "<string>", CompileMode::Eval);
  ASSERT_TRUE(e.code);
  EXPECT_HAS(ops_of(*e.code), "LOAD_CONST 0 (1); LOAD_NAME 0 (x); BINARY_OP 0 (+); RETURN_VALUE 0");
  CompileResult s = compile_source("x\n", "<stdin>", CompileMode::Single);
  ASSERT_TRUE(s.code);
  EXPECT_HAS(ops_of(*s.code), "IMPORT_NAME 0 (sys); LOAD_ATTR 1 (displayhook); LOAD_NAME 2 (x); CALL 1; POP_TOP 0");
}

TEST(CompilerCodegen, Disassembler) {
  auto code = compile_ok("def f(a):\n    return a\n");
  std::string text = disassemble(*code);
  EXPECT_HAS(text, "code <module> qualname=<module> file=t.py line=1");
  EXPECT_HAS(text, "code f qualname=f file=t.py line=1");
  EXPECT_HAS(text, "varnames: ('a')");
  EXPECT_HAS(text, "LOAD_FAST 0 (a)");
}

// ===========================================================================
// SyntaxErrors raised by the compiler (messages and positions from CPython 3.11)
// ===========================================================================
struct ErrCase {
  const char* src;
  const char* msg;
  int line, offset;
};

class CompilerSyntaxError : public ::testing::TestWithParam<ErrCase> {};

TEST_P(CompilerSyntaxError, MessageAndPosition) {
  const ErrCase& c = GetParam();
  CompileResult r = compile_source(c.src, "t.py", CompileMode::Exec);
  ASSERT_TRUE(r.error.has_value()) << c.src;
  EXPECT_FALSE(r.code);
  EXPECT_EQ(r.error->type, "SyntaxError");
  EXPECT_EQ(r.error->msg, c.msg) << c.src;
  EXPECT_EQ(r.error->line, c.line) << c.src;
  EXPECT_EQ(r.error->offset, c.offset) << c.src;
}

const ErrCase kErrCases[] = {
    {"x = 1\nreturn 5\n", "'return' outside function", 2, 1},
    {"class C:\n    return 1\n", "'return' outside function", 2, 5},
    {"x = 1\n(yield 5)\n", "'yield' outside function", 2, 2},
    {"class C:\n    yield 1\n", "'yield' outside function", 2, 5},
    {"x = 1\nawait foo()\n", "'await' outside function", 2, 1},
    {"def f():\n    await foo()\n", "'await' outside async function", 2, 5},
    {"async def f():\n    g = lambda: await x\n", "'await' outside async function", 2, 17},
    {"x=1\nif x:\n    break\n", "'break' outside loop", 3, 5},
    {"while 1:\n    class C:\n        break\n", "'break' outside loop", 3, 9},
    {"for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9},
    {"x=1\nif x:\n    continue\n", "'continue' not properly in loop", 3, 5},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
    {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
    {"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
    {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5},
    {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
    {"x = 1\nglobal x\n", "name 'x' is assigned to before global declaration", 2, 1},
    {"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5},
    {"def g():\n  x=1\n  def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 4, 5},
    {"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5},
    {"def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5},
    {"def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 13},
    {"lambda a, a: 1\n", "duplicate argument 'a' in function definition", 1, 11},
    {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5},
    {"*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1},
    {"for *a in b: pass\n", "starred assignment target must be in a list or tuple", 1, 5},
    {"*a, *b = c\n", "multiple starred expressions in assignment", 1, 1},
    {"x = *a\n", "can't use starred expression here", 1, 5},
    {"def f():\n    return *a\n", "can't use starred expression here", 2, 12},
    {"def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14},
    {"def f():\n    return {(yield x) for x in y}\n", "'yield' inside set comprehension", 2, 14},
    {"def f():\n    return {x: (yield x) for x in y}\n", "'yield' inside dict comprehension", 2, 17},
    {"def f():\n    return ((yield x) for x in y)\n", "'yield' inside generator expression", 2, 14},
    {"def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function",
     2, 12},
    {"def f():\n    return [await x for x in y]\n",
     "asynchronous comprehension outside of an asynchronous function", 2, 12},
    {"[x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 1, 1},
    {"def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 5},
    {"def f():\n    async with x: pass\n", "'async with' outside async function", 2, 5},
    {"async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5},
    {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 20},
    {"class C:\n    [(y := x) for x in z]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7},
    {"[x for x in (y := z)]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
    {"[(x := 1) for x in z]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3},
    {"x=1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file",
     2, 1},
    {"from __future__ import blah\n", "future feature blah is not defined", 1, 1},
    {"try: pass\nexcept: pass\nexcept ValueError: pass\n", "default 'except:' must be last", 2, 1},
    {"f(a=1, b=2, a=3)\n", "keyword argument repeated: a", 1, 13},
    {"break\nnonlocal x\n", "nonlocal declaration not allowed at module level", 2, 1},  // symtable errors first
    // match and except* (compiler_match.cpp, compiler_stmt.cpp)
    {"match x:\n    case y: pass\n    case 1: pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 10},
    {"match x:\n    case _: pass\n    case 1: pass\n", "wildcard makes remaining patterns unreachable", 2, 10},
    {"match x:\n    case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 14},
    {"match x:\n    case 1 | a: pass\n", "alternative patterns bind different names", 2, 14},
    {"match x:\n    case {1: _, 1: _}: pass\n", "mapping pattern checks duplicate key (1)", 2, 10},
    {"match x:\n    case C(a=1, a=2): pass\n", "attribute name repeated in class pattern: a", 2, 19},
    {"for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9},
    {"def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 16},
    {"def f():\n    try:\n        pass\n    except* E:\n        return -1\n",  // folded: still a constant
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 16},
    {"def f():\n    try:\n        pass\n    except* E:\n        return x\n",
     "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9},
};

INSTANTIATE_TEST_SUITE_P(All, CompilerSyntaxError, ::testing::ValuesIn(kErrCases));

TEST(CompilerSyntaxErrorExtra, TooManyStarExpressions) {
  std::string src;
  for (int i = 0; i < 300; i++) src += "c" + std::to_string(i) + ", ";
  src += "*b = x\n";
  CompileResult r = compile_source(src, "t.py", CompileMode::Exec);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->msg, "too many expressions in star-unpacking assignment");
  EXPECT_EQ(r.error->line, 1);
  EXPECT_EQ(r.error->offset, 1);
}

TEST(CompilerSyntaxErrorExtra, TextIsTheSourceLine) {
  CompileResult r = compile_source("x = 1\nif x:\n    break\n", "t.py", CompileMode::Exec);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->text, "    break");
  EXPECT_EQ(r.error->end_offset, 10);
}

TEST(CompilerSyntaxErrorExtra, AllowedForms) {
  // Things that look suspicious but CPython 3.11 accepts.
  for (const char* src : {
           "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
           "def f():\n    return (await x for x in y)\n",
           "def f():\n    return [x for x in (yield)]\n",
           "x = lambda: (yield)\n",
           "a[*b] = 1\n",
           "def f():\n    return *a, b\n",
           "async def f():\n    yield 1\n    return\n",
           "[*a] = b\n",
       }) {
    CompileResult r = compile_source(src, "t.py", CompileMode::Exec);
    EXPECT_FALSE(r.error) << src << " => " << r.error->msg;
  }
}

// ===========================================================================
// The tests/py corpus: every program compiles; syntax_errors/ fail with the
// recorded message.
// ===========================================================================
TEST(CompilerCorpus, CompilesTestPrograms) {
  fs::path root = repo_root() / "tests" / "py";
  if (!fs::exists(root)) GTEST_SKIP() << "no tests/py";
  // Valid programs the front end cannot compile yet, each with the error it
  // gives instead (so the entry must go once the gap is closed).
  // Programs the compiler is known not to handle yet (file -> its error); a
  // gap that starts compiling fails this test until it is removed here.
  const std::map<std::string, std::string> known_gaps = {};
  int compiled = 0, expected_errors = 0;
  for (auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
    std::string src = read_file(entry.path());
    fs::path exp = entry.path();
    exp.replace_extension(".exp");
    std::string recorded = read_file(exp);
    // A compile error ends the run before any output: its .exp is the header
    // line alone ("# exit 1 | SyntaxError: msg"). Programs in syntax_errors/
    // that print first hit their SyntaxError at run time (eval, compile).
    size_t header_end = recorded.find('\n');
    bool expect_error = entry.path().string().find("syntax_errors") != std::string::npos &&
                        recorded.rfind("# exit 1 | ", 0) == 0 &&
                        (header_end == std::string::npos || header_end + 1 == recorded.size());
    CompileResult r = compile_source(src, entry.path().filename().string(), CompileMode::Exec);
    auto gap = known_gaps.find(entry.path().filename().string());
    if (gap != known_gaps.end()) {
      ASSERT_TRUE(r.error) << entry.path() << " compiles now: remove it from known_gaps";
      EXPECT_EQ(r.error->type + ": " + r.error->msg, gap->second) << entry.path();
      continue;
    }
    if (!expect_error) {
      EXPECT_FALSE(r.error) << entry.path() << ": " << r.error->type << ": " << r.error->msg << " (line "
                            << r.error->line << ")";
      compiled++;
      continue;
    }
    expected_errors++;
    // "# exit 1 | SyntaxError: msg" -> "SyntaxError: msg"
    std::string want = recorded.substr(11, header_end == std::string::npos ? std::string::npos : header_end - 11);
    ASSERT_TRUE(r.error) << entry.path() << " should fail with " << want;
    EXPECT_EQ(r.error->type + ": " + r.error->msg, want) << entry.path();
  }
  EXPECT_GT(compiled, 0);
  std::printf("[corpus] %d programs compiled, %d syntax errors checked\n", compiled, expected_errors);
}

// ===========================================================================
// Speed: 10k lines well under 100 ms (generous bound for debug/sanitizer builds).
// ===========================================================================
TEST(CompilerSpeed, TenThousandLines) {
  std::string src;
  for (int i = 0; src.size() < 400000 && i < 100000; i++) {
    src += "def f" + std::to_string(i) + "(a, b=1, *c, **d):\n";
    src += "    x = [y * 2 for y in range(a) if y % 3]\n";
    src += "    try:\n";
    src += "        with open(a) as fh:\n";
    src += "            return {k: v for k, v in d.items()}, fh.read(b)\n";
    src += "    except (ValueError, KeyError) as e:\n";
    src += "        print(f'{e!r}: {a:>10}', x[1:2], *c)\n";
    src += "    finally:\n";
    src += "        a += 1\n";
    src += "    return lambda q: q + a\n";
  }
  int lines = 0;
  for (char ch : src) lines += ch == '\n';
  ASSERT_GE(lines, 10000);
  auto t0 = std::chrono::steady_clock::now();
  CompileResult r = compile_source(src, "big.py", CompileMode::Exec);
  auto t1 = std::chrono::steady_clock::now();
  ASSERT_TRUE(r.code);
  double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  std::printf("[speed] %d lines parsed+compiled in %.1f ms\n", lines, ms);
  EXPECT_LT(ms, 2000.0);
}
