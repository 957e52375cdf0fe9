def f():
    return undefined_function()
f()
