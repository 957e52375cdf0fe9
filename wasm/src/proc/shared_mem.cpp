// shared_mem.cpp — typed access to shared buffers, and SemLock.
#include "proc/shared_mem.h"

#include <cstring>

#include "objects/str.h"
#include "vm/frame.h"
#include "vm/ops.h"

namespace il::proc {

static const TypeCode kTypeCodes[] = {
    {'b', 1, "c_byte"},   {'B', 1, "c_ubyte"},  {'h', 2, "c_short"},  {'H', 2, "c_ushort"},
    {'i', 4, "c_int"},    {'I', 4, "c_uint"},   {'l', 8, "c_long"},   {'L', 8, "c_ulong"},
    {'q', 8, "c_longlong"}, {'Q', 8, "c_ulonglong"}, {'f', 4, "c_float"}, {'d', 8, "c_double"},
    {'c', 1, "c_char"},   {'u', 4, "c_wchar"},
};

const TypeCode* find_typecode(char code) {
  for (auto& t : kTypeCodes)
    if (t.code == code) return &t;
  return nullptr;
}

template <class T>
static T load_relaxed(unsigned char* p) {
  return __atomic_load_n(reinterpret_cast<T*>(p), __ATOMIC_RELAXED);
}
template <class T>
static void store_relaxed(unsigned char* p, T v) {
  __atomic_store_n(reinterpret_cast<T*>(p), v, __ATOMIC_RELAXED);
}

Value shm_load(Interp& I, SharedBuffer& b, const TypeCode& tc, size_t i) {
  unsigned char* p = b.bytes() + i * size_t(tc.size);
  switch (tc.code) {
    case 'b': return Value::small(int8_t(load_relaxed<uint8_t>(p)));
    case 'B': return Value::small(load_relaxed<uint8_t>(p));
    case 'h': return Value::small(int16_t(load_relaxed<uint16_t>(p)));
    case 'H': return Value::small(load_relaxed<uint16_t>(p));
    case 'i': return Value::small(int32_t(load_relaxed<uint32_t>(p)));
    case 'I': return Value::small(load_relaxed<uint32_t>(p));
    case 'l':
    case 'q': return I.new_int(int64_t(load_relaxed<uint64_t>(p)));
    case 'L':
    case 'Q': {
      uint64_t u = load_relaxed<uint64_t>(p);
      if (u <= uint64_t(INT64_MAX)) return I.new_int(int64_t(u));
      BigInt big;
      big = BigInt::from_u64(u);
      return I.new_int(std::move(big));
    }
    case 'f': {
      uint32_t bits = load_relaxed<uint32_t>(p);
      float f;
      std::memcpy(&f, &bits, 4);
      return I.new_float(double(f));
    }
    case 'd': {
      uint64_t bits = load_relaxed<uint64_t>(p);
      double d;
      std::memcpy(&d, &bits, 8);
      return I.new_float(d);
    }
    case 'c': {
      char c = char(load_relaxed<uint8_t>(p));
      return I.new_bytes(std::string_view(&c, 1));
    }
    case 'u': {
      uint32_t cp = load_relaxed<uint32_t>(p);
      std::string s;
      if (cp < 0x80) s += char(cp);
      else if (cp < 0x800) { s += char(0xC0 | (cp >> 6)); s += char(0x80 | (cp & 0x3F)); }
      else if (cp < 0x10000) { s += char(0xE0 | (cp >> 12)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
      else { s += char(0xF0 | (cp >> 18)); s += char(0x80 | ((cp >> 12) & 0x3F)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
      return I.new_str(s);
    }
  }
  return Value::None();
}

// An integer argument wrapped to 64 bits, as ctypes stores out-of-range ints.
static uint64_t int_bits(Interp& I, Value v) {
  if (!is_int(I, v) && getattr_opt(I, obj_value(type_of(I, v)), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  Value n = number_index(I, v);
  if (n.is_small()) return uint64_t(n.small_value());
  if (n.is_bool()) return n.is_true() ? 1 : 0;
  // Big: keep the low 64 bits (two's complement), as a C cast does.
  Value mask = I.new_int(BigInt::from_u64(~uint64_t(0)));
  Value low = binary_op(I, n, mask, BinOp::And);
  if (low.is_small()) return uint64_t(low.small_value());
  return low.as<IntObj>()->v.to_uint64();  // non-negative after the mask
}

void shm_store(Interp& I, SharedBuffer& b, const TypeCode& tc, size_t i, Value v) {
  unsigned char* p = b.bytes() + i * size_t(tc.size);
  switch (tc.code) {
    case 'b': case 'B': store_relaxed<uint8_t>(p, uint8_t(int_bits(I, v))); return;
    case 'h': case 'H': store_relaxed<uint16_t>(p, uint16_t(int_bits(I, v))); return;
    case 'i': case 'I': store_relaxed<uint32_t>(p, uint32_t(int_bits(I, v))); return;
    case 'l': case 'L': case 'q': case 'Q': store_relaxed<uint64_t>(p, int_bits(I, v)); return;
    case 'f': case 'd': {
      if (!is_int(I, v) && !is_float(I, v))
        I.raise(I.t.TypeError, "must be real number, not %s", type_name(I, v));
      double d = to_double(I, v);
      if (tc.code == 'f') {
        float f = float(d);
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        store_relaxed<uint32_t>(p, bits);
      } else {
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        store_relaxed<uint64_t>(p, bits);
      }
      return;
    }
    case 'c': {
      if (v.is_obj() && (v.obj()->type == I.t.bytes || v.obj()->type == I.t.bytearray)) {
        const std::string& d = v.obj()->type == I.t.bytes ? v.as<BytesObj>()->data : v.as<ByteArrayObj>()->data;
        if (d.size() != 1) I.raise(I.t.TypeError, "one character bytes, bytearray or integer expected");
        store_relaxed<uint8_t>(p, uint8_t(d[0]));
        return;
      }
      if (is_int(I, v)) {
        store_relaxed<uint8_t>(p, uint8_t(int_bits(I, v)));
        return;
      }
      I.raise(I.t.TypeError, "one character bytes, bytearray or integer expected");
    }
    case 'u': {
      if (!is_str(I, v) || v.as<Str>()->length != 1) I.raise(I.t.TypeError, "one character unicode string expected");
      std::string_view s = v.as<Str>()->view();
      uint32_t cp = uint8_t(s[0]);
      if (cp >= 0xF0) cp = ((cp & 7) << 18) | ((uint8_t(s[1]) & 0x3F) << 12) | ((uint8_t(s[2]) & 0x3F) << 6) | (uint8_t(s[3]) & 0x3F);
      else if (cp >= 0xE0) cp = ((cp & 0xF) << 12) | ((uint8_t(s[1]) & 0x3F) << 6) | (uint8_t(s[2]) & 0x3F);
      else if (cp >= 0xC0) cp = ((cp & 0x1F) << 6) | (uint8_t(s[1]) & 0x3F);
      store_relaxed<uint32_t>(p, cp);
      return;
    }
  }
}

// ============================================================================
// SemLock
// ============================================================================

static int current_tid(Interp& I) { return I.current ? I.current->id : 0; }

Value semlock_acquire(Interp& I, SemLock& s, bool block, double timeout) {
  std::unique_lock<std::mutex> lk(s.mu);
  int pid = I.config.pid, tid = current_tid(I);
  if (s.kind == SemLock::kRecursiveMutex) {
    if (s.count > 0 && s.owner_pid == pid && s.owner_tid == tid) {
      s.count++;
      return Value::True();
    }
    if (s.count == 0) {
      s.owner_pid = pid;
      s.owner_tid = tid;
      s.count = 1;
      return Value::True();
    }
  } else if (s.value > 0) {
    s.value--;
    s.owner_pid = pid;
    s.owner_tid = tid;
    s.count++;
    return Value::True();
  }
  if (!block) return Value::False();
  return park_on(I, s.waiters, lk, timeout, Value::False(),
                 s.kind == SemLock::kRecursiveMutex ? "RLock" : (s.maxvalue == 1 ? "Lock" : "Semaphore"));
}

void semlock_release(Interp& I, SemLock& s) {
  std::unique_lock<std::mutex> lk(s.mu);
  if (s.kind == SemLock::kRecursiveMutex) {
    if (s.count == 0 || s.owner_pid != I.config.pid || s.owner_tid != current_tid(I)) {
      lk.unlock();
      I.raise(I.t.AssertionError, "attempt to release recursive lock not owned by thread");
    }
    if (--s.count > 0) return;
    s.owner_pid = s.owner_tid = 0;
  } else {
    if (s.value >= s.maxvalue) {
      lk.unlock();
      I.raise(I.t.ValueError, "semaphore or lock released too many times");
    }
    s.value++;
    if (s.count > 0) s.count--;
  }
  s.waiters.wake_all(Value::None());
}

}  // namespace il::proc
