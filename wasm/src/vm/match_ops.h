// match_ops.h — the runtime side of the match statement and of except*
// (the MATCH_* / GET_LEN / CHECK_EG_MATCH / PREP_RERAISE_STAR opcodes).
#pragma once
#include "vm/interp.h"

namespace il {

// match_ops.cpp
// MATCH_CLASS: the positional (via __match_args__) then keyword attributes
// of `subject` as a tuple, or None when it is not an instance of `cls` or
// lacks an attribute. TypeError for bad patterns, as CPython.
Value match_class(Interp& I, Value subject, Value cls, uint32_t nargs, Tuple* kwnames);
bool match_mapping(Interp& I, Value subject);
bool match_sequence(Interp& I, Value subject);
// MATCH_KEYS: a tuple of subject's values for `keys`, or None if one is missing.
Value match_keys(Interp& I, Value subject, Tuple* keys);

// exception_group.cpp
// CHECK_EG_MATCH: returns the part of `exc` matching `type` (None if none)
// and sets *rest to what is left (exc itself when nothing matched).
Value exception_group_match(Interp& I, Value exc, Value type, Value* rest);
// PREP_RERAISE_STAR: the exception an except* block propagates, or None.
Value prep_reraise_star(Interp& I, Value orig, List* excs);
// Creates BaseExceptionGroup and ExceptionGroup; runs right after init_exceptions.
void init_exception_group(Interp& I);

}  // namespace il
