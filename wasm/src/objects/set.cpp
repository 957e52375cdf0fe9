// set.cpp — set and frozenset with CPython 3.11's exact hash table
// (setobject.c: LINEAR_PROBES = 9, PERTURB_SHIFT = 5, dummy entries, resize
// at fill*5 >= mask*3, pop() finger), so that iteration order — and so
// printed sets of small ints — match CPython's. Methods: set_ops.cpp.
#include <algorithm>
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// The table
// ===========================================================================
// An entry is empty (no key, not dummy), a dummy (a deleted key: probing
// continues past it) or active. A new set has no table yet; it behaves as
// CPython's 8-slot small table (mask 7) and gets one on the first insert.

namespace cu {

constexpr size_t kSetMinSize = 8;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline size_t smask(const SetObj* s) { return s->table.empty() ? kSetMinSize - 1 : s->table.size() - 1; }
inline bool entry_empty(const SetEntry& e) { return e.key.empty() && !e.dummy; }
inline bool entry_active(const SetEntry& e) { return !e.key.empty(); }

static void ensure_table(SetObj* s) {
  if (s->table.empty()) s->table.assign(kSetMinSize, SetEntry{Value(), 0, false});
}

static void insert_clean(std::vector<SetEntry>& table, size_t mask, Value key, uint64_t h) {
  uint64_t perturb = h;  // 64-bit on wasm32 too: the order must be a 64-bit CPython's
  size_t i = size_t(h) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (e->key.empty()) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        e++;
        if (e->key.empty()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = h;
    e->dummy = false;
    return;
  }
}

// set_table_resize: the smallest power of two > minused (at least 8).
void set_resize(SetObj* s, size_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == kSetMinSize && s->table.size() == kSetMinSize && s->fill == s->used) return;
  std::vector<SetEntry> old = std::move(s->table);
  s->table.assign(newsize, SetEntry{Value(), 0, false});
  s->fill = s->used;
  size_t mask = newsize - 1;
  for (const SetEntry& e : old)
    if (entry_active(e)) insert_clean(s->table, mask, e.key, e.hash);
  s->version++;
}

// Key comparison for an entry whose hash matches; may run Python __eq__.
// Returns 1 equal, 0 different, -1 the set changed under us (restart).
static int compare_entry(Interp& I, SetObj* s, size_t idx, Value key) {
  Value startkey = s->table[idx].key;
  if (startkey == key) return 1;
  if (startkey.is_small() && key.is_small()) return 0;
  if (is_exact_str_v(I, startkey) && is_exact_str_v(I, key))
    return str_eq(startkey.as<Str>(), key.as<Str>()) ? 1 : 0;
  size_t tsize = s->table.size();
  uint32_t version = s->version;
  bool r = eq(I, startkey, key);
  if (s->table.size() != tsize || s->version != version || s->table[idx].key != startkey) return -1;
  return r ? 1 : 0;
}

// set_lookkey: the index of the active entry holding `key`, or -1.
int64_t set_lookup(Interp& I, SetObj* s, Value key, uint64_t h) {
restart:
  if (s->table.empty()) return -1;
  size_t mask = s->table.size() - 1;
  uint64_t perturb = h;  // 64-bit on wasm32 too: the order must be a 64-bit CPython's
  size_t i = size_t(h) & mask;
  for (;;) {
    size_t j = i;
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      const SetEntry& e = s->table[j];
      if (entry_empty(e)) return -1;
      if (!e.dummy && e.hash == h) {
        int c = compare_entry(I, s, j, key);
        if (c < 0) goto restart;
        if (c) return int64_t(j);
        mask = s->table.size() - 1;
      }
      if (probes-- == 0) break;
      j++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_add_entry. Returns true if the key was added.
bool set_add_hashed(Interp& I, SetObj* s, Value key, uint64_t h) {
restart:
  ensure_table(s);
  size_t mask = s->table.size() - 1;
  uint64_t perturb = h;  // 64-bit on wasm32 too: the order must be a 64-bit CPython's
  size_t i = size_t(h) & mask;
  int64_t freeslot = -1;
  size_t j;
  for (;;) {
    j = i;
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      const SetEntry& e = s->table[j];
      if (entry_empty(e)) goto found_unused_or_dummy;
      if (e.dummy) {
        freeslot = int64_t(j);  // CPython keeps the last dummy seen
      } else if (e.hash == h) {
        int c = compare_entry(I, s, j, key);
        if (c < 0) goto restart;
        if (c) return false;
        mask = s->table.size() - 1;
      }
      if (probes-- == 0) break;
      j++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot >= 0) {
    SetEntry& f = s->table[size_t(freeslot)];
    f.key = key;
    f.hash = h;
    f.dummy = false;
    s->used++;
    s->version++;
    return true;
  }
  {
    SetEntry& e = s->table[j];
    e.key = key;
    e.hash = h;
    e.dummy = false;
  }
  s->fill++;
  s->used++;
  s->version++;
  if (size_t(s->fill) * 5 < mask * 3) return true;
  set_resize(s, s->used > 50000 ? size_t(s->used) * 2 : size_t(s->used) * 4);
  return true;
}

bool set_discard_hashed(Interp& I, SetObj* s, Value key, uint64_t h) {
  int64_t ix = set_lookup(I, s, key, h);
  if (ix < 0) return false;
  SetEntry& e = s->table[size_t(ix)];
  e.key = Value();
  e.dummy = true;
  s->used--;
  s->version++;
  return true;
}

void set_clear_internal(SetObj* s) {
  s->table.clear();
  s->table.shrink_to_fit();
  s->used = 0;
  s->fill = 0;
  s->version++;
}

// set_merge: `other` is a set or frozenset.
static void set_merge(Interp& I, SetObj* s, SetObj* other) {
  if (other == s || other->used == 0) return;
  if ((size_t(s->fill) + other->used) * 5 >= smask(s) * 3) set_resize(s, (size_t(s->used) + other->used) * 2);
  ensure_table(s);
  if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); i++)
      if (entry_active(other->table[i])) s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    s->version++;
    return;
  }
  if (s->fill == 0) {
    size_t mask = s->table.size() - 1;
    s->fill = other->used;
    s->used = other->used;
    for (const SetEntry& e : other->table)
      if (entry_active(e)) insert_clean(s->table, mask, e.key, e.hash);
    s->version++;
    return;
  }
  for (size_t i = 0; i < other->table.size(); i++) {
    SetEntry e = other->table[i];
    if (entry_active(e)) set_add_hashed(I, s, e.key, e.hash);
  }
}

// set_update_internal: sets merge, exact dicts presize, others iterate.
void set_update_internal(Interp& I, SetObj* s, Value other) {
  if (is_anyset(I, other)) {
    set_merge(I, s, other.as<SetObj>());
    return;
  }
  if (other.is_obj() && other.obj()->type == I.t.dict) {
    Dict* d = other.as<Dict>();
    size_t dictsize = d->used;
    if ((size_t(s->fill) + dictsize) * 5 >= smask(s) * 3) set_resize(s, (size_t(s->used) + dictsize) * 2);
    for (size_t i = 0; i < d->entries.size(); i++) {
      DictEntry e = d->entries[i];
      if (!e.key.empty()) set_add_hashed(I, s, e.key, e.hash);
    }
    return;
  }
  if (other.is_obj()) {
    Layout L = other.obj()->type->layout;
    if (L == Layout::List) {
      List* l = other.as<List>();
      for (size_t i = 0; i < l->items.size(); i++) {
        Value k = l->items[i];
        set_add_hashed(I, s, k, fast_hash(I, k));
      }
      return;
    }
    if (L == Layout::Tuple) {
      Tuple* t = other.as<Tuple>();
      for (uint32_t i = 0; i < t->size; i++) set_add_hashed(I, s, t->items[i], fast_hash(I, t->items[i]));
      return;
    }
  }
  Value it = iter(I, other);
  for (;;) {
    Value k = next(I, it);
    if (k.empty()) break;
    set_add_hashed(I, s, k, fast_hash(I, k));
  }
}

// make_new_set_basetype: results of set operations are exact sets/frozensets.
SetObj* new_set_like(Interp& I, Type* t) {
  bool frozen = !(t == I.t.set || is_subtype(t, I.t.set));
  return I.set(frozen);
}

}  // namespace cu

SetObj* Interp::set(bool frozen) { return make<SetObj>(frozen ? t.frozenset : t.set); }

void SetObj::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  for (const SetEntry& e : table) t.visit(e.key);
}

// ===========================================================================
// C++ API
// ===========================================================================

bool set_add(Interp& I, SetObj* s, Value key) { return cu::set_add_hashed(I, s, key, cu::fast_hash(I, key)); }

bool set_contains(Interp& I, SetObj* s, Value key) {
  uint64_t h = cu::fast_hash(I, key);
  if (s->used == 0) return false;
  return cu::set_lookup(I, s, key, h) >= 0;
}

bool set_discard(Interp& I, SetObj* s, Value key) {
  return cu::set_discard_hashed(I, s, key, cu::fast_hash(I, key));
}

void set_update(Interp& I, SetObj* s, Value iterable) { cu::set_update_internal(I, s, iterable); }

SetObj* set_from_iterable(Interp& I, Value iterable, bool frozen) {
  SetObj* s = I.set(frozen);
  cu::set_update_internal(I, s, iterable);
  return s;
}

Str* set_repr(Interp& I, SetObj* s) {
  const char* tname = s->type->name->data;
  bool exact_set = s->type == I.t.set;
  cu::ReprGuard g(s);
  if (g.recursive()) return I.str(std::string(tname) + "(...)");
  if (s->used == 0) return I.str(std::string(tname) + "()");
  std::string out;
  if (!exact_set) {
    out += tname;
    out += "(";
  }
  out += "{";
  // Collect the keys first: a repr may mutate the set (CPython lists it first).
  std::vector<Value> keys;
  keys.reserve(s->used);
  for (const SetEntry& e : s->table)
    if (!e.key.empty()) keys.push_back(e.key);
  for (size_t i = 0; i < keys.size(); i++) {
    if (i) out += ", ";
    cu::append_repr(I, out, keys[i]);
  }
  out += "}";
  if (!exact_set) out += ")";
  return I.str(out);
}

// CPython's frozenset_hash (order-independent, includes the table layout
// corrections for empty and dummy slots).
uint64_t frozenset_hash(Interp& I, SetObj* s) {
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t hash = 0;
  for (const SetEntry& e : s->table)
    if (!e.key.empty()) hash ^= shuffle(e.hash);
  hash ^= (uint64_t(s->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == uint64_t(-1)) hash = 590923713ULL;
  return hash;
}

// ===========================================================================
// Iterator
// ===========================================================================
// IterObj: a = the set (empty once exhausted), b = small int: size at start
// (-1 once a change was reported), i = next table position, j = items left.

static Value set_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  SetObj* s = it->a.as<SetObj>();
  if (int64_t(s->used) != it->b.small_value()) {
    it->b = Value::small(-1);
    I.raise(I.t.RuntimeError, "Set changed size during iteration");
  }
  size_t i = size_t(it->i), n = s->table.size();
  while (i < n && s->table[i].key.empty()) i++;
  it->i = int64_t(i) + 1;
  if (i >= n) {
    it->a = Value();
    return Value();
  }
  it->j--;
  return s->table[i].key;
}

static Value iter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  if (it->a.empty() || int64_t(it->a.as<SetObj>()->used) != it->b.small_value()) return Value::small(0);
  return Value::small(std::max<int64_t>(0, it->j));
}

void register_set_iterator(Interp& I) { register_iterator_type(I, set_iter_next, "set_iterator", iter_length_hint); }

Value set_iter(Interp& I, SetObj* s) {
  IterObj* it = new_iterator(I, nullptr, set_iter_next, obj_value(s), Value::small(s->used), 0);
  it->j = s->used;
  return obj_value(it);
}

}  // namespace il
