// small_vec.h — a vector of trivially copyable items whose first N live
// inside the owning object, for heap objects that are usually small (a
// dict's entries and index: most instance dicts hold a handful of
// attributes, and two mallocs per instance were a quarter of a
// method-call benchmark).
//
// The inline buffer is addressed by pointer, so a SmallVec never moves:
// it is a member of a heap object (objects never move) and is neither
// copy- nor move-constructible. Copy assignment copies the items.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace il {

template <class T, size_t N>
class SmallVec {
  static_assert(std::is_trivially_copyable_v<T>, "items are moved with memcpy");
  static_assert(N > 0);

 public:
  SmallVec() = default;
  SmallVec(const SmallVec&) = delete;
  SmallVec& operator=(const SmallVec& o) {
    if (this == &o) return *this;
    size_ = 0;
    reserve(o.size_);
    std::memcpy(static_cast<void*>(data_), o.data_, sizeof(T) * o.size_);
    size_ = o.size_;
    return *this;
  }
  ~SmallVec() {
    if (data_ != inline_buf()) std::free(data_);
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

  void reserve(size_t n) {
    if (n > cap_) grow_to(n);
  }
  void push_back(const T& v) {
    if (size_ == cap_) grow_to(size_t(cap_) * 2);
    data_[size_++] = v;
  }
  // New items (when growing) are value-initialised.
  void resize(size_t n) {
    reserve(n);
    for (size_t i = size_; i < n; i++) data_[i] = T();
    size_ = uint32_t(n);
  }
  void assign(size_t n, const T& v) {
    size_ = 0;
    reserve(n);
    for (size_t i = 0; i < n; i++) data_[i] = v;
    size_ = uint32_t(n);
  }
  void clear() { size_ = 0; }
  bool on_heap() const { return data_ != inline_buf(); }
  // Gives a malloc'd buffer back when the items fit inline again.
  void shrink_to_fit() {
    if (data_ == inline_buf() || size_ > N) return;
    std::memcpy(static_cast<void*>(inline_buf()), data_, sizeof(T) * size_);
    std::free(data_);
    data_ = inline_buf();
    cap_ = N;
  }

 private:
  void grow_to(size_t n) {
    T* p = static_cast<T*>(std::malloc(sizeof(T) * n));
    if (!p) throw std::bad_alloc();
    std::memcpy(static_cast<void*>(p), data_, sizeof(T) * size_);
    if (data_ != inline_buf()) std::free(data_);
    data_ = p;
    cap_ = uint32_t(n);
  }

  // Raw storage: a new dict does not pay for zeroing slots it may not use.
  T* inline_buf() { return reinterpret_cast<T*>(inline_bytes_); }
  const T* inline_buf() const { return reinterpret_cast<const T*>(inline_bytes_); }
  alignas(T) unsigned char inline_bytes_[sizeof(T) * N];
  T* data_ = inline_buf();
  uint32_t size_ = 0;
  uint32_t cap_ = N;
};

}  // namespace il
