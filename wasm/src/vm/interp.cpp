// interp.cpp — creating an interpreter (bootstrapping the type objects),
// running a program as __main__, garbage-collection roots, output.
#include <cctype>
#include <cstring>
#include <string>

#include "lang/codeunit.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "proc/process_table.h"
#include "sched/mux.h"
#include "sched/scheduler.h"
#include "vm/match_ops.h"
#include "vm/vm.h"

#if __has_include("modules/modules.h")
#include "modules/modules.h"
#define IL_HAVE_MODULES 1
#endif

namespace il {

void init_vm_builtins(Interp& I, Module* builtins);

// ============================================================================
// Bootstrap
// ============================================================================

// C++ spellings of Python names: a single trailing '_' avoids a C++ keyword
// (default_, throw_, bool_); a third one avoids a GCC builtin (__func___).
static std::string py_name(const char* cname) {
  std::string s(cname);
  bool dunder = s.size() > 4 && s.rfind("__", 0) == 0;
  if (dunder) {
    if (s.size() > 5 && s.compare(s.size() - 3, 3, "___") == 0) s.pop_back();
  } else if (!s.empty() && s.back() == '_') {
    s.pop_back();
  }
  return s;
}

static void setup_type(Interp& I, Type* t, const char* name, Type* base, Layout layout, uint32_t flags) {
  t->name = I.intern(name);
  t->qualname = t->name;
  t->base = base;
  t->layout = layout;
  t->flags = flags;
  t->dict = I.dict();
  t->bases = base ? I.tuple({obj_value(base)}) : I.tuple(size_t(0));
  t->mro.clear();
  t->mro.push_back(t);
  if (base)
    for (Type* m : base->mro) t->mro.push_back(m);
  dict_set_str(I, t->dict, I.names->__module__, sval(I.intern("builtins")));
}

Interp::Interp(InterpConfig cfg) : config(std::move(cfg)) {
  heap.stress = config.gc_stress;
  vm = std::make_unique<VMState>();
  names = std::make_unique<Names>();
  heap.limit = config.memory_limit;
  heap.on_limit_ctx = this;
  heap.on_limit = [](void* ctx) {
    Interp* I = static_cast<Interp*>(ctx);
    I->heap.limit = 0;  // let the MemoryError itself be allocated
    I->pending = I->new_exception(I->t.MemoryError, "");
    I->heap.limit = I->config.memory_limit + (64u << 20);
    throw PyRaise{};
  };

  // 1. Raw type objects, so that str/dict/tuple constructors work.
#define IL_RAW_TYPE(n) t.n = heap.make<Type>(nullptr);
  IL_RAW_TYPE(object) IL_RAW_TYPE(type) IL_RAW_TYPE(NoneType) IL_RAW_TYPE(NotImplementedType)
  IL_RAW_TYPE(ellipsis) IL_RAW_TYPE(bool_) IL_RAW_TYPE(int_) IL_RAW_TYPE(float_) IL_RAW_TYPE(complex)
  IL_RAW_TYPE(str) IL_RAW_TYPE(bytes) IL_RAW_TYPE(bytearray) IL_RAW_TYPE(tuple) IL_RAW_TYPE(list)
  IL_RAW_TYPE(dict) IL_RAW_TYPE(set) IL_RAW_TYPE(frozenset) IL_RAW_TYPE(range) IL_RAW_TYPE(slice)
  IL_RAW_TYPE(function) IL_RAW_TYPE(builtin_function) IL_RAW_TYPE(method) IL_RAW_TYPE(code) IL_RAW_TYPE(cell)
  IL_RAW_TYPE(module) IL_RAW_TYPE(property) IL_RAW_TYPE(classmethod) IL_RAW_TYPE(staticmethod)
  IL_RAW_TYPE(super_) IL_RAW_TYPE(traceback) IL_RAW_TYPE(generator) IL_RAW_TYPE(coroutine)
  IL_RAW_TYPE(async_generator) IL_RAW_TYPE(iterator) IL_RAW_TYPE(dict_keys) IL_RAW_TYPE(dict_values)
  IL_RAW_TYPE(dict_items) IL_RAW_TYPE(native)
#undef IL_RAW_TYPE
  for (Type** p : {&t.object, &t.type, &t.NoneType, &t.NotImplementedType, &t.ellipsis, &t.bool_, &t.int_,
                   &t.float_, &t.complex, &t.str, &t.bytes, &t.bytearray, &t.tuple, &t.list, &t.dict, &t.set,
                   &t.frozenset, &t.range, &t.slice, &t.function, &t.builtin_function, &t.method, &t.code,
                   &t.cell, &t.module, &t.property, &t.classmethod, &t.staticmethod, &t.super_, &t.traceback,
                   &t.generator, &t.coroutine, &t.async_generator, &t.iterator, &t.dict_keys, &t.dict_values,
                   &t.dict_items, &t.native})
    (*p)->type = t.type;

  // 2. Interned names.
#define IL_INIT_NAME(n) names->n = intern(py_name(#n));
  IL_NAMES(IL_INIT_NAME)
#undef IL_INIT_NAME

  // 3. Fill in the types.
  const uint32_t B = kTypeBaseType;
  setup_type(*this, t.object, "object", nullptr, Layout::Object, B);
  setup_type(*this, t.type, "type", t.object, Layout::Type, B);
  setup_type(*this, t.NoneType, "NoneType", t.object, Layout::None, 0);
  setup_type(*this, t.NotImplementedType, "NotImplementedType", t.object, Layout::None, 0);
  setup_type(*this, t.ellipsis, "ellipsis", t.object, Layout::None, 0);
  setup_type(*this, t.int_, "int", t.object, Layout::Int, B);
  setup_type(*this, t.bool_, "bool", t.int_, Layout::Bool, 0);
  setup_type(*this, t.float_, "float", t.object, Layout::Float, B);
  setup_type(*this, t.complex, "complex", t.object, Layout::Complex, B);
  setup_type(*this, t.str, "str", t.object, Layout::Str, B);
  setup_type(*this, t.bytes, "bytes", t.object, Layout::Bytes, B);
  setup_type(*this, t.bytearray, "bytearray", t.object, Layout::ByteArray, B);
  setup_type(*this, t.tuple, "tuple", t.object, Layout::Tuple, B);
  setup_type(*this, t.list, "list", t.object, Layout::List, B);
  setup_type(*this, t.dict, "dict", t.object, Layout::Dict, B);
  setup_type(*this, t.set, "set", t.object, Layout::Set, B);
  setup_type(*this, t.frozenset, "frozenset", t.object, Layout::FrozenSet, B);
  setup_type(*this, t.range, "range", t.object, Layout::Range, 0);
  setup_type(*this, t.slice, "slice", t.object, Layout::Slice, 0);
  setup_type(*this, t.function, "function", t.object, Layout::Func, 0);
  setup_type(*this, t.builtin_function, "builtin_function_or_method", t.object, Layout::NativeFunc, 0);
  setup_type(*this, t.method, "method", t.object, Layout::BoundMethod, 0);
  setup_type(*this, t.code, "code", t.object, Layout::Code, 0);
  setup_type(*this, t.cell, "cell", t.object, Layout::Cell, 0);
  setup_type(*this, t.module, "module", t.object, Layout::Module, B | kTypeInstanceDict);
  setup_type(*this, t.property, "property", t.object, Layout::Property, B);
  setup_type(*this, t.classmethod, "classmethod", t.object, Layout::ClassMethod, B);
  setup_type(*this, t.staticmethod, "staticmethod", t.object, Layout::StaticMethod, B);
  setup_type(*this, t.super_, "super", t.object, Layout::Super, B);
  setup_type(*this, t.traceback, "traceback", t.object, Layout::Traceback, 0);
  setup_type(*this, t.generator, "generator", t.object, Layout::Generator, 0);
  setup_type(*this, t.coroutine, "coroutine", t.object, Layout::Generator, 0);
  setup_type(*this, t.async_generator, "async_generator", t.object, Layout::Generator, 0);
  setup_type(*this, t.iterator, "iterator", t.object, Layout::Iterator, 0);
  setup_type(*this, t.dict_keys, "dict_keys", t.object, Layout::Iterator, 0);
  setup_type(*this, t.dict_values, "dict_values", t.object, Layout::Iterator, 0);
  setup_type(*this, t.dict_items, "dict_items", t.object, Layout::Iterator, 0);
  setup_type(*this, t.native, "native", t.object, Layout::Native, 0);
  // Views are not iterators themselves.
  t.dict_keys->layout = t.dict_values->layout = t.dict_items->layout = Layout::Native;
  t.property->layout = Layout::Property;
  t.function->flags |= kTypeInstanceDict;

  init_exceptions(*this);
  init_exception_group(*this);  // vm/exception_group.cpp (BaseExceptionGroup, ExceptionGroup)
  init_type_object(*this);
  init_int(*this);
  init_float(*this);
  init_str(*this);
  init_bytes(*this);
  init_tuple(*this);
  init_list(*this);
  init_dict(*this);
  init_set(*this);
  init_range_slice(*this);
  init_func(*this);
  init_generators(*this);
  if (!empty_tuple) empty_tuple = tuple(size_t(0));

  modules = dict();
  builtins = init_builtins_module(*this);
  init_vm_builtins(*this, builtins);
  dict_set_str(*this, modules, intern("builtins"), obj_value(builtins));
#ifdef IL_HAVE_MODULES
  sys = init_sys_module(*this);
  dict_set_str(*this, modules, intern("sys"), obj_value(sys));
#endif
  init_import(*this);

  main_task = new Task();
  main_task->id = 1;
  main_task->name = "MainThread";
  vm->tasks.push_back(main_task);
  current = main_task;
  SchedConfig sc;
  sc.deterministic = config.deterministic;
  sc.seed = config.seed;
  sc.mux = config.mux;
  sched = std::make_unique<Scheduler>(*this, sc);

  // The trampoline every new thread starts in (see _thread.start_new_thread).
  auto tr = lang::compile_source("def _call(f, a, k):\n    return f(*a, **k)\n", "<thread>", lang::CompileMode::Exec);
  if (tr.code) {
    Dict* g = dict();
    dict_set_str(*this, g, names->__builtins__, obj_value(builtins));
    dict_set_str(*this, g, names->__name__, new_str("_thread"));
    run_code(*this, code_from_unit(*this, tr.code), g, g);
    vm->thread_trampoline = dict_get_str(g, intern("_call")).as<Func>();
  }
}

Interp::~Interp() {
  // First: other interpreters' threads may be about to wake one of our tasks.
  proc::ProcessTable::get().forget(*this);
  for (Task* tk : vm->dead_tasks) delete tk;
  for (Task* tk : vm->tasks) {
    for (Frame* f = tk->top; f;) {
      Frame* b = f->back;
      if (!f->gen) Frame::destroy(f);
      f = b;
    }
    delete tk;
  }
}

// ============================================================================
// Garbage collection
// ============================================================================

void Interp::collect_now() {
  heap.collect([&](Tracer& tr) {
#define IL_TRACE_TYPE(n) tr.visit(t.n);
    IL_BUILTIN_TYPES(IL_TRACE_TYPE)
#undef IL_TRACE_TYPE
#define IL_TRACE_NAME(n) tr.visit(names->n);
    IL_NAMES(IL_TRACE_NAME)
#undef IL_TRACE_NAME
    for (Str* s : intern_table.slots)
      if (s) tr.visit(s);
    tr.visit(modules);
    tr.visit(builtins);
    tr.visit(sys);
    tr.visit(main);
    tr.visit(pending);
    tr.visit(empty_tuple);
    for (Value* v : extra_roots) tr.visit(*v);
    for (Task* tk : vm->tasks) tk->trace(tr);
    for (auto& e : vm->mcache) tr.visit(e.value);
    tr.visit(vm->thread_types);
    tr.visit(vm->thread_trampoline);
  });
  type_epoch++;  // method-cache keys may be reused addresses now
}

void Interp::maybe_collect() {
  if (eval_depth <= 1 && heap.wants_collect()) collect_now();
}

void Interp::request_signal(int sig) {
  pending_signals.fetch_or(signal_bit(sig));
  eval_breaker.store(1);
  // A main thread parked in sleep/join/acquire is woken by the scheduler,
  // which may be waiting for a timer right now.
  if (sched) sched->interrupt();
}

void Interp::request_hard_exit(int code) {
  hard_exit_code.store(code == 0 ? 1 : code);
  eval_breaker.store(1);
  if (sched) sched->interrupt();
}

bool Interp::waits_for_input() const {
  return input_task && input_task->state == TaskState::Parked && input_task->park_gen == input_gen;
}

bool Interp::provide_input(const std::string* line) {
  if (!waits_for_input()) return false;
  Task* task = input_task;
  input_task = nullptr;
  if (!line) {
    sched->wake(task, Value(), new_exception(t.EOFError, "EOF when reading a line"));
    return true;
  }
  std::string_view v = *line;
  if (!v.empty() && v.back() == '\n') v.remove_suffix(1);
  sched->wake(task, new_str(v));
  return true;
}

void Interp::write_out(int fd, std::string_view s) {
  if (config.out) config.out->write(fd, s, config.pid, current ? current->id : 0);
}

Value current_handled_exception(Interp& I) {
  if (!I.current) return Value();
  return I.current->handled_exc;
}

// ============================================================================
// Code objects and running
// ============================================================================

static Value materialise(Interp& I, const lang::Const& c);

Code* code_from_unit(Interp& I, std::shared_ptr<lang::CodeUnit> unit) {
  struct Depth {  // the outermost call forgets the shared frozenset constants
    Interp& I;
    explicit Depth(Interp& i) : I(i) { I.vm->materialise_depth++; }
    ~Depth() {
      if (--I.vm->materialise_depth == 0) I.vm->frozenset_consts.clear();
    }
  } depth(I);
  Code* co = I.make<Code>(I.t.code);
  co->unit = unit;
  co->words = unit->code.data();
  co->nwords = uint32_t(unit->code.size());
  for (auto& c : unit->consts) co->consts.push_back(materialise(I, c));
  for (auto& n : unit->names) co->names.push_back(I.intern(n));
  for (auto& n : unit->varnames) co->varnames.push_back(I.intern(n));
  for (auto& n : unit->cellvars) co->cellvars.push_back(I.intern(n));
  for (auto& n : unit->freevars) co->freevars.push_back(I.intern(n));
  co->cell2arg = unit->cell2arg;
  co->cell2arg.resize(unit->cellvars.size(), -1);
  co->caches.resize(size_t(unit->ncaches));
  co->name = I.intern(unit->name);
  co->qualname = I.intern(unit->qualname);
  co->filename = I.intern(unit->filename);
  co->flags = unit->flags;
  co->argcount = unit->argcount;
  co->posonlyargcount = unit->posonlyargcount;
  co->kwonlyargcount = unit->kwonlyargcount;
  co->nlocals = int(unit->varnames.size());
  co->ncells = int(unit->cellvars.size());
  co->nfree = int(unit->freevars.size());
  co->stacksize = unit->stacksize + 8;  // slack for the VM's own pushes (WITH_EXCEPT_START, handlers)
  co->maxblocks = unit->maxblocks + 2;
  co->firstlineno = unit->firstlineno;
  co->total_args = co->argcount + co->kwonlyargcount + ((co->flags & lang::kCoVarArgs) ? 1 : 0) +
                   ((co->flags & lang::kCoVarKeywords) ? 1 : 0);
  return co;
}

static Value materialise(Interp& I, const lang::Const& c) {
  using K = lang::Const::Kind;
  switch (c.kind) {
    case K::None: return Value::None();
    case K::True: return Value::True();
    case K::False: return Value::False();
    case K::Ellipsis: return Value::Ellipsis();
    case K::Int: {
      BigInt b;
      BigInt::parse(c.text, 10, b);
      return I.new_int(std::move(b));
    }
    case K::Float: return I.new_float(c.number);
    case K::Complex: {
      Value cx = call2(I, obj_value(I.t.complex), I.new_float(0.0), I.new_float(c.number));
      return cx;
    }
    case K::Str: {
      bool ident = !c.text.empty() && c.text.size() < 64;
      for (char ch : c.text)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) ident = false;
      return ident ? sval(I.intern(c.text)) : I.new_str(c.text);
    }
    case K::Bytes: return I.new_bytes(c.text);
    case K::Tuple: {
      std::vector<Value> items;
      for (auto& x : c.items) items.push_back(materialise(I, x));
      return obj_value(I.tuple(items.data(), items.size()));
    }
    case K::FrozenSet: {
      SetObj* s = I.set(true);
      for (auto& x : c.items) set_add(I, s, materialise(I, x));
      // CPython's compiler (merge_consts_recursive) rebuilds every constant
      // frozenset from the first one's iteration order; the table layout, and
      // so the order `{100, 3, 67}` prints in, depends on it.
      // Equal constants of one module share the first (its cache compares
      // items by value and type: {1} and {1.0} stay apart).
      auto same_items = [&](SetObj* other) {
        if (other->used != s->used) return false;
        for (auto& e : s->table) {
          if (e.key.empty()) continue;
          bool found = false;
          for (auto& o : other->table)
            if (!o.key.empty() && type_of(I, o.key) == type_of(I, e.key) && eq(I, o.key, e.key)) found = true;
          if (!found) return false;
        }
        return true;
      };
      for (Value prev : I.vm->frozenset_consts)
        if (same_items(prev.as<SetObj>())) return prev;
      SetObj* rebuilt = I.set(true);
      for (auto& e : s->table)
        if (!e.key.empty()) set_add(I, rebuilt, e.key);
      I.vm->frozenset_consts.push_back(obj_value(rebuilt));
      return obj_value(rebuilt);
    }
    case K::Code: return obj_value(code_from_unit(I, c.code));
  }
  return Value::None();
}

Value run_code(Interp& I, Code* code, Dict* globals, Dict* locals) {
  Frame* f = Frame::create(code);
  f->globals = globals;
  f->locals = locals;
  Value b = dict_get_str(globals, I.names->__builtins__);
  if (!b.empty() && b.is_obj() && b.obj()->type == I.t.module)
    f->builtins = b.as<Module>()->dict;
  else if (!b.empty() && isinstance(I, b, I.t.dict))
    f->builtins = b.as<Dict>();
  else
    f->builtins = I.builtins->dict;
  return eval_frame(I, f);
}

// Converts the compiler's syntax error into a SyntaxError instance.
Value syntax_error_value(Interp& I, const lang::SyntaxErrorInfo& e, std::string_view filename) {
  Type* t = e.type == "IndentationError" ? I.t.IndentationError : e.type == "TabError" ? I.t.TabError
                                                                                       : I.t.SyntaxError;
  Value details = obj_value(I.tuple({I.new_str(filename), Value::small(e.line), Value::small(e.offset),
                                     I.new_str(e.text + "\n"), Value::small(e.line),
                                     Value::small(e.end_offset)}));
  Value args[2] = {I.new_str(e.msg), details};
  return call(I, obj_value(t), args, 2);
}

int Interp::run_main(std::string_view source, std::string_view filename) {
  if (!begin_main(source, filename)) return exit_code;
  if (config.mux) return config.mux->run(*this);
  bool ran = false;
  step_main(true, ran);
  return exit_code;
}

bool Interp::begin_main(std::string_view source, std::string_view filename) {
  vm->sources[std::string(filename)] = std::string(source);
  main = new_module("__main__");
  dict_set_str(*this, modules, names->__main__, obj_value(main));
  dict_set_str(*this, main->dict, names->__file__, new_str(filename));
  dict_set_str(*this, main->dict, names->__builtins__, obj_value(builtins));
  exit_code = 0;
  main_phase_ = MainPhase::Done;
  try {
    auto res = lang::compile_source(source, filename, lang::CompileMode::Exec);
    if (!res.code) {
      pending = Value();
      Value e = syntax_error_value(*this, *res.error, filename);
      print_exception(*this, e);
      config.out->flush();
      exit_code = 1;
      return false;
    }
    Code* co = code_from_unit(*this, res.code);
    Frame* f = Frame::create(co);
    f->globals = main->dict;
    f->locals = main->dict;
    sched->start_main_frame(f);
    main_phase_ = MainPhase::Program;
    return true;
  } catch (PyRaise&) {
    exit_code = handle_uncaught(take_pending());
  } catch (HardExit& h) {
    exit_code = h.code;
  }
  config.out->flush();
  return false;
}

// The main task runs the program, then (as CPython's finalisation) waits for
// non-daemon threads and child processes in threading._shutdown, then runs
// the atexit callbacks (atexit._run_exitfuncs).
StepResult Interp::step_main(bool block, bool& ran) {
  // The Python function a finalisation phase runs, if its module was imported.
  auto phase_function = [this](const char* module, const char* name) -> Func* {
    Value m = dict_get_str(modules, intern(module));
    if (m.empty()) return nullptr;
    Value fn = getattr_opt(*this, m, intern(name));
    return !fn.empty() && fn.is_obj() && fn.obj()->type == t.function ? fn.as<Func>() : nullptr;
  };
  try {
    while (main_phase_ != MainPhase::Done) {
      if (block) {
        sched->run_main_task();
      } else {
        StepResult r = sched->step([this] { return sched->main_done(); }, ran);
        if (r != StepResult::Finished) return r;
      }
      if (!main_task->exc.empty()) {
        int c = handle_uncaught(main_task->exc);
        if (exit_code == 0) exit_code = c;
      }
      main_task->exc = Value();
      Func* next = nullptr;
      if (main_phase_ == MainPhase::Program) {
        main_phase_ = MainPhase::Shutdown;
        next = phase_function("threading", "_shutdown");
      }
      if (!next && main_phase_ == MainPhase::Shutdown) {
        main_phase_ = MainPhase::AtExit;
        next = phase_function("atexit", "_run_exitfuncs");
      }
      if (!next) break;
      sched->start_main_frame(make_call_frame(*this, next, nullptr, 0, nullptr));
    }
  } catch (PyRaise&) {
    Value e = take_pending();
    exit_code = handle_uncaught(e);
  } catch (HardExit& h) {
    exit_code = h.code;
  }
  main_phase_ = MainPhase::Done;
  config.out->flush();
  return StepResult::Finished;
}

// SystemExit → its code; anything else → traceback on stderr, exit 1 (130 for Ctrl-C).
int Interp::handle_uncaught(Value e) {
  try {
    if (isinstance(*this, e, t.SystemExit)) {
      Value c = e.as<ExceptionObj>()->value;
      if (c.empty() || c.is_none()) return 0;
      if (c.is_small()) return int(c.small_value() & 0xff);
      if (c.is_bool()) return c.is_true() ? 1 : 0;
      std::string s(str_of(*this, c)->view());
      write_out(2, s + "\n");
      return 1;
    }
    Value hook = sys ? dict_get_str(sys->dict, names->excepthook) : Value();
    Value default_hook = sys ? dict_get_str(sys->dict, intern("__excepthook__")) : Value();
    if (!hook.empty() && hook != default_hook) {
      Value tb = e.as<ExceptionObj>()->traceback ? obj_value(e.as<ExceptionObj>()->traceback) : Value::None();
      Value args[3] = {obj_value(type_of(*this, e)), e, tb};
      call(*this, hook, args, 3);
    } else {
      print_exception(*this, e);
    }
  } catch (PyRaise&) {
    Value e2 = take_pending();
    print_exception(*this, e2);
  }
  // An uncaught KeyboardInterrupt ends CPython by SIGINT: a shell shows 130,
  // a parent's Process.exitcode -2 (-SIGINT).
  if (isinstance(*this, e, t.KeyboardInterrupt)) return config.child_process ? -2 : 130;
  return 1;
}

}  // namespace il
