// random.h — the `_random` native module (Mersenne Twister), the core that
// wasm/lib/random.py builds the random module on.
#pragma once
#include <cstddef>
#include <cstdint>

namespace il {

class Interp;
struct Module;

// Registered in modules/modules.h as {"_random", init_random_module}.
Module* init_random_module(Interp& I);

// n bytes of entropy (os.urandom, seed(None)); drawn from the run's seed in
// deterministic mode.
void random_fill_entropy(Interp& I, uint8_t* out, size_t n);

}  // namespace il
