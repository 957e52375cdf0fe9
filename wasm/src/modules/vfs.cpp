// vfs.cpp — the two file systems behind open() and os (see vfs.h): the
// host's POSIX one and a thread-safe in-memory one shared by a run's
// interpreters in the browser.
#include "modules/vfs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <map>
#include <mutex>

namespace il {

std::string normalize_abs_path(const std::string& path) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string part = path.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string out;
  for (auto& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

// ============================================================================
// POSIX
// ============================================================================

static void fill_stat(const struct stat& s, VStat& st) {
  st.is_dir = S_ISDIR(s.st_mode);
  st.size = int64_t(s.st_size);
  st.mode = uint32_t(s.st_mode);
  st.ino = uint64_t(s.st_ino);
  st.dev = uint64_t(s.st_dev);
  st.nlink = uint32_t(s.st_nlink);
  st.uid = uint32_t(s.st_uid);
  st.gid = uint32_t(s.st_gid);
#if defined(__APPLE__)
  st.atime = double(s.st_atimespec.tv_sec) + s.st_atimespec.tv_nsec * 1e-9;
  st.mtime = double(s.st_mtimespec.tv_sec) + s.st_mtimespec.tv_nsec * 1e-9;
  st.ctime = double(s.st_ctimespec.tv_sec) + s.st_ctimespec.tv_nsec * 1e-9;
#else
  st.atime = double(s.st_atim.tv_sec) + s.st_atim.tv_nsec * 1e-9;
  st.mtime = double(s.st_mtim.tv_sec) + s.st_mtim.tv_nsec * 1e-9;
  st.ctime = double(s.st_ctim.tv_sec) + s.st_ctim.tv_nsec * 1e-9;
#endif
}

class PosixFile : public VFile {
 public:
  explicit PosixFile(int fd) : fd_(fd) {}
  ~PosixFile() override {
    if (fd_ >= 0) ::close(fd_);
  }
  int64_t read(char* buf, size_t n) override {
    for (;;) {
      ssize_t r = ::read(fd_, buf, n);
      if (r < 0 && errno == EINTR) continue;
      return r < 0 ? -errno : r;
    }
  }
  int64_t write(const char* buf, size_t n) override {
    size_t done = 0;
    while (done < n) {
      ssize_t r = ::write(fd_, buf + done, n - done);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return done ? int64_t(done) : -errno;
      done += size_t(r);
    }
    return int64_t(done);
  }
  int64_t seek(int64_t off, int whence) override {
    off_t r = ::lseek(fd_, off_t(off), whence);
    return r < 0 ? -errno : int64_t(r);
  }
  int truncate(int64_t size) override { return ::ftruncate(fd_, off_t(size)) < 0 ? errno : 0; }
  int fstat(VStat& st) override {
    struct stat s;
    if (::fstat(fd_, &s) < 0) return errno;
    fill_stat(s, st);
    return 0;
  }
  int close() override {
    int fd = fd_;
    fd_ = -1;
    return fd >= 0 && ::close(fd) < 0 ? errno : 0;
  }
  int fileno() const override { return fd_; }

 private:
  int fd_;
};

class PosixVFS : public VFS {
 public:
  int open(const std::string& path, int flags, std::unique_ptr<VFile>& out) override {
    int of = (flags & kVRead) && (flags & kVWrite) ? O_RDWR : (flags & kVWrite) ? O_WRONLY : O_RDONLY;
    if (flags & kVCreate) of |= O_CREAT;
    if (flags & kVTrunc) of |= O_TRUNC;
    if (flags & kVExcl) of |= O_EXCL;
    if (flags & kVAppend) of |= O_APPEND;
    of |= O_CLOEXEC;
    int fd;
    do fd = ::open(path.c_str(), of, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return errno;
    struct stat s;
    if (::fstat(fd, &s) == 0 && S_ISDIR(s.st_mode)) {
      ::close(fd);
      return EISDIR;  // CPython's open() refuses directories even for reading
    }
    out = std::make_unique<PosixFile>(fd);
    return 0;
  }
  int stat(const std::string& path, VStat& st) override {
    struct stat s;
    if (::stat(path.c_str(), &s) < 0) return errno;
    fill_stat(s, st);
    return 0;
  }
  int listdir(const std::string& path, std::vector<std::string>& names) override {
    DIR* d = ::opendir(path.c_str());
    if (!d) return errno;
    while (struct dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(n);
    }
    ::closedir(d);
    return 0;
  }
  int mkdir(const std::string& path) override { return ::mkdir(path.c_str(), 0777) < 0 ? errno : 0; }
  int rmdir(const std::string& path) override { return ::rmdir(path.c_str()) < 0 ? errno : 0; }
  int unlink(const std::string& path) override { return ::unlink(path.c_str()) < 0 ? errno : 0; }
  int rename(const std::string& from, const std::string& to) override {
    return ::rename(from.c_str(), to.c_str()) < 0 ? errno : 0;
  }
  int utime(const std::string& path, double atime, double mtime) override {
    struct timespec ts[2];
    ts[0].tv_sec = time_t(atime);
    ts[0].tv_nsec = long((atime - double(ts[0].tv_sec)) * 1e9);
    ts[1].tv_sec = time_t(mtime);
    ts[1].tv_nsec = long((mtime - double(ts[1].tv_sec)) * 1e9);
    return ::utimensat(AT_FDCWD, path.c_str(), ts, 0) < 0 ? errno : 0;
  }
  std::string initial_cwd() override {
    char buf[4096];
    if (::getcwd(buf, sizeof buf)) return buf;
    return "/";
  }
};

VFS& posix_vfs() {
  static PosixVFS fs;  // stateless: safe to share between interpreters and threads
  return fs;
}

// ============================================================================
// In memory
// ============================================================================

namespace {

double wall_now() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

struct MemNode {
  bool dir = false;
  std::string data;                                      // file contents
  std::map<std::string, std::shared_ptr<MemNode>> kids;  // directory entries
  double atime = 0, mtime = 0, ctime = 0;
  uint64_t ino = 0;
};

class MemoryVFS;

class MemFile : public VFile {
 public:
  MemFile(MemoryVFS* fs, std::shared_ptr<MemNode> n, int flags) : fs_(fs), node_(std::move(n)), flags_(flags) {}
  int64_t read(char* buf, size_t n) override;
  int64_t write(const char* buf, size_t n) override;
  int64_t seek(int64_t off, int whence) override;
  int truncate(int64_t size) override;
  int fstat(VStat& st) override;
  int close() override {
    closed_ = true;
    return 0;
  }

 private:
  MemoryVFS* fs_;
  std::shared_ptr<MemNode> node_;
  int flags_;
  int64_t pos_ = 0;
  bool closed_ = false;
};

class MemoryVFS : public VFS {
 public:
  MemoryVFS() {
    root_ = node(true);
    std::shared_ptr<MemNode> parent;
    std::string leaf;
    for (const char* d : {"/tmp", "/home", kMemoryHome}) {
      if (resolve_parent(d, parent, leaf) == 0) parent->kids[leaf] = node(true);
    }
  }
  std::mutex mu;  // one lock for the whole tree: file operations are short

  std::shared_ptr<MemNode> node(bool dir) {
    auto n = std::make_shared<MemNode>();
    n->dir = dir;
    n->atime = n->mtime = n->ctime = wall_now();
    n->ino = ++next_ino_;
    return n;
  }
  // Finds the node at `path` (absolute, normalised); errno on failure.
  int lookup(const std::string& path, std::shared_ptr<MemNode>& out) {
    std::shared_ptr<MemNode> cur = root_;
    size_t i = 1;
    while (i < path.size()) {
      size_t j = path.find('/', i);
      if (j == std::string::npos) j = path.size();
      if (!cur->dir) return ENOTDIR;
      auto it = cur->kids.find(path.substr(i, j - i));
      if (it == cur->kids.end()) return ENOENT;
      cur = it->second;
      i = j + 1;
    }
    out = cur;
    return 0;
  }
  int resolve_parent(const std::string& path, std::shared_ptr<MemNode>& parent, std::string& leaf) {
    size_t slash = path.rfind('/');
    std::string dir = slash == 0 ? "/" : path.substr(0, slash);
    leaf = path.substr(slash + 1);
    if (leaf.empty()) return EEXIST;  // the root
    int e = lookup(dir, parent);
    if (e) return e;
    return parent->dir ? 0 : ENOTDIR;
  }

  int open(const std::string& path, int flags, std::unique_ptr<VFile>& out) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> n;
    int e = lookup(path, n);
    if (e == ENOENT && (flags & kVCreate)) {
      std::shared_ptr<MemNode> parent;
      std::string leaf;
      e = resolve_parent(path, parent, leaf);
      if (e) return e;
      n = node(false);
      parent->kids[leaf] = n;
    } else if (e) {
      return e;
    } else if ((flags & kVCreate) && (flags & kVExcl)) {
      return EEXIST;
    }
    if (n->dir) return EISDIR;
    if (flags & kVTrunc) {
      n->data.clear();
      n->mtime = wall_now();
    }
    out = std::make_unique<MemFile>(this, n, flags);
    return 0;
  }
  int stat(const std::string& path, VStat& st) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> n;
    int e = lookup(path, n);
    if (e) return e;
    fill(*n, st);
    return 0;
  }
  static void fill(const MemNode& n, VStat& st) {
    st.is_dir = n.dir;
    st.size = n.dir ? 4096 : int64_t(n.data.size());
    st.mode = n.dir ? (S_IFDIR | 0755) : (S_IFREG | 0644);
    st.ino = n.ino;
    st.dev = 1;
    st.nlink = n.dir ? 2 : 1;
    st.atime = n.atime;
    st.mtime = n.mtime;
    st.ctime = n.ctime;
  }
  int listdir(const std::string& path, std::vector<std::string>& names) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> n;
    int e = lookup(path, n);
    if (e) return e;
    if (!n->dir) return ENOTDIR;
    for (auto& kv : n->kids) names.push_back(kv.first);
    return 0;
  }
  int mkdir(const std::string& path) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> parent;
    std::string leaf;
    int e = resolve_parent(path, parent, leaf);
    if (e) return e;
    if (parent->kids.count(leaf)) return EEXIST;
    parent->kids[leaf] = node(true);
    return 0;
  }
  int remove(const std::string& path, bool want_dir) {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> parent;
    std::string leaf;
    int e = resolve_parent(path, parent, leaf);
    if (e) return e == EEXIST ? EBUSY : e;
    auto it = parent->kids.find(leaf);
    if (it == parent->kids.end()) return ENOENT;
    if (want_dir && !it->second->dir) return ENOTDIR;
    if (!want_dir && it->second->dir) return EISDIR;
    if (want_dir && !it->second->kids.empty()) return ENOTEMPTY;
    parent->kids.erase(it);
    return 0;
  }
  int rmdir(const std::string& path) override { return remove(path, true); }
  int unlink(const std::string& path) override { return remove(path, false); }
  int rename(const std::string& from, const std::string& to) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> p1, p2;
    std::string l1, l2;
    int e = resolve_parent(from, p1, l1);
    if (e) return e;
    auto it = p1->kids.find(l1);
    if (it == p1->kids.end()) return ENOENT;
    e = resolve_parent(to, p2, l2);
    if (e) return e;
    if (to.size() > from.size() && to.compare(0, from.size() + 1, from + "/") == 0) return EINVAL;
    auto dst = p2->kids.find(l2);
    if (dst != p2->kids.end()) {
      if (dst->second->dir && !it->second->dir) return EISDIR;
      if (!dst->second->dir && it->second->dir) return ENOTDIR;
      if (dst->second->dir && !dst->second->kids.empty()) return ENOTEMPTY;
    }
    std::shared_ptr<MemNode> n = it->second;
    p1->kids.erase(it);
    p2->kids[l2] = n;
    return 0;
  }
  int utime(const std::string& path, double atime, double mtime) override {
    std::lock_guard<std::mutex> g(mu);
    std::shared_ptr<MemNode> n;
    int e = lookup(path, n);
    if (e) return e;
    n->atime = atime;
    n->mtime = mtime;
    return 0;
  }
  std::string initial_cwd() override { return kMemoryHome; }

 private:
  std::shared_ptr<MemNode> root_;
  uint64_t next_ino_ = 0;
};

int64_t MemFile::read(char* buf, size_t n) {
  if (closed_) return -EBADF;
  if (!(flags_ & kVRead)) return -EBADF;
  std::lock_guard<std::mutex> g(fs_->mu);
  const std::string& d = node_->data;
  if (pos_ >= int64_t(d.size())) return 0;
  size_t k = std::min(n, d.size() - size_t(pos_));
  d.copy(buf, k, size_t(pos_));
  pos_ += int64_t(k);
  return int64_t(k);
}

int64_t MemFile::write(const char* buf, size_t n) {
  if (closed_) return -EBADF;
  if (!(flags_ & kVWrite)) return -EBADF;
  std::lock_guard<std::mutex> g(fs_->mu);
  std::string& d = node_->data;
  if (flags_ & kVAppend) pos_ = int64_t(d.size());
  if (size_t(pos_) > d.size()) d.resize(size_t(pos_), '\0');
  d.replace(size_t(pos_), std::min(n, d.size() - size_t(pos_)), buf, n);
  pos_ += int64_t(n);
  node_->mtime = wall_now();
  return int64_t(n);
}

int64_t MemFile::seek(int64_t off, int whence) {
  if (closed_) return -EBADF;
  std::lock_guard<std::mutex> g(fs_->mu);
  int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? pos_ : int64_t(node_->data.size());
  if (base + off < 0) return -EINVAL;
  pos_ = base + off;
  return pos_;
}

int MemFile::truncate(int64_t size) {
  if (closed_) return EBADF;
  if (!(flags_ & kVWrite)) return EBADF;
  std::lock_guard<std::mutex> g(fs_->mu);
  node_->data.resize(size_t(size), '\0');
  node_->mtime = wall_now();
  return 0;
}

int MemFile::fstat(VStat& st) {
  std::lock_guard<std::mutex> g(fs_->mu);
  MemoryVFS::fill(*node_, st);
  return 0;
}

}  // namespace

std::unique_ptr<VFS> new_memory_vfs() { return std::make_unique<MemoryVFS>(); }

}  // namespace il
