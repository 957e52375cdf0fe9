// codeunit.h — the compiler's output: plain C++ data, independent of the VM's
// object model. The VM turns a CodeUnit into a Code object (vm/code.h),
// materialising constants in the interpreter that will run it. Keeping the
// two apart lets the compiler be tested (and cached) without an interpreter.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/opcodes.h"
#include "lang/parser.h"

namespace il::lang {

struct CodeUnit;

// A compile-time constant.
struct Const {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code };
  Kind kind = Kind::None;
  std::string text;        // Int: decimal digits with optional '-' (the compiler converts 0x.. etc. to decimal)
                           // Str/Bytes: the raw UTF-8 / byte content
  double number = 0;       // Float: value; Complex: imaginary part (real part is 0)
  std::vector<Const> items;            // Tuple / FrozenSet
  std::shared_ptr<CodeUnit> code;      // Code
};

// Code flags (CPython's CO_* values).
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarArgs = 0x4,
  kCoVarKeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

struct CodeUnit {
  std::vector<uint32_t> code;          // instruction words (see opcodes.h)
  std::vector<int> lines;              // source line of each word (same length as code)
  std::vector<Const> consts;
  std::vector<std::string> names;      // globals / attributes / imports
  // Fast locals: parameters first, in order: posonly+positional, kwonly, *args, **kwargs; then other locals.
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;   // locals captured by inner functions (a parameter may be both a varname and a cellvar)
  std::vector<std::string> freevars;   // captured from enclosing scopes
  // cell2arg[i] = index into varnames of the parameter that initialises cellvars[i], or -1.
  std::vector<int> cell2arg;
  int argcount = 0;           // positional parameters, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;          // maximum value-stack depth
  int maxblocks = 0;          // maximum block-stack depth (SETUP_FINALLY nesting + except handlers)
  int ncaches = 0;            // inline cache slots used by CACHE words
  std::string name;           // "<module>", "f", "<lambda>", "<listcomp>", class name
  std::string qualname;       // "C.f", "f.<locals>.g"
  std::string filename;
  int firstlineno = 1;
  // Docstring is consts[0] when has_docstring (as CPython), so functions can set __doc__.
  bool has_docstring = false;
};

struct CompileResult {
  std::shared_ptr<CodeUnit> code;           // null on error
  std::optional<SyntaxErrorInfo> error;     // SyntaxError raised by the compiler (e.g. "'return' outside function")
};

enum class CompileMode { Exec, Eval, Single };

// Parses and compiles in one step (what exec/compile/import use).
CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode);
// Compiles an already parsed module.
CompileResult compile_module(const ast::Module& mod, std::string_view source, std::string_view filename, CompileMode mode);

// Human-readable listing (like `dis`), recursing into nested code constants.
std::string disassemble(const CodeUnit& code);

}  // namespace il::lang
