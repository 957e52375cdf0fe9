// deque.cpp — collections.deque in C++: the native module `_collections`
// (wasm/lib/collections imports deque from it). A ring buffer of Values with
// CPython's API, messages and mutation checks ("deque mutated during
// iteration": a `state` counter bumped by every size change, as CPython's).
#include <algorithm>
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "objects/container_util.h"

namespace il {

namespace {

// Initial ring capacity; doubled when full, so appends are amortised O(1).
constexpr size_t kMinCapacity = 8;

struct DequePayload : NativePayload {
  std::vector<Value> ring;  // capacity: a power of two (or 0 before first use)
  size_t head = 0;          // ring index of item 0
  size_t count = 0;
  int64_t maxlen = -1;      // -1: unbounded
  uint64_t state = 0;       // bumped by every change of size or order (iterators check it)

  Value& at(size_t i) { return ring[(head + i) & (ring.size() - 1)]; }
  void grow() {
    size_t cap = ring.empty() ? kMinCapacity : ring.size() * 2;
    std::vector<Value> next(cap);
    for (size_t i = 0; i < count; i++) next[i] = at(i);
    ring.swap(next);
    head = 0;
  }
  void push_back(Value v) {
    if (count == ring.size()) grow();
    at(count++) = v;
  }
  void push_front(Value v) {
    if (count == ring.size()) grow();
    head = (head - 1) & (ring.size() - 1);
    ring[head] = v;
    count++;
  }
  Value pop_back() {
    Value& slot = at(--count);
    Value v = slot;
    slot = Value();
    return v;
  }
  Value pop_front() {
    Value v = ring[head];
    ring[head] = Value();
    head = (head + 1) & (ring.size() - 1);
    count--;
    return v;
  }
  void clear() {
    ring.clear();
    head = count = 0;
  }
  // CPython's _deque_rotate: positive n moves the last n items to the front.
  void rotate(int64_t n) {
    if (count <= 1) return;
    state++;
    int64_t len = int64_t(count);
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    for (int64_t k = 0; k < n; k++) push_front(pop_back());
  }
  void trace(Tracer& t) override {
    for (size_t i = 0; i < count; i++) t.visit(at(i));
  }
};

Value deque_alloc(Interp& I, Type* t) {
  NativeObj* o = I.make<NativeObj>(t);
  o->payload = std::make_unique<DequePayload>();
  return obj_value(o);
}

bool is_deque(Value v) { return v.is_obj() && v.obj()->type->alloc == deque_alloc; }

DequePayload* payload_of(Value v) {
  return static_cast<DequePayload*>(static_cast<NativeObj*>(v.obj())->payload.get());
}

DequePayload* self_deque(Interp& I, CallArgs& a, const char* meth) {
  if (a.argc == 0 || !is_deque(a.argv[0])) cu::bad_self(I, meth, "collections.deque", a.argc ? a.argv[0] : Value::None());
  return payload_of(a.argv[0]);
}

[[noreturn]] void raise_mutated(Interp& I) { I.raise(I.t.RuntimeError, "deque mutated during iteration"); }

// ===========================================================================
// Growing and shrinking
// ===========================================================================

void append(DequePayload* d, Value v) {
  d->state++;
  if (d->maxlen == 0) return;
  d->push_back(v);
  if (d->maxlen > 0 && d->count > size_t(d->maxlen)) d->pop_front();
}

void appendleft(DequePayload* d, Value v) {
  d->state++;
  if (d->maxlen == 0) return;
  d->push_front(v);
  if (d->maxlen > 0 && d->count > size_t(d->maxlen)) d->pop_back();
}

// extend/extendleft: a deque extended by itself iterates a snapshot.
void extend(Interp& I, Value self, DequePayload* d, Value iterable, bool left) {
  if (iterable == self) iterable = obj_value(list_from_iterable(I, iterable));
  for_each(I, iterable, [&](Value v) { left ? appendleft(d, v) : append(d, v); });
}

int64_t maxlen_arg(Interp& I, Value v) {
  if (v.empty() || v.is_none()) return -1;
  if (!cu::is_int_value(I, v)) I.raise(I.t.TypeError, "an integer is required");
  int64_t n;
  if (v.is_small()) {
    n = v.small_value();
  } else if (v.is_bool()) {
    n = v.is_true();
  } else {
    const BigInt& b = static_cast<IntObj*>(v.obj())->v;
    if (!b.fits_int64()) I.raise(I.t.OverflowError, "Python int too large to convert to C ssize_t");
    n = b.to_int64();
  }
  if (n < 0) I.raise(I.t.ValueError, "maxlen must be non-negative");
  return n;
}

// An int argument as CPython's "n" format converts it (rotate, insert).
int64_t ssize_arg(Interp& I, Value v) {
  int64_t n;
  if (!cu::repeat_count(I, v, &n))
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  return n;
}

// Position of item `key` (deque[key]), with CPython's messages.
size_t item_index(Interp& I, DequePayload* d, Value key) {
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "sequence index must be integer, not '%s'", type_name(I, key));
  if (i < 0) i += int64_t(d->count);
  if (i < 0 || i >= int64_t(d->count)) I.raise(I.t.IndexError, "deque index out of range");
  return size_t(i);
}

void del_item(DequePayload* d, size_t i) {
  d->state++;
  // Shift the shorter side over the hole.
  if (i < d->count / 2) {
    for (size_t k = i; k > 0; k--) d->at(k) = d->at(k - 1);
    d->pop_front();
  } else {
    for (size_t k = i; k + 1 < d->count; k++) d->at(k) = d->at(k + 1);
    d->pop_back();
  }
}

// A new deque of `self`'s type with its items (deque.copy / __copy__).
Value copy_deque(Interp& I, Value self) {
  DequePayload* d = payload_of(self);
  Type* t = self.obj()->type;
  DequePayload* nd;
  Value result;
  if (!(t->flags & kTypeHeap)) {
    result = deque_alloc(I, t);
    nd = payload_of(result);
    nd->maxlen = d->maxlen;
    for (size_t i = 0; i < d->count; i++) nd->push_back(d->at(i));
    return result;
  }
  result = d->maxlen < 0 ? call1(I, obj_value(t), self) : call2(I, obj_value(t), self, I.new_int(d->maxlen));
  if (!is_deque(result))
    I.raise(I.t.TypeError, "%s() must return a deque, not %s", t->name->data, type_name(I, result));
  return result;
}

List* to_list(Interp& I, DequePayload* d) {
  List* l = I.list(d->count);
  for (size_t i = 0; i < d->count; i++) l->items.push_back(d->at(i));
  return l;
}

// ===========================================================================
// Iterators
// ===========================================================================
// IterObj fields: a = the deque, i = next position, j = the deque's state
// when the iterator was made.

Value deque_iter_next(Interp& I, IterObj* it) {
  DequePayload* d = payload_of(it->a);
  if (d->state != uint64_t(it->j)) raise_mutated(I);
  if (it->i >= int64_t(d->count)) return Value();
  return d->at(size_t(it->i++));
}

Value deque_reviter_next(Interp& I, IterObj* it) {
  DequePayload* d = payload_of(it->a);
  if (d->state != uint64_t(it->j)) raise_mutated(I);
  if (it->i < 0) return Value();
  return d->at(size_t(it->i--));
}

Value iter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  return Value::small(std::max<int64_t>(0, int64_t(payload_of(it->a)->count) - it->i));
}

Value reviter_length_hint(Interp& I, CallArgs& a) {
  return Value::small(std::max<int64_t>(0, a[0].as<IterObj>()->i + 1));
}

Value make_iter(Interp& I, Value self, bool reverse) {
  DequePayload* d = payload_of(self);
  IterObj* it = reverse ? new_iterator(I, nullptr, deque_reviter_next, self, Value(), int64_t(d->count) - 1)
                        : new_iterator(I, nullptr, deque_iter_next, self, Value(), 0);
  it->j = int64_t(d->state);
  return obj_value(it);
}

// ===========================================================================
// Methods
// ===========================================================================

Value m_init(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__init__");
  if (a.npos() > 3) I.raise(I.t.TypeError, "deque() takes at most 2 arguments (%u given)", a.npos() - 1);
  Value iterable = a.npos() > 1 ? a.argv[1] : Value();
  Value maxlen = a.npos() > 2 ? a.argv[2] : Value();
  for (uint32_t k = 0; k < a.nkw(); k++) {
    Str* name = a.kwnames->items[k].as<Str>();
    Value v = a.argv[a.npos() + k];
    if (name->view() == "iterable" && a.npos() < 2) {
      iterable = v;
    } else if (name->view() == "maxlen" && a.npos() < 3) {
      maxlen = v;
    } else if (name->view() == "iterable" || name->view() == "maxlen") {
      I.raise(I.t.TypeError, "argument for deque() given by name ('%s') and position (%u)", name->data,
              name->view() == "iterable" ? 1u : 2u);
    } else {
      I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for deque()", name->data);
    }
  }
  d->maxlen = maxlen_arg(I, maxlen);
  if (d->count) {
    d->state++;
    d->clear();
  }
  if (!iterable.empty() && !iterable.is_none()) extend(I, a.argv[0], d, iterable, false);
  return Value::None();
}

Value m_append(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "append");
  cu::check_one(I, a, "deque.append");
  append(d, a.argv[1]);
  return Value::None();
}

Value m_appendleft(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "appendleft");
  cu::check_one(I, a, "deque.appendleft");
  appendleft(d, a.argv[1]);
  return Value::None();
}

Value m_pop(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "pop");
  cu::check_none(I, a, "deque.pop");
  if (!d->count) I.raise(I.t.IndexError, "pop from an empty deque");
  d->state++;
  return d->pop_back();
}

Value m_popleft(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "popleft");
  cu::check_none(I, a, "deque.popleft");
  if (!d->count) I.raise(I.t.IndexError, "pop from an empty deque");
  d->state++;
  return d->pop_front();
}

Value m_extend(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "extend");
  cu::check_one(I, a, "deque.extend");
  extend(I, a.argv[0], d, a.argv[1], false);
  return Value::None();
}

Value m_extendleft(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "extendleft");
  cu::check_one(I, a, "deque.extendleft");
  extend(I, a.argv[0], d, a.argv[1], true);
  return Value::None();
}

Value m_clear(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "clear");
  cu::check_none(I, a, "deque.clear");
  d->state++;
  d->clear();
  return Value::None();
}

Value m_copy(Interp& I, CallArgs& a) {
  self_deque(I, a, "copy");
  cu::check_none(I, a, "deque.copy");
  return copy_deque(I, a.argv[0]);
}

Value m_rotate(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "rotate");
  cu::check_range(I, a, "deque.rotate", "deque.rotate", 0, 1);
  d->rotate(cu::nargs(a) ? ssize_arg(I, a.argv[1]) : 1);
  return Value::None();
}

Value m_reverse(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "reverse");
  cu::check_none(I, a, "deque.reverse");
  for (size_t i = 0, j = d->count; i + 1 < j; i++, j--) std::swap(d->at(i), d->at(j - 1));
  return Value::None();
}

Value m_count(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "count");
  cu::check_one(I, a, "deque.count");
  uint64_t state = d->state;
  int64_t n = 0;
  for (size_t i = 0; i < d->count; i++) {
    bool hit = cu::fast_eq(I, d->at(i), a.argv[1]);
    if (d->state != state) raise_mutated(I);
    n += hit;
  }
  return Value::small(n);
}

Value m_index(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "index");
  cu::no_kwargs(I, a, "deque.index");
  uint32_t n = cu::nargs(a);
  if (n < 1) I.raise(I.t.TypeError, "index() takes at least 1 argument (0 given)");
  if (n > 3) I.raise(I.t.TypeError, "index() takes at most 3 arguments (%u given)", n);
  int64_t size = int64_t(d->count);
  int64_t start = n > 1 ? cu::clamp_slice_arg(I, a.argv[2]) : 0;
  int64_t stop = n > 2 ? cu::clamp_slice_arg(I, a.argv[3]) : size;
  if (start < 0) start = std::max<int64_t>(0, start + size);
  if (stop < 0) stop = std::max<int64_t>(0, stop + size);
  stop = std::min(stop, size);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; i++) {
    bool hit = cu::fast_eq(I, d->at(size_t(i)), a.argv[1]);
    if (d->state != state) raise_mutated(I);
    if (hit) return Value::small(i);
  }
  I.raise(I.t.ValueError, "%s is not in deque", repr(I, a.argv[1])->data);
}

Value m_insert(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "insert");
  cu::no_kwargs(I, a, "deque.insert");
  if (cu::nargs(a) != 2) I.raise(I.t.TypeError, "insert() takes exactly 2 arguments (%u given)", cu::nargs(a));
  int64_t i = ssize_arg(I, a.argv[1]);
  Value v = a.argv[2];
  int64_t size = int64_t(d->count);
  if (d->maxlen >= 0 && size >= d->maxlen) I.raise(I.t.IndexError, "deque already at its maximum size");
  if (i >= size) {
    append(d, v);
    return Value::None();
  }
  if (i <= -size || i == 0) {
    appendleft(d, v);
    return Value::None();
  }
  if (i < 0) i += size;
  d->state++;
  d->push_back(v);
  for (int64_t k = size; k > i; k--) d->at(size_t(k)) = d->at(size_t(k - 1));
  d->at(size_t(i)) = v;
  return Value::None();
}

Value m_remove(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "remove");
  cu::check_one(I, a, "deque.remove");
  uint64_t state = d->state;
  for (size_t i = 0; i < d->count; i++) {
    bool hit = cu::fast_eq(I, d->at(i), a.argv[1]);
    if (d->state != state) I.raise(I.t.IndexError, "deque mutated during iteration");
    if (hit) {
      del_item(d, i);
      return Value::None();
    }
  }
  I.raise(I.t.ValueError, "%s is not in deque", repr(I, a.argv[1])->data);
}

Value m_len(Interp& I, CallArgs& a) { return Value::small(int64_t(self_deque(I, a, "__len__")->count)); }

Value m_bool(Interp& I, CallArgs& a) { return Value::boolean(self_deque(I, a, "__bool__")->count != 0); }

Value m_getitem(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__getitem__");
  cu::check_one(I, a, "deque.__getitem__");
  return d->at(item_index(I, d, a.argv[1]));
}

Value m_setitem(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__setitem__");
  if (a.npos() != 3) I.raise(I.t.TypeError, "expected 2 arguments, got %u", a.npos() - 1);
  d->at(item_index(I, d, a.argv[1])) = a.argv[2];
  return Value::None();
}

Value m_delitem(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__delitem__");
  cu::check_one(I, a, "deque.__delitem__");
  del_item(d, item_index(I, d, a.argv[1]));
  return Value::None();
}

Value m_contains(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__contains__");
  cu::check_one(I, a, "deque.__contains__");
  uint64_t state = d->state;
  for (size_t i = 0; i < d->count; i++) {
    bool hit = cu::fast_eq(I, d->at(i), a.argv[1]);
    if (d->state != state) raise_mutated(I);
    if (hit) return Value::True();
  }
  return Value::False();
}

Value m_iter(Interp& I, CallArgs& a) {
  self_deque(I, a, "__iter__");
  return make_iter(I, a.argv[0], false);
}

Value m_reversed(Interp& I, CallArgs& a) {
  self_deque(I, a, "__reversed__");
  return make_iter(I, a.argv[0], true);
}

Value m_repr(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__repr__");
  cu::ReprGuard g(a.argv[0].obj());
  if (g.recursive()) return I.new_str("[...]");
  std::string out = a.argv[0].obj()->type->name->data;
  out += '(';
  Str* items = list_repr(I, to_list(I, d));
  out.append(items->data, items->nbytes);
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ')';
  return I.new_str(out);
}

Value compare(Interp& I, CallArgs& a, CmpOp op) {
  DequePayload* d = self_deque(I, a, "__eq__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  if (!is_deque(a.argv[1])) return Value::NotImplemented();
  return list_richcompare(I, to_list(I, d), to_list(I, payload_of(a.argv[1])), op);
}
Value m_eq(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Eq); }
Value m_ne(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ne); }
Value m_lt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Lt); }
Value m_le(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Le); }
Value m_gt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Gt); }
Value m_ge(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ge); }

Value m_add(Interp& I, CallArgs& a) {
  self_deque(I, a, "__add__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value other = a.argv[1];
  if (!is_deque(other)) {
    if (cu::defer_to_reflected(I, other, I.names->__radd__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(I, other));
  }
  Value r = copy_deque(I, a.argv[0]);
  extend(I, r, payload_of(r), other, false);
  return r;
}

Value m_iadd(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__iadd__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  extend(I, a.argv[0], d, a.argv[1], false);
  return a.argv[0];
}

// In-place repetition (CPython's deque_inplace_repeat): with a maxlen only
// the last maxlen items of the result are kept.
void repeat_in_place(Interp& I, DequePayload* d, int64_t n) {
  if (n <= 0 || d->count == 0) {
    if (d->count) {
      d->state++;
      d->clear();
    }
    return;
  }
  if (n == 1) return;
  size_t size = d->count;
  if (uint64_t(n) > uint64_t(INT64_MAX) / size) I.raise(I.t.MemoryError, "");
  std::vector<Value> items(size);
  for (size_t i = 0; i < size; i++) items[i] = d->at(i);
  uint64_t total = uint64_t(n) * size;
  uint64_t keep = d->maxlen >= 0 ? std::min<uint64_t>(total, uint64_t(d->maxlen)) : total;
  if (keep > (uint64_t(1) << 40)) I.raise(I.t.MemoryError, "");
  d->state++;
  d->clear();
  for (uint64_t p = total - keep; p < total; p++) d->push_back(items[p % size]);
}

bool repeat_arg(Interp& I, CallArgs& a, int64_t* n) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  if (cu::repeat_count(I, a.argv[1], n)) return true;
  if (cu::defer_to_reflected(I, a.argv[1], I.names->__rmul__)) return false;
  I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a.argv[1]));
}

Value m_mul(Interp& I, CallArgs& a) {
  self_deque(I, a, "__mul__");
  int64_t n;
  if (!repeat_arg(I, a, &n)) return Value::NotImplemented();
  Value r = copy_deque(I, a.argv[0]);
  repeat_in_place(I, payload_of(r), n);
  return r;
}

Value m_imul(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__imul__");
  int64_t n;
  if (!repeat_arg(I, a, &n)) return Value::NotImplemented();
  repeat_in_place(I, d, n);
  return a.argv[0];
}

Value m_reduce(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__reduce__");
  Value self = a.argv[0];
  Type* t = self.obj()->type;
  Value state = Value::None();
  if (t->flags & kTypeHeap) {
    Value dict = getattr_opt(I, self, I.names->__dict__);
    if (!dict.empty()) state = dict;
  }
  // (type, args, state, iterator), as CPython's: args () when unbounded.
  Value args = d->maxlen < 0 ? obj_value(I.tuple(0))
                             : obj_value(I.tuple({obj_value(I.tuple(0)), I.new_int(d->maxlen)}));
  return obj_value(I.tuple({obj_value(t), args, state, make_iter(I, self, false)}));
}

Value m_sizeof(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "__sizeof__");
  return Value::small(int64_t(sizeof(NativeObj) + sizeof(DequePayload) + d->ring.capacity() * sizeof(Value)));
}

Value get_maxlen(Interp& I, CallArgs& a) {
  DequePayload* d = self_deque(I, a, "maxlen");
  return d->maxlen < 0 ? Value::None() : I.new_int(d->maxlen);
}

// ===========================================================================
// Registration
// ===========================================================================

const MethodDef kDequeMethods[] = {
    {"__init__", m_init},
    {"append", m_append, kNativeMethod, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, kNativeMethod, "Add an element to the left side of the deque."},
    {"pop", m_pop, kNativeMethod, "Remove and return the rightmost element."},
    {"popleft", m_popleft, kNativeMethod, "Remove and return the leftmost element."},
    {"extend", m_extend, kNativeMethod, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, kNativeMethod, "Extend the left side of the deque with elements from the iterable"},
    {"clear", m_clear, kNativeMethod, "Remove all elements from the deque."},
    {"copy", m_copy, kNativeMethod, "Return a shallow copy of a deque."},
    {"__copy__", m_copy, kNativeMethod, "Return a shallow copy of a deque."},
    {"rotate", m_rotate, kNativeMethod, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"reverse", m_reverse, kNativeMethod, "D.reverse() -- reverse *IN PLACE*"},
    {"count", m_count, kNativeMethod, "D.count(value) -- return number of occurrences of value"},
    {"index", m_index, kNativeMethod, "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", m_insert, kNativeMethod, "D.insert(index, object) -- insert object before index"},
    {"remove", m_remove, kNativeMethod, "D.remove(value) -- remove first occurrence of value."},
    {"__len__", m_len},
    {"__bool__", m_bool},
    {"__getitem__", m_getitem},
    {"__setitem__", m_setitem},
    {"__delitem__", m_delitem},
    {"__contains__", m_contains},
    {"__iter__", m_iter},
    {"__reversed__", m_reversed, kNativeMethod, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__repr__", m_repr},
    {"__eq__", m_eq},
    {"__ne__", m_ne},
    {"__lt__", m_lt},
    {"__le__", m_le},
    {"__gt__", m_gt},
    {"__ge__", m_ge},
    {"__add__", m_add},
    {"__iadd__", m_iadd},
    {"__mul__", m_mul},
    {"__rmul__", m_mul},
    {"__imul__", m_imul},
    {"__reduce__", m_reduce, kNativeMethod, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, kNativeMethod, "D.__sizeof__() -- size of D in memory, in bytes"},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", get_maxlen},
};

}  // namespace

Module* init_collections_module(Interp& I) {
  Module* m = I.new_module("_collections");
  Type* t = new_builtin_type(I, "deque", I.t.object, Layout::Native, kTypeBaseType);
  t->alloc = deque_alloc;
  dict_set_str(I, t->dict, I.names->__module__, I.new_str("collections"));
  type_set(I, t, "__doc__",
           I.new_str("deque([iterable[, maxlen]]) --> deque object\n\n"
                     "A list-like sequence optimized for data accesses near its endpoints."));
  add_methods(I, t, kDequeMethods);
  add_getsets(I, t, kDequeGetSets);
  type_set(I, t, "__hash__", Value::None());
  add_class_getitem(I, t);
  register_iterator_type(I, deque_iter_next, "_deque_iterator", iter_length_hint);
  register_iterator_type(I, deque_reviter_next, "_deque_reverse_iterator", reviter_length_hint);
  set_attr_str(I, m, "deque", obj_value(t));
  return m;
}

}  // namespace il
