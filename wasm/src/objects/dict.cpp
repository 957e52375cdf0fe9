// dict.cpp — the dict type: CPython's compact ordered dict (an entries
// array in insertion order plus an open-addressed index with CPython's
// perturbation probing), its methods and update/merge logic.
// Views (dict_keys/dict_values/dict_items) and iterators: dict_views.cpp.
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// The hash table
// ===========================================================================
//
// d->index has a power-of-two size (or is empty for a dict that never held a
// key); each slot is kFree, kDummy (a deleted key: probing continues) or the
// position of an entry. d->entries keeps insertion order; a deleted entry
// has an empty key. The entries array may hold at most usable(index size)
// entries (2/3 load, as CPython); inserting beyond that rebuilds the index
// for used*3 slots and drops deleted entries.

namespace {
constexpr int32_t kFree = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = 8;

inline size_t usable(size_t index_size) { return (index_size << 1) / 3; }
static_assert(Dict::kInlineIndex == kMinSize && Dict::kInlineEntries == (kMinSize << 1) / 3,
              "a smallest dict fits its inline storage");

// Probe sequence of CPython's dictobject.c.
struct Probe {
  size_t mask, i;
  uint64_t perturb;
  Probe(size_t size, uint64_t h) : mask(size - 1), i(size_t(h) & (size - 1)), perturb(h) {}
  void next() {
    perturb >>= 5;
    i = (i * 5 + size_t(perturb) + 1) & mask;
  }
};

inline uint64_t bloom_bit(uint64_t h) { return uint64_t(1) << ((h >> 6) & 63); }

// Dicts are allocated without a destructor call (kGcTrivialLayout<Dict>):
// every place that may move the entries or index out of their inline room
// calls this afterwards.
inline void note_storage(Dict* d) {
  if (d->entries.on_heap() || d->index.on_heap()) Heap::need_destructor(d);
}

void rebuild(Dict* d, size_t minsize) {
  size_t size = kMinSize;
  while (size < minsize) size <<= 1;
  if (d->used != d->entries.size()) {  // compact away deleted entries
    size_t w = 0;
    for (size_t r = 0; r < d->entries.size(); r++)
      if (!d->entries[r].key.empty()) d->entries[w++] = d->entries[r];
    d->entries.resize(w);
  }
  d->entries.reserve(usable(size));
  d->index.assign(size, kFree);
  for (size_t k = 0; k < d->entries.size(); k++) {
    d->hash_bloom |= bloom_bit(d->entries[k].hash);
    Probe p(size, d->entries[k].hash);
    while (d->index[p.i] != kFree) p.next();
    d->index[p.i] = int32_t(k);
  }
  note_storage(d);
}

// First free or dummy slot on the probe sequence of `h`.
inline size_t find_empty_slot(Dict* d, uint64_t h) {
  Probe p(d->index.size(), h);
  while (d->index[p.i] >= 0) p.next();
  return p.i;
}

inline bool is_str_obj(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }

}  // namespace

namespace cu {

// Finds `key` (hash `h`): the entry position, or -1; *slot_out receives the
// index slot. May run Python __eq__; restarts if that mutates the dict.
int64_t dict_lookup(Interp& I, Dict* d, Value key, uint64_t h, size_t* slot_out) {
top:
  if (d->index.empty()) return -1;
  Probe p(d->index.size(), h);
  for (;;) {
    int32_t ix = d->index[p.i];
    if (ix == kFree) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[size_t(ix)];
      if (e.key == key) {
        if (slot_out) *slot_out = p.i;
        return ix;
      }
      if (e.hash == h) {
        Value ek = e.key;
        bool equal;
        if (ek.is_small() && key.is_small()) {
          equal = false;
        } else if (is_exact_str_v(I, ek) && is_exact_str_v(I, key)) {
          equal = str_eq(ek.as<Str>(), key.as<Str>());
        } else {
          uint32_t version = d->version;
          size_t isize = d->index.size();
          equal = eq(I, ek, key);
          if (d->version != version || d->index.size() != isize || size_t(ix) >= d->entries.size() ||
              d->entries[size_t(ix)].key != ek)
            goto top;  // the comparison changed the dict: start over
        }
        if (equal) {
          if (slot_out) *slot_out = p.i;
          return ix;
        }
      }
    }
    p.next();
  }
}

// Lookup of a str key without running Python code (pointer, then content).
int64_t dict_lookup_str(Dict* d, Str* key, uint64_t h, size_t* slot_out) {
  if (d->index.empty() || !(d->hash_bloom & bloom_bit(h))) return -1;
  Probe p(d->index.size(), h);
  for (;;) {
    int32_t ix = d->index[p.i];
    if (ix == kFree) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[size_t(ix)];
      if (e.key.bits() == Value::object(key).bits() ||
          (e.hash == h && is_str_obj(e.key) && str_eq(e.key.as<Str>(), key))) {
        if (slot_out) *slot_out = p.i;
        return ix;
      }
    }
    p.next();
  }
}

// Inserts a key known to be absent.
void dict_insert_new(Dict* d, Value key, uint64_t h, Value v) {
  if (d->index.empty() || d->entries.size() >= usable(d->index.size())) rebuild(d, size_t(d->used) * 3);
  size_t slot = find_empty_slot(d, h);
  d->index[slot] = int32_t(d->entries.size());
  bool was_inline = !d->entries.on_heap();
  d->entries.push_back({key, v, h});
  if (was_inline && d->entries.on_heap()) note_storage(d);  // a copied dict may have less room
  d->hash_bloom |= bloom_bit(h);
  d->used++;
  d->version++;
}

void dict_set_hashed(Interp& I, Dict* d, Value key, uint64_t h, Value v) {
  int64_t ix = dict_lookup(I, d, key, h, nullptr);
  if (ix >= 0) {
    d->entries[size_t(ix)].value = v;
    d->version++;
    return;
  }
  dict_insert_new(d, key, h, v);
}

// Removes the entry at `ix` whose index slot is `slot`.
void dict_remove_at(Dict* d, int64_t ix, size_t slot) {
  d->index[slot] = kDummy;
  DictEntry& e = d->entries[size_t(ix)];
  e.key = Value();
  e.value = Value();
  d->used--;
  d->version++;
}

Value dict_get_hashed(Interp& I, Dict* d, Value key, uint64_t h) {
  int64_t ix = dict_lookup(I, d, key, h, nullptr);
  return ix >= 0 ? d->entries[size_t(ix)].value : Value();
}

}  // namespace cu

Dict* Interp::dict() { return make<Dict>(t.dict); }

void Dict::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  for (const DictEntry& e : entries) {
    t.visit(e.key);
    t.visit(e.value);
  }
}

// ===========================================================================
// C++ API
// ===========================================================================

Value dict_get(Interp& I, Dict* d, Value key) {
  if (d->used == 0) {
    cu::fast_hash(I, key);  // unhashable keys still raise
    return Value();
  }
  return cu::dict_get_hashed(I, d, key, cu::fast_hash(I, key));
}

Value dict_get_str(Dict* d, Str* key) {
  if (d->used == 0) return Value();
  int64_t ix = cu::dict_lookup_str(d, key, str_hash(key), nullptr);
  return ix >= 0 ? d->entries[size_t(ix)].value : Value();
}

void dict_set(Interp& I, Dict* d, Value key, Value v) { cu::dict_set_hashed(I, d, key, cu::fast_hash(I, key), v); }

void dict_set_str(Interp& I, Dict* d, Str* key, Value v) {
  uint64_t h = str_hash(key);
  int64_t ix = cu::dict_lookup_str(d, key, h, nullptr);
  if (ix >= 0) {
    d->entries[size_t(ix)].value = v;
    d->version++;
    return;
  }
  cu::dict_insert_new(d, Value::object(key), h, v);
}

bool dict_del(Interp& I, Dict* d, Value key) {
  uint64_t h = cu::fast_hash(I, key);
  size_t slot = 0;
  int64_t ix = cu::dict_lookup(I, d, key, h, &slot);
  if (ix < 0) return false;
  cu::dict_remove_at(d, ix, slot);
  return true;
}

bool dict_del_str(Interp& I, Dict* d, Str* key) {
  size_t slot = 0;
  int64_t ix = cu::dict_lookup_str(d, key, str_hash(key), &slot);
  if (ix < 0) return false;
  cu::dict_remove_at(d, ix, slot);
  return true;
}

Value dict_getitem(Interp& I, Dict* d, Value key) {
  Value v = dict_get(I, d, key);
  if (!v.empty()) return v;
  if (d->type != I.t.dict) {
    Value r = call_special(I, obj_value(d), I.names->__missing__, &key, 1);
    if (!r.empty()) return r;
  }
  cu::raise_key_error(I, key);
}

void dict_clear(Dict* d) {
  d->entries.clear();
  d->entries.shrink_to_fit();
  d->index.clear();
  d->index.shrink_to_fit();
  d->hash_bloom = 0;
  d->used = 0;
  d->version++;
}

Dict* dict_copy(Interp& I, Dict* d) {
  Dict* r = I.dict();
  if (d->used == 0) return r;
  if (d->used == d->entries.size()) {
    r->entries = d->entries;
    r->index = d->index;
    r->hash_bloom = d->hash_bloom;
    r->used = d->used;
    note_storage(r);
  } else {
    r->entries.reserve(d->used);
    for (const DictEntry& e : d->entries)
      if (!e.key.empty()) r->entries.push_back(e);
    r->used = uint32_t(r->entries.size());
    rebuild(r, size_t(r->used) * 3 / 2 + 1);
  }
  return r;
}

Str* dict_repr(Interp& I, Dict* d) {
  if (d->used == 0) return I.str("{}");
  cu::ReprGuard g(d);
  if (g.recursive()) return I.str("{...}");
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->entries.size(); i++) {  // re-reads: a repr may mutate
    Value k = d->entries[i].key, v = d->entries[i].value;
    if (k.empty()) continue;
    if (!first) out += ", ";
    first = false;
    cu::append_repr(I, out, k);
    out += ": ";
    cu::append_repr(I, out, v);
  }
  out += "}";
  return I.str(out);
}

// --- update / merge -------------------------------------------------------------

static Value dict_iter_method(Interp& I, CallArgs& a);

// Whether a dict (sub)class still iterates like a dict (CPython's fast-path test).
static bool plain_dict_iteration(Interp& I, Type* t) {
  if (t == I.t.dict) return true;
  Value f = type_lookup(t, I.names->__iter__);
  return f.is_obj() && f.obj()->type->layout == Layout::NativeFunc && f.as<NativeFunc>()->fn == dict_iter_method;
}

// PyDict_Merge(a, b, override=1)
static void dict_merge(Interp& I, Dict* d, Value other) {
  if (cu::is_dict(I, other) && plain_dict_iteration(I, other.obj()->type)) {
    Dict* b = other.as<Dict>();
    if (b == d || b->used == 0) return;
    if (d->used == 0 && b->used == b->entries.size() && d->entries.empty()) {
      d->entries = b->entries;
      d->index = b->index;
      d->hash_bloom = b->hash_bloom;
      d->used = b->used;
      note_storage(d);
      d->version++;
      return;
    }
    uint32_t n = b->used;
    for (size_t i = 0; i < b->entries.size(); i++) {
      DictEntry e = b->entries[i];
      if (e.key.empty()) continue;
      cu::dict_set_hashed(I, d, e.key, e.hash, e.value);
      if (b->used != n) I.raise(I.t.RuntimeError, "dict mutated during update");
    }
    return;
  }
  Value keys = call_method(I, other, I.names->keys, nullptr, 0);
  for_each(I, keys, [&](Value k) { dict_set(I, d, k, getitem(I, other, k)); });
}

// PyDict_MergeFromSeq2: an iterable of key/value pairs.
static void dict_merge_seq2(Interp& I, Dict* d, Value seq) {
  Value it = iter(I, seq);
  int64_t i = 0;
  for (;;) {
    Value item = next(I, it);
    if (item.empty()) break;
    Value k, v;
    if (cu::is_tuple(I, item) && item.as<Tuple>()->size == 2) {
      k = item.as<Tuple>()->items[0];
      v = item.as<Tuple>()->items[1];
    } else if (cu::is_list(I, item) && item.as<List>()->items.size() == 2) {
      k = item.as<List>()->items[0];
      v = item.as<List>()->items[1];
    } else {
      List* fast;
      try {
        fast = list_from_iterable(I, item);
      } catch (PyRaise&) {
        Value exc = I.pending;
        if (!exception_matches(I, exc, obj_value(I.t.TypeError))) throw;
        I.take_pending();
        I.raise(I.t.TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                (long long)i);
      }
      if (fast->items.size() != 2)
        I.raise(I.t.ValueError, "dictionary update sequence element #%lld has length %zu; 2 is required",
                (long long)i, fast->items.size());
      k = fast->items[0];
      v = fast->items[1];
    }
    dict_set(I, d, k, v);
    i++;
  }
}

// dict_update_arg: a dict, anything with keys(), or pairs.
void dict_update(Interp& I, Dict* d, Value other) {
  if (other.is_obj() && other.obj()->type == I.t.dict) {
    dict_merge(I, d, other);
    return;
  }
  if (!getattr_opt(I, other, I.names->keys).empty()) {
    dict_merge(I, d, other);
    return;
  }
  dict_merge_seq2(I, d, other);
}

// ===========================================================================
// Python-visible methods
// ===========================================================================

static Dict* self_dict(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !cu::is_dict(I, a.argv[0])) cu::bad_self(I, meth, "dict", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<Dict>();
}

static void update_kwargs(Interp& I, Dict* d, CallArgs& a) {
  uint32_t nkw = a.kwnames ? a.nkw() : 0;
  for (uint32_t k = 0; k < nkw; k++) dict_set(I, d, a.kwnames->items[k], a.argv[a.npos() + k]);
}

static Value dict_new(Interp& I, CallArgs& a) {
  Value clsv = a.argv[0];
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "dict.__new__(X): X is not a type object (%s)", type_name(I, clsv));
  Type* cls = static_cast<Type*>(clsv.obj());
  if (!is_subtype(cls, I.t.dict))
    I.raise(I.t.TypeError, "dict.__new__(%s): %s is not a subtype of dict", cls->name->data, cls->name->data);
  return obj_value(I.make<Dict>(cls));
}

static Value dict_alloc(Interp& I, Type* t) { return obj_value(I.make<Dict>(t)); }

static Value dict_init(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__init__");
  cu::check_ctor(I, a, "dict", 1, 0, 1);
  if (a.npos() > 1) dict_update(I, d, a.argv[1]);
  update_kwargs(I, d, a);
  return Value::None();
}

static Value m_repr(Interp& I, CallArgs& a) { return obj_value(dict_repr(I, self_dict(I, a, "__repr__"))); }
static Value m_len(Interp& I, CallArgs& a) { return Value::small(self_dict(I, a, "__len__")->used); }

static Value m_getitem(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__getitem__");
  cu::check_one(I, a, "dict.__getitem__");
  return dict_getitem(I, d, a.argv[1]);
}

static Value m_setitem(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__setitem__");
  if (a.npos() != 3) I.raise(I.t.TypeError, "expected 2 arguments, got %u", a.npos() - 1);
  dict_set(I, d, a.argv[1], a.argv[2]);
  return Value::None();
}

static Value m_delitem(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__delitem__");
  cu::check_one(I, a, "dict.__delitem__");
  if (!dict_del(I, d, a.argv[1])) cu::raise_key_error(I, a.argv[1]);
  return Value::None();
}

static Value m_contains(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__contains__");
  cu::check_one(I, a, "dict.__contains__");
  return Value::boolean(!dict_get(I, d, a.argv[1]).empty());
}

static Value dict_iter_method(Interp& I, CallArgs& a) { return dict_iter(I, self_dict(I, a, "__iter__")); }

static Value compare(Interp& I, CallArgs& a, bool ne, const char* name) {
  Dict* d = self_dict(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  if (!cu::is_dict(I, a.argv[1])) return Value::NotImplemented();
  Dict* b = a.argv[1].as<Dict>();
  bool equal = true;
  if (d->used != b->used) {
    equal = false;
  } else {
    for (size_t i = 0; i < d->entries.size(); i++) {
      DictEntry e = d->entries[i];
      if (e.key.empty()) continue;
      Value bv = cu::dict_get_hashed(I, b, e.key, e.hash);
      if (bv.empty() || !cu::fast_eq(I, e.value, bv)) {
        equal = false;
        break;
      }
    }
  }
  return Value::boolean(equal != ne);
}
static Value m_eq(Interp& I, CallArgs& a) { return compare(I, a, false, "__eq__"); }
static Value m_ne(Interp& I, CallArgs& a) { return compare(I, a, true, "__ne__"); }

static Value m_or(Interp& I, CallArgs& a) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  if (!cu::is_dict(I, a.argv[0]) || !cu::is_dict(I, a.argv[1])) return Value::NotImplemented();
  Dict* r = dict_copy(I, a.argv[0].as<Dict>());
  dict_update(I, r, a.argv[1]);
  return obj_value(r);
}

static Value m_ror(Interp& I, CallArgs& a) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  if (!cu::is_dict(I, a.argv[0]) || !cu::is_dict(I, a.argv[1])) return Value::NotImplemented();
  Dict* r = dict_copy(I, a.argv[1].as<Dict>());
  dict_update(I, r, a.argv[0]);
  return obj_value(r);
}

static Value m_ior(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "__ior__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  dict_update(I, d, a.argv[1]);
  return a.argv[0];
}

static Value m_get(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "get");
  cu::check_range(I, a, "dict.get", "get", 1, 2);
  Value v = dict_get(I, d, a.argv[1]);
  if (!v.empty()) return v;
  return a.npos() > 2 ? a.argv[2] : Value::None();
}

static Value m_setdefault(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "setdefault");
  cu::check_range(I, a, "dict.setdefault", "setdefault", 1, 2);
  Value key = a.argv[1];
  uint64_t h = cu::fast_hash(I, key);
  Value v = cu::dict_get_hashed(I, d, key, h);
  if (!v.empty()) return v;
  Value dflt = a.npos() > 2 ? a.argv[2] : Value::None();
  cu::dict_set_hashed(I, d, key, h, dflt);
  return dflt;
}

static Value m_pop(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "pop");
  cu::check_range(I, a, "dict.pop", "pop", 1, 2);
  Value key = a.argv[1];
  uint64_t h = cu::fast_hash(I, key);
  size_t slot = 0;
  int64_t ix = d->used ? cu::dict_lookup(I, d, key, h, &slot) : -1;
  if (ix < 0) {
    if (a.npos() > 2) return a.argv[2];
    cu::raise_key_error(I, key);
  }
  Value v = d->entries[size_t(ix)].value;
  cu::dict_remove_at(d, ix, slot);
  return v;
}

static Value m_popitem(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "popitem");
  cu::check_none(I, a, "dict.popitem");
  if (d->used == 0) cu::raise_key_error(I, I.new_str("popitem(): dictionary is empty"));
  size_t ix = d->entries.size();
  while (ix > 0 && d->entries[ix - 1].key.empty()) ix--;
  if (d->entries.size() - ix >= 64) {
    // Deleted entries pile up at the end when popitem is called in a loop;
    // compacting keeps each call O(1) amortised.
    rebuild(d, size_t(d->used) * 3);
    ix = d->entries.size();
  }
  DictEntry e = d->entries[ix - 1];
  // Find the index slot that points at the entry.
  Probe p(d->index.size(), e.hash);
  while (d->index[p.i] != int32_t(ix - 1)) p.next();
  // The deleted entry stays in `entries`: every dummy index slot must be
  // matched by a deleted entry so that the 2/3 load bound keeps free slots.
  cu::dict_remove_at(d, int64_t(ix - 1), p.i);
  return obj_value(I.tuple({e.key, e.value}));
}

static Value m_update(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "update");
  if (a.npos() > 2) I.raise(I.t.TypeError, "update expected at most 1 argument, got %u", a.npos() - 1);
  if (a.npos() == 2) dict_update(I, d, a.argv[1]);
  update_kwargs(I, d, a);
  return Value::None();
}

static Value m_copy(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "copy");
  cu::check_none(I, a, "dict.copy");
  return obj_value(dict_copy(I, d));
}

static Value m_clear(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "clear");
  cu::check_none(I, a, "dict.clear");
  dict_clear(d);
  return Value::None();
}

// dict.fromkeys(iterable, value=None): a classmethod (argv[0] is the class).
static Value m_fromkeys(Interp& I, CallArgs& a) {
  cu::check_range(I, a, "dict.fromkeys", "fromkeys", 1, 2);
  Value cls = a.argv[0];
  Value value = a.npos() > 2 ? a.argv[2] : Value::None();
  Value d = call0(I, cls);
  if (d.is_obj() && d.obj()->type == I.t.dict) {
    Dict* dd = d.as<Dict>();
    for_each(I, a.argv[1], [&](Value k) { dict_set(I, dd, k, value); });
  } else {
    for_each(I, a.argv[1], [&](Value k) { setitem(I, d, k, value); });
  }
  return d;
}

// Views (dict_views.cpp).
Value dict_view_new(Interp& I, Dict* d, Type* view_type);
Value dict_reversed(Interp& I, Dict* d);

static Value m_keys(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "keys");
  cu::check_none(I, a, "dict.keys");
  return dict_view_new(I, d, I.t.dict_keys);
}
static Value m_values(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "values");
  cu::check_none(I, a, "dict.values");
  return dict_view_new(I, d, I.t.dict_values);
}
static Value m_items(Interp& I, CallArgs& a) {
  Dict* d = self_dict(I, a, "items");
  cu::check_none(I, a, "dict.items");
  return dict_view_new(I, d, I.t.dict_items);
}
static Value m_reversed(Interp& I, CallArgs& a) { return dict_reversed(I, self_dict(I, a, "__reversed__")); }

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kDictMethods[] = {
    {"__new__", dict_new, kNativeStatic},
    {"__init__", dict_init},
    {"__repr__", m_repr},
    {"__len__", m_len},
    {"__getitem__", m_getitem},
    {"__setitem__", m_setitem},
    {"__delitem__", m_delitem},
    {"__contains__", m_contains},
    {"__iter__", dict_iter_method},
    {"__reversed__", m_reversed},
    {"__eq__", m_eq},
    {"__ne__", m_ne},
    {"__or__", m_or},
    {"__ror__", m_ror},
    {"__ior__", m_ior},
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"update", m_update},
    {"copy", m_copy},
    {"clear", m_clear},
    {"fromkeys", m_fromkeys, kNativeClassMethod},
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
};

void init_dict_views(Interp& I);

void init_dict(Interp& I) {
  Type* t = I.t.dict;
  t->alloc = dict_alloc;
  add_methods(I, t, kDictMethods);
  type_set(I, t, "__hash__", Value::None());
  init_dict_views(I);
  add_class_getitem(I, I.t.dict);
}

}  // namespace il
