// os.cpp — the `posix` module (what wasm/lib/os.py builds `os` on, as in
// CPython), the `errno` module, and the OSError/path helpers that io.cpp
// shares. File operations go through the interpreter's VFS (modules/vfs.h);
// relative paths resolve against the interpreter's own working directory.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "modules/modules.h"
#include "modules/random.h"
#include "modules/vfs.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "proc/process_table.h"
#include "sched/scheduler.h"
#include "vm/vm.h"

extern char** environ;

namespace il {

// ============================================================================
// Helpers shared with io.cpp
// ============================================================================

// CPython's (glibc's) wording, kept here so the browser build says the same.
// `py_code` is the number Python code sees (errno.ENOENT, OSError.errno): the
// Linux one everywhere, because Emscripten's libc numbers differ (ENOENT is
// 44 there) and the playground must print what CPython on Linux prints.
static const struct {
  int code;   // this libc's value
  int py_code;  // what Python sees
  const char* name;
  const char* msg;
} kErrnos[] = {
    {EPERM, 1, "EPERM", "Operation not permitted"},
    {ENOENT, 2, "ENOENT", "No such file or directory"},
    {ESRCH, 3, "ESRCH", "No such process"},
    {EINTR, 4, "EINTR", "Interrupted system call"},
    {EIO, 5, "EIO", "Input/output error"},
    {EBADF, 9, "EBADF", "Bad file descriptor"},
    {ECHILD, 10, "ECHILD", "No child processes"},
    {EAGAIN, 11, "EAGAIN", "Resource temporarily unavailable"},
    {ENOMEM, 12, "ENOMEM", "Cannot allocate memory"},
    {EACCES, 13, "EACCES", "Permission denied"},
    {EBUSY, 16, "EBUSY", "Device or resource busy"},
    {EEXIST, 17, "EEXIST", "File exists"},
    {EXDEV, 18, "EXDEV", "Invalid cross-device link"},
    {ENOTDIR, 20, "ENOTDIR", "Not a directory"},
    {EISDIR, 21, "EISDIR", "Is a directory"},
    {EINVAL, 22, "EINVAL", "Invalid argument"},
    {EMFILE, 24, "EMFILE", "Too many open files"},
    {ENOTTY, 25, "ENOTTY", "Inappropriate ioctl for device"},
    {EFBIG, 27, "EFBIG", "File too large"},
    {ENOSPC, 28, "ENOSPC", "No space left on device"},
    {ESPIPE, 29, "ESPIPE", "Illegal seek"},
    {EROFS, 30, "EROFS", "Read-only file system"},
    {EPIPE, 32, "EPIPE", "Broken pipe"},
    {EDOM, 33, "EDOM", "Numerical argument out of domain"},
    {ERANGE, 34, "ERANGE", "Numerical result out of range"},
    {ENAMETOOLONG, 36, "ENAMETOOLONG", "File name too long"},
    {ENOSYS, 38, "ENOSYS", "Function not implemented"},
    {ENOTEMPTY, 39, "ENOTEMPTY", "Directory not empty"},
    {ETIMEDOUT, 110, "ETIMEDOUT", "Connection timed out"},
    {ECONNREFUSED, 111, "ECONNREFUSED", "Connection refused"},
    {ECONNRESET, 104, "ECONNRESET", "Connection reset by peer"},
};

// The errno number Python code sees for this libc's `err`.
int python_errno(int err) {
  for (auto& e : kErrnos)
    if (e.code == err) return e.py_code;
  return err;
}

const char* os_strerror(int err) {
  for (auto& e : kErrnos)
    if (e.code == err) return e.msg;
  return std::strerror(err);
}

static Type* os_error_type(Interp& I, int err) {
  switch (err) {
    case ENOENT: return I.t.FileNotFoundError;
    case EEXIST: return I.t.FileExistsError;
    case EISDIR: return I.t.IsADirectoryError;
    case ENOTDIR: return I.t.NotADirectoryError;
    case EACCES:
    case EPERM: return I.t.PermissionError;
    case ESRCH: return I.t.ProcessLookupError;
    case ECHILD: return I.t.ChildProcessError;
    case EAGAIN: return I.t.BlockingIOError;
    case EINTR: return I.t.InterruptedError;
    case ETIMEDOUT: return I.t.TimeoutError;
    case EPIPE: return I.t.BrokenPipeError;
    case ECONNRESET: return I.t.ConnectionResetError;
    case ECONNREFUSED: return I.t.ConnectionRefusedError;
    default: return I.t.OSError;
  }
}

void raise_os_error(Interp& I, int err, Value filename, Value filename2) {
  Value args[5] = {Value::small(python_errno(err)), I.new_str(os_strerror(err)), filename, Value::None(), filename2};
  uint32_t n = filename.empty() ? 2 : filename2.empty() ? 3 : 5;
  I.raise_value(call(I, obj_value(os_error_type(I, err)), args, n));
}

static Value fspath(Interp& I, Value v, bool* ok) {
  *ok = true;
  if (is_str(I, v)) return v;
  if (v.is_obj() && v.obj()->type->layout == Layout::Bytes) return v;
  Value f = type_lookup(type_of(I, v), I.names->__fspath__);
  if (!f.empty()) {
    Value r = call_special(I, v, I.names->__fspath__, nullptr, 0);
    if (is_str(I, r) || (r.is_obj() && r.obj()->type->layout == Layout::Bytes)) return r;
    I.raise(I.t.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(I, v),
            type_name(I, r));
  }
  *ok = false;
  return Value();
}

std::string path_arg(Interp& I, Value v, const char* fname, const char* argname) {
  bool ok;
  Value p = fspath(I, v, &ok);
  if (!ok) {
    if (std::strcmp(fname, "open") == 0)
      I.raise(I.t.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(I, v));
    I.raise(I.t.TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname,
            type_name(I, v));
  }
  std::string s = is_str(I, p) ? std::string(str_view(p)) : p.as<BytesObj>()->data;
  if (s.find('\0') != std::string::npos) I.raise(I.t.ValueError, "%s: embedded null character in %s", fname, argname);
  return s;
}

std::string abs_path(Interp& I, std::string_view path) {
  if (!path.empty() && path[0] == '/') return normalize_abs_path(std::string(path));
  return normalize_abs_path(sys_state(I).cwd + "/" + std::string(path));
}

// ============================================================================
// posix functions
// ============================================================================

namespace {

VFS& fs(Interp& I) { return *sys_state(I).vfs; }

struct PathArg {
  Value orig;
  std::string abs;
};

PathArg get_path(Interp& I, CallArgs& a, uint32_t i, const char* fname, bool optional_dot = false) {
  if (a.npos() <= i || (optional_dot && a[i].is_none())) return {I.new_str("."), abs_path(I, ".")};
  std::string p = path_arg(I, a[i], fname);
  return {a[i], abs_path(I, p)};
}

Value os_getpid(Interp& I, CallArgs& a) { return Value::small(I.config.pid); }
Value os_getppid(Interp& I, CallArgs& a) { return Value::small(I.config.ppid); }

// kill(pid, sig): this process or another of the run (proc/process_table.h).
Value os_kill(Interp& I, CallArgs& a) {
  check_nargs(I, a, "kill", 2, 2);
  int64_t pid = to_int64(I, a[0]), sig = to_int64(I, a[1]);
  if (sig < 0 || sig >= kNSig) raise_os_error(I, EINVAL);
  if (pid == I.config.pid) {
    // Its handler runs in the main thread at its next safe point: right
    // after this call if that is where we are.
    if (sig) I.request_signal(int(sig));
    if (sig && I.current == I.main_task) signal_dispatch(I);
    return Value::None();
  }
  int err = pid > 0 ? proc::ProcessTable::get().send_signal(int(pid), int(sig)) : ESRCH;
  if (err) raise_os_error(I, err);
  return Value::None();
}
Value os_cpu_count(Interp& I, CallArgs& a) { return Value::small(I.config.cpu_count); }
Value os_getuid(Interp& I, CallArgs& a) { return Value::small(1000); }

Value os_getcwd(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getcwd", 0, 0);
  return I.new_str(sys_state(I).cwd);
}

Value os_chdir(Interp& I, CallArgs& a) {
  check_nargs(I, a, "chdir", 1, 1);
  PathArg p = get_path(I, a, 0, "chdir");
  VStat st;
  int e = fs(I).stat(p.abs, st);
  if (!e && !st.is_dir) e = ENOTDIR;
  if (e) raise_os_error(I, e, p.orig);
  sys_state(I).cwd = p.abs;
  return Value::None();
}

Value os_listdir(Interp& I, CallArgs& a) {
  check_nargs(I, a, "listdir", 0, 1);
  PathArg p = get_path(I, a, 0, "listdir", true);
  std::vector<std::string> names;
  int e = fs(I).listdir(p.abs, names);
  if (e) raise_os_error(I, e, p.orig);
  bool as_bytes = p.orig.is_obj() && p.orig.obj()->type->layout == Layout::Bytes;
  List* l = I.list(names.size());
  for (auto& n : names) l->items.push_back(as_bytes ? I.new_bytes(n) : I.new_str(n));
  return obj_value(l);
}

Value os_mkdir(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"path", Value()}, {"mode", Value::small(0777)}, {"dir_fd", Value::None()}};
  Value v[3];
  parse_args(I, a, "mkdir", specs, v);
  std::string p = abs_path(I, path_arg(I, v[0], "mkdir"));
  int e = fs(I).mkdir(p);
  if (e) raise_os_error(I, e, v[0]);
  return Value::None();
}

Value os_rmdir(Interp& I, CallArgs& a) {
  check_nargs(I, a, "rmdir", 1, 1);
  PathArg p = get_path(I, a, 0, "rmdir");
  int e = fs(I).rmdir(p.abs);
  if (e) raise_os_error(I, e, p.orig);
  return Value::None();
}

Value os_remove(Interp& I, CallArgs& a) {
  check_nargs(I, a, "remove", 1, 1);
  PathArg p = get_path(I, a, 0, "remove");
  int e = fs(I).unlink(p.abs);
  if (e) raise_os_error(I, e, p.orig);
  return Value::None();
}

Value os_rename(Interp& I, CallArgs& a) {
  check_nargs(I, a, "rename", 2, 2);
  PathArg p1 = get_path(I, a, 0, "rename");
  PathArg p2 = get_path(I, a, 1, "rename");
  int e = fs(I).rename(p1.abs, p2.abs);
  if (e) raise_os_error(I, e, p1.orig, p2.orig);
  return Value::None();
}

Value make_stat(Interp& I, const VStat& st) {
  SysState& s = sys_state(I);
  auto ns = [&](double t) { return I.new_int(BigInt::from_double(t * 1e9)); };
  Value v[19] = {Value::small(st.mode), I.new_int(int64_t(st.ino)), I.new_int(int64_t(st.dev)),
                 Value::small(st.nlink), Value::small(st.uid), Value::small(st.gid), I.new_int(st.size),
                 I.new_int(int64_t(st.atime)), I.new_int(int64_t(st.mtime)), I.new_int(int64_t(st.ctime)),
                 I.new_float(st.atime), I.new_float(st.mtime), I.new_float(st.ctime),
                 ns(st.atime), ns(st.mtime), ns(st.ctime),
                 Value::small(4096), I.new_int((st.size + 511) / 512), Value::small(0)};
  return new_struct_seq(I, s.stat_result, v, 19);
}

Value os_stat(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"path", Value()}, {"dir_fd", Value::None()}, {"follow_symlinks", Value::True()}};
  Value v[3];
  parse_args(I, a, "stat", specs, v);
  std::string p = abs_path(I, path_arg(I, v[0], "stat"));
  VStat st;
  int e = fs(I).stat(p, st);
  if (e) raise_os_error(I, e, v[0]);
  return make_stat(I, st);
}

Value os_utime(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"path", Value()}, {"times", Value::None()}, {"ns", Value::None()}};
  Value v[3];
  parse_args(I, a, "utime", specs, v);
  std::string p = abs_path(I, path_arg(I, v[0], "utime"));
  double at = time_wall(I), mt = at;
  if (!v[1].is_none()) {
    Tuple* t = tuple_from_iterable(I, v[1]);
    if (t->size != 2) I.raise(I.t.TypeError, "utime: 'times' must be either a tuple of two ints or None");
    at = to_double(I, t->items[0]);
    mt = to_double(I, t->items[1]);
  }
  int e = fs(I).utime(p, at, mt);
  if (e) raise_os_error(I, e, v[0]);
  return Value::None();
}

Value os_access(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"path", Value()}, {"mode", Value()}};
  Value v[2];
  parse_args(I, a, "access", specs, v);
  std::string p = abs_path(I, path_arg(I, v[0], "access"));
  VStat st;
  return Value::boolean(fs(I).stat(p, st) == 0);
}

Value os_fspath(Interp& I, CallArgs& a) {
  check_nargs(I, a, "fspath", 1, 1);
  bool ok;
  Value r = fspath(I, a[0], &ok);
  if (!ok) I.raise(I.t.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(I, a[0]));
  return r;
}

Value os_strerror_fn(Interp& I, CallArgs& a) {
  check_nargs(I, a, "strerror", 1, 1);
  int64_t code = to_int64(I, a[0]);
  for (auto& e : kErrnos)
    if (e.py_code == code) return I.new_str(e.msg);
  return I.new_str("Unknown error " + std::to_string(code));
}

Value os_urandom(Interp& I, CallArgs& a) {
  check_nargs(I, a, "urandom", 1, 1);
  int64_t n = to_int64(I, a[0]);
  if (n < 0) I.raise(I.t.ValueError, "negative argument not allowed");
  std::string out(size_t(n), '\0');
  random_fill_entropy(I, reinterpret_cast<uint8_t*>(out.data()), out.size());
  return I.new_bytes(out);
}

Value os_get_terminal_size(Interp& I, CallArgs& a) { raise_os_error(I, ENOTTY); }

Value os_times(Interp& I, CallArgs& a) {
  double cpu = double(std::clock()) / CLOCKS_PER_SEC;
  Value v[5] = {I.new_float(cpu), I.new_float(0.0), I.new_float(0.0), I.new_float(0.0),
                I.new_float(I.sched ? I.sched->now() : 0.0)};
  return new_struct_seq(I, sys_state(I).times_result, v, 5);
}

Value os_uname(Interp& I, CallArgs& a) {
  Value v[5] = {I.new_str(I.config.platform == "linux" ? "Linux" : I.config.platform), I.new_str("interleave"),
                I.new_str("1.0"), I.new_str("#1 Interleave"), I.new_str("wasm32")};
  return new_struct_seq(I, sys_state(I).uname_result, v, 5);
}

// os.write(fd, data): the standard streams only (there are no raw descriptors).
Value os_write(Interp& I, CallArgs& a) {
  check_nargs(I, a, "write", 2, 2);
  int64_t fd = to_int64(I, a[0]);
  Value d = a[1];
  std::string_view data;
  if (d.is_obj() && d.obj()->type->layout == Layout::Bytes) data = d.as<BytesObj>()->data;
  else if (d.is_obj() && d.obj()->type->layout == Layout::ByteArray) data = d.as<ByteArrayObj>()->data;
  else I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, d));
  if (fd != 1 && fd != 2) raise_os_error(I, EBADF);
  I.write_out(int(fd), data);
  return I.new_int(int64_t(data.size()));
}

Value os_read(Interp& I, CallArgs& a) {
  check_nargs(I, a, "read", 2, 2);
  int64_t fd = to_int64(I, a[0]);
  if (fd != 0) raise_os_error(I, EBADF);
  std::string line;
  if (!I.config.in || !I.config.in->read_line(line)) return I.new_bytes("");
  return I.new_bytes(line);  // at most one line: what a read() on a terminal returns
}

Value os_exit(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_exit", 1, 1);
  int code = int(to_int64(I, a[0]));
  if (I.config.out) I.config.out->flush();
  throw HardExit{code};
}

Value os_putenv(Interp& I, CallArgs& a) {
  check_nargs(I, a, "putenv", 2, 2);
  return Value::None();  // os.environ holds the values; there is no C environment to change
}

const MethodDef kPosixFunctions[] = {
    {"getpid", os_getpid},
    {"kill", os_kill},
    {"getppid", os_getppid},
    {"cpu_count", os_cpu_count},
    {"getuid", os_getuid},
    {"geteuid", os_getuid},
    {"getgid", os_getuid},
    {"getegid", os_getuid},
    {"getcwd", os_getcwd},
    {"chdir", os_chdir},
    {"listdir", os_listdir},
    {"mkdir", os_mkdir},
    {"rmdir", os_rmdir},
    {"remove", os_remove},
    {"unlink", os_remove},
    {"rename", os_rename},
    {"replace", os_rename},
    {"stat", os_stat},
    {"lstat", os_stat},
    {"utime", os_utime},
    {"access", os_access},
    {"fspath", os_fspath},
    {"strerror", os_strerror_fn},
    {"urandom", os_urandom},
    {"get_terminal_size", os_get_terminal_size},
    {"times", os_times},
    {"uname", os_uname},
    {"write", os_write},
    {"read", os_read},
    {"_exit", os_exit},
    {"putenv", os_putenv},
    {"unsetenv", os_putenv},
    {nullptr, nullptr},
};

}  // namespace

static void init_os_types(Interp& I, SysState& st) {
  if (st.stat_result) return;
  static const char* const kStatFields[] = {
      "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
      "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
      "st_blksize", "st_blocks", "st_rdev"};
  st.stat_result = new_struct_seq_type(I, "os", "stat_result", kStatFields, 19, 10);
  static const char* const kTermFields[] = {"columns", "lines"};
  st.terminal_size = new_struct_seq_type(I, "os", "terminal_size", kTermFields, 2, 2);
  static const char* const kTimesFields[] = {"user", "system", "children_user", "children_system", "elapsed"};
  st.times_result = new_struct_seq_type(I, "posix", "times_result", kTimesFields, 5, 5);
  static const char* const kUnameFields[] = {"sysname", "nodename", "release", "version", "machine"};
  st.uname_result = new_struct_seq_type(I, "posix", "uname_result", kUnameFields, 5, 5);
}

Module* init_os_module(Interp& I) {
  SysState& st = sys_state(I);
  init_os_types(I, st);
  Module* m = I.new_module("posix");
  add_functions(I, m, kPosixFunctions);
  set_attr_str(I, m, "stat_result", obj_value(st.stat_result));
  set_attr_str(I, m, "terminal_size", obj_value(st.terminal_size));
  set_attr_str(I, m, "times_result", obj_value(st.times_result));
  set_attr_str(I, m, "uname_result", obj_value(st.uname_result));
  set_attr_str(I, m, "error", obj_value(I.t.OSError));
  if (st.environ.empty()) {
    Dict* env = I.dict();
    if (!I.config.vfs) {
      for (char** e = ::environ; e && *e; e++) {
        std::string kv = *e;
        size_t eq = kv.find('=');
        if (eq == std::string::npos) continue;
        dict_set(I, env, I.new_str(kv.substr(0, eq)), I.new_str(kv.substr(eq + 1)));
      }
    } else {
      dict_set(I, env, I.new_str("HOME"), I.new_str(kMemoryHome));
      dict_set(I, env, I.new_str("PATH"), I.new_str("/usr/local/bin:/usr/bin:/bin"));
      dict_set(I, env, I.new_str("USER"), I.new_str("user"));
      dict_set(I, env, I.new_str("LANG"), I.new_str("C.UTF-8"));
    }
    st.environ = obj_value(env);
  }
  set_attr_str(I, m, "environ", st.environ);
  for (auto [name, val] : {std::pair{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1}, {"O_RDONLY", 0},
                           {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_CREAT", 64}, {"O_EXCL", 128}, {"O_TRUNC", 512},
                           {"O_APPEND", 1024}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}})
    set_attr_str(I, m, name, Value::small(val));
  return m;
}

Module* init_errno_module(Interp& I) {
  Module* m = I.new_module("errno");
  Dict* codes = I.dict();
  for (auto& e : kErrnos) {
    set_attr_str(I, m, e.name, Value::small(e.py_code));
    dict_set(I, codes, Value::small(e.py_code), I.new_str(e.name));
  }
  set_attr_str(I, m, "EWOULDBLOCK", Value::small(python_errno(EAGAIN)));
  set_attr_str(I, m, "errorcode", obj_value(codes));
  return m;
}

}  // namespace il
