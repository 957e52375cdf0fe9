// objects.h — the C++ layouts of the built-in object kinds.
//
// Each layout is a struct derived from Object. Behaviour (methods, dunders)
// lives in one file per type under objects/ (str.cpp, list.cpp, ...), which
// registers native methods into the type's dict at interpreter start-up.
// Layout fields are public: native code of any module may use them directly.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "objects/bigint.h"
#include "vm/object.h"
#include "vm/small_vec.h"
#include "vm/value.h"

namespace il {

namespace lang { struct CodeUnit; }

struct Str;
struct Tuple;
struct Dict;
struct Code;
struct Frame;
struct Task;
struct CallArgs;

// Native function signature: args.argv[0] is self for methods.
using NativeFn = Value (*)(Interp& I, CallArgs& args);

// ---------------------------------------------------------------------------
// Type
// ---------------------------------------------------------------------------
enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,         // created by a class statement (mutable, has __dict__ on instances)
  kTypeBaseType = 1u << 1,     // may be subclassed
  kTypeHasGetattr = 1u << 2,   // defines __getattr__ somewhere in the MRO
  kTypeHasGetattribute = 1u << 3,  // overrides __getattribute__
  kTypeHasSetattr = 1u << 4,   // overrides __setattr__ / __delattr__
  kTypeIsException = 1u << 5,  // a subclass of BaseException
  kTypeInstanceDict = 1u << 6, // instances get an attrs dict on demand
  kTypeAbstract = 1u << 7,     // has abstract methods (abc)
};

// The C++ layout instances of a type use (inherited by subclasses).
enum class Layout : uint8_t {
  Object, None, Bool, Int, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet,
  Range, Slice, Type, Func, NativeFunc, BoundMethod, Code, Cell, Module, Property, ClassMethod,
  StaticMethod, Exception, Traceback, Generator, Super, Iterator, Native,
};

struct Type : Object {
  Str* name = nullptr;        // __name__
  Str* qualname = nullptr;    // __qualname__
  Type* base = nullptr;       // __base__ (solid base for the layout)
  Tuple* bases = nullptr;     // __bases__
  std::vector<Type*> mro;     // __mro__, starting with this type
  Dict* dict = nullptr;       // the type's own namespace
  Layout layout = Layout::Object;
  uint32_t flags = 0;
  // Allocates a bare instance of this type's layout (used by __new__ of the
  // solid base); null for types that cannot be instantiated directly.
  Value (*alloc)(Interp&, Type*) = nullptr;
  // Direct subclasses, oldest first (__subclasses__(); collections.abc's
  // registry walks them). Strong references: a class outlives its use anyway.
  std::vector<Type*> subclasses;
  void trace(Tracer& t) override;
};

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------
struct IntObj : Object {  // ints outside the small range
  BigInt v;
  explicit IntObj(BigInt b) : v(std::move(b)) {}
};

struct FloatObj : Object {
  double v;
  explicit FloatObj(double d) : v(d) {}
};

struct ComplexObj : Object {
  double re, im;
  ComplexObj(double r, double i) : re(r), im(i) {}
};

// ---------------------------------------------------------------------------
// Strings and bytes
// ---------------------------------------------------------------------------
// Immutable Unicode string stored as UTF-8. `length` counts code points;
// `ascii` strings index in O(1), others walk the UTF-8 (with a cached cursor).
struct Str : Object {
  uint64_t hash = 0;
  uint32_t nbytes = 0;
  uint32_t length = 0;
  bool ascii = true;
  bool has_hash = false;
  bool interned = false;
  // `local += s` appends in place while only that local refers to the str
  // (kStrAppend* in objects/str.h; docs/architecture.md, "Appending to a str").
  uint8_t append_state = 0;
  char data[1];  // nbytes + 1 bytes (NUL-terminated), allocated with the object
  std::string_view view() const { return {data, nbytes}; }
};

struct BytesObj : Object {  // immutable
  uint64_t hash = 0;
  bool has_hash = false;
  std::string data;
};

struct ByteArrayObj : Object {
  std::string data;
};

// ---------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------
struct Tuple : Object {
  uint32_t size = 0;
  Value items[1];  // size items, allocated with the object
  void trace(Tracer& t) override;
};

struct List : Object {
  std::vector<Value> items;
  void trace(Tracer& t) override;
};

struct DictEntry {
  Value key;    // empty = deleted
  Value value;
  uint64_t hash;
};

// Insertion-ordered, open-addressed (CPython's compact dict design).
// Why inline sizes 5 and 8: an 8-slot index holds 5 entries (2/3 load), so
// a dict of up to 5 keys (most instance dicts) needs no malloc.
struct Dict : Object {
  static constexpr size_t kInlineEntries = 5;
  static constexpr size_t kInlineIndex = 8;
  SmallVec<DictEntry, kInlineEntries> entries;
  SmallVec<int32_t, kInlineIndex> index;  // power-of-two size; -1 free, -2 deleted
  uint32_t used = 0;           // live entries
  uint32_t version = 0;        // bumped on every mutation (caches, iteration checks)
  // Bit (hash >> 6) & 63 of every key ever inserted (never cleared but by
  // dict_clear): a clear bit proves a str key absent without probing, which
  // is the common answer when a method call checks the instance __dict__.
  uint64_t hash_bloom = 0;
  void trace(Tracer& t) override;
};

struct SetEntry {
  Value key;  // empty = free; Value::Ellipsis()-like dummy is `dummy` flag
  uint64_t hash;
  bool dummy;
};

// Hash set with CPython's exact probing and resize policy, so that a set of
// small ints prints in the same order as in CPython.
struct SetObj : Object {
  std::vector<SetEntry> table;  // size is a power of two (min 8)
  uint32_t used = 0;            // live keys
  uint32_t fill = 0;            // live + dummy
  uint32_t finger = 0;          // where pop() looks next
  uint32_t version = 0;
  void trace(Tracer& t) override;
};

struct RangeObj : Object {
  int64_t start, stop, step, len;
  // (start, stop, step, len) as int Values when one of them does not fit an
  // int64 (range(10**20)); the int64 fields are then unused. Null otherwise.
  Tuple* big = nullptr;
  void trace(Tracer& t) override;
};

struct SliceObj : Object {
  Value start, stop, step;
  void trace(Tracer& t) override;
};

// ---------------------------------------------------------------------------
// Code, functions, methods
// ---------------------------------------------------------------------------
struct InlineCache {
  uint32_t epoch = 0;     // Interp::type_epoch when filled (0 = empty)
  Type* type = nullptr;   // receiver type the entry is valid for
  Value value;            // cached attribute/descriptor or global
  uint32_t version = 0;   // dict version for globals
  uint32_t version2 = 0;  // builtins dict version; attribute caches: the key's index in the last __dict__
  // Attribute and method caches are two-way: a second receiver type, its
  // value and __dict__ index (a loop over a list of Particle and Heavy
  // objects alternates between two types at every instruction).
  Type* type2 = nullptr;
  Value value2;
  uint32_t index2 = 0;
};

struct Code : Object {
  std::shared_ptr<lang::CodeUnit> unit;
  const uint32_t* words = nullptr;
  uint32_t nwords = 0;
  std::vector<Value> consts;
  std::vector<Str*> names;
  std::vector<Str*> varnames;
  std::vector<Str*> cellvars;
  std::vector<Str*> freevars;
  std::vector<int> cell2arg;
  std::vector<InlineCache> caches;
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int nlocals = 0, ncells = 0, nfree = 0, stacksize = 0, maxblocks = 0;
  int firstlineno = 1;
  int total_args = 0;  // argcount + kwonly + varargs + varkw
  int line_at(uint32_t pc) const;
  void trace(Tracer& t) override;
};

struct Func : Object {
  Code* code = nullptr;
  Dict* globals = nullptr;
  Tuple* defaults = nullptr;   // may be null
  Dict* kwdefaults = nullptr;  // may be null
  Tuple* closure = nullptr;    // cells, may be null
  Str* name = nullptr;
  Str* qualname = nullptr;
  Value doc;
  Value module;
  void trace(Tracer& t) override;
};

enum NativeFlags : uint8_t {
  kNativeMethod = 1,       // defined on a type: binds self on attribute access
  kNativeClassMethod = 2,  // binds the class (e.g. dict.fromkeys)
  kNativeStatic = 4,       // never binds (e.g. __new__, str.maketrans)
};

struct NativeFunc : Object {
  NativeFn fn = nullptr;
  Str* name = nullptr;
  Str* qualname = nullptr;  // "str.split"
  Value self;               // bound receiver (empty when unbound)
  Value data;               // free slot for closures of native code
  Value module;             // __module__ of a module's function (its name); empty = builtins
  Type* owner = nullptr;    // the type that defines it (for unbound descriptor checks)
  const char* doc = nullptr;
  uint8_t flags = 0;
  void trace(Tracer& t) override;
};

struct BoundMethod : Object {
  Value func;
  Value self;
  void trace(Tracer& t) override;
};

struct Cell : Object {
  Value v;
  void trace(Tracer& t) override { t.visit(v); }
};

struct Property : Object {
  Value fget, fset, fdel, doc;
  void trace(Tracer& t) override;
};

struct ClassMethod : Object {  // also StaticMethod (by type)
  Value func;
  void trace(Tracer& t) override { t.visit(func); }
};

struct SuperObj : Object {
  Type* this_type = nullptr;  // the class super() was called in (not `type`: that would shadow Object::type)
  Value obj;             // the instance (or class)
  Type* obj_type = nullptr;
  void trace(Tracer& t) override;
};

struct Module : Object {
  Dict* dict = nullptr;  // == attrs
  Str* name = nullptr;
  void trace(Tracer& t) override;
};

// ---------------------------------------------------------------------------
// Exceptions and tracebacks
// ---------------------------------------------------------------------------
struct Traceback : Object {
  Traceback* next = nullptr;  // toward the innermost frame
  Code* code = nullptr;
  int line = 0;
  Value frame;                // tb_frame (a frame object, vm/frame_object.cpp); empty if unknown
  void trace(Tracer& t) override;
};

struct ExceptionObj : Object {
  Tuple* args = nullptr;
  Traceback* traceback = nullptr;
  Value cause;              // empty = None
  Value context;
  bool suppress_context = false;
  Value value;              // StopIteration.value, SystemExit.code (set by __init__)
  void trace(Tracer& t) override;
};

// ---------------------------------------------------------------------------
// Generators (also coroutines and async generators, by type)
// ---------------------------------------------------------------------------
enum class GenState : uint8_t { Created, Suspended, Running, Closed };

struct GeneratorObj : Object {
  Frame* frame = nullptr;  // owned; null once closed
  Str* name = nullptr;
  Str* qualname = nullptr;
  GenState state = GenState::Created;
  // gi_code / cr_code / ag_code: kept here because the frame goes when it ends.
  Code* code = nullptr;
  // Async generators only (CPython's ag_running_async / ag_closed): an
  // asend/athrow awaitable is in progress; aclose() or the end was reached.
  bool ag_running_async = false;
  bool ag_closed = false;
  // sys.set_asyncgen_hooks: the firstiter hook ran (at the first __anext__,
  // asend, athrow or aclose); the finalizer in force then (never called:
  // there is no finalisation, asyncio closes such generators at shutdown).
  bool ag_hooks_inited = false;
  Value ag_finalizer;
  ~GeneratorObj() override;
  void trace(Tracer& t) override;
};

// Generic native iterator: `next` returns an empty Value when exhausted.
struct IterObj : Object {
  Value (*next)(Interp&, IterObj*) = nullptr;
  Value a, b, c;        // iterated objects / state owned by the iterator kind
  // What an exhausted iterator returns to `yield from` / `await` (its
  // StopIteration.value; empty = None). Set by awaitable kinds (asyncio's
  // FutureIter) so that finishing an await costs no C++ throw.
  Value retval;
  int64_t i = 0, j = 0;  // counters
  void trace(Tracer& t) override;
};

// A native object with an arbitrary C++ payload (used by modules: locks,
// queues, StringIO...). The payload's destructor runs when collected.
struct NativePayload {
  virtual ~NativePayload() = default;
  virtual void trace(Tracer&) {}
};
struct NativeObj : Object {
  std::unique_ptr<NativePayload> payload;
  void trace(Tracer& t) override {
    if (payload) payload->trace(t);
  }
};

}  // namespace il
