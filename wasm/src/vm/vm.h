// vm.h — declarations private to the VM core (vm/*.cpp). Modules and object
// files use ops.h and native.h instead.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/frame.h"
#include "vm/ops.h"

namespace il {

// Why 4096: big enough that a program's hot (type, name) pairs rarely
// collide, small enough (96 KiB) to stay in cache.
inline constexpr size_t kMethodCacheSize = 4096;
// Nested eval loops (native code calling back into Python) each use C++
// stack; past this depth RecursionError is raised rather than risking the
// OS stack (threads and Web Workers may have as little as 256 KiB).
inline constexpr int kMaxNestedEval = 120;

struct MethodCacheEntry {
  Type* type = nullptr;
  Str* name = nullptr;
  uint32_t epoch = 0;
  Value value;
};

struct Interp::VMState {
  std::vector<MethodCacheEntry> mcache = std::vector<MethodCacheEntry>(kMethodCacheSize);
  std::vector<Task*> tasks;  // every live task (GC roots)
  std::unordered_map<std::string, std::string> sources;  // filename -> source (traceback lines)
  std::vector<Task*> dead_tasks;   // finished tasks, kept so stale pointers (lock owners) stay valid
  Dict* thread_types = nullptr;    // _thread's lock types (created once per interpreter)
  Func* thread_trampoline = nullptr;  // def _call(f, a, k): return f(*a, **k)
  Value frame_type;                // `frame` (vm/frame_object.cpp): created on first use, then a GC root
  Value asyncio_state;             // modules/asyncio_*.cpp: a NativeObj holding AsyncioState (a GC root once set)
  Value agen_types;                // generators.cpp: tuple of the async_generator_asend/_athrow and anext_awaitable types (a GC root)
  // Named iterator types (list_iterator ...) by their `next` function, so that
  // new_iterator(I, nullptr, next, ...) gives each kind its CPython type
  // (register_iterator_type, objects/containers.h). Few kinds: a linear scan.
  std::vector<std::pair<Value (*)(Interp&, IterObj*), Type*>> iter_kinds;
  Value iter_kind_types;           // a list holding those types (a GC root)
  // modules/signal.cpp, set when `_signal` is first imported (GC roots then):
  // each signal's handler (a list of kNSig: 0 SIG_DFL, 1 SIG_IGN or a
  // callable), default_int_handler, the Python function a handler task runs,
  // and an exception a handler raised, waiting for the main task to run.
  Value signal_handlers;
  Value signal_default_int;
  Value signal_runner;
  Value signal_async_exc;
  // Signals whose handler only gives Stop another shape (asyncio.run's SIGINT
  // handler cancels its main task): they make no waiting program live.
  uint64_t signals_interrupt_like = 0;
  // modules/mp.cpp: > 0 while multiprocessing pickles (its ForkingPickler),
  // which shared ctypes objects require.
  int mp_forking_depth = 0;
  // Constant frozensets made while one compiled module is turned into code
  // objects (vm/interp.cpp): equal ones share the first, as CPython's
  // compiler constant cache. No collection runs meanwhile (not a safe point).
  std::vector<Value> frozenset_consts;
  int materialise_depth = 0;
  // Comparisons nested in native code (a == b for self-referential lists
  // recurses in C++): counted against the recursion limit, as CPython's
  // Py_EnterRecursiveCall in PyObject_RichCompare.
  int compare_depth = 0;
  FramePool frames;  // freed frames for reuse (frame.h)
  // object.__new__, looked up once (class calls compare with it); object's
  // dict is immutable and reachable from the roots.
  Value object_new;
};

// Modules implemented by the VM itself (modules/thread.cpp ...).
Module* init_thread_module(Interp& I);
Value new_lock(Interp& I, bool reentrant);

Value type_lookup_cached(Interp& I, Type* t, Str* name);
Value descr_get(Interp& I, Value descr, Value obj, Value owner);
void vm_update_type_flags(Interp& I, Type* t);
Type* vm_new_heap_type(Interp& I, Type* meta, Str* name, Tuple* bases, Dict* ns);
void vm_init_subclass(Interp& I, Type* t, Tuple* kwnames, const Value* kwvalues);

// modules/signal.cpp: the main task takes its pending signals (called where
// it runs, or by the scheduler while it is parked). Running: a Python
// handler is called right here (its exception propagates), SIGINT's default
// raises KeyboardInterrupt, a fatal default throws HardExit. Parked: the
// same, except that the exception wakes the main task and a Python handler
// runs in a task of its own while the main task stays parked (as CPython
// resumes an interrupted sleep or wait once the handler returns).
void signal_dispatch(Interp& I);
// A Python handler (other than SIGINT's default) is installed: a signal may
// still wake a program whose every thread waits, so that is no deadlock.
bool signal_may_wake(Interp& I);

// import.cpp: runs `source` as the body of module m (its dict the globals).
Value exec_module_source(Interp& I, Module* m, std::string_view source, std::string_view filename);

// eval.cpp
// Runs `f` (already set up, pushed on the current task) until it returns.
Value eval_frame(Interp& I, Frame* f);
// Continues a parked or preempted task at its top frame. Returns the task's
// entry-frame result, or Value::Suspend() if it parked/yielded again.
Value eval_resume(Interp& I, Task* t);
// Creates a frame for calling `fn` with the given arguments (binding them to
// parameters); raises TypeError on a bad call.
Frame* make_call_frame(Interp& I, Func* fn, const Value* argv, uint32_t argc, Tuple* kwnames);
// Runs module-level code in `globals` (exec, import, __main__).
Value run_code(Interp& I, Code* code, Dict* globals, Dict* locals);
Code* code_from_unit(Interp& I, std::shared_ptr<lang::CodeUnit> unit);
Value current_handled_exception(Interp& I);

// frame_object.cpp: Python-visible frame objects.
// The frame object of a live frame (created once, cached in Frame::pyframe).
Value frame_object(Interp& I, Frame* f);
// Called by Frame::destroy: the frame object, if any, keeps a snapshot.
void frame_object_detach(Frame* f);
Value sys_getframe(Interp& I, CallArgs& a);   // sys._getframe([depth])

// call.cpp: how call errors name a callable (CPython's _PyObject_FunctionStr):
// "__main__.f()", "__main__.C.m()", "print()".
std::string function_str(Interp& I, Value fn);

// errors.cpp
// Adds a traceback entry for `code` at `line`; its tb_frame is the running
// task's top frame when that frame runs `code`.
void add_traceback(Interp& I, Value exc, Code* code, int line);
void add_traceback_frame(Interp& I, Value exc, Frame* f, int line);
[[noreturn]] void raise_recursion(Interp& I);
void print_exception(Interp& I, Value exc);   // to stderr, CPython format

// generators.cpp
Value gen_new(Interp& I, Frame* f, Func* fn);
// Resumes a generator with `sent` (or throws `exc` into it). Returns the
// yielded value, or empty when the generator returned (its return value is
// then in *retval).
Value gen_send(Interp& I, GeneratorObj* g, Value sent, Value* retval);
Value gen_throw(Interp& I, GeneratorObj* g, Value exc, Value* retval);

// reduce.cpp: object's copy protocol (CPython's reduce_newobj and friends).
Value object_reduce_ex(Interp& I, CallArgs& a);   // object.__reduce_ex__(protocol)
Value object_reduce(Interp& I, CallArgs& a);      // object.__reduce__()
Value object_getstate(Interp& I, CallArgs& a);    // object.__getstate__()

// import.cpp
void init_import(Interp& I);

}  // namespace il
