// builtins.cpp — the builtins module: the builtin functions (print, len, min,
// sorted, ...), the names of the builtin types and exceptions, and the
// constants. The VM registers the functions it implements itself
// (__build_class__, globals, locals, exec, eval, compile, __import__,
// isinstance, issubclass) and object/type/super/property/classmethod/
// staticmethod (vm/import.cpp); the iterator types live in builtins_iter.cpp;
// open() is registered by the io module.
//
// Every function is bound to the module (argv[0] is the module, as
// `len.__self__` is in CPython), so argument positions start at 1 and the
// arity messages count from there.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "modules/builtins.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/ops.h"

namespace il {

void BuiltinsModule::trace(Tracer& t) {
  Module::trace(t);
  t.visit(enumerate_type);
  t.visit(zip_type);
  t.visit(map_type);
  t.visit(filter_type);
  t.visit(reversed_type);
  t.visit(callable_iterator_type);
  t.visit(memoryview_type);
  t.visit(s_orig_stdout);
  t.visit(s_orig_stderr);
  t.visit(s_orig_stdin);
  t.visit(vm_locals);
}

namespace {

// ===========================================================================
// Argument checks (CPython's wording for builtins; argc counts the module)
// ===========================================================================

void no_kwargs(Interp& I, CallArgs& a, const char* fname) {
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", fname);
}

// METH_O functions: "len() takes exactly one argument (2 given)".
void exactly_one(Interp& I, CallArgs& a, const char* fname) {
  no_kwargs(I, a, fname);
  if (a.argc != 2) I.raise(I.t.TypeError, "%s() takes exactly one argument (%u given)", fname, a.argc - 1);
}

// Positional-only functions parsed by CPython's _PyArg_CheckPositional:
// "getattr expected at least 2 arguments, got 1".
void positional(Interp& I, CallArgs& a, const char* fname, uint32_t min, uint32_t max) {
  no_kwargs(I, a, fname);
  uint32_t n = a.argc - 1;
  if (n >= min && n <= max) return;
  if (min == max) I.raise(I.t.TypeError, "%s expected %u argument%s, got %u", fname, min, min == 1 ? "" : "s", n);
  if (n < min)
    I.raise(I.t.TypeError, "%s expected at least %u argument%s, got %u", fname, min, min == 1 ? "" : "s", n);
  I.raise(I.t.TypeError, "%s expected at most %u argument%s, got %u", fname, max, max == 1 ? "" : "s", n);
}

[[noreturn]] void bad_keyword(Interp& I, Str* name, const char* fname) {
  I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for %s()", name->data, fname);
}

// Keyword names are interned by the compiler; **kwargs may bring others.
bool kw_is(Str* name, Str* interned) { return name == interned || name->view() == interned->view(); }

Str* attr_name(Interp& I, Value v) {
  if (!is_str(I, v)) I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, v));
  return as_str(v);
}

// The sys module's attribute `name`, or empty (no sys yet, or deleted).
Value sys_attr(Interp& I, Str* name) {
  if (!I.sys) return Value();
  return dict_get_str(I.sys->dict, name);
}

// ===========================================================================
// Output: print() and input()
// ===========================================================================

// Where a print() goes: straight to the output sink (fd) when the stream is
// still sys.__stdout__/__stderr__ (one write per print), else piece by piece
// through file.write() as CPython's PyFile_WriteObject does.
struct PrintTarget {
  int fd = 0;      // 1 or 2: native; 0: call file.write
  Value file;
};

PrintTarget resolve_stream(Interp& I, BuiltinsModule* m, Value file, Str* which, Str* orig, int fd,
                           const char* lost) {
  PrintTarget pt;
  if (file.empty() || file.is_none()) {
    if (!I.sys) {  // before sys exists (start-up): the sink itself
      pt.fd = fd;
      return pt;
    }
    file = sys_attr(I, which);
    if (file.empty()) I.raise(I.t.RuntimeError, "%s", lost);
    if (file.is_none()) return pt;  // sys.stdout = None: print does nothing
  }
  if (I.sys) {
    Value o = sys_attr(I, orig);
    if (!o.empty() && o == file) {
      pt.fd = fd;
      return pt;
    }
    Value e = sys_attr(I, m->s_orig_stderr);
    if (!e.empty() && e == file) {
      pt.fd = 2;
      return pt;
    }
    Value so = sys_attr(I, m->s_orig_stdout);
    if (!so.empty() && so == file) {
      pt.fd = 1;
      return pt;
    }
  }
  pt.file = file;
  return pt;
}

void write_piece(Interp& I, Value file, Value s) {
  Value w = getattr(I, file, I.names->write);
  call1(I, w, s);
}

// Appends str(v) when that runs no Python code; false otherwise.
bool append_plain(Interp& I, std::string& out, Value v) {
  if (v.is_small()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v.small_value());
    out.append(buf, r.ptr);
    return true;
  }
  if (v.is_obj()) {
    Type* t = v.obj()->type;
    if (t == I.t.str) {
      out.append(v.as<Str>()->view());
      return true;
    }
    if (t == I.t.float_ || t == I.t.int_) {
      out.append(str_of(I, v)->view());
      return true;
    }
    return false;
  }
  if (v.is_none()) out.append("None");
  else if (v.is_true()) out.append("True");
  else if (v.is_false()) out.append("False");
  else return false;
  return true;
}

Value bi_print(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  Value sep, end, file, flush;
  uint32_t npos = a.npos();
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    Value v = a.argv[npos + k];
    if (kw_is(name, I.names->sep)) sep = v;
    else if (kw_is(name, I.names->end)) end = v;
    else if (kw_is(name, I.names->file)) file = v;
    else if (kw_is(name, I.names->flush)) flush = v;
    else bad_keyword(I, name, "print");
  }
  PrintTarget pt = resolve_stream(I, m, file, I.names->stdout, m->s_orig_stdout, 1, "lost sys.stdout");
  if (pt.fd == 0 && pt.file.empty()) return Value::None();
  if (!sep.empty() && !sep.is_none() && !is_str(I, sep))
    I.raise(I.t.TypeError, "sep must be None or a string, not %s", type_name(I, sep));
  if (!end.empty() && !end.is_none() && !is_str(I, end))
    I.raise(I.t.TypeError, "end must be None or a string, not %s", type_name(I, end));
  bool has_sep = !sep.empty() && !sep.is_none();
  bool has_end = !end.empty() && !end.is_none();

  if (pt.fd) {
    // One buffer, one write. A __str__ written in Python may itself print:
    // what is buffered goes out first, so the order is CPython's.
    std::string local;
    bool own = !m->print_busy;
    std::string& buf = own ? m->print_buf : local;
    buf.clear();
    m->print_busy = true;
    try {
      for (uint32_t i = 1; i < npos; i++) {
        if (i > 1) {
          if (has_sep) buf.append(as_str(sep)->view());
          else buf.push_back(' ');
        }
        Value v = a.argv[i];
        if (!append_plain(I, buf, v)) {
          if (!buf.empty()) {
            I.write_out(pt.fd, buf);
            buf.clear();
          }
          buf.append(str_of(I, v)->view());
        }
      }
      if (has_end) buf.append(as_str(end)->view());
      else buf.push_back('\n');
    } catch (...) {
      if (!buf.empty()) I.write_out(pt.fd, buf);
      if (own) m->print_busy = false;
      throw;
    }
    I.write_out(pt.fd, buf);
    if (own) {
      m->print_busy = false;
      // Don't let one huge print pin its buffer for the rest of the run.
      constexpr size_t kKeepCapacity = 1 << 16;
      if (buf.capacity() > kKeepCapacity) std::string().swap(buf);
    }
    if (!flush.empty() && truthy(I, flush) && I.config.out) I.config.out->flush();
    return Value::None();
  }

  Value space, newline;
  for (uint32_t i = 1; i < npos; i++) {
    if (i > 1) {
      if (has_sep) write_piece(I, pt.file, sep);
      else write_piece(I, pt.file, space.empty() ? (space = I.new_str(" ")) : space);
    }
    Value v = a.argv[i];
    write_piece(I, pt.file, is_exact_str(I, v) ? v : sval(str_of(I, v)));
  }
  write_piece(I, pt.file, has_end ? end : I.new_str("\n"));
  if (!flush.empty() && truthy(I, flush)) call_method(I, pt.file, I.names->flush, nullptr, 0);
  return Value::None();
}

Value bi_input(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  positional(I, a, "input", 0, 1);
  Value stdin_v = Value::None();
  bool native_in = true;
  if (I.sys) {
    stdin_v = sys_attr(I, I.names->stdin);
    if (stdin_v.empty()) I.raise(I.t.RuntimeError, "input(): lost sys.stdin");
    Value orig = sys_attr(I, m->s_orig_stdin);
    native_in = orig.empty() || orig == stdin_v;
  }
  PrintTarget pt = resolve_stream(I, m, Value(), I.names->stdout, m->s_orig_stdout, 1, "input(): lost sys.stdout");
  if (a.argc == 2) {
    Value prompt = a[1];
    Value s = is_exact_str(I, prompt) ? prompt : sval(str_of(I, prompt));
    if (pt.fd) I.write_out(pt.fd, as_str(s)->view());
    else if (!pt.file.empty()) write_piece(I, pt.file, s);
  }
  if (pt.fd) {
    if (I.config.out) I.config.out->flush();
  } else if (!pt.file.empty()) {
    call_method(I, pt.file, I.names->flush, nullptr, 0);
  }
  if (native_in && I.config.in && I.config.in->arrives_later()) {
    if (I.waits_for_input()) I.raise(I.t.RuntimeError, "input(): another thread is already waiting for a line");
    I.input_task = I.current;
    I.input_gen = I.current->park_gen + 1;  // the park below
    return I.sched->park_external(-1, Value::None(), WaitInfo{"input()", "a line typed in the terminal", nullptr, ""});
  }
  if (native_in) {
    std::string line;
    if (!I.config.in || !I.config.in->read_line(line) || line.empty())
      I.raise(I.t.EOFError, "EOF when reading a line");
    if (line.back() == '\n') line.pop_back();
    return sval(str_from_utf8_checked(I, line));
  }
  if (stdin_v.is_none()) I.raise(I.t.RuntimeError, "input(): lost sys.stdin");
  Value r = call_method(I, stdin_v, I.names->readline, nullptr, 0);
  if (!is_str(I, r)) I.raise(I.t.TypeError, "object.readline() returned non-string");
  Str* s = as_str(r);
  if (s->nbytes == 0) I.raise(I.t.EOFError, "EOF when reading a line");
  if (s->data[s->nbytes - 1] == '\n') return I.new_str(std::string_view(s->data, s->nbytes - 1));
  return r;
}

// ===========================================================================
// Objects: len, repr, ascii, format, hash, id, callable, attributes, dir, vars
// ===========================================================================

Value bi_len(Interp& I, CallArgs& a) {
  if (a.argc != 2 || a.nkw()) exactly_one(I, a, "len");
  return I.new_int(length(I, a[1]));
}

Value bi_repr(Interp& I, CallArgs& a) {
  exactly_one(I, a, "repr");
  return sval(repr(I, a[1]));
}

Value bi_ascii(Interp& I, CallArgs& a) {
  exactly_one(I, a, "ascii");
  return sval(ascii_of(I, a[1]));
}

Value bi_format(Interp& I, CallArgs& a) {
  positional(I, a, "format", 1, 2);
  Str* spec;
  if (a.argc == 3) {
    if (!is_str(I, a[2]))
      I.raise(I.t.TypeError, "format() argument 2 must be str, not %s", type_name(I, a[2]));
    spec = as_str(a[2]);
  } else {
    spec = I.intern("");
  }
  return sval(format(I, a[1], spec));
}

Value bi_hash(Interp& I, CallArgs& a) {
  exactly_one(I, a, "hash");
  return I.new_int(int64_t(hash(I, a[1])));
}

// Stable and unique while the object lives: objects never move, so their
// address; small ints and constants are immediates, whose bits (odd, or
// below any heap address) never collide with an address. The top bit is
// dropped to keep ids positive; that stays one-to-one for 62-bit small ints.
Value bi_id(Interp& I, CallArgs& a) {
  exactly_one(I, a, "id");
  uint64_t bits = a[1].bits() & ~(uint64_t(1) << 63);
  return I.new_int(int64_t(bits));
}

Value bi_callable(Interp& I, CallArgs& a) {
  exactly_one(I, a, "callable");
  return Value::boolean(is_callable(I, a[1]));
}

Value bi_getattr(Interp& I, CallArgs& a) {
  positional(I, a, "getattr", 2, 3);
  Str* name = attr_name(I, a[2]);
  if (a.argc == 3) return getattr(I, a[1], name);
  Value v = getattr_opt(I, a[1], name);
  return v.empty() ? a[3] : v;
}

Value bi_setattr(Interp& I, CallArgs& a) {
  positional(I, a, "setattr", 3, 3);
  setattr(I, a[1], attr_name(I, a[2]), a[3]);
  return Value::None();
}

Value bi_delattr(Interp& I, CallArgs& a) {
  positional(I, a, "delattr", 2, 2);
  delattr(I, a[1], attr_name(I, a[2]));
  return Value::None();
}

Value bi_hasattr(Interp& I, CallArgs& a) {
  positional(I, a, "hasattr", 2, 2);
  return Value::boolean(!getattr_opt(I, a[1], attr_name(I, a[2])).empty());
}

// The VM's locals() for the calling frame (natives push no frame).
Value caller_locals(Interp& I, BuiltinsModule* m) {
  if (m->vm_locals.empty()) m->vm_locals = dict_get_str(m->dict, I.intern("locals"));
  if (m->vm_locals.empty()) I.raise(I.t.SystemError, "locals() is not available");
  return call0(I, m->vm_locals);
}

Value bi_vars(Interp& I, CallArgs& a) {
  positional(I, a, "vars", 0, 1);
  if (a.argc == 1) return caller_locals(I, builtins_of(I));
  Value d = getattr_opt(I, a[1], I.names->__dict__);
  if (d.empty()) I.raise(I.t.TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value bi_dir(Interp& I, CallArgs& a) {
  positional(I, a, "dir", 0, 1);
  List* names;
  if (a.argc == 1) {
    Value loc = caller_locals(I, builtins_of(I));
    names = I.list();
    if (loc.is_obj() && isinstance(I, loc, I.t.dict)) {
      for (auto& e : loc.as<Dict>()->entries)
        if (!e.key.empty()) names->items.push_back(e.key);
    } else {
      names = list_from_iterable(I, call_method(I, loc, I.names->keys, nullptr, 0));
    }
  } else {
    Value r = call_special(I, a[1], I.intern("__dir__"), nullptr, 0);
    if (r.empty()) I.raise(I.t.TypeError, "object does not provide __dir__");
    names = list_from_iterable(I, r);
  }
  list_sort(I, names, Value(), false);
  return obj_value(names);
}

// ===========================================================================
// Iteration: iter, next, all, any, min, max, sum, sorted
// ===========================================================================

Value bi_iter(Interp& I, CallArgs& a) {
  positional(I, a, "iter", 1, 2);
  if (a.argc == 2) return iter(I, a[1]);
  if (!is_callable(I, a[1])) I.raise(I.t.TypeError, "iter(v, w): v must be callable");
  return new_callable_iterator(I, builtins_of(I), a[1], a[2]);
}

Value bi_next(Interp& I, CallArgs& a) {
  positional(I, a, "next", 1, 2);
  Value it = a[1];
  if (it.is_obj() && it.obj()->type->layout == Layout::Iterator) {
    auto* o = it.as<IterObj>();
    Value v = o->next(I, o);
    if (!v.empty()) return v;
    if (a.argc == 3) {
      o->retval = Value();
      return a[2];
    }
    if (o->retval.empty()) I.raise_value(obj_value(I.t.StopIteration));
    Value e = I.new_exception(I.t.StopIteration, "");  // an awaitable's return value (IterObj::retval)
    e.as<ExceptionObj>()->args = I.tuple({o->retval});
    e.as<ExceptionObj>()->value = o->retval;
    o->retval = Value();
    I.raise_value(e);
  }
  Type* t = type_of(I, it);
  if (type_lookup(t, I.names->__next__).empty())
    I.raise(I.t.TypeError, "'%s' object is not an iterator", t->name->data);
  // Through __next__ itself, so a generator's StopIteration keeps its value.
  if (a.argc == 2) return call_special(I, it, I.names->__next__, nullptr, 0);
  try {
    return call_special(I, it, I.names->__next__, nullptr, 0);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.StopIteration)) throw;
    I.pending = Value();
    return a[2];
  }
}

// Calls fn(item) for each item until fn returns true; returns whether it did.
template <class F>
bool any_of(Interp& I, Value iterable, F&& fn) {
  if (iterable.is_obj()) {
    Object* o = iterable.obj();
    if (o->type == I.t.list) {
      auto* l = static_cast<List*>(o);
      for (size_t i = 0; i < l->items.size(); i++)
        if (fn(l->items[i])) return true;
      return false;
    }
    if (o->type == I.t.tuple) {
      auto* t = static_cast<Tuple*>(o);
      for (uint32_t i = 0; i < t->size; i++)
        if (fn(t->items[i])) return true;
      return false;
    }
  }
  Value it = iter(I, iterable);
  for (;;) {
    Value v = next(I, it);
    if (v.empty()) return false;
    if (fn(v)) return true;
  }
}

Value bi_all(Interp& I, CallArgs& a) {
  exactly_one(I, a, "all");
  return Value::boolean(!any_of(I, a[1], [&](Value v) { return !truthy(I, v); }));
}

Value bi_any(Interp& I, CallArgs& a) {
  exactly_one(I, a, "any");
  return Value::boolean(any_of(I, a[1], [&](Value v) { return truthy(I, v); }));
}

Value min_max(Interp& I, CallArgs& a, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  Value key, dflt;
  uint32_t npos = a.npos() - 1;
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    Value v = a.argv[a.npos() + k];
    if (kw_is(name, I.names->key)) key = v;
    else if (kw_is(name, I.names->default_)) dflt = v;
    else bad_keyword(I, name, fname);
  }
  if (npos == 0) I.raise(I.t.TypeError, "%s expected at least 1 argument, got 0", fname);
  if (npos > 1 && !dflt.empty())
    I.raise(I.t.TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
  if (key.is_none()) key = Value();
  CmpOp op = is_max ? CmpOp::Gt : CmpOp::Lt;
  Value best, best_key;
  auto consider = [&](Value item) {
    Value k = key.empty() ? item : call1(I, key, item);
    if (best.empty()) {
      best = item;
      best_key = k;
      return false;
    }
    bool better;
    if (k.is_small() && best_key.is_small())
      better = is_max ? k.small_value() > best_key.small_value() : k.small_value() < best_key.small_value();
    else
      better = compare_bool(I, k, best_key, op);
    if (better) {
      best = item;
      best_key = k;
    }
    return false;
  };
  if (npos == 1) {
    any_of(I, a[1], consider);
  } else {
    for (uint32_t i = 1; i <= npos; i++) consider(a[i]);
  }
  if (best.empty()) {
    if (!dflt.empty()) return dflt;
    I.raise(I.t.ValueError, "%s() arg is an empty sequence", fname);
  }
  return best;
}

Value bi_max(Interp& I, CallArgs& a) { return min_max(I, a, true); }
Value bi_min(Interp& I, CallArgs& a) { return min_max(I, a, false); }

// sum(iterable, /, start=0): exact int and float runs are added in C++
// (CPython 3.11 adds floats plainly, without compensation); anything else,
// or an int overflowing the small range, goes through `+`.
Value bi_sum(Interp& I, CallArgs& a) {
  Value start = Value::small(0);
  uint32_t npos = a.npos() - 1;
  if (npos + a.nkw() > 2) I.raise(I.t.TypeError, "sum() takes at most 2 arguments (%u given)", npos + a.nkw());
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    if (name->view() != "start") bad_keyword(I, name, "sum");
    if (npos >= 2)
      I.raise(I.t.TypeError, "argument for sum() given by name ('start') and position (2)");
    start = a.argv[a.npos() + k];
  }
  if (npos == 0) I.raise(I.t.TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (npos == 2) start = a[2];
  Type* st = type_of(I, start);
  if (is_subtype(st, I.t.str)) I.raise(I.t.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_subtype(st, I.t.bytes)) I.raise(I.t.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_subtype(st, I.t.bytearray))
    I.raise(I.t.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");

  Value result = start;
  enum class Mode { Int, Float, Generic } mode =
      result.is_small() ? Mode::Int
                        : (result.is_obj() && result.obj()->type == I.t.float_) ? Mode::Float : Mode::Generic;
  int64_t ir = result.is_small() ? result.small_value() : 0;
  double fr = mode == Mode::Float ? result.as<FloatObj>()->v : 0.0;
  auto add = [&](Value item) {
    if (mode == Mode::Int) {
      if (item.is_small() || item.is_bool()) {
        ir += item.is_small() ? item.small_value() : int64_t(item.is_true());  // 62-bit sums never overflow int64
        if (Value::fits_small(ir)) return;
        result = I.new_int(ir);
        mode = Mode::Generic;
        return;
      }
      result = Value::small(ir);
      if (item.is_obj() && item.obj()->type == I.t.float_) {
        fr = double(ir) + item.as<FloatObj>()->v;
        mode = Mode::Float;
        return;
      }
      result = binary_op(I, result, item, BinOp::Add);
      mode = Mode::Generic;
      if (result.is_obj() && result.obj()->type == I.t.float_) {
        fr = result.as<FloatObj>()->v;
        mode = Mode::Float;
      }
      return;
    }
    if (mode == Mode::Float) {
      if (item.is_obj() && item.obj()->type == I.t.float_) {
        fr += item.as<FloatObj>()->v;
        return;
      }
      if (item.is_small()) {
        fr += double(item.small_value());
        return;
      }
      result = binary_op(I, I.new_float(fr), item, BinOp::Add);
      mode = Mode::Generic;
      return;
    }
    result = binary_op(I, result, item, BinOp::Add);
  };
  any_of(I, a[1], [&](Value item) {
    add(item);
    return false;
  });
  if (mode == Mode::Int) return Value::small(ir);
  if (mode == Mode::Float) return I.new_float(fr);
  return result;
}

Value bi_sorted(Interp& I, CallArgs& a) {
  uint32_t npos = a.npos() - 1;
  if (npos != 1) I.raise(I.t.TypeError, "sorted expected 1 argument, got %u", npos);
  Value key, reverse;
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    Value v = a.argv[a.npos() + k];
    if (kw_is(name, I.names->key)) key = v;
    else if (kw_is(name, I.names->reverse)) reverse = v;
    else bad_keyword(I, name, "sort");
  }
  bool rev = false;
  if (!reverse.empty()) {
    if (is_float(I, reverse)) I.raise(I.t.TypeError, "'float' object cannot be interpreted as an integer");
    Value n = number_index(I, reverse);
    rev = !(n.is_small() && n.small_value() == 0);
  }
  List* l = list_from_iterable(I, a[1]);
  list_sort(I, l, key, rev);
  return obj_value(l);
}

// ===========================================================================
// Numbers: abs, round, divmod, pow, bin, oct, hex, chr, ord
// ===========================================================================

Value bi_abs(Interp& I, CallArgs& a) {
  exactly_one(I, a, "abs");
  Value v = a[1];
  if (v.is_small()) return v.small_value() < 0 ? I.new_int(-v.small_value()) : v;
  if (v.is_obj() && v.obj()->type == I.t.float_) return I.new_float(std::fabs(v.as<FloatObj>()->v));
  Value r = call_special(I, v, I.names->__abs__, nullptr, 0);
  if (r.empty()) I.raise(I.t.TypeError, "bad operand type for abs(): '%s'", type_name(I, v));
  return r;
}

Value bi_round(Interp& I, CallArgs& a) {
  Value number, ndigits;
  uint32_t npos = a.npos() - 1;
  if (npos + a.nkw() > 2) I.raise(I.t.TypeError, "round() takes at most 2 arguments (%u given)", npos + a.nkw());
  if (npos >= 1) number = a[1];
  if (npos >= 2) ndigits = a[2];
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    Value v = a.argv[a.npos() + k];
    int pos = name->view() == "number" ? 1 : name->view() == "ndigits" ? 2 : 0;
    if (!pos) bad_keyword(I, name, "round");
    Value& slot = pos == 1 ? number : ndigits;
    if (!slot.empty())
      I.raise(I.t.TypeError, "argument for round() given by name ('%s') and position (%d)", name->data, pos);
    slot = v;
  }
  if (number.empty()) I.raise(I.t.TypeError, "round() missing required argument 'number' (pos 1)");
  bool no_digits = ndigits.empty() || ndigits.is_none();
  if (no_digits && number.is_small()) return number;
  Type* t = type_of(I, number);
  if (type_lookup(t, I.names->__round__).empty())
    I.raise(I.t.TypeError, "type %s doesn't define __round__ method", t->name->data);
  if (no_digits) return call_special(I, number, I.names->__round__, nullptr, 0);
  return call_special(I, number, I.names->__round__, &ndigits, 1);
}

// Python's floor division and modulo of two small ints (b != 0).
Value small_divmod(Interp& I, int64_t x, int64_t y) {
  int64_t q = x / y, r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) {
    q--;
    r += y;
  }
  return obj_value(I.tuple({I.new_int(q), I.new_int(r)}));
}

Value bi_divmod(Interp& I, CallArgs& a) {
  positional(I, a, "divmod", 2, 2);
  Value x = a[1], y = a[2];
  if (x.is_small() && y.is_small()) {
    if (y.small_value() == 0) I.raise(I.t.ZeroDivisionError, "integer division or modulo by zero");
    return small_divmod(I, x.small_value(), y.small_value());
  }
  // The binary-operator protocol for __divmod__/__rdivmod__ (a subclass's
  // reflected method first when it overrides it).
  Type* tx = type_of(I, x);
  Type* ty = type_of(I, y);
  bool reflected_first = false;
  if (tx != ty && is_subtype(ty, tx)) {
    Value ry = type_lookup(ty, I.names->__rdivmod__);
    reflected_first = !ry.empty() && ry != type_lookup(tx, I.names->__rdivmod__);
  }
  if (reflected_first) {
    Value r = call_special(I, y, I.names->__rdivmod__, &x, 1);
    if (!r.empty() && !r.is_not_implemented()) return r;
  }
  Value r = call_special(I, x, I.names->__divmod__, &y, 1);
  if (!r.empty() && !r.is_not_implemented()) return r;
  if (tx != ty && !reflected_first) {
    r = call_special(I, y, I.names->__rdivmod__, &x, 1);
    if (!r.empty() && !r.is_not_implemented()) return r;
  }
  I.raise(I.t.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", tx->name->data, ty->name->data);
}

Value bi_pow(Interp& I, CallArgs& a) {
  Value args[3];
  uint32_t npos = a.npos() - 1;
  if (npos + a.nkw() > 3) I.raise(I.t.TypeError, "pow() takes at most 3 arguments (%u given)", npos + a.nkw());
  for (uint32_t i = 0; i < npos; i++) args[i] = a[1 + i];
  static const char* const kNames[3] = {"base", "exp", "mod"};
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = as_str(a.kwnames->items[k]);
    int pos = -1;
    for (int i = 0; i < 3; i++)
      if (name->view() == kNames[i]) pos = i;
    if (pos < 0) bad_keyword(I, name, "pow");
    if (!args[pos].empty())
      I.raise(I.t.TypeError, "argument for pow() given by name ('%s') and position (%d)", name->data, pos + 1);
    args[pos] = a.argv[a.npos() + k];
  }
  for (int i = 0; i < 2; i++)
    if (args[i].empty())
      I.raise(I.t.TypeError, "pow() missing required argument '%s' (pos %d)", kNames[i], i + 1);
  if (args[2].empty() || args[2].is_none()) return binary_op(I, args[0], args[1], BinOp::Power);
  return power3(I, args[0], args[1], args[2]);
}

// bin/oct/hex: "-0x1f" style via __index__.
Value int_to_base(Interp& I, Value v, int base, const char* prefix) {
  Value n = number_index(I, v);
  std::string digits;
  bool neg;
  if (n.is_small()) {
    int64_t x = n.small_value();
    neg = x < 0;
    uint64_t u = neg ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, u, base);
    digits.assign(buf, r.ptr);
  } else {
    const BigInt& b = n.as<IntObj>()->v;
    neg = b.is_negative();
    digits = b.abs().to_string(base);
  }
  std::string out;
  out.reserve(digits.size() + 3);
  if (neg) out.push_back('-');
  out.append(prefix);
  out.append(digits);
  return I.new_str(out);
}

Value bi_bin(Interp& I, CallArgs& a) {
  exactly_one(I, a, "bin");
  return int_to_base(I, a[1], 2, "0b");
}
Value bi_oct(Interp& I, CallArgs& a) {
  exactly_one(I, a, "oct");
  return int_to_base(I, a[1], 8, "0o");
}
Value bi_hex(Interp& I, CallArgs& a) {
  exactly_one(I, a, "hex");
  return int_to_base(I, a[1], 16, "0x");
}

Value bi_chr(Interp& I, CallArgs& a) {
  exactly_one(I, a, "chr");
  Value n = number_index(I, a[1]);
  constexpr int64_t kMaxCodePoint = 0x10ffff;
  constexpr int64_t kCIntMax = 2147483647, kCIntMin = -2147483648LL;  // chr() converts to a C int first
  if (!n.is_small() || n.small_value() > kCIntMax || n.small_value() < kCIntMin)
    I.raise(I.t.OverflowError, "Python int too large to convert to C int");
  int64_t cp = n.small_value();
  if (cp < 0 || cp > kMaxCodePoint) I.raise(I.t.ValueError, "chr() arg not in range(0x110000)");
  return sval(str_from_codepoint(I, uint32_t(cp)));
}

Value bi_ord(Interp& I, CallArgs& a) {
  exactly_one(I, a, "ord");
  Value v = a[1];
  Type* t = type_of(I, v);
  if (is_subtype(t, I.t.str)) {
    Str* s = as_str(v);
    if (s->length != 1)
      I.raise(I.t.TypeError, "ord() expected a character, but string of length %u found", s->length);
    size_t pos = 0;
    return Value::small(utf8_decode_at(s->view(), pos));
  }
  if (is_subtype(t, I.t.bytes) || is_subtype(t, I.t.bytearray)) {
    const std::string& d = is_subtype(t, I.t.bytes) ? v.as<BytesObj>()->data : v.as<ByteArrayObj>()->data;
    if (d.size() != 1)
      I.raise(I.t.TypeError, "ord() expected a character, but string of length %zu found", d.size());
    return Value::small(static_cast<unsigned char>(d[0]));
  }
  I.raise(I.t.TypeError, "ord() expected string of length 1, but %s found", t->name->data);
}

// ===========================================================================
// Async iteration: aiter, anext
// ===========================================================================

Value bi_aiter(Interp& I, CallArgs& a) {
  exactly_one(I, a, "aiter");
  Type* t = type_of(I, a[1]);
  if (type_lookup(t, I.names->__aiter__).empty())
    I.raise(I.t.TypeError, "'%s' object is not an async iterable", t->name->data);
  Value r = call_special(I, a[1], I.names->__aiter__, nullptr, 0);
  Type* rt = type_of(I, r);
  if (type_lookup(rt, I.names->__anext__).empty())
    I.raise(I.t.TypeError, "aiter() returned not an async iterator of type '%s'", rt->name->data);
  return r;
}

Value bi_anext(Interp& I, CallArgs& a) {
  positional(I, a, "anext", 1, 2);
  Type* t = type_of(I, a[1]);
  if (type_lookup(t, I.names->__anext__).empty())
    I.raise(I.t.TypeError, "'%s' object is not an async iterator", t->name->data);
  // The two-argument form needs an awaitable wrapper that turns
  // StopAsyncIteration into the default: not provided yet.
  Value awaitable = call_special(I, a[1], I.names->__anext__, nullptr, 0);
  // anext(it, default): StopAsyncIteration becomes the default's StopIteration.
  if (a.argc == 3) return anext_awaitable_new(I, awaitable, a[2]);
  return awaitable;
}

// ===========================================================================
// The interactive helpers: exit, quit, help, breakpoint
// ===========================================================================

Value quitter(Interp& I, CallArgs& a, const char* fname) {
  no_kwargs(I, a, fname);
  if (a.argc > 2)
    I.raise(I.t.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %u were given",
            a.argc);
  Value code = a.argc == 2 ? a[1] : Value::None();
  I.raise_value(call1(I, obj_value(I.t.SystemExit), code));
}
Value bi_exit(Interp& I, CallArgs& a) { return quitter(I, a, "exit"); }
Value bi_quit(Interp& I, CallArgs& a) { return quitter(I, a, "quit"); }

Value bi_help(Interp& I, CallArgs& a) {
  positional(I, a, "help", 0, 1);
  std::string text;
  if (a.argc == 1) {
    text = "Interleave runs Python 3.11 programs; the interactive help utility is not available.\n"
           "See https://docs.python.org/3.11/ for the documentation.\n";
  } else {
    Value doc = getattr_opt(I, a[1], I.names->__doc__);
    text = "Help on " + std::string(repr(I, a[1])->view()) + ":\n\n";
    if (!doc.empty() && is_str(I, doc)) text += std::string(as_str(doc)->view()) + "\n";
  }
  I.write_out(1, text);
  return Value::None();
}

Value bi_breakpoint(Interp& I, CallArgs& a) {
  Value hook = sys_attr(I, I.intern("breakpointhook"));
  if (hook.empty()) I.raise(I.t.RuntimeError, "lost sys.breakpointhook");
  return call(I, hook, a.argv + 1, a.argc - 1, a.kwnames);
}

// ===========================================================================
// Registration
// ===========================================================================

const MethodDef kBuiltinFunctions[] = {
    {"print", bi_print, 0,
     "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, "
     "default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a "
     "file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush "
     "the stream."},
    {"input", bi_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"repr", bi_repr, 0, "Return the canonical string representation of the object."},
    {"ascii", bi_ascii, 0, "Return an ASCII-only representation of an object."},
    {"format", bi_format, 0, "Return type(value).__format__(value, format_spec)"},
    {"hash", bi_hash, 0, "Return the hash value for the given object."},
    {"id", bi_id, 0, "Return the identity of an object."},
    {"callable", bi_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"getattr", bi_getattr, 0, "getattr(object, name[, default]) -> value"},
    {"setattr", bi_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", bi_delattr, 0, "Deletes the named attribute from the given object."},
    {"hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"vars", bi_vars, 0, "vars([object]) -> dictionary"},
    {"dir", bi_dir, 0, "dir([object]) -> list of strings"},
    {"iter", bi_iter, 0, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"next", bi_next, 0, "next(iterator[, default])"},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"max", bi_max, 0, "max(iterable, *[, default=obj, key=func]) -> value"},
    {"min", bi_min, 0, "min(iterable, *[, default=obj, key=func]) -> value"},
    {"sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"sorted", bi_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"round", bi_round, 0, "Round a number to a given precision in decimal digits."},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", bi_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"bin", bi_bin, 0, "Return the binary representation of an integer."},
    {"oct", bi_oct, 0, "Return the octal representation of an integer."},
    {"hex", bi_hex, 0, "Return the hexadecimal representation of an integer."},
    {"chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", bi_ord, 0, "Return the Unicode code point for a one-character string."},
    {"aiter", bi_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", bi_anext, 0, "async anext(aiterator[, default])"},
    {"exit", bi_exit, 0, nullptr},
    {"quit", bi_quit, 0, nullptr},
    {"help", bi_help, 0, nullptr},
    {"breakpoint", bi_breakpoint, 0, "Call sys.breakpointhook(*args, **kws)."},
    {nullptr, nullptr},
};

}  // namespace

Module* init_builtins_module(Interp& I) {
  // new_module's fields, on the larger layout.
  BuiltinsModule* m = I.make<BuiltinsModule>(I.t.module);
  m->dict = I.dict();
  m->attrs = m->dict;
  m->name = I.intern("builtins");
  dict_set_str(I, m->dict, I.names->__name__, sval(m->name));
  set_attr_str(I, m, "__doc__",
               I.new_str("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
                         "object; Ellipsis represents `...' in slices."));
  set_attr_str(I, m, "__package__", I.new_str(""));
  set_attr_str(I, m, "__spec__", Value::None());
  set_attr_str(I, m, "__loader__", Value::None());
  m->s_orig_stdout = I.intern("__stdout__");
  m->s_orig_stderr = I.intern("__stderr__");
  m->s_orig_stdin = I.intern("__stdin__");

  // Functions, bound to the module.
  for (const MethodDef& d : kBuiltinFunctions) {
    if (!d.name) break;
    NativeFunc* f = new_native(I, d.name, d.fn, obj_value(m), 0);
    f->doc = d.doc;
    dict_set_str(I, m->dict, f->name, obj_value(f));
  }

  // Types.
  for (Type* t : {I.t.int_, I.t.bool_, I.t.float_, I.t.complex, I.t.str, I.t.bytes, I.t.bytearray, I.t.tuple,
                  I.t.list, I.t.dict, I.t.set, I.t.frozenset, I.t.range, I.t.slice})
    if (t) dict_set_str(I, m->dict, t->name, obj_value(t));
  init_builtin_iterators(I, m);
  init_builtin_memoryview(I, m);

  // Every exception class (their names are their Python names).
#define IL_BI_EXC(n) \
  if (I.t.n && (I.t.n->flags & kTypeIsException)) dict_set_str(I, m->dict, I.t.n->name, obj_value(I.t.n));
  IL_BUILTIN_TYPES(IL_BI_EXC)
#undef IL_BI_EXC
  if (I.t.BaseException) dict_set_str(I, m->dict, I.t.BaseException->name, obj_value(I.t.BaseException));
  if (I.t.OSError) {  // the old names CPython keeps as aliases
    set_attr_str(I, m, "EnvironmentError", obj_value(I.t.OSError));
    set_attr_str(I, m, "IOError", obj_value(I.t.OSError));
  }

  // Constants (None/True/False are keywords).
  set_attr_str(I, m, "Ellipsis", Value::Ellipsis());
  set_attr_str(I, m, "NotImplemented", Value::NotImplemented());
  set_attr_str(I, m, "__debug__", Value::True());
  return m;
}

}  // namespace il
