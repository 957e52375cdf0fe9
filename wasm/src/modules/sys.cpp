// sys.cpp — the `sys` module, the per-interpreter state of the system
// modules (SysState), and struct sequences (the named tuples of
// sys.version_info, time.struct_time, os.stat_result ...).
#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstring>

#include "modules/modules.h"
#include "modules/vfs.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// State
// ============================================================================

void SysState::trace(Tracer& t) {
  for (Type* ty : {text_io, buffered_reader, buffered_writer, buffered_random, string_io, bytes_io, unsupported_op,
                   struct_time, stat_result, terminal_size, times_result, uname_result, asyncgen_hooks})
    t.visit(ty);
  t.visit(environ);
}

SysState& sys_state(Interp& I) {
  for (Value* v : I.extra_roots) {
    if (!v->is_obj() || v->obj()->type->layout != Layout::Native) continue;
    if (auto* s = dynamic_cast<SysState*>(v->as<NativeObj>()->payload.get())) return *s;
  }
  I.raise(I.t.SystemError, "sys state missing");
}

// ============================================================================
// Struct sequences
// ============================================================================

// Why 24: the widest struct sequence (sys.flags) has 18 visible fields.
static constexpr int kMaxStructSeqFields = 24;

template <int N>
static Value seq_field(Interp& I, CallArgs& a) {
  Value self = a[0];
  if (!self.is_obj() || !isinstance(I, self, I.t.tuple) || self.as<Tuple>()->size <= uint32_t(N))
    I.raise(I.t.TypeError, "descriptor requires a struct sequence");
  return self.as<Tuple>()->items[N];
}

template <int... N>
static constexpr NativeFn seq_getters_impl(int i, std::integer_sequence<int, N...>) {
  constexpr NativeFn table[] = {seq_field<N>...};
  return table[i];
}
static NativeFn seq_getter(int i) {
  return seq_getters_impl(i, std::make_integer_sequence<int, kMaxStructSeqFields>());
}

static std::string type_full_name(Interp& I, Type* t) {
  Value m = dict_get_str(t->dict, I.names->__module__);
  std::string s = !m.empty() && is_str(I, m) ? std::string(str_view(m)) : "builtins";
  return s == "builtins" ? std::string(t->name->view()) : s + "." + std::string(t->name->view());
}

static Value seq_repr(Interp& I, CallArgs& a) {
  Value self = a[0];
  Type* t = type_of(I, self);
  Tuple* tu = self.as<Tuple>();
  Value fields = type_lookup(I, t, "__match_args__");
  std::string out = type_full_name(I, t) + "(";
  for (uint32_t i = 0; i < tu->size; i++) {
    if (i) out += ", ";
    if (!fields.empty() && i < fields.as<Tuple>()->size) out += std::string(str_view(fields.as<Tuple>()->items[i])) + "=";
    out += repr_string(I, tu->items[i]);
  }
  return I.new_str(out + ")");
}

// struct_time(sequence, dict=None)
static Value seq_new(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"sequence", Value()}, {"dict", Value::None()}};
  Value v[2];
  parse_args(I, a, "structseq", specs, v, 1);
  Type* t = a[0].as<Type>();
  Tuple* all = t->dict ? dict_get_str(t->dict, I.intern("__il_fields__")).as<Tuple>() : nullptr;
  Value nvis = type_lookup(I, t, "n_sequence_fields");
  if (!all || nvis.empty()) I.raise(I.t.TypeError, "cannot create '%s' instances", t->name->data);
  int nvisible = int(nvis.small_value());
  int nfields = int(all->size);
  Tuple* src = tuple_from_iterable(I, v[0]);
  int n = int(src->size);
  std::string full = type_full_name(I, t);
  if (n < nvisible) {
    if (nvisible == nfields)
      I.raise(I.t.TypeError, "%s() takes a %d-sequence (%d-sequence given)", full.c_str(), nvisible, n);
    I.raise(I.t.TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", full.c_str(), nvisible, n);
  }
  if (n > nfields) {
    if (nvisible == nfields)
      I.raise(I.t.TypeError, "%s() takes a %d-sequence (%d-sequence given)", full.c_str(), nvisible, n);
    I.raise(I.t.TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", full.c_str(), nfields, n);
  }
  std::vector<Value> vals(src->items, src->items + n);
  vals.resize(size_t(nfields), Value::None());
  if (v[1].is_obj() && isinstance(I, v[1], I.t.dict)) {
    for (int i = n; i < nfields; i++) {
      Value x = dict_get(I, v[1].as<Dict>(), all->items[i]);
      if (!x.empty()) vals[size_t(i)] = x;
    }
  }
  return new_struct_seq(I, t, vals.data(), nfields);
}

static Value seq_reduce(Interp& I, CallArgs& a) {
  Value self = a[0];
  Type* t = type_of(I, self);
  Tuple* tu = self.as<Tuple>();
  Dict* extra = I.dict();
  if (self.obj()->attrs)
    for (auto& e : self.obj()->attrs->entries)
      if (!e.key.empty()) dict_set(I, extra, e.key, e.value);
  Value args = obj_value(I.tuple({obj_value(I.tuple(tu->items, tu->size)), obj_value(extra)}));
  return obj_value(I.tuple({obj_value(t), args}));
}

static const MethodDef kStructSeqMethods[] = {
    {"__new__", seq_new, kNativeStatic},
    {"__repr__", seq_repr},
    {"__reduce__", seq_reduce},
};

Type* new_struct_seq_type(Interp& I, const char* module, const char* name, const char* const* fields, int nfields,
                          int nvisible) {
  Type* t = new_builtin_type(I, name, I.t.tuple, Layout::Tuple, 0);
  dict_set_str(I, t->dict, I.names->__module__, I.new_str(module));
  add_methods(I, t, kStructSeqMethods);
  std::vector<GetSetDef> gs;
  for (int i = 0; i < nvisible && i < kMaxStructSeqFields; i++) {
    // A name repeated among the hidden fields (os.stat_result's st_mtime: int
    // in the tuple, float as the attribute) is served from the instance.
    bool hidden_twin = false;
    for (int j = nvisible; j < nfields; j++) hidden_twin |= std::strcmp(fields[i], fields[j]) == 0;
    if (!hidden_twin) gs.push_back({fields[i], seq_getter(i)});
  }
  add_getsets(I, t, gs);
  std::vector<Value> names;
  for (int i = 0; i < nfields; i++) names.push_back(sval(I.intern(fields[i])));
  type_set(I, t, "__match_args__", obj_value(I.tuple(names.data(), size_t(nvisible))));
  type_set(I, t, "__il_fields__", obj_value(I.tuple(names.data(), names.size())));
  type_set(I, t, "n_sequence_fields", Value::small(nvisible));
  type_set(I, t, "n_fields", Value::small(nfields));
  type_set(I, t, "n_unnamed_fields", Value::small(0));
  return t;
}

Value new_struct_seq(Interp& I, Type* t, const Value* values, int n) {
  int nvisible = int(type_lookup(I, t, "n_sequence_fields").small_value());
  Value tuple_new = type_lookup(I, I.t.tuple, "__new__");
  Value r = call2(I, tuple_new, obj_value(t), obj_value(I.tuple(values, size_t(std::min(n, nvisible)))));
  if (n > nvisible) {
    Tuple* all = dict_get_str(t->dict, I.intern("__il_fields__")).as<Tuple>();
    Dict* d = I.dict();
    for (int i = nvisible; i < n && i < int(all->size); i++) dict_set(I, d, all->items[i], values[i]);
    r.obj()->attrs = d;
  }
  return r;
}

// ============================================================================
// sys functions
// ============================================================================

static Value sys_exit(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "exit");
  if (a.npos() > 1) I.raise(I.t.TypeError, "exit expected at most 1 argument, got %u", a.npos());
  Value exc = call(I, obj_value(I.t.SystemExit), a.argv, a.npos());
  I.raise_value(exc);
}

static Value sys_getrecursionlimit(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getrecursionlimit", 0, 0);
  return Value::small(I.recursion_limit);
}

static Value sys_setrecursionlimit(Interp& I, CallArgs& a) {
  check_nargs(I, a, "setrecursionlimit", 1, 1);
  if (is_float(I, a[0])) I.raise(I.t.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = to_int64(I, a[0]);
  if (n < 1) I.raise(I.t.ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) I.raise(I.t.OverflowError, "Python int too large to convert to C int");
  int depth = I.current ? I.current->depth : 0;
  if (n <= depth)
    I.raise(I.t.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
            int(n), depth);
  I.recursion_limit = int(n);
  return Value::None();
}

static Value sys_getswitchinterval(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getswitchinterval", 0, 0);
  return I.new_float(I.switch_interval);
}

static Value sys_setswitchinterval(Interp& I, CallArgs& a) {
  check_nargs(I, a, "setswitchinterval", 1, 1);
  double d = to_double(I, a[0]);
  if (!(d > 0)) I.raise(I.t.ValueError, "switch interval must be strictly positive");
  I.switch_interval = d;
  return Value::None();
}

static Value sys_exc_info(Interp& I, CallArgs& a) {
  check_nargs(I, a, "exc_info", 0, 0);
  Value e = current_handled_exception(I);
  if (e.empty() || e.is_none()) return obj_value(I.tuple({Value::None(), Value::None(), Value::None()}));
  Traceback* tb = e.is_obj() && isinstance(I, e, I.t.BaseException) ? e.as<ExceptionObj>()->traceback : nullptr;
  return obj_value(I.tuple({obj_value(type_of(I, e)), e, tb ? obj_value(tb) : Value::None()}));
}

static Value sys_exception(Interp& I, CallArgs& a) {
  check_nargs(I, a, "exception", 0, 0);
  Value e = current_handled_exception(I);
  return e.empty() ? Value::None() : e;
}

static Value sys_intern(Interp& I, CallArgs& a) {
  check_nargs(I, a, "intern", 1, 1);
  if (!is_exact_str(I, a[0])) I.raise(I.t.TypeError, "intern() argument must be str, not %s", type_name(I, a[0]));
  return sval(I.intern(str_view(a[0])));
}

// Sizes as CPython 3.11 on 64-bit reports them, for the common types.
static int64_t approx_sizeof(Interp& I, Value v) {
  if (v.is_none()) return 16;
  if (v.is_bool()) return 28;
  if (v.is_small() || (v.is_obj() && v.obj()->type->layout == Layout::Int)) {
    BigInt b = int_to_big(I, v);
    if (b.is_zero()) return 24;
    int64_t bits = int64_t(b.bit_length());
    return 24 + 4 * ((bits + 29) / 30);
  }
  if (!v.is_obj()) return 16;
  Object* o = v.obj();
  switch (o->type->layout) {
    case Layout::Float: return 24;
    case Layout::Complex: return 32;
    case Layout::Str: {
      Str* s = static_cast<Str*>(o);
      if (s->ascii) return 49 + s->length;
      uint32_t maxcp = 0;
      std::string_view sv = s->view();
      for (size_t p = 0; p < sv.size();) maxcp = std::max(maxcp, utf8_decode_at(sv, p));
      int64_t k = maxcp < 256 ? 1 : maxcp < 65536 ? 2 : 4;
      return (k == 1 ? 73 : k == 2 ? 74 : 76) + k * s->length;
    }
    case Layout::Bytes: return 33 + int64_t(static_cast<BytesObj*>(o)->data.size());
    case Layout::ByteArray: return 57 + int64_t(static_cast<ByteArrayObj*>(o)->data.size());
    case Layout::Tuple: return 40 + 8 * int64_t(static_cast<Tuple*>(o)->size);
    case Layout::List: {
      auto* l = static_cast<List*>(o);
      return 56 + 8 * int64_t(l->items.capacity());
    }
    case Layout::Dict: {
      auto* d = static_cast<Dict*>(o);
      if (d->used == 0) return 64;
      size_t n = 8;
      while (n * 2 / 3 < d->used) n *= 2;
      return int64_t(64 + n + n * 2 / 3 * 24);
    }
    case Layout::Set:
    case Layout::FrozenSet: {
      auto* s = static_cast<SetObj*>(o);
      size_t n = std::max<size_t>(8, s->table.size());
      return int64_t(200 + n * 16);
    }
    default: return int64_t(o->gc_size ? o->gc_size : 48);
  }
}

static Value sys_getsizeof(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"object", Value()}, {"default", Value::None()}};
  Value v[2];
  parse_args(I, a, "getsizeof", specs, v);
  Value custom = type_lookup(I, type_of(I, v[0]), "__sizeof__");
  if (v[0].is_obj() && (v[0].obj()->type->flags & kTypeHeap) && !custom.empty() &&
      type_of(I, custom) == I.t.function) {
    Value r = call_special(I, v[0], I.names->__sizeof__, nullptr, 0);
    return I.new_int(to_int64(I, r) + 16);
  }
  return I.new_int(approx_sizeof(I, v[0]));
}

static Value sys_getrefcount(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getrefcount", 1, 1);
  return Value::small(2);  // no reference counts here (mark-and-sweep): the usual answer
}

static Value sys_getdefaultencoding(Interp& I, CallArgs& a) { return I.new_str("utf-8"); }
static Value sys_getfilesystemencodeerrors(Interp& I, CallArgs& a) { return I.new_str("surrogateescape"); }

static Value sys_get_int_max_str_digits(Interp& I, CallArgs& a) {
  check_nargs(I, a, "get_int_max_str_digits", 0, 0);
  return I.new_int(sys_state(I).int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"maxdigits", Value()}};
  Value v[1];
  parse_args(I, a, "set_int_max_str_digits", specs, v);
  int64_t n = to_int64(I, v[0]);
  if (n != 0 && n < 640) I.raise(I.t.ValueError, "maxdigits must be 0 or larger than 640");
  sys_state(I).int_max_str_digits = n;
  return Value::None();
}

static Value sys_excepthook(Interp& I, CallArgs& a) {
  check_nargs(I, a, "excepthook", 3, 3);
  print_exception(I, a[1]);
  return Value::None();
}

static Value sys_displayhook(Interp& I, CallArgs& a) {
  check_nargs(I, a, "displayhook", 1, 1);
  if (a[0].is_none()) return Value::None();
  dict_set_str(I, I.builtins->dict, I.intern("_"), Value::None());
  Str* r = repr(I, a[0]);
  Value out = dict_get_str(I.sys->dict, I.names->stdout);
  Value s = I.new_str(std::string(r->view()) + "\n");
  call_method(I, out, I.names->write, &s, 1);
  dict_set_str(I, I.builtins->dict, I.intern("_"), a[0]);
  return Value::None();
}

static Value sys_settrace(Interp& I, CallArgs& a) {
  check_nargs(I, a, "settrace", 1, 1);
  return Value::None();  // no tracing hooks: accepted and ignored
}
static Value sys_gettrace(Interp& I, CallArgs& a) { return Value::None(); }
static Value sys_audit(Interp& I, CallArgs& a) { return Value::None(); }
static Value sys_is_finalizing(Interp& I, CallArgs& a) { return Value::False(); }

// sys.set_asyncgen_hooks / get_asyncgen_hooks: per thread, as CPython's
// thread state (the hooks live on the thread's Task; generators.cpp calls
// firstiter at an async generator's first step).
static Task* hooks_thread(Interp& I) {
  if (!I.current || !I.sched) I.raise(I.t.RuntimeError, "no current thread");
  return I.sched->thread_of(I.current);
}
static Value sys_get_asyncgen_hooks(Interp& I, CallArgs& a) {
  check_nargs(I, a, "get_asyncgen_hooks", 0, 0);
  Task* t = hooks_thread(I);
  Value v[2] = {t->asyncgen_firstiter.empty() ? Value::None() : t->asyncgen_firstiter,
                t->asyncgen_finalizer.empty() ? Value::None() : t->asyncgen_finalizer};
  return new_struct_seq(I, sys_state(I).asyncgen_hooks, v, 2);
}
static Value sys_set_asyncgen_hooks(Interp& I, CallArgs& a) {
  // NotImplemented stands for "not given": that hook is left as it is.
  static const ArgSpec specs[] = {{"firstiter", Value::NotImplemented()}, {"finalizer", Value::NotImplemented()}};
  Value out[2];
  parse_args(I, a, "set_asyncgen_hooks", specs, out);
  for (int i : {1, 0}) {  // CPython checks the finalizer first
    Value v = out[i];
    if (!v.is_not_implemented() && !v.is_none() && !is_callable(I, v))
      I.raise(I.t.TypeError, "callable %s expected, got %s", i ? "finalizer" : "firstiter", type_name(I, v));
  }
  Task* t = hooks_thread(I);
  if (!out[0].is_not_implemented()) t->asyncgen_firstiter = out[0].is_none() ? Value() : out[0];
  if (!out[1].is_not_implemented()) t->asyncgen_finalizer = out[1].is_none() ? Value() : out[1];
  return Value::None();
}
static Value sys_getallocatedblocks(Interp& I, CallArgs& a) { return Value::small(0); }

// SimpleNamespace-like repr for sys.implementation.
static Value ns_repr(Interp& I, CallArgs& a) {
  std::string out = "namespace(";
  bool first = true;
  if (Dict* d = a[0].obj()->attrs) {
    for (auto& e : d->entries) {
      if (e.key.empty()) continue;
      if (!first) out += ", ";
      first = false;
      out += std::string(str_view(e.key)) + "=" + repr_string(I, e.value);
    }
  }
  return I.new_str(out + ")");
}

static const MethodDef kSysFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"_getframe", sys_getframe},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getswitchinterval", sys_getswitchinterval},
    {"setswitchinterval", sys_setswitchinterval},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"intern", sys_intern},
    {"getsizeof", sys_getsizeof},
    {"getrefcount", sys_getrefcount},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"excepthook", sys_excepthook},
    {"displayhook", sys_displayhook},
    {"settrace", sys_settrace},
    {"setprofile", sys_settrace},
    {"gettrace", sys_gettrace},
    {"getprofile", sys_gettrace},
    {"audit", sys_audit},
    {"addaudithook", sys_settrace},
    {"is_finalizing", sys_is_finalizing},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
    {"getallocatedblocks", sys_getallocatedblocks},
    {nullptr, nullptr},
};

// ============================================================================
// Module
// ============================================================================

static Value strs_list(Interp& I, const std::vector<std::string>& v) {
  List* l = I.list(v.size());
  for (auto& s : v) l->items.push_back(I.new_str(s));
  return obj_value(l);
}

static SysState& create_state(Interp& I) {
  Type* st_type = new_builtin_type(I, "_interleave_sys_state", I.t.object, Layout::Native, 0);
  NativeObj* o = I.make<NativeObj>(st_type);
  auto p = std::make_unique<SysState>();
  SysState& st = *p;
  o->payload = std::move(p);
  st.self = obj_value(o);
  I.extra_roots.push_back(&st.self);
  st.vfs = I.config.vfs ? I.config.vfs : &posix_vfs();
  st.cwd = normalize_abs_path(st.vfs->initial_cwd());
  return st;
}

static void add_struct_seq_constant(Interp& I, Module* m, const char* name, const char* const* fields, int n,
                                    const Value* values) {
  Type* t = new_struct_seq_type(I, "sys", name, fields, n, n);
  set_attr_str(I, m, name, new_struct_seq(I, t, values, n));
}

Module* init_sys_module(Interp& I) {
  SysState& st = create_state(I);
  static const char* const kHookFields[] = {"firstiter", "finalizer"};
  st.asyncgen_hooks = new_struct_seq_type(I, "builtins", "asyncgen_hooks", kHookFields, 2, 2);  // as CPython names it
  Module* m = I.new_module("sys");
  I.sys = m;
  add_functions(I, m, kSysFunctions);
  set_attr_str(I, m, "__excepthook__", dict_get_str(m->dict, I.names->excepthook));
  set_attr_str(I, m, "__displayhook__", dict_get_str(m->dict, I.intern("displayhook")));

  set_attr_str(I, m, "argv", strs_list(I, I.config.argv));
  std::vector<std::string> orig = {"python3"};
  orig.insert(orig.end(), I.config.argv.begin(), I.config.argv.end());
  set_attr_str(I, m, "orig_argv", strs_list(I, orig));
  set_attr_str(I, m, "path", obj_value(I.list()));
  set_attr_str(I, m, "modules", obj_value(I.modules));
  set_attr_str(I, m, "meta_path", obj_value(I.list()));
  set_attr_str(I, m, "path_hooks", obj_value(I.list()));
  set_attr_str(I, m, "path_importer_cache", obj_value(I.dict()));
  set_attr_str(I, m, "warnoptions", obj_value(I.list()));
  set_attr_str(I, m, "_xoptions", obj_value(I.dict()));
  set_attr_str(I, m, "version", I.new_str("3.11.0 (Interleave) [C++20]"));
  set_attr_str(I, m, "hexversion", I.new_int(0x030b00f0));
  set_attr_str(I, m, "api_version", Value::small(1013));
  set_attr_str(I, m, "copyright", I.new_str("Interleave: a Python 3.11 interpreter for the browser."));
  set_attr_str(I, m, "platform", I.new_str(I.config.platform));
  uint16_t probe = 1;
  bool little = *reinterpret_cast<uint8_t*>(&probe) == 1;
  set_attr_str(I, m, "byteorder", I.new_str(little ? "little" : "big"));
  set_attr_str(I, m, "maxsize", I.new_int(int64_t(INT64_MAX)));
  set_attr_str(I, m, "maxunicode", Value::small(0x10FFFF));
  std::string exe = "/usr/bin/interleave";
  if (!I.config.vfs) {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) exe.assign(buf, size_t(n));
  }
  set_attr_str(I, m, "executable", I.new_str(exe));
  set_attr_str(I, m, "_base_executable", I.new_str(exe));
  for (const char* k : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) set_attr_str(I, m, k, I.new_str("/usr"));
  set_attr_str(I, m, "platlibdir", I.new_str("lib"));
  set_attr_str(I, m, "pycache_prefix", Value::None());
  set_attr_str(I, m, "abiflags", I.new_str(""));
  set_attr_str(I, m, "float_repr_style", I.new_str("short"));
  set_attr_str(I, m, "dont_write_bytecode", Value::True());  // nothing is ever written
  set_attr_str(I, m, "stdlib_module_names", obj_value(I.set(true)));

  // version_info, implementation
  static const char* const kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
  Type* vi_t = new_struct_seq_type(I, "sys", "version_info", kVersionFields, 5, 5);
  Value vi_vals[] = {Value::small(3), Value::small(11), Value::small(0), I.new_str("final"), Value::small(0)};
  Value vi = new_struct_seq(I, vi_t, vi_vals, 5);
  set_attr_str(I, m, "version_info", vi);
  Type* ns_t = new_builtin_type(I, "SimpleNamespace", I.t.object, Layout::Object, kTypeInstanceDict);
  dict_set_str(I, ns_t->dict, I.names->__module__, I.new_str("types"));
  static const MethodDef kNsMethods[] = {{"__repr__", ns_repr}};
  add_methods(I, ns_t, kNsMethods);
  Object* impl = I.make<Object>(ns_t);
  impl->attrs = I.dict();
  dict_set_str(I, impl->attrs, I.names->name, I.new_str("interleave"));
  dict_set_str(I, impl->attrs, I.intern("cache_tag"), Value::None());
  dict_set_str(I, impl->attrs, I.intern("version"), vi);
  dict_set_str(I, impl->attrs, I.intern("hexversion"), I.new_int(0x030b00f0));
  dict_set_str(I, impl->attrs, I.intern("_multiarch"), I.new_str("wasm32-interleave"));
  set_attr_str(I, m, "implementation", obj_value(impl));

  // flags
  static const char* const kFlagFields[] = {
      "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
      "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
      "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
  Value fv[18];
  for (auto& x : fv) x = Value::small(0);
  fv[4] = Value::small(1);
  fv[11] = Value::small(1);
  fv[13] = Value::False();
  fv[16] = Value::False();
  fv[17] = Value::small(-1);
  add_struct_seq_constant(I, m, "flags", kFlagFields, 18, fv);

  static const char* const kFloatFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                             "dig", "mant_dig", "epsilon", "radix", "rounds"};
  Value flv[] = {I.new_float(DBL_MAX), Value::small(DBL_MAX_EXP), Value::small(DBL_MAX_10_EXP),
                 I.new_float(DBL_MIN), Value::small(DBL_MIN_EXP), Value::small(DBL_MIN_10_EXP),
                 Value::small(DBL_DIG), Value::small(DBL_MANT_DIG), I.new_float(DBL_EPSILON),
                 Value::small(FLT_RADIX), Value::small(1)};
  add_struct_seq_constant(I, m, "float_info", kFloatFields, 11, flv);

  static const char* const kIntFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                           "str_digits_check_threshold"};
  Value iv[] = {Value::small(30), Value::small(4), Value::small(4300), Value::small(640)};
  add_struct_seq_constant(I, m, "int_info", kIntFields, 4, iv);

  static const char* const kHashFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                            "hash_bits", "seed_bits", "cutoff"};
  Value hv[] = {Value::small(64), I.new_int(int64_t((uint64_t(1) << 61) - 1)), Value::small(314159), Value::small(0),
                Value::small(1000003), I.new_str("siphash13"), Value::small(64), Value::small(128), Value::small(0)};
  add_struct_seq_constant(I, m, "hash_info", kHashFields, 9, hv);

  static const char* const kBuiltinNames[] = {"_io", "_thread", "builtins", "errno", "math", "posix", "sys", "time"};
  std::vector<Value> bn;
  for (const char* n : kBuiltinNames) bn.push_back(I.new_str(n));
  set_attr_str(I, m, "builtin_module_names", obj_value(I.tuple(bn.data(), bn.size())));

  // Standard streams and open().
  init_io_types(I, st);
  for (int fd = 0; fd < 3; fd++) {
    Value s = new_std_stream(I, fd);
    static const char* const kNames[] = {"stdin", "stdout", "stderr"};
    static const char* const kDunders[] = {"__stdin__", "__stdout__", "__stderr__"};
    set_attr_str(I, m, kNames[fd], s);
    set_attr_str(I, m, kDunders[fd], s);
  }
  if (I.builtins) set_attr_str(I, I.builtins, "open", obj_value(new_native(I, "open", io_open)));
  return m;
}

}  // namespace il
