// pickle.cpp — the `_pickle` module: Pickler and Unpickler (native types
// that Python classes may subclass to add persistent_id, reducer_override,
// dispatch_table, find_class or persistent_load), dumps/dump/loads/load and
// the pickle exceptions. wasm/lib/pickle.py re-exports them with the
// opcode constants, as CPython's pickle.py does with its accelerator.
#include <cstdarg>
#include <cstdio>

#include "modules/pickle.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

namespace pk {

void PickleState::trace(Tracer& t) {
  for (Type* ty : {PickleError, PicklingError, UnpicklingError, pickler_type, unpickler_type})
    t.visit(reinterpret_cast<const Object*>(ty));
  for (Value v : {dispatch_table, extension_registry, inverted_registry, extension_cache, name_3to2, import_3to2,
                  name_2to3, import_2to3, codecs_encode, builtin_getattr, partial, unpickler_find_class, ascii,
                  strict})
    t.visit(v);
}

PickleState& pickle_state(Interp& I) {
  for (Value* v : I.extra_roots) {
    if (!v->is_obj() || v->obj()->type->layout != Layout::Native) continue;
    if (auto* s = dynamic_cast<PickleState*>(v->as<NativeObj>()->payload.get())) return *s;
  }
  I.raise(I.t.SystemError, "_pickle state missing");
}

static void vraise(Interp& I, Type* type, const char* fmt, va_list ap) {
  char buf[1024];
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  I.raise(type, "%s", buf);
}

void raise_pickling(Interp& I, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise(I, pickle_state(I).PicklingError, fmt, ap);
  va_end(ap);
  __builtin_unreachable();
}

void raise_unpickling(Interp& I, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise(I, pickle_state(I).UnpicklingError, fmt, ap);
  va_end(ap);
  __builtin_unreachable();
}

Value import_module_named(Interp& I, Value name) {
  if (!is_str(I, name)) I.raise(I.t.TypeError, "module name must be str, not %s", type_name(I, name));
  Value leaf = I.import_module(as_str(name), Value::None(), obj_value(I.tuple({I.new_str("__doc__")})), 0);
  Value m = dict_get(I, I.modules, name);
  return m.empty() ? leaf : m;
}

static Value dict_attr(Interp& I, Value module, const char* mod, const char* name) {
  Value v = getattr(I, module, I.intern(name));
  if (!isinstance(I, v, I.t.dict))
    I.raise(I.t.RuntimeError, "%s.%s should be a dict, not %s", mod, name, type_name(I, v));
  return v;
}

void load_copyreg(Interp& I, PickleState& st) {
  Value m = import_module_named(I, I.new_str("copyreg"));
  st.dispatch_table = dict_attr(I, m, "copyreg", "dispatch_table");
  st.extension_registry = dict_attr(I, m, "copyreg", "_extension_registry");
  st.inverted_registry = dict_attr(I, m, "copyreg", "_inverted_registry");
  st.extension_cache = dict_attr(I, m, "copyreg", "_extension_cache");
}

void load_compat(Interp& I, PickleState& st) {
  Value m = import_module_named(I, I.new_str("_compat_pickle"));
  st.name_3to2 = dict_attr(I, m, "_compat_pickle", "REVERSE_NAME_MAPPING");
  st.import_3to2 = dict_attr(I, m, "_compat_pickle", "REVERSE_IMPORT_MAPPING");
  st.name_2to3 = dict_attr(I, m, "_compat_pickle", "NAME_MAPPING");
  st.import_2to3 = dict_attr(I, m, "_compat_pickle", "IMPORT_MAPPING");
}

}  // namespace pk

namespace {

using namespace pk;

// A protocol argument: None -> 4, negative -> 5 (the highest), above 5 refused.
int protocol_arg(Interp& I, Value v) {
  if (v.empty() || v.is_none()) return kDefaultProtocol;
  int64_t p = to_int64(I, v);
  if (p < 0) return kHighestProtocol;
  if (p > kHighestProtocol) I.raise(I.t.ValueError, "pickle protocol must be <= %d", kHighestProtocol);
  return int(p);
}

Value buffer_callback_arg(Interp& I, Value v, int proto) {
  if (v.empty() || v.is_none()) return Value();
  if (proto < 5) I.raise(I.t.ValueError, "buffer_callback needs protocol >= 5");
  return v;
}

std::string_view bytes_view(Interp& I, Value data) {
  if (isinstance(I, data, I.t.bytes)) return data.as<BytesObj>()->data;
  if (isinstance(I, data, I.t.bytearray)) return data.as<ByteArrayObj>()->data;
  I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, data));
}

Value encoding_arg(Interp& I, Value v, const char* fname) {
  if (!is_str(I, v)) I.raise(I.t.TypeError, "%s() argument must be str, not %s", fname, type_name(I, v));
  return v;
}

Value buffers_arg(Interp& I, Value v) {
  if (v.empty() || v.is_none()) return Value();
  return iter(I, v);
}

// --- Pickler ------------------------------------------------------------------------
struct PicklerPayload : NativePayload {
  PicklerConfig cfg;
  PickleMemo memo;
  Value write;  // file.write; empty until __init__ ran
  void trace(Tracer& t) override {
    t.visit(cfg.buffer_callback);
    t.visit(write);
    memo.trace(t);
  }
};

Value pickler_alloc(Interp& I, Type* t) {
  NativeObj* o = I.make<NativeObj>(t);
  o->payload = std::make_unique<PicklerPayload>();
  return obj_value(o);
}

PicklerPayload& pickler_of(Interp& I, Value self) {
  if (!self.is_obj() || self.obj()->type->alloc != pickler_alloc)
    I.raise(I.t.TypeError, "descriptor requires a '_pickle.Pickler' object but received '%s'", type_name(I, self));
  return *static_cast<PicklerPayload*>(static_cast<NativeObj*>(self.obj())->payload.get());
}

Value pickler_init(Interp& I, CallArgs& a) {
  PicklerPayload& p = pickler_of(I, a[0]);
  static const ArgSpec specs[] = {{"file", Value()}, {"protocol", Value::None()}, {"fix_imports", Value::True()},
                                  {"buffer_callback", Value::None()}};
  Value v[4];
  parse_args(I, a, "Pickler", specs, v, 1);
  p.cfg.proto = protocol_arg(I, v[1]);
  p.cfg.fix_imports = truthy(I, v[2]);
  p.cfg.buffer_callback = buffer_callback_arg(I, v[3], p.cfg.proto);
  p.write = getattr_opt(I, v[0], I.names->write);
  if (p.write.empty()) I.raise(I.t.TypeError, "file must have a 'write' attribute");
  p.memo.clear();
  return Value::None();
}

Value pickler_dump(Interp& I, CallArgs& a) {
  check_nargs(I, a, "dump", 2, 2);
  PicklerPayload& p = pickler_of(I, a[0]);
  if (p.write.empty())
    raise_pickling(I, "Pickler.__init__() was not called by %s.__init__()", type_of(I, a[0])->name->data);
  PicklerConfig cfg = p.cfg;
  cfg.pickler = a[0];
  call1(I, p.write, pickle_dump(I, a[1], cfg, p.memo));
  return Value::None();
}

Value pickler_clear_memo(Interp& I, CallArgs& a) {
  check_nargs(I, a, "clear_memo", 1, 1);
  pickler_of(I, a[0]).memo.clear();
  return Value::None();
}

// --- Unpickler ----------------------------------------------------------------------
struct UnpicklerPayload : NativePayload {
  UnpicklerConfig cfg;
  UnpicklerState state;
  bool initialized = false;
  void trace(Tracer& t) override {
    t.visit(cfg.buffers);
    t.visit(cfg.encoding);
    t.visit(cfg.errors);
    t.visit(cfg.read);
    t.visit(cfg.readline);
    for (Value v : state.memo) t.visit(v);
  }
};

Value unpickler_alloc(Interp& I, Type* t) {
  NativeObj* o = I.make<NativeObj>(t);
  o->payload = std::make_unique<UnpicklerPayload>();
  return obj_value(o);
}

UnpicklerPayload& unpickler_of(Interp& I, Value self) {
  if (!self.is_obj() || self.obj()->type->alloc != unpickler_alloc)
    I.raise(I.t.TypeError, "descriptor requires a '_pickle.Unpickler' object but received '%s'", type_name(I, self));
  return *static_cast<UnpicklerPayload*>(static_cast<NativeObj*>(self.obj())->payload.get());
}

// The keyword arguments Unpickler() and load()/loads() share.
void unpickler_options(Interp& I, UnpicklerConfig& cfg, const Value* v, const char* fname) {
  cfg.fix_imports = v[0].empty() || truthy(I, v[0]);
  cfg.encoding = encoding_arg(I, v[1], fname);
  cfg.errors = encoding_arg(I, v[2], fname);
  cfg.buffers = buffers_arg(I, v[3]);
}

void set_file(Interp& I, UnpicklerConfig& cfg, Value file) {
  cfg.read = getattr_opt(I, file, I.names->read);
  cfg.readline = getattr_opt(I, file, I.names->readline);
  if (cfg.read.empty() || cfg.readline.empty())
    I.raise(I.t.TypeError, "file must have 'read' and 'readline' attributes");
}

Value unpickler_init(Interp& I, CallArgs& a) {
  UnpicklerPayload& p = unpickler_of(I, a[0]);
  PickleState& st = pickle_state(I);
  const ArgSpec specs[] = {{"file", Value()}, {"fix_imports", Value::True()},
                                  {"encoding", st.ascii}, {"errors", st.strict},
                                  {"buffers", Value::None()}};
  Value v[5];
  parse_args(I, a, "Unpickler", specs, v, 1);
  set_file(I, p.cfg, v[0]);
  unpickler_options(I, p.cfg, v + 1, "Unpickler");
  p.state = UnpicklerState();
  p.initialized = true;
  return Value::None();
}

Value unpickler_load(Interp& I, CallArgs& a) {
  check_nargs(I, a, "load", 1, 1);
  UnpicklerPayload& p = unpickler_of(I, a[0]);
  if (!p.initialized)
    raise_unpickling(I, "Unpickler.__init__() was not called by %s.__init__()", type_of(I, a[0])->name->data);
  UnpicklerConfig cfg = p.cfg;
  cfg.unpickler = a[0];
  return pickle_load(I, std::string_view(), nullptr, cfg, p.state);
}

Value unpickler_find_class(Interp& I, CallArgs& a) {
  check_nargs(I, a, "find_class", 3, 3);
  UnpicklerPayload& p = unpickler_of(I, a[0]);
  return default_find_class(I, a[1], a[2], p.state.proto, p.cfg.fix_imports);
}

// --- module functions -------------------------------------------------------------
Value m_dumps(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"obj", Value()}, {"protocol", Value::None()}, {"fix_imports", Value::True()},
                                  {"buffer_callback", Value::None()}};
  Value v[4];
  parse_args(I, a, "dumps", specs, v);
  PicklerConfig cfg;
  cfg.proto = protocol_arg(I, v[1]);
  cfg.fix_imports = truthy(I, v[2]);
  cfg.buffer_callback = buffer_callback_arg(I, v[3], cfg.proto);
  PickleMemo memo;
  return pickle_dump(I, v[0], cfg, memo);
}

Value m_dump(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"obj", Value()}, {"file", Value()}, {"protocol", Value::None()},
                                  {"fix_imports", Value::True()}, {"buffer_callback", Value::None()}};
  Value v[5];
  parse_args(I, a, "dump", specs, v);
  PicklerConfig cfg;
  cfg.proto = protocol_arg(I, v[2]);
  cfg.fix_imports = truthy(I, v[3]);
  cfg.buffer_callback = buffer_callback_arg(I, v[4], cfg.proto);
  Value write = getattr_opt(I, v[1], I.names->write);
  if (write.empty()) I.raise(I.t.TypeError, "file must have a 'write' attribute");
  PickleMemo memo;
  call1(I, write, pickle_dump(I, v[0], cfg, memo));
  return Value::None();
}

Value m_loads(Interp& I, CallArgs& a) {
  PickleState& st = pickle_state(I);
  const ArgSpec specs[] = {{"data", Value()}, {"fix_imports", Value::True()},
                                  {"encoding", st.ascii}, {"errors", st.strict},
                                  {"buffers", Value::None()}};
  Value v[5];
  parse_args(I, a, "loads", specs, v);
  UnpicklerConfig cfg;
  unpickler_options(I, cfg, v + 1, "loads");
  UnpicklerState state;
  return pickle_load(I, bytes_view(I, v[0]), nullptr, cfg, state);
}

Value m_load(Interp& I, CallArgs& a) {
  PickleState& st = pickle_state(I);
  const ArgSpec specs[] = {{"file", Value()}, {"fix_imports", Value::True()},
                                  {"encoding", st.ascii}, {"errors", st.strict},
                                  {"buffers", Value::None()}};
  Value v[5];
  parse_args(I, a, "load", specs, v);
  UnpicklerConfig cfg;
  set_file(I, cfg, v[0]);
  unpickler_options(I, cfg, v + 1, "load");
  UnpicklerState state;
  return pickle_load(I, std::string_view(), nullptr, cfg, state);
}

// _is_heap_type(t): made by a class statement (copyreg._reduce_ex's test,
// CPython's `t.__flags__ & Py_TPFLAGS_HEAPTYPE`).
Value m_is_heap_type(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_is_heap_type", 1, 1);
  if (!a[0].is_obj() || a[0].obj()->type->layout != Layout::Type) return Value::False();
  return Value::boolean(a[0].as<Type>()->flags & kTypeHeap);
}

const MethodDef kPicklerMethods[] = {
    {"__init__", pickler_init},
    {"dump", pickler_dump, kNativeMethod, "Write a pickled representation of the given object to the open file."},
    {"clear_memo", pickler_clear_memo, kNativeMethod, "Clears the pickler's \"memo\"."},
};

const MethodDef kUnpicklerMethods[] = {
    {"__init__", unpickler_init},
    {"load", unpickler_load, kNativeMethod, "Load a pickle."},
    {"find_class", unpickler_find_class, kNativeMethod, "Return an object from a specified module."},
};

const MethodDef kFunctions[] = {
    {"dumps", m_dumps, 0, "Return the pickled representation of the object as a bytes object."},
    {"dump", m_dump, 0, "Write a pickled representation of obj to the open file object file."},
    {"loads", m_loads, 0, "Read and return an object from the given pickle data."},
    {"load", m_load, 0, "Read and return an object from the pickle data stored in a file."},
    {"_is_heap_type", m_is_heap_type},
};

Type* new_exception_type(Interp& I, const char* name, Type* base) {
  Dict* ns = I.dict();
  dict_set_str(I, ns, I.names->__module__, I.new_str("_pickle"));
  return vm_new_heap_type(I, I.t.type, I.intern(name), I.tuple({obj_value(base)}), ns);
}

Type* new_class(Interp& I, const char* name, Value (*alloc)(Interp&, Type*), std::span<const MethodDef> methods) {
  Type* t = new_builtin_type(I, name, I.t.object, Layout::Native, kTypeBaseType | kTypeInstanceDict);
  t->alloc = alloc;
  dict_set_str(I, t->dict, I.names->__module__, I.new_str("_pickle"));
  add_methods(I, t, methods);
  return t;
}

}  // namespace

Module* init_pickle_module(Interp& I) {
  Type* st_type = new_builtin_type(I, "_pickle_state", I.t.object, Layout::Native, 0);
  NativeObj* holder = I.make<NativeObj>(st_type);
  auto payload = std::make_unique<PickleState>();
  PickleState& st = *payload;
  holder->payload = std::move(payload);
  st.self = obj_value(holder);
  I.extra_roots.push_back(&st.self);

  st.PickleError = new_exception_type(I, "PickleError", I.t.Exception);
  st.PicklingError = new_exception_type(I, "PicklingError", st.PickleError);
  st.UnpicklingError = new_exception_type(I, "UnpicklingError", st.PickleError);
  st.pickler_type = new_class(I, "Pickler", pickler_alloc, kPicklerMethods);
  st.unpickler_type = new_class(I, "Unpickler", unpickler_alloc, kUnpicklerMethods);
  st.unpickler_find_class = dict_get_str(st.unpickler_type->dict, I.intern("find_class"));
  st.ascii = sval(I.intern("ASCII"));
  st.strict = sval(I.intern("strict"));

  Module* m = I.new_module("_pickle");
  add_functions(I, m, kFunctions);
  set_attr_str(I, m, "PickleError", obj_value(st.PickleError));
  set_attr_str(I, m, "PicklingError", obj_value(st.PicklingError));
  set_attr_str(I, m, "UnpicklingError", obj_value(st.UnpicklingError));
  set_attr_str(I, m, "Pickler", obj_value(st.pickler_type));
  set_attr_str(I, m, "Unpickler", obj_value(st.unpickler_type));
  return m;
}

}  // namespace il
