// import.cpp — the import system (native modules, Python modules embedded
// from wasm/lib, sys.modules) and the builtins that need the VM's insides:
// __build_class__, __import__, exec, eval, compile, globals, locals,
// isinstance, issubclass.
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

#include "lang/codeunit.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

#if __has_include("modules/modules.h")
#include "modules/modules.h"
#define IL_HAVE_MODULES 1
#endif

namespace il {

struct PyLibEntry {
  const char* name;
  const char* source;
  bool is_package;
};
extern const PyLibEntry il_pylib[];

Value syntax_error_value(Interp& I, const lang::SyntaxErrorInfo& e, std::string_view filename);

// Modules CPython has that cannot exist in a browser sandbox.
static const char* const kSandboxedModules[] = {
    "subprocess", "socket", "ssl", "ctypes", "tkinter", "select", "selectors", "fcntl", "termios", "pty",
    "resource", "mmap", "signal", "readline", "curses", "sqlite3", nullptr};

void init_import(Interp& I) {
  Value path = obj_value(I.list());
  if (I.sys) dict_set_str(I, I.sys->dict, I.names->path, path);
}

static Value find_loaded(Interp& I, Str* name) { return dict_get_str(I.modules, name); }

static const PyLibEntry* find_pylib(std::string_view name) {
  for (const PyLibEntry* e = il_pylib; e->name; e++)
    if (name == e->name) return e;
  return nullptr;
}

// Compiled module bodies, shared by every interpreter in this OS process:
// each new Interleave process imports the same library modules (threading,
// pickle, multiprocessing...) and re-runs the same main script, and parsing
// them again was most of a child's start-up time. A CodeUnit is immutable
// once compiled (Code objects point into it read-only), so interpreters on
// other threads may share it. One entry per file name, replaced when the
// source changes, so the cache stays as small as the set of module files.
struct CompiledModule {
  std::string source;
  std::shared_ptr<lang::CodeUnit> unit;
};
static std::mutex compiled_mu;
static std::unordered_map<std::string, CompiledModule> compiled_modules;

static lang::CompileResult compile_module_cached(std::string_view source, std::string_view filename) {
  std::string key(filename);
  {
    std::lock_guard<std::mutex> l(compiled_mu);
    auto it = compiled_modules.find(key);
    if (it != compiled_modules.end() && it->second.source == source) return {it->second.unit, std::nullopt};
  }
  auto res = lang::compile_source(source, filename, lang::CompileMode::Exec);  // outside the lock: slow
  if (res.code) {
    std::lock_guard<std::mutex> l(compiled_mu);
    compiled_modules[key] = CompiledModule{std::string(source), res.code};
  }
  return res;
}

Value exec_module_source(Interp& I, Module* m, std::string_view source, std::string_view filename) {
  I.vm->sources[std::string(filename)] = std::string(source);
  auto res = compile_module_cached(source, filename);
  if (!res.code) I.raise_value(syntax_error_value(I, *res.error, filename));
  Code* co = code_from_unit(I, res.code);
  return run_code(I, co, m->dict, m->dict);
}

// Loads one fully qualified module whose parent (if any) is already loaded.
static Value load_module(Interp& I, Str* name) {
  Value have = find_loaded(I, name);
  if (!have.empty()) return have;
  std::string n(name->view());
  if (n == "_thread") {
    Module* m = init_thread_module(I);
    dict_set_str(I, I.modules, name, obj_value(m));
    return obj_value(m);
  }
#ifdef IL_HAVE_MODULES
  for (const NativeModuleEntry* e = kNativeModules; e->name; e++) {
    if (n == e->name) {
      Module* m = e->init(I);
      dict_set_str(I, I.modules, name, obj_value(m));
      return obj_value(m);
    }
  }
#endif
  if (const PyLibEntry* e = find_pylib(n)) {
    Module* m = I.new_module(n);
    std::string path = n;
    for (char& c : path)
      if (c == '.') c = '/';
    std::string filename = "/lib/interleave/" + path + (e->is_package ? "/__init__.py" : ".py");
    dict_set_str(I, m->dict, I.names->__file__, I.new_str(filename));
    dict_set_str(I, m->dict, I.names->__builtins__, obj_value(I.builtins));
    size_t dot = n.rfind('.');
    if (e->is_package) {
      dict_set_str(I, m->dict, I.names->__package__, sval(name));
      dict_set_str(I, m->dict, I.names->__path__, obj_value(I.list()));
    } else {
      dict_set_str(I, m->dict, I.names->__package__, I.new_str(dot == std::string::npos ? "" : n.substr(0, dot)));
    }
    dict_set_str(I, I.modules, name, obj_value(m));
    try {
      exec_module_source(I, m, e->source, filename);
    } catch (...) {
      dict_del_str(I, I.modules, name);
      throw;
    }
    Value final_m = find_loaded(I, name);  // a module may replace itself in sys.modules
    return final_m.empty() ? obj_value(m) : final_m;
  }
  for (const char* const* s = kSandboxedModules; *s; s++)
    if (n == *s)
      I.raise(I.t.ModuleNotFoundError,
              "No module named '%s' (Interleave runs Python in a browser sandbox, where '%s' cannot exist)",
              n.c_str(), n.c_str());
  Value exc = I.new_exception(I.t.ModuleNotFoundError, "No module named '" + n + "'");
  Object* eo = exc.obj();
  if (!eo->attrs) eo->attrs = I.dict();
  dict_set_str(I, eo->attrs, I.names->name, sval(name));
  I.raise_value(exc);
}

static std::string resolve_relative(Interp& I, std::string_view name, Value globals, int level) {
  if (level == 0) return std::string(name);
  Dict* g = globals.is_obj() && isinstance(I, globals, I.t.dict) ? globals.as<Dict>() : nullptr;
  std::string package;
  if (g) {
    Value p = dict_get_str(g, I.names->__package__);
    if (!p.empty() && is_str(I, p)) {
      package = std::string(as_str(p)->view());
    } else {
      Value n = dict_get_str(g, I.names->__name__);
      if (!n.empty() && is_str(I, n)) {
        package = std::string(as_str(n)->view());
        if (dict_get_str(g, I.names->__path__).empty()) {
          size_t dot = package.rfind('.');
          package = dot == std::string::npos ? "" : package.substr(0, dot);
        }
      }
    }
  }
  if (package.empty()) I.raise(I.t.ImportError, "attempted relative import with no known parent package");
  for (int i = 1; i < level; i++) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos) I.raise(I.t.ImportError, "attempted relative import beyond top-level package");
    package = package.substr(0, dot);
  }
  return name.empty() ? package : package + "." + std::string(name);
}

Value Interp::import_module(Str* name, Value globals, Value fromlist, int level) {
  Interp& I = *this;
  std::string full = resolve_relative(I, name->view(), globals, level);
  if (full.empty()) I.raise(I.t.ValueError, "Empty module name");
  // Import each prefix: a, a.b, a.b.c
  Value top, leaf;
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    Value m = load_module(I, I.intern(prefix));
    if (!leaf.empty() && dot != std::string::npos + 0) {
    }
    if (!leaf.empty()) {
      // bind the submodule as an attribute of its parent
      std::string child = prefix.substr(prefix.rfind('.') + 1);
      if (leaf.is_obj() && leaf.obj()->attrs) dict_set_str(I, leaf.obj()->attrs, I.intern(child), m);
    }
    if (top.empty()) top = m;
    leaf = m;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  bool has_fromlist = !fromlist.empty() && !fromlist.is_none() && truthy(I, fromlist);
  if (has_fromlist) return leaf;
  if (level > 0) {
    // `from . import x` style without fromlist is unusual; return the top of the relative name.
    std::string first(name->view().substr(0, name->view().find('.')));
    if (first.empty()) return leaf;
    return load_module(I, I.intern(full.substr(0, full.size() - name->view().size() + first.size())));
  }
  return top;
}

// ============================================================================
// Builtins implemented with the VM's insides
// ============================================================================

static Frame* caller_frame(Interp& I) { return I.current ? I.current->top : nullptr; }

static Value bi_build_class(Interp& I, CallArgs& a) {
  uint32_t npos = a.npos();
  if (npos < 2) I.raise(I.t.TypeError, "__build_class__: not enough arguments");
  Value func = a[0];
  if (!func.is_obj() || func.obj()->type != I.t.function) I.raise(I.t.TypeError, "__build_class__: func must be a function");
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "__build_class__: name is not a string");
  Str* name = as_str(a[1]);
  Tuple* orig_bases = I.tuple(a.argv + 2, npos - 2);
  // PEP 560: a base that is not a class may stand for others (typing's
  // Generic[T], NamedTuple) through __mro_entries__(orig_bases).
  Tuple* bases = orig_bases;
  {
    std::vector<Value> resolved;
    bool changed = false;
    for (uint32_t i = 0; i < orig_bases->size; i++) {
      Value b = orig_bases->items[i];
      Value me = type_of(I, b)->layout == Layout::Type ? Value() : getattr_opt(I, b, I.names->__mro_entries__);
      if (me.empty()) {
        resolved.push_back(b);
        continue;
      }
      Value r = call1(I, me, obj_value(orig_bases));
      if (!r.is_obj() || r.obj()->type->layout != Layout::Tuple)
        I.raise(I.t.TypeError, "__mro_entries__ must return a tuple");
      Tuple* rt = r.as<Tuple>();
      resolved.insert(resolved.end(), rt->items, rt->items + rt->size);
      changed = true;
    }
    if (changed) bases = I.tuple(resolved.data(), resolved.size());
  }
  // Keywords: metaclass= and the rest for __init_subclass__ / the metaclass.
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwnames;
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Value kn = a.kwnames->items[k];
    if (as_str(kn)->view() == "metaclass")
      meta = a.argv[npos + k];
    else {
      kwnames.push_back(kn);
      kwvals.push_back(a.argv[npos + k]);
    }
  }
  bool explicit_meta = !meta.empty();
  if (meta.empty()) meta = bases->size ? obj_value(type_of(I, bases->items[0])) : obj_value(I.t.type);
  if (meta.is_obj() && meta.obj()->type->layout == Layout::Type) {
    // The most derived metaclass among the bases' types.
    Type* winner = meta.as<Type>();
    for (uint32_t i = 0; i < bases->size; i++) {
      Type* bt = type_of(I, bases->items[i]);
      if (is_subtype(winner, bt)) continue;
      if (is_subtype(bt, winner)) {
        winner = bt;
        continue;
      }
      I.raise(I.t.TypeError,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
              "metaclasses of all its bases");
    }
    if (!explicit_meta || is_subtype(winner, meta.as<Type>())) meta = obj_value(winner);
  }
  Tuple* kwn = kwnames.empty() ? nullptr : I.tuple(kwnames.data(), kwnames.size());
  // Namespace from __prepare__.
  Value ns;
  Value prep = getattr_opt(I, meta, I.names->__prepare__);
  if (!prep.empty()) {
    std::vector<Value> pargs = {sval(name), obj_value(bases)};
    pargs.insert(pargs.end(), kwvals.begin(), kwvals.end());
    ns = call(I, prep, pargs.data(), uint32_t(pargs.size()), kwn);
  } else {
    ns = obj_value(I.dict());
  }
  if (!isinstance(I, ns, I.t.dict)) I.raise(I.t.TypeError, "__prepare__() must return a mapping");
  Func* fn = func.as<Func>();
  Frame* f = make_call_frame(I, fn, nullptr, 0, nullptr);
  f->locals = ns.as<Dict>();
  Value cell = eval_frame(I, f);
  if (bases != orig_bases) dict_set_str(I, ns.as<Dict>(), I.intern("__orig_bases__"), obj_value(orig_bases));
  std::vector<Value> margs = {sval(name), obj_value(bases), ns};
  margs.insert(margs.end(), kwvals.begin(), kwvals.end());
  Value cls = call(I, meta, margs.data(), uint32_t(margs.size()), kwn);
  if (cell.is_obj() && cell.obj()->type == I.t.cell) cell.as<Cell>()->v = cls;
  return cls;
}

static Dict* frame_locals(Interp& I, Frame* f) {
  if (f->locals) return f->locals;
  Dict* d = I.dict();
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; i++)
    if (!f->slots[i].empty()) {
      str_note_escape(I, f->slots[i]);  // the dict now shares it (objects/str.h)
      dict_set_str(I, d, co->varnames[i], f->slots[i]);
    }
  for (int i = 0; i < co->ncells + co->nfree; i++) {
    Value v = f->cells()[i].as<Cell>()->v;
    if (v.empty()) continue;
    Str* n = i < co->ncells ? co->cellvars[i] : co->freevars[i - co->ncells];
    dict_set_str(I, d, n, v);
  }
  return d;
}

static Value bi_globals(Interp& I, CallArgs& a) {
  Frame* f = caller_frame(I);
  return f ? obj_value(f->globals) : obj_value(I.main->dict);
}
static Value bi_locals(Interp& I, CallArgs& a) {
  Frame* f = caller_frame(I);
  return f ? obj_value(frame_locals(I, f)) : obj_value(I.main->dict);
}

static Code* compile_arg(Interp& I, Value src, const char* filename, lang::CompileMode mode) {
  if (src.is_obj() && src.obj()->type == I.t.code) return src.as<Code>();
  std::string text;
  if (is_str(I, src))
    text = std::string(as_str(src)->view());
  else if (src.is_obj() && (src.obj()->type == I.t.bytes))
    text = src.as<BytesObj>()->data;
  else
    I.raise(I.t.TypeError, "%s() arg 1 must be a string, bytes or code object",
            mode == lang::CompileMode::Eval ? "eval" : "exec");
  if (mode == lang::CompileMode::Eval) {
    size_t a = text.find_first_not_of(" \t");
    text = a == std::string::npos ? "" : text.substr(a);
  }
  auto res = lang::compile_source(text, filename, mode);
  if (!res.code) I.raise_value(syntax_error_value(I, *res.error, filename));
  I.vm->sources[filename] = text;
  return code_from_unit(I, res.code);
}

static Value exec_or_eval(Interp& I, CallArgs& a, lang::CompileMode mode) {
  Value src = a.npos() > 0 ? a[0] : Value::None();
  Value g = a.npos() > 1 ? a[1] : Value::None();
  Value l = a.npos() > 2 ? a[2] : Value::None();
  for (uint32_t k = 0; k < a.nkw(); k++) {
    std::string_view kn = as_str(a.kwnames->items[k])->view();
    if (kn == "globals") g = a.argv[a.npos() + k];
    if (kn == "locals") l = a.argv[a.npos() + k];
  }
  Frame* f = caller_frame(I);
  Dict* globals;
  Dict* locals;
  if (g.is_none()) {
    globals = f ? f->globals : I.main->dict;
    locals = l.is_none() ? (f ? frame_locals(I, f) : globals) : l.as<Dict>();
  } else {
    if (!isinstance(I, g, I.t.dict))
      I.raise(I.t.TypeError, "%s() globals must be a dict, not %s", mode == lang::CompileMode::Eval ? "eval" : "exec",
              type_name(I, g));
    globals = g.as<Dict>();
    locals = l.is_none() ? globals : l.as<Dict>();
  }
  if (dict_get_str(globals, I.names->__builtins__).empty())
    dict_set_str(I, globals, I.names->__builtins__, obj_value(I.builtins));
  Code* co = compile_arg(I, src, "<string>", mode);
  Value r = run_code(I, co, globals, locals);
  return mode == lang::CompileMode::Eval ? r : Value::None();
}

static Value bi_exec(Interp& I, CallArgs& a) { return exec_or_eval(I, a, lang::CompileMode::Exec); }
static Value bi_eval(Interp& I, CallArgs& a) { return exec_or_eval(I, a, lang::CompileMode::Eval); }

static Value bi_compile(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"source", Value()}, {"filename", Value()}, {"mode", Value()},
                                  {"flags", Value::small(0)}, {"dont_inherit", Value::False()},
                                  {"optimize", Value::small(-1)}};
  Value v[6];
  parse_args(I, a, "compile", specs, v);
  std::string mode(str_of(I, v[2])->view());
  lang::CompileMode m = mode == "eval" ? lang::CompileMode::Eval : mode == "single" ? lang::CompileMode::Single
                                                                                    : lang::CompileMode::Exec;
  if (mode != "eval" && mode != "exec" && mode != "single")
    I.raise(I.t.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  std::string fn(str_of(I, v[1])->view());
  return obj_value(compile_arg(I, v[0], fn.c_str(), m));
}

static Value bi_import(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"name", Value()}, {"globals", Value::None()}, {"locals", Value::None()},
                                  {"fromlist", Value::None()}, {"level", Value::small(0)}};
  Value v[5];
  parse_args(I, a, "__import__", specs, v);
  if (!is_str(I, v[0])) I.raise(I.t.TypeError, "__import__() argument 1 must be str, not %s", type_name(I, v[0]));
  return I.import_module(as_str(v[0]), v[1], v[3], int(to_int64(I, v[4])));
}

static bool check_class_spec(Interp& I, Value cls) {
  if (cls.is_obj() && cls.obj()->type->layout == Layout::Type) return true;
  if (cls.is_obj() && cls.obj()->type == I.t.tuple) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (!check_class_spec(I, t->items[i])) return false;
    return true;
  }
  return false;
}

static bool do_isinstance(Interp& I, Value obj, Value cls, int depth) {
  if (depth > 100) raise_recursion(I);
  if (cls.is_obj() && cls.obj()->type == I.t.tuple) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (do_isinstance(I, obj, t->items[i], depth + 1)) return true;
    return false;
  }
  if (cls.is_obj() && cls.obj()->type->layout == Layout::Type) {
    Type* c = cls.as<Type>();
    if (is_subtype(type_of(I, obj), c)) return true;
    if (c->type != I.t.type) {
      Value hook = type_lookup_cached(I, c->type, I.names->__instancecheck__);
      if (!hook.empty() && hook != dict_get_str(I.t.type->dict, I.names->__instancecheck__))
        return truthy(I, call_special(I, cls, I.names->__instancecheck__, &obj, 1));
    }
    // __class__ may differ from type(obj) (proxies)
    return false;
  }
  // Not a class: typing's aliases (List, Sequence ...) answer through __instancecheck__.
  if (cls.is_obj()) {
    Value hook = type_lookup_cached(I, type_of(I, cls), I.names->__instancecheck__);
    if (!hook.empty()) return truthy(I, call_special(I, cls, I.names->__instancecheck__, &obj, 1));
  }
  I.raise(I.t.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static bool do_issubclass(Interp& I, Value sub, Value cls, int depth) {
  if (depth > 100) raise_recursion(I);
  if (cls.is_obj() && cls.obj()->type->layout != Layout::Type && cls.obj()->type != I.t.tuple) {
    Value hook = type_lookup_cached(I, type_of(I, cls), I.names->__subclasscheck__);
    if (!hook.empty()) return truthy(I, call_special(I, cls, I.names->__subclasscheck__, &sub, 1));
  }
  if (!sub.is_obj() || sub.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "issubclass() arg 1 must be a class");
  if (cls.is_obj() && cls.obj()->type == I.t.tuple) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (do_issubclass(I, sub, t->items[i], depth + 1)) return true;
    return false;
  }
  if (!check_class_spec(I, cls))
    I.raise(I.t.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  Type* c = cls.as<Type>();
  if (c->type != I.t.type) {
    Value hook = type_lookup_cached(I, c->type, I.names->__subclasscheck__);
    if (!hook.empty() && hook != dict_get_str(I.t.type->dict, I.names->__subclasscheck__))
      return truthy(I, call_special(I, cls, I.names->__subclasscheck__, &sub, 1));
  }
  return is_subtype(sub.as<Type>(), c);
}

static Value bi_isinstance(Interp& I, CallArgs& a) {
  check_nargs(I, a, "isinstance", 2, 2);
  return Value::boolean(do_isinstance(I, a[0], a[1], 0));
}
static Value bi_issubclass(Interp& I, CallArgs& a) {
  check_nargs(I, a, "issubclass", 2, 2);
  return Value::boolean(do_issubclass(I, a[0], a[1], 0));
}

static const MethodDef kVmBuiltins[] = {
    {"__build_class__", bi_build_class},
    {"globals", bi_globals},
    {"locals", bi_locals},
    {"exec", bi_exec},
    {"eval", bi_eval},
    {"compile", bi_compile},
    {"__import__", bi_import},
    {"isinstance", bi_isinstance},
    {"issubclass", bi_issubclass},
    {nullptr, nullptr},
};

void init_vm_builtins(Interp& I, Module* b) {
  add_functions(I, b, kVmBuiltins);
  set_attr_str(I, b, "object", obj_value(I.t.object));
  set_attr_str(I, b, "type", obj_value(I.t.type));
  set_attr_str(I, b, "super", obj_value(I.t.super_));
  set_attr_str(I, b, "property", obj_value(I.t.property));
  set_attr_str(I, b, "classmethod", obj_value(I.t.classmethod));
  set_attr_str(I, b, "staticmethod", obj_value(I.t.staticmethod));
  set_attr_str(I, b, "__name__", sval(I.intern("builtins")));
}

}  // namespace il
