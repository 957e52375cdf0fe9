// containers.h — tuple, list, dict, set, range and slice: the C++ API the
// eval loop and other natives call directly. Python-visible methods are
// registered by init_tuple()/init_list()/init_dict()/init_set()/init_range_slice().
#pragma once
#include "lang/opcodes.h"
#include "vm/native.h"

namespace il {

// --- slices ---------------------------------------------------------------------
// Resolves a slice against a sequence length (CPython's PySlice_GetIndicesEx).
struct SliceIndices { int64_t start, stop, step, len; };
SliceIndices slice_indices(Interp& I, SliceObj* s, int64_t length);
// Normalises an index (negative from the end); raises IndexError("<what> index out of range").
int64_t normalize_index(Interp& I, Value index, int64_t length, const char* what);
Value new_slice(Interp& I, Value start, Value stop, Value step);

// --- tuple ---------------------------------------------------------------------
Value tuple_getitem(Interp& I, Tuple* t, Value key);
uint64_t tuple_hash(Interp& I, Tuple* t);
Str* tuple_repr(Interp& I, Tuple* t);

// --- list ---------------------------------------------------------------------
Value list_getitem(Interp& I, List* l, Value key);
void list_setitem(Interp& I, List* l, Value key, Value v);   // index or slice assignment
void list_delitem(Interp& I, List* l, Value key);
void list_extend(Interp& I, List* l, Value iterable);
void list_sort(Interp& I, List* l, Value key, bool reverse); // stable (timsort-equivalent results)
Str* list_repr(Interp& I, List* l);

// --- dict ---------------------------------------------------------------------
Value dict_get(Interp& I, Dict* d, Value key);           // empty if missing
Value dict_get_str(Dict* d, Str* key);                   // str keys only: no Python code runs
void dict_set(Interp& I, Dict* d, Value key, Value v);
void dict_set_str(Interp& I, Dict* d, Str* key, Value v);
bool dict_del(Interp& I, Dict* d, Value key);            // false if missing
bool dict_del_str(Interp& I, Dict* d, Str* key);
Value dict_getitem(Interp& I, Dict* d, Value key);       // d[key]: __missing__ for subclasses, KeyError
void dict_update(Interp& I, Dict* d, Value other);       // dict.update(other) (mapping or pairs)
void dict_clear(Dict* d);
Dict* dict_copy(Interp& I, Dict* d);
Str* dict_repr(Interp& I, Dict* d);
inline uint32_t dict_size(Dict* d) { return d->used; }
// Iterate live entries: for (auto& e : d->entries) if (!e.key.empty()) ...

// --- set ---------------------------------------------------------------------
bool set_add(Interp& I, SetObj* s, Value key);            // true if newly added
bool set_contains(Interp& I, SetObj* s, Value key);
bool set_discard(Interp& I, SetObj* s, Value key);        // true if it was present
void set_update(Interp& I, SetObj* s, Value iterable);
Str* set_repr(Interp& I, SetObj* s);
uint64_t frozenset_hash(Interp& I, SetObj* s);

// --- range ---------------------------------------------------------------------
Value new_range(Interp& I, int64_t start, int64_t stop, int64_t step);
Value range_iter(Interp& I, RangeObj* r);

// --- iterators (added with the container implementations) ----------------------
// What the containers' __iter__ return; all are IterObj.
Value list_iter(Interp& I, List* l);
Value tuple_iter(Interp& I, Tuple* t);
Value dict_iter(Interp& I, Dict* d);      // over the keys
Value set_iter(Interp& I, SetObj* s);

// Gives the iterators whose `next` is `next` the type `name` (list_iterator,
// dict_keyiterator ...; new_iterator with a null type picks it), with
// __iter__/__next__, and __length_hint__ when `length_hint` is given (called
// with argv = {iterator}). Returns the type.
Type* register_iterator_type(Interp& I, Value (*next)(Interp&, IterObj*), const char* name,
                             NativeFn length_hint = nullptr);

// The `next` function of range iterators, exposed for the eval loop's FOR_ITER
// fast path. Contract: an IterObj `it` with `it->next == range_iter_next` is a
// range iterator with
//   it->a  empty (unused)
//   it->b  the step, always a small int Value (it->b.small_value(); ranges whose
//          step does not fit a small int get another `next` function)
//   it->i  the next value to produce (an int64, may exceed the small-int range:
//          push it with I.new_int)
//   it->j  how many values are left (>= 0; 0 = exhausted)
// One step is: if (it->j <= 0) exhausted; else { v = it->i; it->j--;
//   it->i = int64_t(uint64_t(it->i) + uint64_t(step)); produce v }
// (the unsigned add: the value after the last one may overflow int64).
Value range_iter_next(Interp& I, IterObj* it);

// Sequence-compare and hashing helpers used by other types (e.g. the VM's
// COMPARE_OP fast path): both operands must be lists, or both tuples.
Value list_richcompare(Interp& I, List* a, List* b, CmpOp op);
Value tuple_richcompare(Interp& I, Tuple* a, Tuple* b, CmpOp op);

// Concatenation / repetition (the BINARY_OP fast paths may call these).
Tuple* tuple_concat(Interp& I, Tuple* a, Tuple* b);
List* list_concat(Interp& I, List* a, List* b);
Value list_repeat(Interp& I, List* l, int64_t n);
Value tuple_repeat(Interp& I, Tuple* t, int64_t n);

// A new exact set/frozenset from any iterable (set(x) / frozenset(x)).
SetObj* set_from_iterable(Interp& I, Value iterable, bool frozen);
// types.GenericAlias (list[int] ...): other types may offer __class_getitem__
// with add_class_getitem(I, type) and build aliases with generic_alias_new.
Value generic_alias_new(Interp& I, Value origin, Value args);
void add_class_getitem(Interp& I, Type* t);
// Slice object fields resolved against a length, then the selected items.
Value list_slice(Interp& I, List* l, int64_t start, int64_t stop);   // step 1, clamped

}  // namespace il
