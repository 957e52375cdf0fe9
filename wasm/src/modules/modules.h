// modules.h — the native (C++) modules: the table the importer reads
// (vm/import.cpp), and what the system modules (sys, time, math, os, io)
// share: the per-interpreter state, struct sequences, OSError construction.
#pragma once
#include <string>
#include <string_view>

#include "vm/native.h"

#if __has_include("modules/random.h")
#include "modules/random.h"
#define IL_HAVE_RANDOM_MODULE 1
#endif

namespace il {

class VFS;

// Module initialisers (each builds a fresh module object).
Module* init_sys_module(Interp& I);   // called by Interp's constructor right after builtins
Module* init_time_module(Interp& I);
Module* init_math_module(Interp& I);
Module* init_os_module(Interp& I);     // `posix`; wasm/lib/os.py builds `os` on it
Module* init_errno_module(Interp& I);
Module* init_io_module(Interp& I);
Module* init_mp_module(Interp& I);     // _interleave_mp (modules/mp.cpp): multiprocessing
Module* init_greenlet_module(Interp& I);  // `_greenlet`, under wasm/lib/greenlet.py
Module* init_collections_module(Interp& I);  // `_collections` (objects/deque.cpp): deque
Module* init_hashlib_module(Interp& I);   // `_hashlib_native` (modules/hashlib.cpp), under wasm/lib/hashlib.py
Module* init_unicodedata_module(Interp& I);  // modules/unicodedata.cpp
Module* init_pickle_module(Interp& I);    // `_pickle` (modules/pickle*.cpp), under wasm/lib/pickle.py
Module* init_asyncio_module(Interp& I);   // `_asyncio` (modules/asyncio_*.cpp), under wasm/lib/asyncio
Module* init_signal_module(Interp& I);    // `_signal` (modules/signal.cpp), under wasm/lib/signal.py

struct NativeModuleEntry {
  const char* name;
  Module* (*init)(Interp&);
};

// Native modules importable by name (_thread is special-cased by import.cpp).
inline constexpr NativeModuleEntry kNativeModules[] = {
    {"time", init_time_module},
    {"math", init_math_module},
    {"posix", init_os_module},
    {"errno", init_errno_module},
    {"io", init_io_module},
    {"_io", init_io_module},
    {"_interleave_mp", init_mp_module},
    {"_greenlet", init_greenlet_module},
    {"_collections", init_collections_module},
    {"_hashlib_native", init_hashlib_module},
    {"unicodedata", init_unicodedata_module},
    {"_pickle", init_pickle_module},
    {"_asyncio", init_asyncio_module},
    {"_signal", init_signal_module},
#ifdef IL_HAVE_RANDOM_MODULE
    {"_random", init_random_module},
#endif
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------
// Per-interpreter state of the system modules. One NativeObj per interpreter
// holds it; it is found through Interp::extra_roots (which also keeps it
// alive), so nothing of it is visible to Python code.
// ---------------------------------------------------------------------------
struct SysState : NativePayload {
  Value self;            // the NativeObj owning this payload (the GC root)
  std::string cwd;       // os.getcwd(): per interpreter, not per OS process
  VFS* vfs = nullptr;    // I.config.vfs, or the POSIX file system
  // Types created once per interpreter.
  Type* text_io = nullptr;         // _io.TextIOWrapper (text files, sys.stdout ...)
  Type* buffered_reader = nullptr; // _io.BufferedReader ('rb')
  Type* buffered_writer = nullptr; // _io.BufferedWriter ('wb', 'ab')
  Type* buffered_random = nullptr; // _io.BufferedRandom ('r+b' ...)
  Type* string_io = nullptr;
  Type* bytes_io = nullptr;
  Type* unsupported_op = nullptr;  // io.UnsupportedOperation (OSError + ValueError)
  Type* struct_time = nullptr;
  Type* stat_result = nullptr;
  Type* terminal_size = nullptr;
  Type* times_result = nullptr;
  Type* uname_result = nullptr;
  Type* asyncgen_hooks = nullptr;  // sys.get_asyncgen_hooks()'s result
  Value environ;                   // os.environ (a dict, shared by os.getenv)
  int64_t int_max_str_digits = 4300;
  void trace(Tracer& t) override;
};

SysState& sys_state(Interp& I);

// A path argument (str, bytes or os.PathLike) as UTF-8; `fname` for messages.
std::string path_arg(Interp& I, Value v, const char* fname, const char* argname = "path");
// `path` made absolute against the interpreter's cwd and normalised.
std::string abs_path(Interp& I, std::string_view path);

// Raises the OSError subclass for `err` (FileNotFoundError for ENOENT ...)
// with errno/strerror/filename set, as CPython's PyErr_SetFromErrnoWithFilename.
[[noreturn]] void raise_os_error(Interp& I, int err, Value filename = Value(), Value filename2 = Value());
const char* os_strerror(int err);

// --- struct sequences (time.struct_time, os.stat_result, sys.version_info ...)
// A tuple subclass whose first `nvisible` fields are the tuple items and also
// named attributes; fields after them are attributes only (as CPython's).
Type* new_struct_seq_type(Interp& I, const char* module, const char* name, const char* const* fields,
                          int nfields, int nvisible);
Value new_struct_seq(Interp& I, Type* t, const Value* values, int n);

// --- io (io.cpp) -------------------------------------------------------------
void init_io_types(Interp& I, SysState& st);   // creates the io types, sys.stdin/stdout/stderr
Value io_open(Interp& I, CallArgs& a);         // builtins.open
Value new_std_stream(Interp& I, int fd);       // sys.stdin (0), sys.stdout (1), sys.stderr (2)

// --- time (time.cpp) ------------------------------------------------------------
double time_wall(Interp& I);   // time.time(): virtual in deterministic mode

}  // namespace il
