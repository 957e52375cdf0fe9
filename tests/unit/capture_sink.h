// capture_sink.h — an OutputSink that collects what a program prints, for
// the unit tests that run whole programs (test_interp.cpp, test_teardown.cpp).
#pragma once
#include <mutex>
#include <string>
#include <string_view>

#include "vm/interp.h"

class CaptureSink : public il::OutputSink {
 public:
  void write(int fd, std::string_view data, int, int) override {
    std::lock_guard<std::mutex> lock(mu_);
    (fd == 2 ? err_ : out_).append(data);
  }
  std::string out() {
    std::lock_guard<std::mutex> lock(mu_);
    return out_;
  }
  std::string err() {
    std::lock_guard<std::mutex> lock(mu_);
    return err_;
  }

 private:
  std::mutex mu_;
  std::string out_, err_;
};
