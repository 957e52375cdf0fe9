# Edge cases: argument errors, exact int/float division and comparison, int64 boundaries, hashes.
tests = ["int('5', 10, 2)", "int(base=2)", "int('5', bas=2)", "int('12', base=0)", "float(1, 2)", "complex(1, 2, 3)", "complex(x=1)",
"(2**53+1)/1", "(2**60+3)/(2**7)", "9007199254740993/1", "-(2**80+1)/3", "7/-2", "int.__new__(float)", "int.__new__(5)",
"complex('1e')", "complex('1e5j')", "complex('.5-.5j')", "complex('1+1j+1j')", "complex('nanj')", "complex('-inf')",
"(1).__round__(1.5)", "round(5, None)", "(1.5).__round__(2**100)", "round(1.5, -2**100)", "float('1e500')", "float('-1e-500')",
"(-1)**(2**70)", "0**(2**70)", "int.__pow__(2, 3, None)", "pow(2, 3, 2**70)", "pow(-5, -3, 2**70)",
"divmod(2**100, -7)", "divmod(-(2**100), 7)", "(2**100) % -7", "(-2**62) // -1", "(-2**63) // -1", "-2**63 % -1", "abs(-2**63)", "-(-2**63)", "~(2**62)",
"(1<<62) + (1<<62)", "(-(1<<61)) - 1", "(2**61) * -4", "3 * -(2**61)", "hash(-2**63)", "hash(2**63)", "hash(-(2**61-1))", "hash(2**61-2)",
"1e300 * 1e10", "-1e300 * 1e10", "float('inf') - float('inf')", "0.0 / -1", "-0.0 + 0.0", "(-0.0).hex()", "(5e-324/2)", "1.0 == 2**1024", "2**1024 > float('inf')", "float('-inf') < -(2**2000)"]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, str(e)[:120])
