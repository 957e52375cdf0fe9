// shared_mem.h — raw shared memory for multiprocessing's Value/Array/RawValue/
// RawArray, and SemLock, the one primitive CPython builds Lock, RLock,
// Semaphore, BoundedSemaphore, Condition, Event and Barrier from.
#pragma once
#include <memory>
#include <string>

#include "proc/process_table.h"

namespace il::proc {

struct SharedBuffer : SharedObject {
  explicit SharedBuffer(size_t n) : size(n), words(new uint64_t[(n + 7) / 8 + 1]()) {}
  size_t size;
  std::unique_ptr<uint64_t[]> words;  // 8-byte aligned, zero-filled
  unsigned char* bytes() { return reinterpret_cast<unsigned char*>(words.get()); }
};

// The ctypes type codes of multiprocessing.sharedctypes.
struct TypeCode {
  char code;
  int size;
  const char* ctype;  // "c_int" (for reprs)
};
const TypeCode* find_typecode(char code);

// Reads/writes element `i` of type `tc` with relaxed atomics: races between
// processes stay observable (lost updates) without tearing values.
Value shm_load(Interp& I, SharedBuffer& b, const TypeCode& tc, size_t i);
void shm_store(Interp& I, SharedBuffer& b, const TypeCode& tc, size_t i, Value v);

struct SemLock : SharedObject {
  static constexpr int kRecursiveMutex = 0;
  static constexpr int kSemaphore = 1;
  int kind = kSemaphore;
  int64_t value = 1;
  int64_t maxvalue = 1;
  int owner_pid = 0, owner_tid = 0;  // recursive mutex holder
  int64_t count = 0;                 // recursion depth (recursive) / acquisitions by owner
  WaiterList waiters;
};

// acquire: True, False (non-blocking / timed out), or Suspend()/None from parking.
Value semlock_acquire(Interp& I, SemLock& s, bool block, double timeout);
void semlock_release(Interp& I, SemLock& s);

}  // namespace il::proc
