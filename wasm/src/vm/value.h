// value.h — the tagged 64-bit Value every Python value travels as.
//
// Encoding (low bits decide):
//   ...xxx1  small int: a signed 63-bit integer, value = bits >> 1
//   ...x010  special constant: None, False, True, NotImplemented, Ellipsis
//   0        empty: no value (unbound local, "not found", NULL call slot)
//   ...x000  pointer to an Object (8-byte aligned)
// Small ints and the constants need no allocation and no interpreter, so the
// hot integer paths in the eval loop never touch the heap. Ints outside
// [kSmallMin, kSmallMax] are boxed BigInts (objects/int.h).
#pragma once
#include <cstdint>
#include <cstring>

namespace il {

struct Object;

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t(1) << 61) - 1;  // 62-bit range keeps a+b and a*small exact in int64
  static constexpr int64_t kSmallMin = -(int64_t(1) << 61);

  constexpr Value() : bits_(0) {}
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static Value object(const Object* o) { Value v; v.bits_ = reinterpret_cast<uintptr_t>(o); return v; }
  static constexpr Value small(int64_t i) { return from_bits((uint64_t(i) << 1) | 1); }
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

  static constexpr Value None() { return from_bits(0x02); }
  static constexpr Value False() { return from_bits(0x0A); }
  static constexpr Value True() { return from_bits(0x12); }
  static constexpr Value NotImplemented() { return from_bits(0x1A); }
  static constexpr Value Ellipsis() { return from_bits(0x22); }
  static constexpr Value boolean(bool b) { return b ? True() : False(); }
  // Returned by a native function that parked the current task (sched/).
  static constexpr Value Suspend() { return from_bits(0x2A); }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr bool is_small() const { return bits_ & 1; }
  constexpr int64_t small_value() const { return int64_t(bits_) >> 1; }
  constexpr bool is_special() const { return (bits_ & 7) == 2; }
  constexpr bool is_obj() const { return (bits_ & 7) == 0 && bits_ != 0; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  template <class T> T* as() const { return static_cast<T*>(obj()); }

  constexpr bool is_none() const { return bits_ == 0x02; }
  constexpr bool is_bool() const { return bits_ == 0x0A || bits_ == 0x12; }
  constexpr bool is_true() const { return bits_ == 0x12; }
  constexpr bool is_false() const { return bits_ == 0x0A; }
  constexpr bool is_not_implemented() const { return bits_ == 0x1A; }
  constexpr bool is_ellipsis() const { return bits_ == 0x22; }
  constexpr bool is_suspend() const { return bits_ == 0x2A; }

  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }  // identity (`is`)
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_;
};

}  // namespace il
