// errors.cpp — raising exceptions from native code, the exception types'
// behaviour (BaseException and friends), tracebacks and their CPython format.
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Raising
// ============================================================================

static std::string vformat(const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (n < int(sizeof buf)) {
    va_end(ap2);
    return std::string(buf, n < 0 ? 0 : size_t(n));
  }
  std::string s(size_t(n) + 1, '\0');
  std::vsnprintf(s.data(), s.size(), fmt, ap2);
  va_end(ap2);
  s.resize(size_t(n));
  return s;
}

Value Interp::new_exception(Type* type, std::string_view msg) {
  ExceptionObj* e = make<ExceptionObj>(type);
  if (msg.empty() && (type == t.KeyboardInterrupt || type == t.StopIteration || type == t.GeneratorExit ||
                      type == t.SystemExit || type == t.KeyError))
    e->args = tuple(size_t(0));
  else
    e->args = tuple({new_str(msg)});
  if (type == t.StopIteration || type == t.SystemExit) e->value = msg.empty() ? Value::None() : e->args->items[0];
  return obj_value(e);
}

void Interp::raise(Type* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vformat(fmt, ap);
  va_end(ap);
  pending = new_exception(type, msg);
  throw PyRaise{};
}

void Interp::raise_type_error(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vformat(fmt, ap);
  va_end(ap);
  pending = new_exception(t.TypeError, msg);
  throw PyRaise{};
}

void Interp::raise_value(Value exc) {
  if (exc.is_obj() && exc.obj()->type->layout == Layout::Type) exc = call(*this, exc, nullptr, 0);
  pending = exc;
  throw PyRaise{};
}

void raise_recursion(Interp& I) { I.raise(I.t.RecursionError, "maximum recursion depth exceeded"); }

void add_traceback(Interp& I, Value exc, Code* code, int line) {
  if (!exc.is_obj() || exc.obj()->type->layout != Layout::Exception) return;
  ExceptionObj* e = exc.as<ExceptionObj>();
  Traceback* tb = I.make<Traceback>(I.t.traceback);
  tb->code = code;
  tb->line = line;
  tb->next = e->traceback;
  e->traceback = tb;
  // The eval loop adds the entry while the frame is still the task's top.
  Frame* top = I.current ? I.current->top : nullptr;
  if (top && top->code == code) tb->frame = frame_object(I, top);
}

void Traceback::trace(Tracer& t) {
  t.visit(next);
  t.visit(code);
  t.visit(frame);
}

void ExceptionObj::trace(Tracer& t) {
  t.visit(args);
  t.visit(traceback);
  t.visit(cause);
  t.visit(context);
  t.visit(value);
}

// ============================================================================
// Formatting (CPython's traceback.print_exception)
// ============================================================================

static std::string source_line(Interp& I, Str* filename, int line) {
  auto& src = I.vm->sources;
  auto it = src.find(std::string(filename->view()));
  if (it == src.end() || line <= 0) return "";
  const std::string& s = it->second;
  size_t pos = 0;
  for (int l = 1; l < line; l++) {
    pos = s.find('\n', pos);
    if (pos == std::string::npos) return "";
    pos++;
  }
  size_t end = s.find('\n', pos);
  std::string ln = s.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  size_t a = ln.find_first_not_of(" \t\f");
  if (a == std::string::npos) return "";
  size_t b = ln.find_last_not_of(" \t\r\n\f");
  return ln.substr(a, b - a + 1);
}

static std::string exception_name(Interp& I, Type* t) {
  Value mod = dict_get_str(t->dict, I.names->__module__);
  std::string name(t->qualname->view());
  if (!mod.empty() && is_str(I, mod)) {
    std::string_view m = as_str(mod)->view();
    if (m != "builtins" && m != "__main__") return std::string(m) + "." + name;
  }
  return name;
}

static std::string exception_only(Interp& I, Value exc) {
  Type* t = type_of(I, exc);
  std::string name = exception_name(I, t);
  std::string out;
  if (is_subtype(t, I.t.SyntaxError) && exc.obj()->attrs) {
    Dict* a = exc.obj()->attrs;
    Value fn = dict_get_str(a, I.intern("filename"));
    Value ln = dict_get_str(a, I.intern("lineno"));
    Value tx = dict_get_str(a, I.intern("text"));
    Value off = dict_get_str(a, I.intern("offset"));
    Value eoff = dict_get_str(a, I.intern("end_offset"));
    if (!fn.empty() && is_str(I, fn) && !ln.empty() && ln.is_small()) {
      out += "  File \"" + std::string(as_str(fn)->view()) + "\", line " + std::to_string(ln.small_value()) + "\n";
      if (!tx.empty() && is_str(I, tx)) {
        std::string text(as_str(tx)->view());
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        size_t lead = text.find_first_not_of(" \t\f");
        if (lead == std::string::npos) lead = text.size();
        std::string stripped = text.substr(lead);
        out += "    " + stripped + "\n";
        if (!off.empty() && off.is_small() && off.small_value() > 0) {
          // Columns are in code points of the original line.
          int64_t o = off.small_value() - 1 - int64_t(lead);
          int64_t e = (!eoff.empty() && eoff.is_small() && eoff.small_value() > off.small_value())
                          ? eoff.small_value() - 1 - int64_t(lead)
                          : o + 1;
          int64_t len = int64_t(utf8_length(stripped));
          if (o < 0) o = 0;
          if (o > len) o = len;
          if (e > len + 1) e = len + 1;
          if (e <= o) e = o + 1;
          out += "    " + std::string(size_t(o), ' ') + std::string(size_t(e - o), '^') + "\n";
        }
      }
    }
    Value msg = dict_get_str(a, I.intern("msg"));
    std::string m = (!msg.empty() && is_str(I, msg)) ? std::string(as_str(msg)->view()) : "";
    out += name + ": " + m + "\n";
    return out;
  }
  std::string msg;
  try {
    msg = std::string(str_of(I, exc)->view());
  } catch (PyRaise&) {
    I.pending = Value();
    msg = "<exception str() failed>";
  }
  if (msg.empty())
    out += name + "\n";
  else
    out += name + ": " + msg + "\n";
  return out;
}

static void format_one(Interp& I, Value exc, std::string& out, int depth) {
  if (depth > 50 || !exc.is_obj() || exc.obj()->type->layout != Layout::Exception) return;
  ExceptionObj* e = exc.as<ExceptionObj>();
  if (!e->cause.empty() && !e->cause.is_none()) {
    format_one(I, e->cause, out, depth + 1);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->context.empty() && !e->context.is_none() && !e->suppress_context) {
    format_one(I, e->context, out, depth + 1);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (e->traceback) {
    out += "Traceback (most recent call last):\n";
    // CPython collapses long runs of the same line: "[Previous line repeated N more times]".
    std::string last;
    int repeat = 0;
    auto flush_repeat = [&]() {
      if (repeat > 3) out += "  [Previous line repeated " + std::to_string(repeat - 3) + " more time" +
                             (repeat - 3 == 1 ? "" : "s") + "]\n";
      repeat = 0;
    };
    for (Traceback* tb = e->traceback; tb; tb = tb->next) {
      std::string entry = "  File \"" + std::string(tb->code->filename->view()) + "\", line " +
                          std::to_string(tb->line) + ", in " + std::string(tb->code->name->view()) + "\n";
      std::string src = source_line(I, tb->code->filename, tb->line);
      if (!src.empty()) entry += "    " + src + "\n";
      if (entry == last) {
        repeat++;
        if (repeat > 3) continue;
      } else {
        flush_repeat();
        last = entry;
        repeat = 1;
      }
      out += entry;
    }
    flush_repeat();
  }
  out += exception_only(I, exc);
}

std::string format_exception(Interp& I, Value exc) {
  std::string out;
  format_one(I, exc, out, 0);
  return out;
}

void print_exception(Interp& I, Value exc) {
  std::string s = format_exception(I, exc);
  I.write_out(2, s);
}

// ============================================================================
// BaseException and subclasses: Python-visible behaviour
// ============================================================================

static Value alloc_exception(Interp& I, Type* t) {
  ExceptionObj* e = I.make<ExceptionObj>(t);
  e->args = I.tuple(size_t(0));
  return obj_value(e);
}

static ExceptionObj* exc_self(Interp& I, Value v) {
  if (!v.is_obj() || v.obj()->type->layout != Layout::Exception)
    I.raise(I.t.TypeError, "descriptor requires a 'BaseException' object but received a '%s'", type_name(I, v));
  return v.as<ExceptionObj>();
}

static Value exc_new(Interp& I, CallArgs& a) {
  Type* cls = a[0].as<Type>();
  Value v = cls->alloc ? cls->alloc(I, cls) : alloc_exception(I, cls);
  ExceptionObj* e = v.as<ExceptionObj>();
  e->type = cls;
  uint32_t n = a.npos();
  e->args = I.tuple(a.argv + 1, n - 1);
  return v;
}

static Value exc_init(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  uint32_t n = a.npos();
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", e->type->name->data);
  e->args = I.tuple(a.argv + 1, n - 1);
  Type* t = e->type;
  if (is_subtype(t, I.t.StopIteration) || is_subtype(t, I.t.SystemExit)) {
    e->value = n > 1 ? a[1] : Value::None();
    if (is_subtype(t, I.t.SystemExit) && n > 2) e->value = obj_value(e->args);
  }
  return Value::None();
}

static Value exc_str(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  if (e->args->size == 0) return I.new_str("");
  if (e->args->size == 1) return sval(str_of(I, e->args->items[0]));
  return sval(repr(I, obj_value(e->args)));
}

static Value exc_repr(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  std::string name(e->type->name->view());
  if (e->args->size == 1) return I.new_str(name + "(" + repr_string(I, e->args->items[0]) + ")");
  std::string r = repr_string(I, obj_value(e->args));
  if (e->args->size == 0) return I.new_str(name + "()");
  return I.new_str(name + r);
}

static Value key_error_str(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  if (e->args->size == 1) return sval(repr(I, e->args->items[0]));
  return exc_str(I, a);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5
// arguments the fields are parsed and args becomes (errno, strerror).
static void oserror_parse(Interp& I, ExceptionObj* e, const Value* argv, uint32_t n) {
  if (!e->attrs) e->attrs = I.dict();
  Value none = Value::None();
  bool fields = n >= 2 && n <= 5;
  dict_set_str(I, e->attrs, I.intern("errno"), fields ? argv[0] : none);
  dict_set_str(I, e->attrs, I.intern("strerror"), fields ? argv[1] : none);
  dict_set_str(I, e->attrs, I.intern("filename"), fields && n >= 3 ? argv[2] : none);
  dict_set_str(I, e->attrs, I.intern("filename2"), fields && n >= 5 ? argv[4] : none);
  if (fields && n >= 3) e->args = I.tuple({argv[0], argv[1]});
}

// CPython's errno -> subclass table (Objects/exceptions.c), with Linux's errno
// numbers: sys.platform is "linux" on every host, so OSError(2, ...) must be a
// FileNotFoundError even where the C library numbers errors differently.
static Type* oserror_subclass_for(Interp& I, int64_t err) {
  switch (err) {
    case 11: case 114: case 115: return I.t.BlockingIOError;  // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
    case 10: return I.t.ChildProcessError;                     // ECHILD
    case 32: case 108: return I.t.BrokenPipeError;             // EPIPE, ESHUTDOWN
    case 103: return I.t.ConnectionAbortedError;               // ECONNABORTED
    case 111: return I.t.ConnectionRefusedError;               // ECONNREFUSED
    case 104: return I.t.ConnectionResetError;                 // ECONNRESET
    case 17: return I.t.FileExistsError;                       // EEXIST
    case 2: return I.t.FileNotFoundError;                      // ENOENT
    case 21: return I.t.IsADirectoryError;                     // EISDIR
    case 20: return I.t.NotADirectoryError;                    // ENOTDIR
    case 4: return I.t.InterruptedError;                       // EINTR
    case 13: case 1: return I.t.PermissionError;               // EACCES, EPERM
    case 3: return I.t.ProcessLookupError;                     // ESRCH
    case 110: return I.t.TimeoutError;                         // ETIMEDOUT
    default: return nullptr;
  }
}

static Value oserror_new(Interp& I, CallArgs& a) {
  Type* cls = a[0].as<Type>();
  uint32_t n = a.npos() - 1;
  // Only OSError itself picks a subclass (a user subclass keeps its class).
  if (cls == I.t.OSError && n >= 2 && a[1].is_small())
    if (Type* sub = oserror_subclass_for(I, a[1].small_value())) cls = sub;
  Value v = cls->alloc ? cls->alloc(I, cls) : alloc_exception(I, cls);
  ExceptionObj* e = v.as<ExceptionObj>();
  e->type = cls;
  e->args = I.tuple(a.argv + 1, n);
  oserror_parse(I, e, a.argv + 1, n);
  return v;
}

static Value oserror_init(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  exc_init(I, a);
  oserror_parse(I, e, a.argv + 1, a.npos() - 1);
  return Value::None();
}

static Value oserror_str(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  Dict* d = e->attrs;
  if (d) {
    auto field = [&](const char* name) {
      Value v = dict_get_str(d, I.intern(name));
      return v.empty() ? Value::None() : v;
    };
    Value en = field("errno"), se = field("strerror"), fn = field("filename"), fn2 = field("filename2");
    std::string head = "[Errno " + std::string(str_of(I, en)->view()) + "] " + std::string(str_of(I, se)->view());
    if (!fn.is_none()) {
      head += ": " + repr_string(I, fn);
      if (!fn2.is_none()) head += " -> " + repr_string(I, fn2);
      return I.new_str(head);
    }
    if (!en.is_none() && !se.is_none()) return I.new_str(head);
  }
  return exc_str(I, a);
}

// CPython's OSError.__reduce__: the fields parsed from args are not state
// (they live in the attrs dict here); a filename goes back into args.
static Value oserror_reduce(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  static const char* const kFields[] = {"errno", "strerror", "filename", "filename2"};
  Value args = obj_value(e->args);
  Dict* state = I.dict();
  if (e->attrs) {
    Value fn = dict_get_str(e->attrs, I.intern("filename"));
    Value fn2 = dict_get_str(e->attrs, I.intern("filename2"));
    if (e->args->size == 2 && !fn.empty() && !fn.is_none()) {
      Value* it = e->args->items;
      args = fn2.empty() || fn2.is_none() ? obj_value(I.tuple({it[0], it[1], fn}))
                                          : obj_value(I.tuple({it[0], it[1], fn, Value::None(), fn2}));
    }
    for (auto& entry : e->attrs->entries) {
      if (entry.key.empty()) continue;
      bool field = false;
      for (const char* f : kFields)
        if (is_str(I, entry.key) && as_str(entry.key)->view() == f) field = true;
      if (!field) dict_set(I, state, entry.key, entry.value);
    }
  }
  if (state->used) return obj_value(I.tuple({obj_value(e->type), args, obj_value(state)}));
  return obj_value(I.tuple({obj_value(e->type), args}));
}

static Value syntaxerror_init(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  exc_init(I, a);
  if (!e->attrs) e->attrs = I.dict();
  uint32_t n = a.npos() - 1;
  Value none = Value::None();
  dict_set_str(I, e->attrs, I.intern("msg"), n >= 1 ? a[1] : none);
  const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  Tuple* details = (n >= 2 && a[2].is_obj() && a[2].obj()->type == I.t.tuple) ? a[2].as<Tuple>() : nullptr;
  for (uint32_t i = 0; i < 6; i++)
    dict_set_str(I, e->attrs, I.intern(fields[i]), details && i < details->size ? details->items[i] : none);
  dict_set_str(I, e->attrs, I.intern("print_file_and_line"), none);
  return Value::None();
}

static Value syntaxerror_str(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  Dict* d = e->attrs;
  if (!d) return exc_str(I, a);
  Value msg = dict_get_str(d, I.intern("msg"));
  Value fn = dict_get_str(d, I.intern("filename"));
  Value ln = dict_get_str(d, I.intern("lineno"));
  std::string s = msg.empty() || msg.is_none() ? "" : std::string(str_of(I, msg)->view());
  if (!fn.empty() && is_str(I, fn) && !ln.empty() && ln.is_small()) {
    std::string base(as_str(fn)->view());
    size_t slash = base.rfind('/');
    if (slash != std::string::npos) base = base.substr(slash + 1);
    s += " (" + base + ", line " + std::to_string(ln.small_value()) + ")";
  }
  return I.new_str(s);
}

// UnicodeEncodeError / UnicodeDecodeError (encoding, object, start, end,
// reason) and UnicodeTranslateError (object, start, end, reason): the fields
// are attributes and str() is built from them, as CPython.
static Value unicode_error_init(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  exc_init(I, a);
  bool translate = is_subtype(e->type, I.t.UnicodeTranslateError);
  uint32_t want = translate ? 4 : 5, n = a.npos() - 1;
  if (n != want) I.raise(I.t.TypeError, "function takes exactly %u arguments (%u given)", want, n);
  const Value* v = a.argv + 1;
  if (!e->attrs) e->attrs = I.dict();
  uint32_t k = 0;
  if (!translate) dict_set_str(I, e->attrs, I.intern("encoding"), v[k++]);
  for (const char* name : {"object", "start", "end", "reason"}) dict_set_str(I, e->attrs, I.intern(name), v[k++]);
  return Value::None();
}

static Value unicode_error_str(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  auto field = [&](const char* name) { return e->attrs ? dict_get_str(e->attrs, I.intern(name)) : Value(); };
  Value obj = field("object"), start = field("start"), end = field("end"), reason = field("reason");
  if (obj.empty() || !start.is_small() || !end.is_small() || reason.empty()) return exc_str(I, a);
  bool translate = is_subtype(e->type, I.t.UnicodeTranslateError);
  bool decode = is_subtype(e->type, I.t.UnicodeDecodeError);
  std::string head = translate ? "can't translate" : "'" + std::string(str_of(I, field("encoding"))->view()) +
                                                         "' codec can't " + (decode ? "decode" : "encode");
  int64_t s = start.small_value(), en = end.small_value();
  std::string why(str_of(I, reason)->view());
  char buf[64];
  if (en == s + 1 && s >= 0 && s < length(I, obj)) {
    if (decode) {
      std::string_view data = obj.as<BytesObj>()->data;
      std::snprintf(buf, sizeof buf, "byte 0x%02x", unsigned((unsigned char)data[size_t(s)]));
    } else {
      // The code point at `s` (UTF-8 decoded from the one-character str).
      std::string_view ch = str_of(I, getitem(I, obj, start))->view();
      uint32_t c = (unsigned char)ch[0];
      if (ch.size() == 2) c = ((c & 0x1F) << 6) | (ch[1] & 0x3F);
      if (ch.size() == 3) c = ((c & 0x0F) << 12) | ((ch[1] & 0x3F) << 6) | (ch[2] & 0x3F);
      if (ch.size() == 4) c = ((c & 0x07) << 18) | ((ch[1] & 0x3F) << 12) | ((ch[2] & 0x3F) << 6) | (ch[3] & 0x3F);
      std::snprintf(buf, sizeof buf, c < 0x100 ? "character '\\x%02x'" : c < 0x10000 ? "character '\\u%04x'"
                                                                                : "character '\\U%08x'", c);
    }
    return I.new_str(head + " " + buf + " in position " + std::to_string(s) + ": " + why);
  }
  return I.new_str(head + (decode ? " bytes" : " characters") + " in position " + std::to_string(s) + "-" +
                   std::to_string(en - 1) + ": " + why);
}

static Value exc_get_args(Interp& I, CallArgs& a) { return obj_value(exc_self(I, a[0])->args); }
static Value exc_set_args(Interp& I, CallArgs& a) {
  exc_self(I, a[0])->args = tuple_from_iterable(I, a[1]);
  return Value::None();
}
static Value exc_get_tb(Interp& I, CallArgs& a) {
  Traceback* tb = exc_self(I, a[0])->traceback;
  return tb ? obj_value(tb) : Value::None();
}
static Value exc_set_tb(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  if (a[1].is_none())
    e->traceback = nullptr;
  else if (a[1].is_obj() && a[1].obj()->type == I.t.traceback)
    e->traceback = a[1].as<Traceback>();
  else
    I.raise(I.t.TypeError, "__traceback__ must be a traceback or None");
  return Value::None();
}
static Value exc_get_cause(Interp& I, CallArgs& a) {
  Value c = exc_self(I, a[0])->cause;
  return c.empty() ? Value::None() : c;
}
static Value exc_set_cause(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  e->cause = a[1].is_none() ? Value() : a[1];
  e->suppress_context = true;
  return Value::None();
}
static Value exc_get_context(Interp& I, CallArgs& a) {
  Value c = exc_self(I, a[0])->context;
  return c.empty() ? Value::None() : c;
}
static Value exc_set_context(Interp& I, CallArgs& a) {
  exc_self(I, a[0])->context = a[1].is_none() ? Value() : a[1];
  return Value::None();
}
static Value exc_get_suppress(Interp& I, CallArgs& a) {
  return Value::boolean(exc_self(I, a[0])->suppress_context);
}
static Value exc_set_suppress(Interp& I, CallArgs& a) {
  exc_self(I, a[0])->suppress_context = truthy(I, a[1]);
  return Value::None();
}
static Value exc_with_traceback(Interp& I, CallArgs& a) {
  Value args[2] = {a[0], a[1]};
  CallArgs b{args, 2, nullptr};
  exc_set_tb(I, b);
  return a[0];
}
static Value exc_get_value(Interp& I, CallArgs& a) {
  Value v = exc_self(I, a[0])->value;
  return v.empty() ? Value::None() : v;
}
static Value exc_set_value(Interp& I, CallArgs& a) {
  exc_self(I, a[0])->value = a[1];
  return Value::None();
}
static Value exc_add_note(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "note must be a str, not '%s'", type_name(I, a[1]));
  if (!e->attrs) e->attrs = I.dict();
  Str* key = I.intern("__notes__");
  Value notes = dict_get_str(e->attrs, key);
  if (notes.empty()) {
    notes = obj_value(I.list());
    dict_set_str(I, e->attrs, key, notes);
  }
  notes.as<List>()->items.push_back(a[1]);
  return Value::None();
}
static Value exc_reduce(Interp& I, CallArgs& a) {
  ExceptionObj* e = exc_self(I, a[0]);
  if (e->attrs && e->attrs->used)
    return obj_value(I.tuple({obj_value(e->type), obj_value(e->args), obj_value(e->attrs)}));
  return obj_value(I.tuple({obj_value(e->type), obj_value(e->args)}));
}

static Value tb_get_next(Interp& I, CallArgs& a) {
  Traceback* t = a[0].as<Traceback>()->next;
  return t ? obj_value(t) : Value::None();
}
static Value tb_get_lineno(Interp& I, CallArgs& a) { return Value::small(a[0].as<Traceback>()->line); }
static Value tb_get_code(Interp& I, CallArgs& a) { return obj_value(a[0].as<Traceback>()->code); }
static Value tb_get_frame(Interp& I, CallArgs& a) {
  Value f = a[0].as<Traceback>()->frame;
  return f.empty() ? Value::None() : f;
}

static const MethodDef kExceptionMethods[] = {
    {"__new__", exc_new, kNativeStatic},
    {"__init__", exc_init},
    {"__str__", exc_str},
    {"__repr__", exc_repr},
    {"with_traceback", exc_with_traceback},
    {"add_note", exc_add_note},
    {"__reduce__", exc_reduce},
    {nullptr, nullptr},
};
static const GetSetDef kExceptionGetSets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {nullptr, nullptr},
};
static const GetSetDef kValueGetSets[] = {{"value", exc_get_value, exc_set_value}, {nullptr, nullptr}};
static const GetSetDef kCodeGetSets[] = {{"code", exc_get_value, exc_set_value}, {nullptr, nullptr}};
static const MethodDef kKeyErrorMethods[] = {{"__str__", key_error_str}, {nullptr, nullptr}};
static const MethodDef kOSErrorMethods[] = {
    {"__new__", oserror_new, kNativeStatic}, {"__init__", oserror_init}, {"__str__", oserror_str},
    {"__reduce__", oserror_reduce}, {nullptr, nullptr}};
static const MethodDef kUnicodeErrorMethods[] = {
    {"__init__", unicode_error_init}, {"__str__", unicode_error_str}, {nullptr, nullptr}};
static const MethodDef kSyntaxErrorMethods[] = {
    {"__init__", syntaxerror_init}, {"__str__", syntaxerror_str}, {nullptr, nullptr}};
static const GetSetDef kTracebackGetSets[] = {
    {"tb_next", tb_get_next}, {"tb_lineno", tb_get_lineno}, {"tb_code", tb_get_code},
    {"tb_frame", tb_get_frame}, {nullptr, nullptr}};

void init_exceptions(Interp& I) {
  auto& T = I.t;
  auto mk = [&](const char* name, Type* base) {
    Type* t = new_builtin_type(I, name, base, Layout::Exception, kTypeBaseType | kTypeIsException | kTypeInstanceDict);
    t->alloc = alloc_exception;
    dict_set_str(I, t->dict, I.names->__doc__, Value::None());
    return t;
  };
  T.BaseException = mk("BaseException", T.object);
  T.SystemExit = mk("SystemExit", T.BaseException);
  T.KeyboardInterrupt = mk("KeyboardInterrupt", T.BaseException);
  T.GeneratorExit = mk("GeneratorExit", T.BaseException);
  T.Exception = mk("Exception", T.BaseException);
  T.StopIteration = mk("StopIteration", T.Exception);
  T.StopAsyncIteration = mk("StopAsyncIteration", T.Exception);
  T.ArithmeticError = mk("ArithmeticError", T.Exception);
  T.FloatingPointError = mk("FloatingPointError", T.ArithmeticError);
  T.OverflowError = mk("OverflowError", T.ArithmeticError);
  T.ZeroDivisionError = mk("ZeroDivisionError", T.ArithmeticError);
  T.AssertionError = mk("AssertionError", T.Exception);
  T.AttributeError = mk("AttributeError", T.Exception);
  T.BufferError = mk("BufferError", T.Exception);
  T.EOFError = mk("EOFError", T.Exception);
  T.ImportError = mk("ImportError", T.Exception);
  T.ModuleNotFoundError = mk("ModuleNotFoundError", T.ImportError);
  T.LookupError = mk("LookupError", T.Exception);
  T.IndexError = mk("IndexError", T.LookupError);
  T.KeyError = mk("KeyError", T.LookupError);
  T.MemoryError = mk("MemoryError", T.Exception);
  T.NameError = mk("NameError", T.Exception);
  T.UnboundLocalError = mk("UnboundLocalError", T.NameError);
  T.OSError = mk("OSError", T.Exception);
  T.BlockingIOError = mk("BlockingIOError", T.OSError);
  T.ChildProcessError = mk("ChildProcessError", T.OSError);
  T.ConnectionError = mk("ConnectionError", T.OSError);
  T.BrokenPipeError = mk("BrokenPipeError", T.ConnectionError);
  T.ConnectionAbortedError = mk("ConnectionAbortedError", T.ConnectionError);
  T.ConnectionRefusedError = mk("ConnectionRefusedError", T.ConnectionError);
  T.ConnectionResetError = mk("ConnectionResetError", T.ConnectionError);
  T.FileExistsError = mk("FileExistsError", T.OSError);
  T.FileNotFoundError = mk("FileNotFoundError", T.OSError);
  T.InterruptedError = mk("InterruptedError", T.OSError);
  T.IsADirectoryError = mk("IsADirectoryError", T.OSError);
  T.NotADirectoryError = mk("NotADirectoryError", T.OSError);
  T.PermissionError = mk("PermissionError", T.OSError);
  T.ProcessLookupError = mk("ProcessLookupError", T.OSError);
  T.TimeoutError = mk("TimeoutError", T.OSError);
  T.ReferenceError = mk("ReferenceError", T.Exception);
  T.RuntimeError = mk("RuntimeError", T.Exception);
  T.NotImplementedError = mk("NotImplementedError", T.RuntimeError);
  T.RecursionError = mk("RecursionError", T.RuntimeError);
  T.SyntaxError = mk("SyntaxError", T.Exception);
  T.IndentationError = mk("IndentationError", T.SyntaxError);
  T.TabError = mk("TabError", T.IndentationError);
  T.SystemError = mk("SystemError", T.Exception);
  T.TypeError = mk("TypeError", T.Exception);
  T.ValueError = mk("ValueError", T.Exception);
  T.UnicodeError = mk("UnicodeError", T.ValueError);
  T.UnicodeDecodeError = mk("UnicodeDecodeError", T.UnicodeError);
  T.UnicodeEncodeError = mk("UnicodeEncodeError", T.UnicodeError);
  T.UnicodeTranslateError = mk("UnicodeTranslateError", T.UnicodeError);
  T.Warning = mk("Warning", T.Exception);
  T.UserWarning = mk("UserWarning", T.Warning);
  T.DeprecationWarning = mk("DeprecationWarning", T.Warning);
  T.PendingDeprecationWarning = mk("PendingDeprecationWarning", T.Warning);
  T.SyntaxWarning = mk("SyntaxWarning", T.Warning);
  T.RuntimeWarning = mk("RuntimeWarning", T.Warning);
  T.FutureWarning = mk("FutureWarning", T.Warning);
  T.ImportWarning = mk("ImportWarning", T.Warning);
  T.UnicodeWarning = mk("UnicodeWarning", T.Warning);
  T.BytesWarning = mk("BytesWarning", T.Warning);
  T.ResourceWarning = mk("ResourceWarning", T.Warning);
  T.EncodingWarning = mk("EncodingWarning", T.Warning);

  add_methods(I, T.BaseException, kExceptionMethods);
  add_getsets(I, T.BaseException, kExceptionGetSets);
  add_getsets(I, T.StopIteration, kValueGetSets);
  add_getsets(I, T.SystemExit, kCodeGetSets);
  add_methods(I, T.KeyError, kKeyErrorMethods);
  add_methods(I, T.OSError, kOSErrorMethods);
  add_methods(I, T.SyntaxError, kSyntaxErrorMethods);
  for (Type* t : {T.UnicodeEncodeError, T.UnicodeDecodeError, T.UnicodeTranslateError})
    add_methods(I, t, kUnicodeErrorMethods);
  add_getsets(I, T.traceback, kTracebackGetSets);
}

}  // namespace il
