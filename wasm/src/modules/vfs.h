// vfs.h — the file system open() and os see. One interface, two
// implementations: the host's real file system (POSIX: the native CLI) and an
// in-memory one (the browser), which is thread-safe so that the interpreters
// (processes) of one run share it. The host picks one through
// InterpConfig::vfs (null = POSIX).
//
// Every path given to a VFS is absolute and normalised: the interpreter keeps
// its own working directory (SysState::cwd) and resolves relative paths
// itself, so os.chdir in one process never moves another.
// Errors are returned as positive errno values (0 = success).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace il {

struct VStat {
  bool is_dir = false;
  int64_t size = 0;
  uint32_t mode = 0;      // st_mode (type and permission bits)
  uint64_t ino = 0, dev = 0;
  uint32_t nlink = 1, uid = 0, gid = 0;
  double atime = 0, mtime = 0, ctime = 0;  // seconds since the epoch
};

// An open file: a byte stream with a position.
class VFile {
 public:
  virtual ~VFile() = default;
  virtual int64_t read(char* buf, size_t n) = 0;          // bytes read (0 = end), or -errno
  virtual int64_t write(const char* buf, size_t n) = 0;   // bytes written, or -errno
  virtual int64_t seek(int64_t offset, int whence) = 0;   // new position, or -errno
  virtual int truncate(int64_t size) = 0;                 // errno
  virtual int fstat(VStat& st) = 0;                       // errno
  virtual int close() = 0;                                // errno
  virtual int fileno() const { return -1; }
};

enum VOpenFlags : int {
  kVRead = 1,
  kVWrite = 2,
  kVCreate = 4,
  kVTrunc = 8,
  kVExcl = 16,
  kVAppend = 32,
};

class VFS {
 public:
  virtual ~VFS() = default;
  virtual int open(const std::string& path, int flags, std::unique_ptr<VFile>& out) = 0;
  virtual int stat(const std::string& path, VStat& st) = 0;
  virtual int listdir(const std::string& path, std::vector<std::string>& names) = 0;  // sorted? no: as stored
  virtual int mkdir(const std::string& path) = 0;
  virtual int rmdir(const std::string& path) = 0;
  virtual int unlink(const std::string& path) = 0;
  virtual int rename(const std::string& from, const std::string& to) = 0;  // replaces `to` (os.replace)
  virtual int utime(const std::string& path, double atime, double mtime) = 0;
  // The working directory a new interpreter starts in.
  virtual std::string initial_cwd() = 0;
};

// The host's real file system (stateless; one per OS process).
VFS& posix_vfs();
// A new, empty in-memory file system with /tmp and a home directory
// (kMemoryHome), which is also its initial working directory.
std::unique_ptr<VFS> new_memory_vfs();
inline constexpr const char* kMemoryHome = "/home/user";

// Path helpers shared by os and io: "a//b/./c/../d" -> "/a/b/d" (absolute input).
std::string normalize_abs_path(const std::string& path);

}  // namespace il
