// em_compat.h — force-included into every wasm compile (CMakeLists.txt,
// the if(EMSCRIPTEN) block). Emscripten's libc (musl) defines
// `#define stdout (stdout)`, which breaks member names such as
// `names->stdout` (glibc's self-referential `#define stdout stdout` does
// not). The objects are also declared as plain externs, so dropping the
// macros changes nothing else.
#pragma once
#include <cstdio>
#undef stdin
#undef stdout
#undef stderr
