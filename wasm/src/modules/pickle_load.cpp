// pickle_load.cpp — the Unpickler: the pickle virtual machine (a value
// stack, a mark stack and the memo) with CPython 3.11's _pickle.c behaviour
// for every opcode of protocols 0-5, its error messages included, and its
// way of reading files (read(n) per piece, whole frames at once), so that
// several pickles written one after another to a file load one by one.
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "modules/pickle.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il::pk {

namespace {

// A tuple's i-th item (items[] is declared with one element; constant
// indices past it draw -Warray-bounds).
inline Value tuple_item(const Tuple* t, uint32_t i) { return t->items[i]; }

int64_t calc_binint(const char* p, int n) {  // little-endian; 1 and 2 bytes unsigned, 4 signed
  uint64_t x = 0;
  for (int i = 0; i < n; i++) x |= uint64_t(uint8_t(p[i])) << (8 * i);
  if (n == 4) return int64_t(int32_t(uint32_t(x)));
  return int64_t(x);
}

// An unsigned little-endian size; -1 when it does not fit (a hostile pickle).
int64_t calc_binsize(const char* p, int n) {
  uint64_t x = 0;
  for (int i = 0; i < n; i++) x |= uint64_t(uint8_t(p[i])) << (8 * i);
  return x > uint64_t(INT64_MAX) ? -1 : int64_t(x);
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Unpickler {
 public:
  Unpickler(Interp& I, std::string_view data, const UnpicklerConfig& cfg, UnpicklerState& state)
      : I(I), st(pickle_state(I)), cfg(cfg), state(state), buf(data), file_mode(!cfg.read.empty()) {
    state.proto = 0;
    stack.reserve(kInitialStack);
    state.memo.reserve(kInitialStack);
    for (Value v : state.memo)
      if (!v.empty()) memo_len++;
    if (!cfg.unpickler.empty()) {
      pers_load = getattr_opt(I, cfg.unpickler, I.intern("persistent_load"));
      Value fc = type_lookup(type_of(I, cfg.unpickler), I.intern("find_class"));
      Dict* own = cfg.unpickler.obj()->attrs;
      bool overridden = fc != st.unpickler_find_class ||
                        (own && !dict_get_str(own, I.intern("find_class")).empty());
      if (overridden) find_class_method = getattr(I, cfg.unpickler, I.intern("find_class"));
    }
  }

  Value load(size_t* consumed) {
    for (;;) {
      const char* s = try_read(1);
      if (!s) I.raise(I.t.EOFError, "Ran out of input");
      uint8_t op = uint8_t(*s);
      if (op == STOP) break;
      dispatch(op);
    }
    if (consumed) *consumed = pos;
    return pop();
  }

 private:
  Interp& I;
  PickleState& st;
  const UnpicklerConfig& cfg;
  UnpicklerState& state;
  std::string_view buf;   // the input (buffer mode), or what the file gave last (file mode)
  std::string owned;      // file mode: the bytes `buf` views
  size_t pos = 0;
  bool file_mode;
  // Why 32: a typical message's stack and memo fit without growing.
  static constexpr size_t kInitialStack = 32;
  std::vector<Value> stack;
  std::vector<size_t> marks;
  size_t fence = 0;       // the stack may not be popped below the last mark
  size_t memo_len = 0;    // memo entries set (MEMOIZE's next index)
  Value pers_load, find_class_method;

  // --- input ------------------------------------------------------------------------
  [[noreturn]] void truncated() { raise_unpickling(I, "pickle data was truncated"); }

  void set_input(Value data) {
    if (isinstance(I, data, I.t.bytes))
      owned = data.as<BytesObj>()->data;
    else if (isinstance(I, data, I.t.bytearray))
      owned = data.as<ByteArrayObj>()->data;
    else
      I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, data));
    buf = owned;
    pos = 0;
  }

  // n bytes, or null at the end of the input.
  const char* try_read(size_t n) {
    if (n <= buf.size() - pos) {
      const char* p = buf.data() + pos;
      pos += n;
      return p;
    }
    if (!file_mode) return nullptr;
    // As CPython: the file is asked for exactly what this read needs.
    set_input(call1(I, cfg.read, I.new_int(int64_t(n))));
    if (buf.size() < n) return nullptr;
    pos = n;
    return buf.data();
  }

  const char* read(size_t n) {
    const char* p = try_read(n);
    if (!p) truncated();
    return p;
  }

  // One line, '\n' included.
  std::string_view readline() {
    size_t nl = buf.find('\n', pos);
    if (nl != std::string_view::npos) {
      std::string_view line = buf.substr(pos, nl + 1 - pos);
      pos = nl + 1;
      return line;
    }
    if (!file_mode) truncated();
    set_input(call0(I, cfg.readline));
    if (buf.empty() || buf.back() != '\n') truncated();
    pos = buf.size();
    return buf;
  }

  std::string_view readline_min(size_t min) {
    std::string_view line = readline();
    if (line.size() < min) truncated();
    return line;
  }

  // --- the stacks ---------------------------------------------------------------------
  [[noreturn]] void underflow() {
    raise_unpickling(I, marks.empty() ? "unpickling stack underflow" : "unexpected MARK found");
  }
  void push(Value v) { stack.push_back(v); }
  Value pop() {
    if (stack.size() <= fence) underflow();
    Value v = stack.back();
    stack.pop_back();
    return v;
  }
  Value& top() {
    if (stack.size() <= fence) underflow();
    return stack.back();
  }
  size_t marker() {
    if (marks.empty()) raise_unpickling(I, "could not find MARK");
    size_t m = marks.back();
    marks.pop_back();
    fence = marks.empty() ? 0 : marks.back();
    return m;
  }
  Tuple* pop_tuple(size_t start) {
    if (start < fence) underflow();
    Tuple* t = I.tuple(stack.data() + start, stack.size() - start);
    stack.resize(start);
    return t;
  }
  List* pop_list(size_t start) {
    List* l = I.list(stack.size() - start);
    l->items.assign(stack.begin() + ptrdiff_t(start), stack.end());
    stack.resize(start);
    return l;
  }

  // --- the memo -----------------------------------------------------------------------
  void memo_put(size_t idx, Value v) {
    if (idx >= state.memo.size()) state.memo.resize(idx + 1);
    if (state.memo[idx].empty()) memo_len++;
    state.memo[idx] = v;
  }
  void memo_get(size_t idx) {
    if (idx >= state.memo.size() || state.memo[idx].empty())
      raise_unpickling(I, "Memo value not found at index %lld", static_cast<long long>(idx));
    push(state.memo[idx]);
  }

  // --- globals --------------------------------------------------------------------------
  Value find_class(Value module_name, Value global_name) {
    if (find_class_method.empty()) return default_find_class(I, module_name, global_name, state.proto, cfg.fix_imports);
    return call2(I, find_class_method, module_name, global_name);
  }

  Value instantiate(Value cls, Tuple* args) {
    if (args->size == 0 && cls.is_obj() && cls.obj()->type->layout == Layout::Type) {
      // An old-style INST/OBJ without __getinitargs__ skips __init__.
      if (getattr_opt(I, cls, I.intern("__getinitargs__")).empty()) {
        Value nw = getattr(I, cls, I.names->__new__);
        return call1(I, nw, cls);
      }
    }
    return call(I, cls, args->items, args->size);
  }

  // --- strings --------------------------------------------------------------------------
  Value decode_utf8(std::string_view data) {
    size_t len, es, ee;
    bool ascii;
    const char* reason;
    if (utf8_validate(data, len, ascii, es, ee, reason)) return sval(str_make(I, data, len, ascii));
    return sval(bytes_decode(I, data, I.intern("utf-8"), I.intern("surrogatepass")));
  }

  // A Python 2 str: bytes with encoding='bytes', else decoded.
  Value py2_string(std::string_view data) {
    if (as_str(cfg.encoding)->view() == "bytes") return I.new_bytes(data);
    return sval(bytes_decode(I, data, as_str(cfg.encoding), as_str(cfg.errors)));
  }

  // The raw-unicode-escape codec: only \uXXXX and \UXXXXXXXX after an odd
  // number of backslashes are escapes; every other byte is a code point.
  Value raw_unicode_unescape(std::string_view s) {
    StrBuilder b;
    size_t i = 0;
    while (i < s.size()) {
      if (s[i] != '\\') {
        b.put(uint8_t(s[i++]));
        continue;
      }
      size_t bs = i;
      while (i < s.size() && s[i] == '\\') b.put('\\'), i++;
      if (((i - bs) & 1) == 0 || i >= s.size() || (s[i] != 'u' && s[i] != 'U')) continue;
      b.buf.pop_back();  // the escaping backslash
      b.length--;
      int count = s[i] == 'u' ? 4 : 8;
      size_t start = bs + (i - bs) - 1;
      i++;
      uint32_t ch = 0;
      for (int k = 0; k < count; k++, i++) {
        int h = i < s.size() ? hexval(s[i]) : -1;
        if (h < 0) unicode_error(s, start, i, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        ch = (ch << 4) | uint32_t(h);
      }
      if (ch > 0x10ffff) unicode_error(s, start, i, "\\Uxxxxxxxx out of range");
      b.put(ch);
    }
    return sval(b.finish(I));
  }

  [[noreturn]] void unicode_error(std::string_view s, size_t start, size_t end, const char* reason) {
    Value args[5] = {I.new_str("rawunicodeescape"), I.new_bytes(s), I.new_int(int64_t(start)),
                     I.new_int(int64_t(end)), I.new_str(reason)};
    I.raise_value(call(I, obj_value(I.t.UnicodeDecodeError), args, 5));
  }

  // The STRING opcode's quoted Python 2 repr (PyBytes_DecodeEscape).
  Value load_string() {
    std::string_view line = readline();
    line.remove_suffix(1);
    if (line.size() < 2 || line.front() != line.back() || (line.front() != '\'' && line.front() != '"'))
      raise_unpickling(I, "the STRING opcode argument must be quoted");
    std::string_view s = line.substr(1, line.size() - 2);
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
      if (s[i] != '\\' || i + 1 >= s.size()) {
        if (s[i] == '\\') I.raise(I.t.ValueError, "Trailing \\ in string");
        out.push_back(s[i]);
        continue;
      }
      char c = s[++i];
      switch (c) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 'v': out.push_back('\v'); break;
        case 'a': out.push_back('\a'); break;
        case 'x': {
          int h1 = i + 1 < s.size() ? hexval(s[i + 1]) : -1, h2 = i + 2 < s.size() ? hexval(s[i + 2]) : -1;
          if (h1 < 0 || h2 < 0) I.raise(I.t.ValueError, "invalid \\x escape at position %zu", i - 1);
          out.push_back(char(h1 * 16 + h2));
          i += 2;
          break;
        }
        default:
          if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + (s[++i] - '0');
            out.push_back(char(v));
          } else {
            out.push_back('\\');
            out.push_back(c);
          }
      }
    }
    return py2_string(out);
  }

  // --- the opcodes ------------------------------------------------------------------------
  Value load_int_line(std::string_view line) {
    std::string text(line.substr(0, line.size() - 1));
    errno = 0;
    char* end = nullptr;
    long long x = std::strtoll(text.c_str(), &end, 0);
    if (errno || *end != '\0') {
      try {
        return int_from_string(I, text, 0);
      } catch (PyRaise&) {
        if (!isinstance(I, I.pending, I.t.ValueError)) throw;
        I.pending = Value();
        I.raise(I.t.ValueError, "could not convert string to int");
      }
    }
    if (line.size() == 3 && (x == 0 || x == 1)) return Value::boolean(x == 1);
    return I.new_int(int64_t(x));
  }

  Value load_float_line(std::string_view line) {
    std::string text(line.substr(0, line.size() - 1));
    char* end = nullptr;
    double d = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0') I.raise(I.t.ValueError, "could not convert string to float");
    return I.new_float(d);
  }

  Value counted_long(int nsize) {
    int64_t n = calc_binint(read(size_t(nsize)), nsize);
    if (n < 0) raise_unpickling(I, "LONG pickle has negative byte count");
    if (n == 0) return Value::small(0);
    const char* p = read(size_t(n));
    return I.new_int(BigInt::from_bytes(reinterpret_cast<const uint8_t*>(p), size_t(n), true, true));
  }

  std::string_view counted(int nsize, const char* what, Type* overflow_type) {
    int64_t n = calc_binsize(read(size_t(nsize)), nsize);
    if (n < 0) I.raise(overflow_type, "%s exceeds system's maximum size of %lld bytes", what, static_cast<long long>(INT64_MAX));
    return std::string_view(read(size_t(n)), size_t(n));
  }

  void do_append(size_t x) {
    size_t len = stack.size();
    if (x > len || x <= fence) underflow();
    if (len == x) return;
    Value list = stack[x - 1];
    if (list.is_obj() && list.obj()->type == I.t.list) {
      auto& items = list.as<List>()->items;
      items.insert(items.end(), stack.begin() + ptrdiff_t(x), stack.end());
      stack.resize(x);
      return;
    }
    Value extend = getattr_opt(I, list, I.intern("extend"));
    if (!extend.empty()) {
      call1(I, extend, obj_value(pop_list(x)));
      return;
    }
    Value append = getattr(I, list, I.names->append);
    for (size_t i = x; i < len; i++) call1(I, append, stack[i]);
    stack.resize(x);
  }

  void do_setitems(int64_t x) {
    int64_t len = int64_t(stack.size());
    if (x > len || x <= int64_t(fence)) underflow();
    if (len == x) return;
    if ((len - x) % 2) raise_unpickling(I, "odd number of items for SETITEMS");
    Value dict = stack[size_t(x - 1)];
    bool exact = dict.is_obj() && dict.obj()->type == I.t.dict;
    for (int64_t i = x + 1; i < len; i += 2) {
      if (exact)
        dict_set(I, dict.as<Dict>(), stack[size_t(i - 1)], stack[size_t(i)]);
      else
        setitem(I, dict, stack[size_t(i - 1)], stack[size_t(i)]);
    }
    stack.resize(size_t(x));
  }

  void load_additems() {
    size_t mark = marker();
    size_t len = stack.size();
    if (mark > len || mark <= fence) underflow();
    if (len == mark) return;
    Value set = stack[mark - 1];
    if (isinstance(I, set, I.t.set)) {
      for (size_t i = mark; i < len; i++) set_add(I, set.as<SetObj>(), stack[i]);
    } else {
      Value add = getattr(I, set, I.intern("add"));
      for (size_t i = mark; i < len; i++) call1(I, add, stack[i]);
    }
    stack.resize(mark);
  }

  void load_build() {
    if (stack.size() < fence + 2) underflow();
    Value state = pop();
    Value inst = stack.back();
    Value setstate = getattr_opt(I, inst, I.names->__setstate__);
    if (!setstate.empty()) {
      call1(I, setstate, state);
      return;
    }
    Value slotstate;
    if (isinstance(I, state, I.t.tuple) && state.as<Tuple>()->size == 2) {
      slotstate = tuple_item(state.as<Tuple>(), 1);
      state = tuple_item(state.as<Tuple>(), 0);
    }
    if (!state.is_none()) {
      if (!isinstance(I, state, I.t.dict)) raise_unpickling(I, "state is not a dictionary");
      Value d = getattr(I, inst, I.names->__dict__);
      Dict* sd = state.as<Dict>();
      for (size_t i = 0; i < sd->entries.size(); i++) {
        DictEntry e = sd->entries[i];
        if (e.key.empty()) continue;
        Value k = is_exact_str(I, e.key) ? sval(I.intern(as_str(e.key)->view())) : e.key;
        setitem(I, d, k, e.value);
      }
    }
    if (!slotstate.empty()) {
      if (!isinstance(I, slotstate, I.t.dict)) raise_unpickling(I, "slot state is not a dictionary");
      Dict* sd = slotstate.as<Dict>();
      for (size_t i = 0; i < sd->entries.size(); i++) {
        DictEntry e = sd->entries[i];
        if (e.key.empty()) continue;
        if (!is_str(I, e.key))
          I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, e.key));
        setattr(I, inst, as_str(e.key), e.value);
      }
    }
  }

  void load_newobj(bool use_kwargs) {
    Value kwargs = use_kwargs ? pop() : Value();
    Value args = pop();
    Value cls = pop();
    const char* op = use_kwargs ? "NEWOBJ_EX" : "NEWOBJ";
    if (!cls.is_obj() || cls.obj()->type->layout != Layout::Type)
      raise_unpickling(I, "%s class argument must be a type, not %s", op, type_name(I, cls));
    if (!isinstance(I, args, I.t.tuple))
      raise_unpickling(I, "%s args argument must be a tuple, not %s", op, type_name(I, args));
    if (use_kwargs && !isinstance(I, kwargs, I.t.dict))
      raise_unpickling(I, "%s kwargs argument must be a dict, not %s", op, type_name(I, kwargs));
    Tuple* at = args.as<Tuple>();
    std::vector<Value> argv = {cls};
    argv.insert(argv.end(), at->items, at->items + at->size);
    Tuple* kwnames = nullptr;
    if (use_kwargs) {
      std::vector<Value> names;
      for (auto& e : kwargs.as<Dict>()->entries)
        if (!e.key.empty()) {
          argv.push_back(e.value);
          names.push_back(e.key);
        }
      if (!names.empty()) kwnames = I.tuple(names.data(), names.size());
    }
    Value nw = getattr(I, cls, I.names->__new__);
    push(call(I, nw, argv.data(), uint32_t(argv.size()), kwnames));
  }

  void load_extension(int nbytes) {
    int64_t code = calc_binint(read(size_t(nbytes)), nbytes);
    if (code <= 0) raise_unpickling(I, "EXT specifies code <= 0");
    if (st.extension_cache.empty()) load_copyreg(I, st);
    Value key = I.new_int(code);
    Value obj = dict_get(I, st.extension_cache.as<Dict>(), key);
    if (!obj.empty()) return push(obj);
    Value pair = dict_get(I, st.inverted_registry.as<Dict>(), key);
    if (pair.empty()) I.raise(I.t.ValueError, "unregistered extension code %lld", static_cast<long long>(code));
    if (!isinstance(I, pair, I.t.tuple) || pair.as<Tuple>()->size != 2 || !is_str(I, tuple_item(pair.as<Tuple>(), 0)) ||
        !is_str(I, tuple_item(pair.as<Tuple>(), 1)))
      I.raise(I.t.ValueError, "_inverted_registry[%lld] isn't a 2-tuple of strings", static_cast<long long>(code));
    obj = find_class(tuple_item(pair.as<Tuple>(), 0), tuple_item(pair.as<Tuple>(), 1));
    dict_set(I, st.extension_cache.as<Dict>(), key, obj);
    push(obj);
  }

  Value persistent(Value pid) {
    if (pers_load.empty())
      raise_unpickling(I,
                       "A load persistent id instruction was encountered,\n"
                       "but no persistent_load function was specified.");
    return call1(I, pers_load, pid);
  }

  void dispatch(uint8_t op) {
    switch (op) {
      case NONE: return push(Value::None());
      case NEWTRUE: return push(Value::True());
      case NEWFALSE: return push(Value::False());
      case BININT: return push(I.new_int(calc_binint(read(4), 4)));
      case BININT1: return push(I.new_int(calc_binint(read(1), 1)));
      case BININT2: return push(I.new_int(calc_binint(read(2), 2)));
      case INT: return push(load_int_line(readline_min(2)));
      case LONG: {
        std::string_view line = readline_min(2);
        std::string text(line.substr(0, line.size() - 1));
        if (!text.empty() && text.back() == 'L') text.pop_back();
        return push(int_from_string(I, text, 0));
      }
      case LONG1: return push(counted_long(1));
      case LONG4: return push(counted_long(4));
      case FLOAT: return push(load_float_line(readline_min(2)));
      case BINFLOAT: {
        const char* p = read(8);
        uint64_t u = 0;
        for (int i = 0; i < 8; i++) u = (u << 8) | uint8_t(p[i]);
        double d;
        std::memcpy(&d, &u, 8);
        return push(I.new_float(d));
      }
      case SHORT_BINBYTES: return push(I.new_bytes(counted(1, "BINBYTES", I.t.OverflowError)));
      case BINBYTES: return push(I.new_bytes(counted(4, "BINBYTES", I.t.OverflowError)));
      case BINBYTES8: return push(I.new_bytes(counted(8, "BINBYTES", I.t.OverflowError)));
      case BYTEARRAY8: return push(new_bytearray(I, counted(8, "BYTEARRAY8", I.t.OverflowError)));
      case NEXT_BUFFER: {
        if (cfg.buffers.empty())
          raise_unpickling(I, "pickle stream refers to out-of-band data but no *buffers* argument was given");
        Value b = next(I, cfg.buffers);
        if (b.empty()) raise_unpickling(I, "not enough out-of-band buffers");
        return push(b);
      }
      case READONLY_BUFFER: {
        Value& t = top();
        if (!isinstance(I, t, I.t.bytes)) {
          Value mv = call1(I, getattr(I, obj_value(I.builtins), I.intern("memoryview")), t);
          t = call0(I, getattr(I, mv, I.intern("toreadonly")));
        }
        return;
      }
      case SHORT_BINSTRING: return push(py2_string(counted(1, "BINSTRING", st.UnpicklingError)));
      case BINSTRING: return push(py2_string(counted(4, "BINSTRING", st.UnpicklingError)));
      case STRING: return push(load_string());
      case UNICODE: {
        std::string_view line = readline_min(1);
        return push(raw_unicode_unescape(line.substr(0, line.size() - 1)));
      }
      case SHORT_BINUNICODE: return push(decode_utf8(counted(1, "BINUNICODE", I.t.OverflowError)));
      case BINUNICODE: return push(decode_utf8(counted(4, "BINUNICODE", I.t.OverflowError)));
      case BINUNICODE8: return push(decode_utf8(counted(8, "BINUNICODE", I.t.OverflowError)));
      case EMPTY_TUPLE: return push(obj_value(I.empty_tuple));
      case TUPLE1:
      case TUPLE2:
      case TUPLE3: {
        size_t n = op - TUPLE1 + 1;
        if (stack.size() < n) underflow();
        return push(obj_value(pop_tuple(stack.size() - n)));
      }
      case TUPLE: {
        size_t m = marker();
        return push(obj_value(pop_tuple(m)));
      }
      case EMPTY_LIST: return push(obj_value(I.list()));
      case LIST: {
        size_t m = marker();
        return push(obj_value(pop_list(m)));
      }
      case EMPTY_DICT: return push(obj_value(I.dict()));
      case DICT: {
        size_t m = marker();
        if ((stack.size() - m) % 2) raise_unpickling(I, "odd number of items for DICT");
        Dict* d = I.dict();
        for (size_t k = m + 1; k < stack.size(); k += 2) dict_set(I, d, stack[k - 1], stack[k]);
        stack.resize(m);
        return push(obj_value(d));
      }
      case EMPTY_SET: return push(obj_value(I.set()));
      case ADDITEMS: return load_additems();
      case FROZENSET: {
        size_t m = marker();
        Tuple* items = pop_tuple(m);
        SetObj* s = I.set(true);
        for (uint32_t k = 0; k < items->size; k++) set_add(I, s, items->items[k]);
        return push(obj_value(s));
      }
      case OBJ: {
        size_t m = marker();
        if (stack.size() < m + 1) underflow();
        Tuple* args = pop_tuple(m + 1);
        Value cls = pop();
        return push(instantiate(cls, args));
      }
      case INST: {
        size_t m = marker();
        std::string_view mod = readline_min(2);
        Value module_name = sval(bytes_decode(I, mod.substr(0, mod.size() - 1), I.intern("ascii"), I.intern("strict")));
        std::string_view name = readline_min(2);
        Value class_name = sval(bytes_decode(I, name.substr(0, name.size() - 1), I.intern("ascii"), I.intern("strict")));
        Value cls = find_class(module_name, class_name);
        return push(instantiate(cls, pop_tuple(m)));
      }
      case NEWOBJ: return load_newobj(false);
      case NEWOBJ_EX: return load_newobj(true);
      case GLOBAL: {
        std::string_view mod = readline_min(2);
        Value module_name = sval(str_from_utf8_checked(I, mod.substr(0, mod.size() - 1)));
        std::string_view name = readline_min(2);
        Value global_name = sval(str_from_utf8_checked(I, name.substr(0, name.size() - 1)));
        return push(find_class(module_name, global_name));
      }
      case STACK_GLOBAL: {
        Value global_name = pop();
        Value module_name = pop();
        if (!is_exact_str(I, module_name) || !is_exact_str(I, global_name))
          raise_unpickling(I, "STACK_GLOBAL requires str");
        return push(find_class(module_name, global_name));
      }
      case APPEND:
        if (stack.size() < fence + 2) underflow();
        return do_append(stack.size() - 1);
      case APPENDS: return do_append(marker());
      case SETITEM: return do_setitems(int64_t(stack.size()) - 2);
      case SETITEMS: return do_setitems(int64_t(marker()));
      case BUILD: return load_build();
      case DUP: return push(top());
      case BINGET: return memo_get(uint8_t(*read(1)));
      case LONG_BINGET: return memo_get(size_t(calc_binsize(read(4), 4)));
      case GET: {
        std::string_view line = readline_min(2);
        Value idx = int_from_string(I, line.substr(0, line.size() - 1), 10);
        return memo_get(size_t(to_int64(I, idx)));
      }
      case MARK:
        marks.push_back(stack.size());
        fence = stack.size();
        return;
      case BINPUT: {
        uint8_t idx = uint8_t(*read(1));
        return memo_put(idx, top());
      }
      case LONG_BINPUT: {
        int64_t idx = calc_binsize(read(4), 4);
        return memo_put(size_t(idx), top());
      }
      case PUT: {
        std::string_view line = readline_min(2);
        Value v = top();
        int64_t idx = to_int64(I, int_from_string(I, line.substr(0, line.size() - 1), 10));
        if (idx < 0) I.raise(I.t.ValueError, "negative PUT argument");
        return memo_put(size_t(idx), v);
      }
      case MEMOIZE: return memo_put(memo_len, top());
      case POP:
        if (!marks.empty() && marks.back() == stack.size()) {
          marks.pop_back();
          fence = marks.empty() ? 0 : marks.back();
        } else {
          pop();
        }
        return;
      case POP_MARK: {
        size_t m = marker();
        stack.resize(m);
        return;
      }
      case PERSID: {
        if (pers_load.empty()) persistent(Value());
        std::string_view line = readline_min(1);
        std::string_view text = line.substr(0, line.size() - 1);
        for (unsigned char c : text)
          if (c >= 0x80) raise_unpickling(I, "persistent IDs in protocol 0 must be ASCII strings");
        return push(persistent(I.new_str(text)));
      }
      case BINPERSID: {
        if (pers_load.empty()) persistent(Value());
        return push(persistent(pop()));
      }
      case REDUCE: {
        Value argtup = pop();
        Value callable = pop();
        if (!isinstance(I, argtup, I.t.tuple)) I.raise(I.t.TypeError, "argument list must be a tuple");
        Tuple* at = argtup.as<Tuple>();
        return push(call(I, callable, at->items, at->size));
      }
      case PROTO: {
        int p = uint8_t(*read(1));
        if (p > kHighestProtocol) I.raise(I.t.ValueError, "unsupported pickle protocol: %d", p);
        state.proto = p;
        return;
      }
      case FRAME: {
        int64_t len = calc_binsize(read(8), 8);
        if (len < 0) I.raise(I.t.OverflowError, "FRAME length exceeds system's maximum of %lld bytes", static_cast<long long>(INT64_MAX));
        read(size_t(len));  // the whole frame at once (one file read)
        pos -= size_t(len);
        return;
      }
      case EXT1: return load_extension(1);
      case EXT2: return load_extension(2);
      case EXT4: return load_extension(4);
      default:
        if (op >= 0x20 && op <= 0x7e && op != '\'' && op != '\\') raise_unpickling(I, "invalid load key, '%c'.", op);
        raise_unpickling(I, "invalid load key, '\\x%02x'.", op);
    }
  }
};

// getattr(module, 'a.b.c') for protocol 4 qualified names.
Value get_attribute(Interp& I, Value module, Value name, bool allow_qualname) {
  Value attr;
  if (allow_qualname && is_str(I, name)) {
    std::string_view s = as_str(name)->view();
    attr = module;
    size_t start = 0;
    for (;;) {
      size_t dot = s.find('.', start);
      std::string_view part = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      if (part == "<locals>")
        I.raise(I.t.AttributeError, "Can't get local attribute %s on %s", repr_string(I, name).c_str(),
                repr_string(I, module).c_str());
      attr = getattr_opt(I, attr, I.intern(part));
      if (attr.empty() || dot == std::string_view::npos) break;
      start = dot + 1;
    }
  } else if (is_str(I, name)) {
    attr = getattr_opt(I, module, as_str(name));
  } else {
    I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, name));
  }
  if (attr.empty())
    I.raise(I.t.AttributeError, "Can't get attribute %s on %s", repr_string(I, name).c_str(),
            repr_string(I, module).c_str());
  return attr;
}

}  // namespace

Value default_find_class(Interp& I, Value module_name, Value global_name, int proto, bool fix_imports) {
  if (proto < 3 && fix_imports) {
    PickleState& st = pickle_state(I);
    if (st.name_2to3.empty()) load_compat(I, st);
    Value item = dict_get(I, st.name_2to3.as<Dict>(), obj_value(I.tuple({module_name, global_name})));
    if (!item.empty()) {
      if (!isinstance(I, item, I.t.tuple) || item.as<Tuple>()->size != 2)
        I.raise(I.t.RuntimeError, "_compat_pickle.NAME_MAPPING values should be 2-tuples, not %s", type_name(I, item));
      module_name = tuple_item(item.as<Tuple>(), 0);
      global_name = tuple_item(item.as<Tuple>(), 1);
    } else {
      Value m = dict_get(I, st.import_2to3.as<Dict>(), module_name);
      if (!m.empty()) module_name = m;
    }
  }
  Value module = import_module_named(I, module_name);
  return get_attribute(I, module, global_name, proto >= 4);
}

Value pickle_load(Interp& I, std::string_view data, size_t* consumed, const UnpicklerConfig& cfg,
                  UnpicklerState& state) {
  return Unpickler(I, data, cfg, state).load(consumed);
}

}  // namespace il::pk
