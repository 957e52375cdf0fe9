// pickle_dump.cpp — the Pickler: turns an object graph into pickle opcodes
// exactly as CPython 3.11's _pickle.c does (save, save_reduce, save_global,
// the batching of APPENDS/SETITEMS/ADDITEMS, the memo and protocol 4
// framing), so that pickle.dumps gives python3's bytes.
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "modules/pickle.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "vm/frame.h"
#include "vm/ops.h"

namespace il::pk {

namespace {

// A tuple's i-th item (items[] is declared with one element; constant
// indices past it draw -Warray-bounds).
inline Value tuple_item(const Tuple* t, uint32_t i) { return t->items[i]; }

void put_le(std::string& out, uint64_t v, int n) {
  for (int i = 0; i < n; i++) out.push_back(char((v >> (8 * i)) & 0xff));
}

bool is_type(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Type; }

// Py_TYPE(x)->tp_name, for messages.
std::string tp_name(Interp& I, Value v) {
  Type* t = type_of(I, v);
  std::string name(t->name->view());
  if (t->flags & kTypeHeap) return name;
  Value mod = dict_get_str(t->dict, I.names->__module__);
  if (!mod.empty() && is_str(I, mod) && as_str(mod)->view() != "builtins")
    return std::string(as_str(mod)->view()) + "." + name;
  return name;
}

class Pickler {
 public:
  Pickler(Interp& I, const PicklerConfig& cfg, PickleMemo& memo)
      : I(I), st(pickle_state(I)), memo(memo), proto(cfg.proto), bin(cfg.proto > 0),
        fix_imports(cfg.fix_imports && cfg.proto < 3) {
    if (!cfg.pickler.empty()) {
      pers_func = getattr_opt(I, cfg.pickler, I.intern("persistent_id"));
      dispatch_table = getattr_opt(I, cfg.pickler, I.intern("dispatch_table"));
      reducer_override = getattr_opt(I, cfg.pickler, I.intern("reducer_override"));
    }
  }

  std::string dump(Value obj) {
    out.reserve(kInitialOutput);
    if (proto >= 2) {
      char header[2] = {char(PROTO), char(proto)};
      write(header, 2);
      if (proto >= 4) framing = true;
    }
    save(obj, false);
    write1(STOP);
    commit_frame();
    return std::move(out);
  }

 private:
  Interp& I;
  PickleState& st;
  PickleMemo& memo;
  int proto;
  bool bin, fix_imports;
  bool framing = false;
  // Why 256 bytes: a typical multiprocessing message fits without the
  // buffer growing.
  static constexpr size_t kInitialOutput = 256;
  std::string out;
  int64_t frame_start = -1;  // where the open frame's header was reserved, or -1
  Value pers_func, dispatch_table, reducer_override;
  int depth = 0;

  // --- output and framing (_Pickler_Write, _Pickler_CommitFrame ...) ----------
  void write(const char* s, size_t n) {
    if (framing && frame_start == -1) {
      frame_start = int64_t(out.size());
      out.append(kFrameHeaderSize, '\xfe');
    }
    out.append(s, n);
  }
  void write1(uint8_t op) {
    char c = char(op);
    write(&c, 1);
  }
  void write(std::string_view s) { write(s.data(), s.size()); }

  void commit_frame() {
    if (!framing || frame_start == -1) return;
    size_t len = out.size() - size_t(frame_start) - kFrameHeaderSize;
    if (len >= kFrameSizeMin) {
      char* hdr = out.data() + frame_start;
      hdr[0] = char(FRAME);
      for (int i = 0; i < 8; i++) hdr[1 + i] = char((uint64_t(len) >> (8 * i)) & 0xff);
    } else {
      out.erase(size_t(frame_start), kFrameHeaderSize);
    }
    frame_start = -1;
  }

  void opcode_boundary() {
    if (!framing || frame_start == -1) return;
    if (out.size() - size_t(frame_start) - kFrameHeaderSize >= kFrameSizeTarget) commit_frame();
  }

  // A header and its payload; a payload of a whole frame's size or more
  // goes outside any frame (as CPython's _Pickler_write_bytes).
  void write_bytes(const char* header, size_t hlen, std::string_view data) {
    bool bypass = data.size() >= kFrameSizeTarget;
    bool was_framing = framing;
    if (bypass) {
      commit_frame();
      framing = false;
    }
    write(header, hlen);
    write(data);
    framing = was_framing;
  }

  // --- the memo ----------------------------------------------------------------
  int64_t memo_find(Value obj) { return memo.find(obj); }

  void memo_put(Value obj) {
    uint32_t idx = memo.put(obj);
    char buf[32];
    if (proto >= 4) {
      write1(MEMOIZE);
    } else if (bin) {
      if (idx < 256) {
        buf[0] = char(BINPUT);
        buf[1] = char(idx);
        write(buf, 2);
      } else {
        std::string s(1, char(LONG_BINPUT));
        put_le(s, idx, 4);
        write(s);
      }
    } else {
      int n = std::snprintf(buf, sizeof buf, "%c%u\n", PUT, idx);
      write(buf, size_t(n));
    }
  }

  void memo_get(Value obj) {
    uint32_t idx = uint32_t(memo_find(obj));
    char buf[32];
    if (bin) {
      if (idx < 256) {
        buf[0] = char(BINGET);
        buf[1] = char(idx);
        write(buf, 2);
      } else {
        std::string s(1, char(LONG_BINGET));
        put_le(s, idx, 4);
        write(s);
      }
    } else {
      int n = std::snprintf(buf, sizeof buf, "%c%u\n", GET, idx);
      write(buf, size_t(n));
    }
  }

  // --- save ----------------------------------------------------------------------
  struct DepthGuard {
    Pickler& p;
    explicit DepthGuard(Pickler& p) : p(p) {
      int task_depth = p.I.current ? p.I.current->depth : 0;
      if (++p.depth + task_depth > p.I.recursion_limit || p.depth > kMaxSaveDepth)
        p.I.raise(p.I.t.RecursionError, "maximum recursion depth exceeded while pickling an object");
    }
    ~DepthGuard() { p.depth--; }
  };

  void save(Value obj, bool pers_save) {
    opcode_boundary();
    if (!pers_save && !pers_func.empty() && save_pers(obj)) return;
    if (obj.is_none()) return write1(NONE);
    if (obj.is_bool()) {
      if (proto >= 2) return write1(obj.is_true() ? NEWTRUE : NEWFALSE);
      return write(obj.is_true() ? "I01\n" : "I00\n");
    }
    Type* t = type_of(I, obj);
    if (t == I.t.int_) return save_long(obj);
    if (t == I.t.float_) return save_float(obj.as<FloatObj>()->v);
    if (memo_find(obj) >= 0) return memo_get(obj);
    if (t == I.t.bytes) return save_bytes(obj);
    if (t == I.t.str) return save_unicode(obj);
    DepthGuard guard(*this);
    if (t == I.t.dict) return save_dict(obj);
    if (t == I.t.set) return save_set(obj);
    if (t == I.t.frozenset) return save_frozenset(obj);
    if (t == I.t.list) return save_list(obj);
    if (t == I.t.tuple) return save_tuple(obj);
    if (t == I.t.bytearray) return save_bytearray(obj);

    Value rv;
    if (!reducer_override.empty()) {
      rv = call1(I, reducer_override, obj);
      if (rv.is_not_implemented()) rv = Value();
    }
    if (rv.empty()) {
      if (t == I.t.type) return save_type(obj);
      if (t == I.t.function) return save_global(obj, Value());
      Value reduce_func = dispatch_lookup(t);
      if (!reduce_func.empty()) {
        rv = call1(I, reduce_func, obj);
      } else if (is_subtype(t, I.t.type)) {
        return save_global(obj, Value());
      } else if (Value rex = getattr_opt(I, obj, I.names->__reduce_ex__); !rex.empty()) {
        rv = call1(I, rex, Value::small(proto));
      } else if (Value r = getattr_opt(I, obj, I.names->__reduce__); !r.empty()) {
        rv = call0(I, r);
      } else {
        raise_pickling(I, "can't pickle '%s' object: %s", tp_name(I, obj).c_str(), repr_string(I, obj).c_str());
      }
    }
    if (is_str(I, rv)) return save_global(obj, rv);
    if (!isinstance(I, rv, I.t.tuple)) raise_pickling(I, "__reduce__ must return a string or tuple");
    save_reduce(rv.as<Tuple>(), obj);
  }

  // self.dispatch_table[type] (KeyError: none), else copyreg.dispatch_table.get(type).
  Value dispatch_lookup(Type* t) {
    if (dispatch_table.empty()) {
      if (st.dispatch_table.empty()) load_copyreg(I, st);
      return dict_get(I, st.dispatch_table.as<Dict>(), obj_value(t));
    }
    try {
      return getitem(I, dispatch_table, obj_value(t));
    } catch (PyRaise&) {
      if (!isinstance(I, I.pending, I.t.KeyError)) throw;
      I.pending = Value();
      return Value();
    }
  }

  bool save_pers(Value obj) {
    Value pid = call1(I, pers_func, obj);
    if (pid.is_none()) return false;
    if (bin) {
      save(pid, true);
      write1(BINPERSID);
    } else {
      Str* s = str_of(I, pid);
      if (!s->ascii) raise_pickling(I, "persistent IDs in protocol 0 must be ASCII strings");
      write1(PERSID);
      write(s->view());
      write1('\n');
    }
    return true;
  }

  void save_long(Value obj) {
    if (obj.is_small()) {
      int64_t v = obj.small_value();
      if (v >= INT32_MIN && v <= INT32_MAX) {
        char buf[32];
        if (!bin) {
          int n = std::snprintf(buf, sizeof buf, "%c%lld\n", INT, static_cast<long long>(v));
          return write(buf, size_t(n));
        }
        uint32_t u = uint32_t(int32_t(v));
        buf[1] = char(u & 0xff);
        buf[2] = char((u >> 8) & 0xff);
        buf[3] = char((u >> 16) & 0xff);
        buf[4] = char((u >> 24) & 0xff);
        if (buf[4] || buf[3]) {
          buf[0] = char(BININT);
          return write(buf, 5);
        }
        if (buf[2]) {
          buf[0] = char(BININT2);
          return write(buf, 3);
        }
        buf[0] = char(BININT1);
        return write(buf, 2);
      }
    }
    if (proto >= 2) {
      BigInt big = int_to_big(I, obj);
      // One byte more than the magnitude needs: room for the sign bit; a
      // redundant 0xff sign byte of a negative number is dropped after.
      size_t nbytes = (big.bit_length() >> 3) + 1;
      if (nbytes > 0x7fffffffu) I.raise(I.t.OverflowError, "int too large to pickle");
      std::string data(nbytes, '\0');
      big.to_bytes(reinterpret_cast<uint8_t*>(data.data()), nbytes, true, true);
      if (big.is_negative() && nbytes > 1 && uint8_t(data[nbytes - 1]) == 0xff && (uint8_t(data[nbytes - 2]) & 0x80)) {
        nbytes--;
        data.resize(nbytes);
      }
      std::string hdr;
      if (nbytes < 256) {
        hdr = {char(LONG1), char(nbytes)};
      } else {
        hdr = std::string(1, char(LONG4));
        put_le(hdr, nbytes, 4);
      }
      write(hdr);
      return write(data);
    }
    write1(LONG);
    write(int_repr(I, obj)->view());
    write("L\n");
  }

  void save_float(double x) {
    if (bin) {
      char buf[9];
      buf[0] = char(BINFLOAT);
      uint64_t u;
      std::memcpy(&u, &x, 8);
      for (int i = 0; i < 8; i++) buf[1 + i] = char((u >> (56 - 8 * i)) & 0xff);  // big-endian
      return write(buf, 9);
    }
    write1(FLOAT);
    write(float_repr(I, x)->view());
    write1('\n');
  }

  // bytes and bytearray before their opcodes existed: reduce to a call.
  void save_reduce_of(Value callable, Tuple* args, Value obj) {
    save_reduce(I.tuple({callable, obj_value(args)}), obj);
  }

  void save_bytes(Value obj) {
    std::string_view data = obj.as<BytesObj>()->data;
    if (proto < 3) {
      // _codecs.encode(data.decode('latin1'), 'latin1'): readable by Python 2 too.
      if (data.empty()) return save_reduce_of(obj_value(I.t.bytes), I.empty_tuple, obj);
      if (st.codecs_encode.empty()) {
        Value m = import_module_named(I, I.new_str("_codecs"));
        st.codecs_encode = getattr(I, m, I.intern("encode"));
      }
      StrBuilder b;
      for (unsigned char c : data) b.put(c);
      return save_reduce_of(st.codecs_encode, I.tuple({obj_value(b.finish(I)), sval(I.intern("latin1"))}), obj);
    }
    save_bytes_data(data, obj);
  }

  void save_bytes_data(std::string_view data, Value obj) {
    size_t size = data.size();
    std::string hdr;
    if (size <= 0xff) {
      hdr = {char(SHORT_BINBYTES), char(size)};
    } else if (size <= 0xffffffffu) {
      hdr = std::string(1, char(BINBYTES));
      put_le(hdr, size, 4);
    } else if (proto >= 4) {
      hdr = std::string(1, char(BINBYTES8));
      put_le(hdr, size, 8);
    } else {
      I.raise(I.t.OverflowError, "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
    }
    write_bytes(hdr.data(), hdr.size(), data);
    memo_put(obj);
  }

  void save_bytearray(Value obj) {
    const std::string& data = obj.as<ByteArrayObj>()->data;
    if (proto < 5) {
      Type* ba = I.t.bytearray;
      if (data.empty()) return save_reduce_of(obj_value(ba), I.empty_tuple, obj);
      return save_reduce_of(obj_value(ba), I.tuple({I.new_bytes(data)}), obj);
    }
    std::string hdr(1, char(BYTEARRAY8));
    put_le(hdr, data.size(), 8);
    write_bytes(hdr.data(), hdr.size(), data);
    memo_put(obj);
  }

  // raw-unicode-escape, also escaping what would break the line-based
  // protocol 0 (backslash, newline, CR, NUL, ^Z).
  static std::string raw_unicode_escape(std::string_view s) {
    std::string r;
    size_t pos = 0;
    char buf[12];
    while (pos < s.size()) {
      uint32_t ch = utf8_decode_at(s, pos);
      if (ch >= 0x10000) {
        std::snprintf(buf, sizeof buf, "\\U%08x", ch);
        r += buf;
      } else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a) {
        std::snprintf(buf, sizeof buf, "\\u%04x", ch);
        r += buf;
      } else {
        r.push_back(char(ch));
      }
    }
    return r;
  }

  void save_unicode(Value obj) {
    std::string_view data = as_str(obj)->view();  // UTF-8 (lone surrogates as CPython's surrogatepass)
    if (bin) {
      size_t size = data.size();
      std::string hdr;
      if (size <= 0xff && proto >= 4) {
        hdr = {char(SHORT_BINUNICODE), char(size)};
      } else if (size <= 0xffffffffu) {
        hdr = std::string(1, char(BINUNICODE));
        put_le(hdr, size, 4);
      } else if (proto >= 4) {
        hdr = std::string(1, char(BINUNICODE8));
        put_le(hdr, size, 8);
      } else {
        I.raise(I.t.OverflowError, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
      }
      write_bytes(hdr.data(), hdr.size(), data);
    } else {
      write1(UNICODE);
      write(raw_unicode_escape(data));
      write1('\n');
    }
    memo_put(obj);
  }

  void save_tuple(Value obj) {
    Tuple* t = obj.as<Tuple>();
    uint32_t len = t->size;
    if (len == 0) {
      if (proto) return write1(EMPTY_TUPLE);
      return write("(t");
    }
    // Recursive if the tuple shows up in the memo while its items are saved:
    // then drop what was pushed and fetch it from the memo instead.
    if (len <= 3 && proto >= 2) {
      for (uint32_t i = 0; i < len; i++) save(t->items[i], false);
      if (memo_find(obj) >= 0) {
        for (uint32_t i = 0; i < len; i++) write1(POP);
        return memo_get(obj);
      }
      static const uint8_t kLenOp[] = {EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3};
      write1(kLenOp[len]);
      return memo_put(obj);
    }
    write1(MARK);
    for (uint32_t i = 0; i < len; i++) save(t->items[i], false);
    if (memo_find(obj) >= 0) {
      if (bin) {
        write1(POP_MARK);
      } else {
        for (uint32_t i = 0; i <= len; i++) write1(POP);
      }
      return memo_get(obj);
    }
    write1(TUPLE);
    memo_put(obj);
  }

  void save_list(Value obj) {
    if (bin)
      write1(EMPTY_LIST);
    else
      write("(l");
    List* l = obj.as<List>();
    memo_put(obj);
    if (l->items.empty()) return;
    if (proto > 0) return batch_list_exact(l);
    batch_list(iter(I, obj));
  }

  void batch_list_exact(List* l) {
    if (l->items.size() == 1) {
      save(l->items[0], false);
      return write1(APPEND);
    }
    size_t total = 0;
    do {
      int n = 0;
      write1(MARK);
      while (total < l->items.size()) {
        save(l->items[total], false);
        total++;
        if (++n == kBatchSize) break;
      }
      write1(APPENDS);
    } while (total < l->items.size());
  }

  // Items from an iterator (list subclasses, __reduce__'s listitems).
  void batch_list(Value it) {
    if (proto == 0) {
      for (Value v = next(I, it); !v.empty(); v = next(I, it)) {
        save(v, false);
        write1(APPEND);
      }
      return;
    }
    int n;
    do {
      Value first = next(I, it);
      if (first.empty()) break;
      Value v = next(I, it);
      if (v.empty()) {
        save(first, false);
        write1(APPEND);
        break;
      }
      write1(MARK);
      save(first, false);
      n = 1;
      while (!v.empty()) {
        save(v, false);
        if (++n == kBatchSize) break;
        v = next(I, it);
      }
      write1(APPENDS);
    } while (n == kBatchSize);
  }

  void save_dict(Value obj) {
    if (bin)
      write1(EMPTY_DICT);
    else
      write("(d");
    memo_put(obj);
    Dict* d = obj.as<Dict>();
    if (!d->used) return;
    if (proto > 0) return batch_dict_exact(d);
    batch_dict(iter(I, call_method(I, obj, I.names->items, nullptr, 0)));
  }

  // The dict's live entries in order; `pos` is re-checked against the
  // entries each step, since saving a value may run code that mutates it.
  bool dict_next(Dict* d, size_t& pos, Value& k, Value& v) {
    while (pos < d->entries.size()) {
      DictEntry& e = d->entries[pos++];
      if (!e.key.empty()) {
        k = e.key;
        v = e.value;
        return true;
      }
    }
    return false;
  }

  void batch_dict_exact(Dict* d) {
    uint32_t size = d->used;
    size_t pos = 0;
    Value k, v;
    if (size == 1) {
      dict_next(d, pos, k, v);
      save(k, false);
      save(v, false);
      return write1(SETITEM);
    }
    int n;
    do {
      n = 0;
      write1(MARK);
      while (dict_next(d, pos, k, v)) {
        save(k, false);
        save(v, false);
        if (++n == kBatchSize) break;
      }
      write1(SETITEMS);
      if (d->used != size) I.raise(I.t.RuntimeError, "dictionary changed size during iteration");
    } while (n == kBatchSize);
  }

  Tuple* item_pair(Value item) {
    if (!isinstance(I, item, I.t.tuple) || item.as<Tuple>()->size != 2)
      I.raise(I.t.TypeError, "dict items iterator must return 2-tuples");
    return item.as<Tuple>();
  }

  // (key, value) pairs from an iterator (dict subclasses, __reduce__'s dictitems).
  void batch_dict(Value it) {
    if (proto == 0) {
      for (Value item = next(I, it); !item.empty(); item = next(I, it)) {
        Tuple* p = item_pair(item);
        save(tuple_item(p, 0), false);
        save(tuple_item(p, 1), false);
        write1(SETITEM);
      }
      return;
    }
    int n;
    do {
      Value first = next(I, it);
      if (first.empty()) break;
      Tuple* fp = item_pair(first);
      Value item = next(I, it);
      if (item.empty()) {
        save(tuple_item(fp, 0), false);
        save(tuple_item(fp, 1), false);
        write1(SETITEM);
        break;
      }
      write1(MARK);
      save(tuple_item(fp, 0), false);
      save(tuple_item(fp, 1), false);
      n = 1;
      while (!item.empty()) {
        Tuple* p = item_pair(item);
        save(tuple_item(p, 0), false);
        save(tuple_item(p, 1), false);
        if (++n == kBatchSize) break;
        item = next(I, it);
      }
      write1(SETITEMS);
    } while (n == kBatchSize);
  }

  bool set_next(SetObj* s, size_t& pos, Value& k) {
    while (pos < s->table.size()) {
      SetEntry& e = s->table[pos++];
      if (!e.key.empty() && !e.dummy) {
        k = e.key;
        return true;
      }
    }
    return false;
  }

  void save_set(Value obj) {
    if (proto < 4) return save_reduce_of(obj_value(I.t.set), I.tuple({obj_value(list_from_iterable(I, obj))}), obj);
    write1(EMPTY_SET);
    memo_put(obj);
    SetObj* s = obj.as<SetObj>();
    uint32_t size = s->used;
    if (!size) return;
    size_t pos = 0;
    Value k;
    int n;
    do {
      n = 0;
      write1(MARK);
      while (set_next(s, pos, k)) {
        save(k, false);
        if (++n == kBatchSize) break;
      }
      write1(ADDITEMS);
      if (s->used != size) I.raise(I.t.RuntimeError, "set changed size during iteration");
    } while (n == kBatchSize);
  }

  void save_frozenset(Value obj) {
    if (proto < 4)
      return save_reduce_of(obj_value(I.t.frozenset), I.tuple({obj_value(list_from_iterable(I, obj))}), obj);
    write1(MARK);
    SetObj* s = obj.as<SetObj>();
    size_t pos = 0;
    Value k;
    while (set_next(s, pos, k)) save(k, false);
    if (memo_find(obj) >= 0) {  // recursive: drop the items, fetch it from the memo
      write1(POP_MARK);
      return memo_get(obj);
    }
    write1(FROZENSET);
    memo_put(obj);
  }

  // --- globals --------------------------------------------------------------------
  std::vector<Str*> dotted_path(Str* name) {
    std::vector<Str*> parts;
    std::string_view s = name->view();
    size_t start = 0;
    for (;;) {
      size_t dot = s.find('.', start);
      std::string_view part = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      if (part == "<locals>") I.raise(I.t.AttributeError, "Can't pickle local object %s", str_repr(I, name)->data);
      parts.push_back(I.intern(part));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    return parts;
  }

  // The object at module.a.b.c (empty if an attribute is missing); *parent
  // receives the object holding the last one.
  Value deep_attribute(Value obj, const std::vector<Str*>& path, Value* parent) {
    Value p;
    for (Str* name : path) {
      p = obj;
      obj = getattr_opt(I, obj, name);
      if (obj.empty()) return obj;
    }
    if (parent) *parent = p;
    return obj;
  }

  Value whichmodule(Value obj, const std::vector<Str*>& path) {
    Value m = getattr_opt(I, obj, I.names->__module__);
    if (!m.empty() && !m.is_none()) return m;
    // By index: a module's __getattr__ may import (and grow sys.modules).
    for (size_t i = 0; i < I.modules->entries.size(); i++) {
      DictEntry e = I.modules->entries[i];
      if (e.key.empty() || e.value.is_none()) continue;
      if (is_str(I, e.key) && as_str(e.key)->view() == "__main__") continue;
      Value candidate = deep_attribute(e.value, path, nullptr);
      if (candidate == obj) return e.key;
    }
    return sval(I.names->__main__);
  }

  void save_global(Value obj, Value name) {
    Value global_name = name;
    if (global_name.empty()) {
      global_name = getattr_opt(I, obj, I.names->__qualname__);
      if (global_name.empty()) global_name = getattr(I, obj, I.names->__name__);
    }
    if (!is_str(I, global_name)) I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, global_name));
    std::vector<Str*> path = dotted_path(as_str(global_name));
    Value module_name = whichmodule(obj, path);
    Value module;
    try {
      module = import_module_named(I, module_name);
    } catch (PyRaise&) {
      raise_pickling(I, "Can't pickle %s: import of module %s failed", repr_string(I, obj).c_str(),
                     repr_string(I, module_name).c_str());
    }
    Value parent;
    Value found = deep_attribute(module, path, &parent);
    if (found.empty())
      raise_pickling(I, "Can't pickle %s: attribute lookup %s on %s failed", repr_string(I, obj).c_str(),
                     str_of(I, global_name)->data, str_of(I, module_name)->data);
    if (found != obj)
      raise_pickling(I, "Can't pickle %s: it's not the same object as %s.%s", repr_string(I, obj).c_str(),
                     str_of(I, module_name)->data, str_of(I, global_name)->data);
    if (proto >= 2 && save_extension(obj, module_name, global_name)) return;
    Value lastname = sval(path.back());
    if (parent == module) global_name = lastname;
    if (proto >= 4) {
      save(module_name, false);
      save(global_name, false);
      write1(STACK_GLOBAL);
    } else if (parent != module) {
      // A nested class below protocol 4: getattr(parent, 'Inner').
      if (st.builtin_getattr.empty()) st.builtin_getattr = getattr(I, obj_value(I.builtins), I.intern("getattr"));
      save_reduce(I.tuple({st.builtin_getattr, obj_value(I.tuple({parent, lastname}))}), Value());
    } else {
      write1(GLOBAL);
      if (fix_imports) map_3to2(module_name, global_name);
      write_identifier(module_name, "module");
      write_identifier(global_name, "global");
    }
    memo_put(obj);
  }

  // Protocols 0-2 name Python 3 globals as Python 2 did (builtins.range -> __builtin__.xrange).
  void map_3to2(Value& module_name, Value& global_name) {
    if (st.name_3to2.empty()) load_compat(I, st);
    Value item = dict_get(I, st.name_3to2.as<Dict>(), obj_value(I.tuple({module_name, global_name})));
    if (!item.empty()) {
      if (!isinstance(I, item, I.t.tuple) || item.as<Tuple>()->size != 2)
        I.raise(I.t.RuntimeError, "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not %s",
                type_name(I, item));
      module_name = tuple_item(item.as<Tuple>(), 0);
      global_name = tuple_item(item.as<Tuple>(), 1);
      return;
    }
    item = dict_get(I, st.import_3to2.as<Dict>(), module_name);
    if (!item.empty()) module_name = item;
  }

  // GLOBAL's text lines: UTF-8 at protocol 3, ASCII otherwise (Python 2 readers).
  void write_identifier(Value name, const char* what) {
    Str* s = str_of(I, name);
    if (proto != 3 && !s->ascii)
      raise_pickling(I, "can't pickle %s identifier '%s' using pickle protocol %d", what, s->data, proto);
    write(s->view());
    write1('\n');
  }

  // copyreg.add_extension codes: EXT1/EXT2/EXT4 instead of the name.
  bool save_extension(Value obj, Value module_name, Value global_name) {
    if (st.extension_registry.empty()) load_copyreg(I, st);
    Dict* reg = st.extension_registry.as<Dict>();
    if (!reg->used) return false;
    Value code_obj = dict_get(I, reg, obj_value(I.tuple({module_name, global_name})));
    if (code_obj.empty()) return false;
    if (!is_int(I, code_obj))
      raise_pickling(I, "Can't pickle %s: extension code %s isn't an integer", repr_string(I, obj).c_str(),
                     repr_string(I, code_obj).c_str());
    int64_t code = to_int64(I, code_obj);
    if (code <= 0 || code > 0x7fffffff)
      raise_pickling(I, "Can't pickle %s: extension code %lld is out of range", repr_string(I, obj).c_str(),
                     static_cast<long long>(code));
    std::string s;
    if (code <= 0xff) {
      s = {char(EXT1), char(code)};
    } else if (code <= 0xffff) {
      s = std::string(1, char(EXT2));
      put_le(s, uint64_t(code), 2);
    } else {
      s = std::string(1, char(EXT4));
      put_le(s, uint64_t(code), 4);
    }
    write(s);
    return true;
  }

  // type(None), type(...), type(NotImplemented) are not importable by name.
  void save_type(Value obj) {
    Value singleton;
    if (obj == obj_value(I.t.NoneType)) singleton = Value::None();
    if (obj == obj_value(I.t.ellipsis)) singleton = Value::Ellipsis();
    if (obj == obj_value(I.t.NotImplementedType)) singleton = Value::NotImplemented();
    if (singleton.empty()) return save_global(obj, Value());
    save_reduce_of(obj_value(I.t.type), I.tuple({singleton}), obj);
  }

  // --- reduce --------------------------------------------------------------------
  bool is_iterator(Value v) { return !type_lookup(type_of(I, v), I.names->__next__).empty(); }

  void save_reduce(Tuple* rv, Value obj) {
    if (rv->size < 2 || rv->size > 6)
      raise_pickling(I, "tuple returned by __reduce__ must contain 2 through 6 elements");
    Value callable = tuple_item(rv, 0), argtup = tuple_item(rv, 1);
    Value state = rv->size > 2 ? tuple_item(rv, 2) : Value::None();
    Value listitems = rv->size > 3 ? tuple_item(rv, 3) : Value::None();
    Value dictitems = rv->size > 4 ? tuple_item(rv, 4) : Value::None();
    Value setter = rv->size > 5 ? tuple_item(rv, 5) : Value::None();
    if (!is_callable(I, callable))
      raise_pickling(I, "first item of the tuple returned by __reduce__ must be callable");
    if (!isinstance(I, argtup, I.t.tuple))
      raise_pickling(I, "second item of the tuple returned by __reduce__ must be a tuple");
    if (!listitems.is_none() && !is_iterator(listitems))
      raise_pickling(I, "fourth element of the tuple returned by __reduce__ must be an iterator, not %s",
                     tp_name(I, listitems).c_str());
    if (!dictitems.is_none() && !is_iterator(dictitems))
      raise_pickling(I, "fifth element of the tuple returned by __reduce__ must be an iterator, not %s",
                     tp_name(I, dictitems).c_str());
    if (!setter.is_none() && !is_callable(I, setter))
      raise_pickling(I, "sixth element of the tuple returned by __reduce__ must be a function, not %s",
                     tp_name(I, setter).c_str());
    bool newobj = false, newobj_ex = false;
    if (proto >= 2) {
      Value name = getattr_opt(I, callable, I.names->__name__);
      if (!name.empty() && is_str(I, name)) {
        newobj_ex = as_str(name)->view() == "__newobj_ex__";
        newobj = as_str(name)->view() == "__newobj__";
      }
    }
    Tuple* args = argtup.as<Tuple>();
    if (newobj_ex) {
      save_newobj_ex(args);
    } else if (newobj) {
      if (args->size < 1) raise_pickling(I, "__newobj__ arglist is empty");
      Value cls = tuple_item(args, 0);
      if (!is_type(cls)) raise_pickling(I, "args[0] from __newobj__ args is not a type");
      if (!obj.empty()) {
        Value obj_class = getattr_opt(I, obj, I.names->__class__);
        if (obj_class.empty()) obj_class = obj_value(type_of(I, obj));
        if (obj_class != cls) raise_pickling(I, "args[0] from __newobj__ args has the wrong class");
      }
      save(cls, false);
      save(args->size == 1 ? obj_value(I.empty_tuple) : obj_value(I.tuple(args->items + 1, args->size - 1)), false);
      write1(NEWOBJ);
    } else {
      save(callable, false);
      save(argtup, false);
      write1(REDUCE);
    }
    if (!obj.empty()) {
      if (memo_find(obj) >= 0) {  // recursive: drop the new object, fetch the memoized one
        write1(POP);
        return memo_get(obj);
      }
      memo_put(obj);
    }
    if (!listitems.is_none()) batch_list(listitems);
    if (!dictitems.is_none()) batch_dict(dictitems);
    if (!state.is_none()) {
      if (setter.is_none()) {
        save(state, false);
        write1(BUILD);
      } else {
        // setter(obj, state) as a REDUCE whose result is dropped.
        save(setter, false);
        save(obj, false);
        save(state, false);
        write1(TUPLE2);
        write1(REDUCE);
        write1(POP);
      }
    }
  }

  void save_newobj_ex(Tuple* args) {
    if (args->size != 3)
      raise_pickling(I, "length of the NEWOBJ_EX argument tuple must be exactly 3, not %u", args->size);
    Value cls = tuple_item(args, 0), a = tuple_item(args, 1), kw = tuple_item(args, 2);
    if (!is_type(cls))
      raise_pickling(I, "first item from NEWOBJ_EX argument tuple must be a class, not %s", tp_name(I, cls).c_str());
    if (!isinstance(I, a, I.t.tuple))
      raise_pickling(I, "second item from NEWOBJ_EX argument tuple must be a tuple, not %s", tp_name(I, a).c_str());
    if (!isinstance(I, kw, I.t.dict))
      raise_pickling(I, "third item from NEWOBJ_EX argument tuple must be a dict, not %s", tp_name(I, kw).c_str());
    if (proto >= 4) {
      save(cls, false);
      save(a, false);
      save(kw, false);
      return write1(NEWOBJ_EX);
    }
    // Older protocols: functools.partial(cls.__new__, cls, *args, **kwargs)().
    if (st.partial.empty()) {
      Value m = import_module_named(I, I.new_str("functools"));
      st.partial = getattr(I, m, I.intern("partial"));
    }
    Tuple* at = a.as<Tuple>();
    std::vector<Value> pargs = {getattr(I, cls, I.names->__new__), cls};
    for (uint32_t i = 0; i < at->size; i++) pargs.push_back(at->items[i]);
    Dict* kd = kw.as<Dict>();
    std::vector<Value> names;
    for (auto& e : kd->entries)
      if (!e.key.empty()) {
        pargs.push_back(e.value);
        names.push_back(e.key);
      }
    Tuple* kwnames = names.empty() ? nullptr : I.tuple(names.data(), names.size());
    Value callable = call(I, st.partial, pargs.data(), uint32_t(pargs.size()), kwnames);
    save(callable, false);
    save(obj_value(I.empty_tuple), false);
    write1(REDUCE);
  }
};

}  // namespace

uint32_t PickleMemo::put(Value v) {
  if ((used_ + 1) * 3 > slots_.size() * 2) {  // keep the load under 2/3
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? kInitialSlots : old.size() * 2);
    for (const Slot& s : old)
      if (s.key) {
        size_t i = slot_of(s.key);
        while (slots_[i].key) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = s;
      }
  }
  uint32_t idx = used_;
  size_t i = slot_of(v.bits());
  while (slots_[i].key && slots_[i].key != v.bits()) i = (i + 1) & (slots_.size() - 1);
  if (!slots_[i].key) used_++;
  slots_[i] = Slot{v.bits(), idx};
  return idx;
}

Value pickle_dump(Interp& I, Value obj, const PicklerConfig& cfg, PickleMemo& memo) {
  BytesObj* b = I.make<BytesObj>(I.t.bytes);
  b->data = Pickler(I, cfg, memo).dump(obj);
  return obj_value(b);
}

}  // namespace il::pk
