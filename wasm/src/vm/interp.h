// interp.h — one Python process: its heap, types, modules, sys state and
// scheduler. There is no mutable global state in the runtime: everything a
// running program touches hangs off an Interp (see DESIGN.md section 2).
#pragma once
#include <atomic>
#include <cstdarg>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/objects.h"

namespace il {

struct Frame;
struct Task;
class Scheduler;
class Mux;  // sched/mux.h
enum class StepResult;
class VFS;  // modules/vfs.h

// Thrown (as a C++ exception) when a Python exception is raised; the
// exception object itself is in Interp::pending (a GC root). Native code never
// catches it except to clean up and rethrow, or where Python code would
// `try/except` (e.g. hasattr catches AttributeError).
struct PyRaise {};

// Thrown to unwind everything when the interpreter must stop right now
// (a second Stop, a process being killed): no Python handler runs.
struct HardExit {
  int code;
};

// Signal numbers (Linux's, which CPython's signal module shows everywhere).
inline constexpr int kSigInt = 2, kSigKill = 9, kSigPipe = 13, kSigAlrm = 14, kSigTerm = 15;
inline constexpr int kNSig = 65;  // signal.NSIG: numbers are 1..64
// Signals whose default action does nothing here: SIGCHLD, SIGURG and SIGWINCH
// are ignored by default; SIGCONT and the stop signals (SIGSTOP, SIGTSTP,
// SIGTTIN, SIGTTOU) would suspend or resume a process, which a run cannot.
constexpr bool signal_default_ignored(int sig) {
  return sig == 17 || sig == 18 || sig == 19 || sig == 20 || sig == 21 || sig == 22 || sig == 23 || sig == 28;
}

// The built-in types, created per interpreter at start-up.
struct BuiltinTypes {
#define IL_BUILTIN_TYPES(X)                                                                           \
  X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) X(bool_) X(int_) X(float_)        \
  X(complex) X(str) X(bytes) X(bytearray) X(tuple) X(list) X(dict) X(set) X(frozenset) X(range)     \
  X(slice) X(function) X(builtin_function) X(method) X(code) X(cell) X(module) X(property)          \
  X(classmethod) X(staticmethod) X(super_) X(traceback) X(generator) X(coroutine) X(async_generator) \
  X(iterator) X(dict_keys) X(dict_values) X(dict_items) X(native)                                    \
  /* exceptions */                                                                                     \
  X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception)                  \
  X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) X(OverflowError)  \
  X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) X(EOFError)               \
  X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) X(MemoryError)     \
  X(NameError) X(UnboundLocalError) X(OSError) X(FileNotFoundError) X(FileExistsError)              \
  X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) X(TimeoutError)                     \
  X(ConnectionError) X(BrokenPipeError) X(ChildProcessError) X(InterruptedError)                     \
  X(ProcessLookupError) X(BlockingIOError) X(ConnectionResetError) X(ConnectionRefusedError)         \
  X(ConnectionAbortedError) X(ReferenceError) X(RuntimeError) X(NotImplementedError)                \
  X(RecursionError) X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) X(TypeError)      \
  X(ValueError) X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError)                         \
  X(UnicodeTranslateError) X(Warning) X(UserWarning) X(DeprecationWarning)                          \
  X(PendingDeprecationWarning) X(SyntaxWarning) X(RuntimeWarning) X(FutureWarning)                  \
  X(ImportWarning) X(UnicodeWarning) X(BytesWarning) X(ResourceWarning) X(EncodingWarning)        \
  /* created by vm/exception_group.cpp */                                                            \
  X(BaseExceptionGroup) X(ExceptionGroup)
#define IL_DECLARE_TYPE(n) Type* n = nullptr;
  IL_BUILTIN_TYPES(IL_DECLARE_TYPE)
#undef IL_DECLARE_TYPE
};

// Where a process's output goes. Thread-safe implementations live in host/.
struct OutputSink {
  virtual ~OutputSink() = default;
  // fd 1 = stdout, 2 = stderr. `pid`/`tid` identify the writer for colouring.
  virtual void write(int fd, std::string_view data, int pid, int tid) = 0;
  virtual void flush() {}
};

// Where input() reads from. Returns false at end of input.
struct InputSource {
  virtual ~InputSource() = default;
  virtual bool read_line(std::string& line) = 0;
  // A host whose lines arrive later as events on this same thread (the
  // single-thread web build) cannot block in read_line: input() then parks
  // its task until the host calls Interp::provide_input.
  virtual bool arrives_later() const { return false; }
};

// What the host tells an interpreter at creation.
struct InterpConfig {
  std::vector<std::string> argv;
  std::string platform = "linux";      // sys.platform
  OutputSink* out = nullptr;           // required
  InputSource* in = nullptr;           // may be null (input() raises EOFError)
  int pid = 1;
  int ppid = 0;
  bool child_process = false;   // started by multiprocessing (its exit code is the parent's exitcode)
  size_t memory_limit = size_t(2) << 30;  // bytes; MemoryError beyond
  int cpu_count = 1;
  bool deterministic = false;  // --seed: seeded scheduling and a virtual clock
  uint64_t seed = 0;
  // The file system open()/os use (modules/vfs.h); null = the host's real
  // (POSIX) file system. The browser passes an in-memory VFS shared by a run's
  // interpreters.
  VFS* vfs = nullptr;
  // Scheduler trace events, one JSON object per call (see sched/scheduler.h);
  // empty = tracing off (costs nothing).
  std::function<void(std::string_view json)> trace;
  bool gc_stress = false;  // debug switch: collect at every safe point
  // Single mode: the run's interpreters take turns on one OS thread
  // (sched/mux.h); null = parallel mode (one OS thread per interpreter).
  Mux* mux = nullptr;
};

class Interp {
 public:
  explicit Interp(InterpConfig cfg);
  ~Interp();
  Interp(const Interp&) = delete;

  // --- running ----------------------------------------------------------
  // Runs a whole program as __main__; prints an uncaught exception's
  // traceback and returns the process exit code (as python3 would).
  int run_main(std::string_view source, std::string_view filename);
  // run_main in two halves, for single mode (sched/mux.h), where several
  // interpreters take turns on one OS thread. begin_main compiles the program
  // and makes its main task runnable; false if it already ended (a SyntaxError
  // was printed; exit_code holds 1). step_main runs it on: with `block`, to its
  // end; else for one slice. Finished: it has ended and exit_code is valid.
  bool begin_main(std::string_view source, std::string_view filename);
  StepResult step_main(bool block, bool& ran);
  // Prints an uncaught exception as CPython does; returns the exit code.
  int handle_uncaught(Value exc);
  // Requests KeyboardInterrupt in the main task (thread-safe; any thread):
  // SIGINT, so a handler installed with signal.signal runs instead.
  void request_interrupt() { request_signal(kSigInt); }
  // Thread-safe: signal `sig` arrives. The main task runs its handler at its
  // next safe point, or while it is parked (modules/signal.cpp).
  void request_signal(int sig);
  // Stops the interpreter at its next safe point or wake-up with exit code
  // `code`, running no Python handler (Process.terminate/kill, a second Stop).
  void request_hard_exit(int code);
  std::atomic<int> hard_exit_code{0};

  // --- the heap ---------------------------------------------------------
  Heap heap;
  template <class T, class... A>
  T* make(Type* t, A&&... args) { return heap.make<T>(t, std::forward<A>(args)...); }

  BuiltinTypes t;
  InterpConfig config;

  // --- constructors of common values (objects/*.cpp) ----------------------
  Str* str(std::string_view utf8);          // new string (not interned)
  Str* intern(std::string_view utf8);       // interned: identical strings share one object
  Value new_str(std::string_view utf8) { return Value::object(reinterpret_cast<Object*>(str(utf8))); }
  Value new_int(int64_t v);                 // small or boxed
  Value new_int(BigInt v);                  // normalises to small when it fits
  Value new_float(double v);
  Tuple* tuple(size_t n);                   // items set to None
  Tuple* tuple(std::initializer_list<Value> items);
  Tuple* tuple(const Value* items, size_t n);
  List* list(size_t reserve = 0);
  Dict* dict();
  SetObj* set(bool frozen = false);
  Value new_bytes(std::string_view data);
  Tuple* empty_tuple = nullptr;

  // --- errors (vm/errors.cpp) ---------------------------------------------
  // Raise an exception of type `type` with a printf-formatted message.
  [[noreturn]] void raise(Type* type, const char* fmt, ...);
  [[noreturn]] void raise_value(Value exc);   // an exception instance or class
  [[noreturn]] void raise_type_error(const char* fmt, ...);
  Value new_exception(Type* type, std::string_view msg);
  Value pending;                              // the exception being raised (see PyRaise)
  Value take_pending() { Value v = pending; pending = Value(); return v; }

  // --- modules and import (vm/import.cpp) ----------------------------------
  Dict* modules = nullptr;    // sys.modules
  Module* builtins = nullptr;
  Module* sys = nullptr;
  Module* main = nullptr;
  Value import_module(Str* name, Value globals, Value fromlist, int level);
  // Registration of native modules: name → init function building it.
  using ModuleInit = Module* (*)(Interp&);
  static void register_native_module(const char* name, ModuleInit init);
  Module* new_module(std::string_view name);

  // VM-private state (method cache, free lists...): vm/vm.h.
  struct VMState;
  std::unique_ptr<VMState> vm;

  // --- names ------------------------------------------------------------
  struct Names;                 // frequently used interned names (s.__init__, s.__len__ ...)
  std::unique_ptr<Names> names;
  // Interned strings, open addressing on the str hash (kept in each Str, so
  // a dict lookup by an interned name never hashes it again). Interning every
  // name of every module a new process imports is a good part of its boot.
  struct InternTable {
    std::vector<Str*> slots;  // a power of two long; nullptr = free
    size_t used = 0;
  } intern_table;

  // --- execution state ------------------------------------------------------
  Task* current = nullptr;      // the running task
  Task* main_task = nullptr;
  std::unique_ptr<Scheduler> sched;
  int eval_depth = 0;           // nested eval loops (natives calling Python)
  bool can_suspend = false;     // true while a native runs directly from CALL (it may park the task)
  int recursion_limit = 1000;
  double switch_interval = 0.005;
  uint32_t type_epoch = 1;      // bumped when any type's dict changes (invalidates caches)
  std::atomic<uint32_t> eval_breaker{0};  // nonzero: the eval loop must look at signals
  // --- signals (modules/signal.cpp) ---------------------------------------
  static constexpr uint64_t signal_bit(int sig) { return uint64_t(1) << sig; }
  // Bit n: signal n arrived and its handler has not run yet. Bit 0 (no
  // signal has number 0): an exception a handler raised while the main task
  // was parked is waiting to be raised in it.
  std::atomic<uint64_t> pending_signals{0};
  // Each signal's disposition, for other OS threads to read (os.kill and
  // Process.terminate look here: an uncaught SIGTERM stops a child at once).
  std::atomic<uint64_t> signals_caught{signal_bit(kSigInt)};    // a Python callable (default_int_handler)
  std::atomic<uint64_t> signals_ignored{signal_bit(kSigPipe)};  // SIG_IGN (Python ignores SIGPIPE)
  // input() waiting for a line from a host whose lines arrive later (see
  // InputSource::arrives_later); provide_input hands one over (null: end of
  // input). False if no input() waits.
  bool waits_for_input() const;
  bool provide_input(const std::string* line);
  Task* input_task = nullptr;
  uint64_t input_gen = 0;       // input_task's park number when it asked
  uint64_t entropy_draws = 0;   // deterministic mode: draws of seeded entropy so far
  int exit_code = 0;            // of the program, once step_main says Finished
  enum class MainPhase { Program, Shutdown, AtExit, Done } main_phase_ = MainPhase::Done;

  // Collects garbage if due (safe points only: called by the eval loop).
  void maybe_collect();
  void collect_now();
  // Extra roots registered by modules (e.g. a module-level registry).
  std::vector<Value*> extra_roots;

  // Output helpers (respect sys.stdout replacement elsewhere).
  void write_out(int fd, std::string_view s);
};

// Frequently used interned names; filled at start-up.
struct Interp::Names {
#define IL_NAMES(X)                                                                                   \
  X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__)           \
  X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__len__) X(__bool__) X(__iter__) X(__next__)              \
  X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__getattr__) X(__getattribute__)    \
  X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__enter__) X(__exit__)         \
  X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) X(__mul__) X(__rmul__)       \
  X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__) X(__floordiv__) X(__rfloordiv__)        \
  X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__) X(__pow__) X(__rpow__) X(__ipow__)              \
  X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__) X(__irshift__)            \
  X(__and__) X(__rand__) X(__iand__) X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__)          \
  X(__ixor__) X(__matmul__) X(__rmatmul__) X(__imatmul__) X(__neg__) X(__pos__) X(__invert__)        \
  X(__abs__) X(__index__) X(__int__) X(__float__) X(__format__) X(__class__) X(__dict__)             \
  X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__file__) X(__builtins__) X(__main__)       \
  X(__mp_main__) X(__slots__) X(__class_getitem__) X(__init_subclass__) X(__set_name__)              \
  X(__missing__) X(__reversed__) X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__)   \
  X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__divmod__) X(__rdivmod__) X(__complex___)     \
  X(__del__) X(__instancecheck__) X(__subclasscheck__) X(__mro_entries__) X(__prepare__)             \
  X(__build_class__) X(__import__) X(__spec__) X(__path__) X(__package__) X(__loader__)              \
  X(__annotations__) X(__abstractmethods__) X(__traceback__) X(__cause__) X(__context__)             \
  X(__suppress_context__) X(__length_hint__) X(__sizeof__) X(__fspath__) X(__bytes__)                \
  X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__) X(__copy__) X(__deepcopy__)         \
  X(__all__) X(__wrapped__) X(__self__) X(__func___) X(__weakref__) X(__objclass__)                   \
  X(send) X(throw_) X(close) X(args) X(keys) X(items) X(values) X(get) X(write) X(flush) X(read)       \
  X(readline) X(append) X(mro) X(metaclass) X(self) X(end) X(sep) X(file) X(key) X(reverse)          \
  X(default_) X(strict) X(code) X(value) X(name) X(fromlist) X(level) X(stdout) X(stderr) X(stdin)   \
  X(excepthook) X(argv) X(path) X(modules) X(empty) X(lambda) X(module) X(top) X(none)
#define IL_DECLARE_NAME(n) Str* n = nullptr;
  IL_NAMES(IL_DECLARE_NAME)
#undef IL_DECLARE_NAME
};

// A value's Python type (small ints and constants have no header).
inline Type* type_of(Interp& I, Value v) {
  if (v.is_obj()) return v.obj()->type;
  if (v.is_small()) return I.t.int_;
  if (v.is_bool()) return I.t.bool_;
  if (v.is_none()) return I.t.NoneType;
  if (v.is_not_implemented()) return I.t.NotImplementedType;
  return I.t.ellipsis;
}

inline Value obj_value(const Object* o) { return Value::object(o); }

}  // namespace il
