// random.h — the `_random` native module (Mersenne Twister), the core that
// wasm/lib/random.py builds the random module on.
#pragma once

namespace il {

class Interp;
struct Module;

// Registered in modules/modules.h as {"_random", init_random_module}.
Module* init_random_module(Interp& I);

}  // namespace il
