// pickle.h — the `_pickle` module (CPython's C accelerator of pickle): the
// pickle byte format, written and read in C++ because multiprocessing
// pickles every message it sends (bytecode pickling was 30-50x slower than
// CPython). The format, opcode for opcode (memo, framing, protocols 0-5), is
// CPython 3.11's _pickle.c, so pickles are byte-identical to python3's.
//   pickle_dump.cpp  the Pickler (save)
//   pickle_load.cpp  the Unpickler (load)
//   pickle.cpp       the module: Pickler/Unpickler types, dumps/loads, state
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/modules.h"

namespace il {

namespace pk {

// The opcodes (pickletools documents each one).
enum Op : uint8_t {
  MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2', FLOAT = 'F', INT = 'I', BININT = 'J',
  BININT1 = 'K', LONG = 'L', BININT2 = 'M', NONE = 'N', PERSID = 'P', BINPERSID = 'Q', REDUCE = 'R',
  STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U', UNICODE = 'V', BINUNICODE = 'X', APPEND = 'a',
  BUILD = 'b', GLOBAL = 'c', DICT = 'd', EMPTY_DICT = '}', APPENDS = 'e', GET = 'g', BINGET = 'h',
  INST = 'i', LONG_BINGET = 'j', LIST = 'l', EMPTY_LIST = ']', OBJ = 'o', PUT = 'p', BINPUT = 'q',
  LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't', EMPTY_TUPLE = ')', SETITEMS = 'u', BINFLOAT = 'G',
  // protocol 2
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86,
  TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
  // protocol 3
  BINBYTES = 'B', SHORT_BINBYTES = 'C',
  // protocol 4
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90,
  FROZENSET = 0x91, NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95,
  // protocol 5
  BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
};

inline constexpr int kHighestProtocol = 5;
inline constexpr int kDefaultProtocol = 4;
// Why 1000: CPython's BATCHSIZE; APPENDS/SETITEMS/ADDITEMS runs are cut
// there, and the same cuts give the same bytes.
inline constexpr int kBatchSize = 1000;
// Protocol 4 frames: CPython's _FRAME_SIZE_TARGET (a frame is closed at the
// first object boundary past 64 KiB) and _FRAME_SIZE_MIN (shorter frames are
// not marked), so frame boundaries fall where CPython's do.
inline constexpr size_t kFrameSizeTarget = 64 * 1024;
inline constexpr size_t kFrameSizeMin = 4;
inline constexpr size_t kFrameHeaderSize = 9;
// save() recurses in C++ per nesting level (a few hundred bytes of stack
// each); past this depth RecursionError is raised whatever the recursion
// limit, so that raising sys.setrecursionlimit cannot overflow a thread's stack.
inline constexpr int kMaxSaveDepth = 5000;

// Per-interpreter state of the module (found through Interp::extra_roots).
// The copyreg and _compat_pickle tables are fetched on first use: a
// pickle of plain data needs neither.
struct PickleState : NativePayload {
  Value self;  // the NativeObj owning this payload (the GC root)
  Type* PickleError = nullptr;
  Type* PicklingError = nullptr;
  Type* UnpicklingError = nullptr;
  Type* pickler_type = nullptr;
  Type* unpickler_type = nullptr;
  // copyreg: dispatch_table, _extension_registry, _inverted_registry, _extension_cache
  Value dispatch_table, extension_registry, inverted_registry, extension_cache;
  // _compat_pickle: REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING, NAME_MAPPING, IMPORT_MAPPING
  Value name_3to2, import_3to2, name_2to3, import_2to3;
  Value codecs_encode, builtin_getattr, partial;  // _codecs.encode, getattr, functools.partial
  Value ascii, strict;  // the default encoding and errors of Unpickler and loads()
  Value unpickler_find_class;  // the base Unpickler.find_class (not overridden: called directly)
  void trace(Tracer& t) override;
};

PickleState& pickle_state(Interp& I);
void load_copyreg(Interp& I, PickleState& st);
void load_compat(Interp& I, PickleState& st);
[[noreturn]] void raise_pickling(Interp& I, const char* fmt, ...);
[[noreturn]] void raise_unpickling(Interp& I, const char* fmt, ...);
Value import_module_named(Interp& I, Value name);   // PyImport_Import: the module itself (a.b -> b)

// The memo of a Pickler: object identity -> memo index, an open-addressing
// table keyed by the Value's bits (one allocation for a small pickle, where a
// node-based map would allocate per object). A Pickler object keeps its memo
// between dump() calls (as CPython's), and the objects in it alive (trace),
// so that an id cannot be reused by a new object meanwhile.
class PickleMemo {
 public:
  int64_t find(Value v) const {
    if (slots_.empty()) return -1;
    for (size_t i = slot_of(v.bits());; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].key == v.bits()) return slots_[i].idx;
      if (slots_[i].key == 0) return -1;
    }
  }
  // Sets v's index to the memo's size (CPython's memo_put) and returns it.
  uint32_t put(Value v);
  void clear() {
    slots_.clear();
    used_ = 0;
  }
  void trace(Tracer& t) const {
    for (const Slot& s : slots_)
      if (s.key) t.visit(Value::from_bits(s.key));
  }

 private:
  struct Slot {
    uint64_t key = 0;  // Value bits; 0 (the empty Value) marks a free slot
    uint32_t idx = 0;
  };
  // Why 32 slots to start: room for the ~20 memoized objects of a typical
  // message without growing.
  static constexpr size_t kInitialSlots = 32;
  size_t slot_of(uint64_t key) const {
    return size_t(((key >> 3) * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
  }
  std::vector<Slot> slots_;
  uint32_t used_ = 0;
};

// What the Python side configures on a Pickler (CPython's PicklerObject).
struct PicklerConfig {
  int proto = kDefaultProtocol;
  bool fix_imports = true;
  Value pickler;           // the Pickler object (for its hooks), or empty for dumps()
  Value buffer_callback;   // empty = none
};

// Pickles `obj`: the whole pickle, ending with STOP, as a bytes object.
Value pickle_dump(Interp& I, Value obj, const PicklerConfig& cfg, PickleMemo& memo);

// Where an Unpickler reads: a bytes-like buffer, or a file's read/readline.
struct UnpicklerConfig {
  bool fix_imports = true;
  Value encoding, errors;  // str: how Python 2 str opcodes are decoded ('bytes': kept as bytes)
  Value unpickler;   // the Unpickler object (for find_class/persistent_load), or empty for loads()
  Value buffers;     // an iterator over out-of-band buffers, or empty
  Value read, readline;  // the file's methods (file mode), or empty (buffer mode)
};

// What an Unpickler keeps: its memo (between load() calls, as CPython's)
// and the protocol of the pickle being read (find_class maps Python 2 names
// below protocol 3).
struct UnpicklerState {
  std::vector<Value> memo;  // empty Value = no entry
  int proto = 0;
};

// Reads one pickle. In buffer mode, *consumed (if given) is how far it read.
Value pickle_load(Interp& I, std::string_view data, size_t* consumed, const UnpicklerConfig& cfg,
                  UnpicklerState& state);

// Unpickler.find_class(module_name, global_name) without a subclass override.
Value default_find_class(Interp& I, Value module_name, Value global_name, int proto, bool fix_imports);

}  // namespace pk

}  // namespace il
