// opcodes.h — the one table that defines every bytecode instruction.
//
// Instruction encoding: one 32-bit word, `op | arg << 8` (arg is 24 bits).
// Instructions marked CACHE are followed by one extra 32-bit word holding an
// inline-cache slot index (the compiler numbers them 0..ncaches-1).
// Jump targets are absolute word indexes into the code.
//
// Calling convention (as CPython 3.11): every call site pushes two slots
// before the arguments: either [NULL, callable] (PUSH_NULL, then load the
// callable) or [function, self] (LOAD_METHOD found an unbound method).
// CALL argc then calls with argc arguments (+1 when the first slot is not
// NULL, self being the first argument). A preceding KW_NAMES consti names the
// last len(names) arguments as keywords.
//
// Exceptions use a per-frame block stack (as CPython 3.10): SETUP_FINALLY
// pushes a handler; when an exception E is raised while that block is on top,
// the VM pops it, truncates the value stack to the block's level, pushes an
// EXCEPT_HANDLER block, pushes the previously handled exception (or None) and
// then E, makes E the "currently handled" exception (sys.exc_info) and jumps
// to the handler. POP_EXCEPT pops the EXCEPT_HANDLER block and the saved
// exception (restoring it as the handled one). While unwinding, an
// EXCEPT_HANDLER block met on the way is popped the same way (restoring the
// saved handled exception) before looking further.
//
// Columns: name, number of extra cache words, stack effect (documentation;
// the compiler's stack_effect() is the executable form), description.
#pragma once
#include <cstdint>

// clang-format off
#define IL_OPCODES(X)                                                                                     \
  /* stack manipulation */                                                                                \
  X(NOP,               0, "0",        "do nothing")                                                      \
  X(POP_TOP,           0, "-1",       "discard TOS")                                                     \
  X(PUSH_NULL,         0, "+1",       "push the NULL marker used by CALL")                               \
  X(COPY,              0, "+1",       "push a copy of stack[-arg] (arg>=1)")                             \
  X(SWAP,              0, "0",        "swap TOS with stack[-arg] (arg>=2)")                              \
  /* constants and names */                                                                               \
  X(LOAD_CONST,        0, "+1",       "push consts[arg]")                                                \
  X(LOAD_FAST,         0, "+1",       "push local arg; UnboundLocalError if unset")                      \
  X(STORE_FAST,        0, "-1",       "local arg = TOS")                                                 \
  X(DELETE_FAST,       0, "0",        "unset local arg; UnboundLocalError if unset")                     \
  X(LOAD_DEREF,        0, "+1",       "push contents of cell arg (cells follow locals; index into cellvars+freevars); NameError/UnboundLocalError if empty") \
  X(STORE_DEREF,       0, "-1",       "cell arg contents = TOS")                                         \
  X(DELETE_DEREF,      0, "0",        "empty cell arg")                                                  \
  X(LOAD_CLOSURE,      0, "+1",       "push the cell object arg itself (for MAKE_FUNCTION closures)")    \
  X(LOAD_CLASSDEREF,   0, "+1",       "class body: look up freevar name in the locals dict first, else cell arg") \
  X(LOAD_GLOBAL,       1, "+1",       "push globals[names[arg]] or builtins[...]; NameError")            \
  X(STORE_GLOBAL,      0, "-1",       "globals[names[arg]] = TOS")                                       \
  X(DELETE_GLOBAL,     0, "0",        "del globals[names[arg]]")                                         \
  X(LOAD_NAME,         0, "+1",       "locals dict, then globals, then builtins")                        \
  X(STORE_NAME,        0, "-1",       "locals dict[names[arg]] = TOS")                                   \
  X(DELETE_NAME,       0, "0",        "del locals dict[names[arg]]")                                     \
  /* attributes and items */                                                                              \
  X(LOAD_ATTR,         1, "0",        "TOS = getattr(TOS, names[arg])")                                  \
  X(STORE_ATTR,        1, "-2",       "setattr(TOS, names[arg], TOS1); pops both")                       \
  X(DELETE_ATTR,       0, "-1",       "delattr(TOS, names[arg])")                                        \
  X(LOAD_METHOD,       1, "+1",       "pop obj; push [func, obj] if names[arg] is a plain method found on the type, else [NULL, getattr(obj, name)]") \
  X(BINARY_SUBSCR,     0, "-1",       "TOS = TOS1[TOS]")                                                 \
  X(STORE_SUBSCR,      0, "-3",       "TOS1[TOS] = TOS2; pops three")                                    \
  X(DELETE_SUBSCR,     0, "-2",       "del TOS1[TOS]")                                                   \
  X(BUILD_SLICE,       0, "1-arg",    "arg 2: slice(TOS1, TOS); arg 3: slice(TOS2, TOS1, TOS)")          \
  /* operators */                                                                                         \
  X(BINARY_OP,         1, "-1",       "TOS = TOS1 op TOS; arg is a BinOp code (inplace variants included)") \
  X(UNARY_NEGATIVE,    0, "0",        "TOS = -TOS")                                                      \
  X(UNARY_POSITIVE,    0, "0",        "TOS = +TOS")                                                      \
  X(UNARY_NOT,         0, "0",        "TOS = not TOS")                                                   \
  X(UNARY_INVERT,      0, "0",        "TOS = ~TOS")                                                      \
  X(COMPARE_OP,        1, "-1",       "TOS = TOS1 cmp TOS; arg is a CmpOp code (< <= == != > >=)")       \
  X(IS_OP,             0, "-1",       "TOS = (TOS1 is TOS) != arg")                                      \
  X(CONTAINS_OP,       0, "-1",       "TOS = (TOS1 in TOS) != arg")                                      \
  /* building */                                                                                          \
  X(BUILD_TUPLE,       0, "1-arg",    "tuple of the top arg items")                                      \
  X(BUILD_LIST,        0, "1-arg",    "list of the top arg items")                                       \
  X(BUILD_SET,         0, "1-arg",    "set of the top arg items")                                        \
  X(BUILD_MAP,         0, "1-2*arg",  "dict of arg key/value pairs (k1 v1 k2 v2 ..., first pushed first)") \
  X(BUILD_STRING,      0, "1-arg",    "concatenate the top arg str items")                               \
  X(LIST_APPEND,       0, "-1",       "stack[-arg-1].append(TOS); pop (arg counts after popping TOS)")   \
  X(SET_ADD,           0, "-1",       "stack[-arg-1].add(TOS); pop")                                     \
  X(MAP_ADD,           0, "-2",       "stack[-arg-2][TOS1] = TOS; pop both")                             \
  X(LIST_EXTEND,       0, "-1",       "stack[-arg-1].extend(TOS); pop")                                  \
  X(SET_UPDATE,        0, "-1",       "stack[-arg-1].update(TOS); pop")                                  \
  X(DICT_UPDATE,       0, "-1",       "stack[-arg-1].update(TOS); pop ({**a} displays)")                 \
  X(DICT_MERGE,        0, "-1",       "like DICT_UPDATE but a duplicate key raises TypeError (for f(**a, **b)); stack[-arg-2] is the callable, for the message") \
  X(LIST_TO_TUPLE,     0, "0",        "TOS = tuple(TOS list)")                                           \
  X(FORMAT_VALUE,      0, "see desc", "f-string piece: arg&3 = conversion (0 none, 1 str, 2 repr, 3 ascii); arg&4: a format spec str is TOS (popped) and the value below it") \
  X(UNPACK_SEQUENCE,   0, "arg-1",    "pop an iterable, push exactly arg items, the first item on top")  \
  X(UNPACK_EX,         0, "see desc", "starred unpack: arg&0xff before, arg>>8 after; pushes before+1+after items, first item on top, starred one is a list") \
  /* control flow */                                                                                      \
  X(JUMP_FORWARD,      0, "0",        "pc = arg")                                                        \
  X(JUMP_BACKWARD,     0, "0",        "pc = arg; eval-breaker check (preemption, interrupts)")           \
  X(POP_JUMP_IF_FALSE, 0, "-1",       "pop; if falsy pc = arg")                                          \
  X(POP_JUMP_IF_TRUE,  0, "-1",       "pop; if truthy pc = arg")                                         \
  X(POP_JUMP_IF_NONE,  0, "-1",       "pop; if None pc = arg")                                           \
  X(POP_JUMP_IF_NOT_NONE, 0, "-1",    "pop; if not None pc = arg")                                       \
  X(JUMP_IF_FALSE_OR_POP, 0, "0/-1",  "if falsy: pc = arg (TOS kept) else pop")                          \
  X(JUMP_IF_TRUE_OR_POP,  0, "0/-1",  "if truthy: pc = arg (TOS kept) else pop")                         \
  X(GET_ITER,          0, "0",        "TOS = iter(TOS)")                                                 \
  X(FOR_ITER,          0, "+1/-1",    "push next(TOS); when exhausted pop the iterator and pc = arg")    \
  X(RETURN_VALUE,      0, "-1",       "return TOS from the frame")                                       \
  /* calls and definitions */                                                                             \
  X(KW_NAMES,          0, "0",        "the next CALL's last len(consts[arg]) args are keywords named by that tuple of str") \
  X(CALL,              0, "-arg-1",   "see header comment; pops the two call slots and argc args, pushes the result") \
  X(CALL_FUNCTION_EX,  0, "see desc", "stack: [NULL-or-func, callable, args, kwargs_dict if arg&1] -> result (the first slot handled as in CALL); args is a tuple, except for a lone f(*x) where it is x itself: convert with tuple(), TypeError 'f() argument after * must be an iterable, not T'") \
  X(MAKE_FUNCTION,     0, "see desc", "TOS is a code const; below it (pushed in this order, present per flag): defaults tuple (0x01), kwdefaults dict (0x02), annotations (0x04, ignored), closure tuple of cells (0x08)") \
  X(LOAD_BUILD_CLASS,  0, "+1",       "push builtins.__build_class__")                                   \
  X(RETURN_GENERATOR,  0, "0",        "unused placeholder (generators are created at call time)")        \
  /* exceptions */                                                                                        \
  X(SETUP_FINALLY,     0, "0",        "push a handler block {handler=arg, level=stack depth}")          \
  X(POP_BLOCK,         0, "0",        "pop the top handler block")                                       \
  X(POP_EXCEPT,        0, "-1",       "pop the EXCEPT_HANDLER block and the saved exception below TOS..; restore it as handled") \
  X(RERAISE,           0, "-1",       "pop an exception and raise it again (traceback unchanged)")       \
  X(RAISE_VARARGS,     0, "-arg",     "arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS") \
  X(CHECK_EXC_MATCH,   0, "0",        "TOS = isinstance(TOS1, TOS) for exception classes (TOS may be a tuple); TypeError if not classes") \
  X(LOAD_ASSERTION_ERROR, 0, "+1",    "push AssertionError")                                             \
  X(BEFORE_WITH,       0, "+3",       "pop mgr; push [NULL, bound __exit__, NULL, bound __enter__] (a CALL 0 follows)") \
  X(WITH_EXCEPT_START, 0, "+5",       "stack [.., NULL, exit, prev_exc, exc]: push [NULL, exit, type(exc), exc, exc.__traceback__] (a CALL 3 follows)") \
  /* generators and coroutines */                                                                         \
  X(YIELD_VALUE,       0, "0",        "suspend the frame yielding TOS (popped); on resume the sent value is pushed; arg 1 when part of yield-from/await") \
  X(GET_YIELD_FROM_ITER, 0, "0",      "TOS = iter(TOS) unless it is a generator/coroutine")              \
  X(SEND,              0, "0/-1",     "stack [.., iter, v]: send v into iter; yields y -> [.., iter, y] and fall through; returns r -> [.., r] and pc = arg") \
  X(GET_AWAITABLE,     0, "0",        "TOS = the awaitable's iterator (coroutine itself, or __await__())") \
  X(GET_AITER,         0, "0",        "TOS = TOS.__aiter__()")                                           \
  X(GET_ANEXT,         0, "+1",       "push awaitable of TOS.__anext__()")                               \
  X(END_ASYNC_FOR,     0, "-3",       "handler of async for, stack [.., aiter, prev_exc, exc] under its EXCEPT_HANDLER block: if exc is StopAsyncIteration pop exc, then POP_EXCEPT (pop prev_exc, restore it, pop the block), then pop aiter and continue; else re-raise exc") \
  X(BEFORE_ASYNC_WITH, 0, "+1",       "pop mgr; push bound __aexit__ and the awaitable of __aenter__()")  \
  /* imports */                                                                                           \
  X(IMPORT_NAME,       0, "-1",       "stack [level, fromlist] -> module names[arg]")                    \
  X(IMPORT_FROM,       0, "+1",       "push getattr(TOS module, names[arg]); ImportError if missing")    \
  X(IMPORT_STAR,       0, "-1",       "from TOS import * into locals")                                   \
  X(SETUP_ANNOTATIONS, 0, "0",        "ensure __annotations__ exists in locals")                         \
  /* appended by the compiler author */                                                                   \
  X(SETUP_WITH,        0, "0",        "like SETUP_FINALLY but the block's level excludes TOS (the __enter__ result, stored right after), so the handler finds [.., NULL, exit, prev_exc, exc]") \
  /* pattern matching and except* (CPython 3.11's; vm/match_ops.cpp) */                                   \
  X(MATCH_CLASS,       0, "-2",       "stack [subject, cls, kwnames tuple] -> tuple of the arg positional then keyword attributes, or None if no match") \
  X(MATCH_MAPPING,     0, "+1",       "push whether TOS is a mapping (for match)")                       \
  X(MATCH_SEQUENCE,    0, "+1",       "push whether TOS is a sequence other than str/bytes/bytearray (for match)") \
  X(MATCH_KEYS,        0, "+1",       "stack [subject, keys tuple]: push a tuple of subject's values for keys, or None if one is missing") \
  X(GET_LEN,           0, "+1",       "push len(TOS)")                                                   \
  X(CHECK_EG_MATCH,    0, "0",        "except*: [exc, type] -> [rest, match] when exc (wrapped in a group if bare) has a part matching type (match becomes the handled exception), else [exc, None]") \
  X(PREP_RERAISE_STAR, 0, "-1",       "except*: [orig, list of raised/unhandled parts] -> the exception to re-raise (shaped like orig) or None")

// clang-format on

namespace il {

enum class Op : uint8_t {
#define IL_OP_ENUM(name, caches, effect, desc) name,
  IL_OPCODES(IL_OP_ENUM)
#undef IL_OP_ENUM
      OP_COUNT
};

inline constexpr uint8_t kOpCacheWords[] = {
#define IL_OP_CACHE(name, caches, effect, desc) caches,
    IL_OPCODES(IL_OP_CACHE)
#undef IL_OP_CACHE
};

inline constexpr const char* kOpNames[] = {
#define IL_OP_NAME(name, caches, effect, desc) #name,
    IL_OPCODES(IL_OP_NAME)
#undef IL_OP_NAME
};

// BINARY_OP arguments: CPython 3.11's NB_* numbering.
enum class BinOp : uint8_t {
  Add, And, FloorDiv, LShift, MatMul, Mul, Remainder, Or, Power, RShift, Sub, TrueDiv, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDiv, InplaceLShift, InplaceMatMul, InplaceMul,
  InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSub, InplaceTrueDiv, InplaceXor,
};
inline constexpr int kInplaceOffset = 13;

// COMPARE_OP arguments.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

constexpr uint32_t encode(Op op, uint32_t arg = 0) { return uint32_t(op) | (arg << 8); }
constexpr Op decode_op(uint32_t word) { return Op(word & 0xff); }
constexpr uint32_t decode_arg(uint32_t word) { return word >> 8; }
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace il
