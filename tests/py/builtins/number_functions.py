print(abs(-5), abs(5), abs(-2.5), abs(-2**70), abs(True), abs(-0.0), abs(3 + 4j))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(7), round(1234, -2), round(True))
print(round(1.5, None), round(number=2.5), round(5.5, ndigits=0), type(round(2.5)).__name__)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-2**64, 7))
print(divmod(2**61 * -1, -1), divmod(True, 2))
class D:
    def __divmod__(self, o):
        return "divmod", o
    def __rdivmod__(self, o):
        return "rdivmod", o
print(divmod(D(), 1), divmod(1, D()))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 5), pow(3, 2, -4), pow(2.0, 3), pow(base=2, exp=5))
print(pow(2, 100), pow(-8, 1/3).real > 0, pow(10, 20, 7), pow(2, 3, mod=None))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(-2**65), hex(True))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), chr(Idx()))
print(chr(65), chr(0x263a), chr(0x1F600) == "\U0001F600", ord("A"), ord("\u263a"), ord(b"a"), ord(bytearray(b"z")))
print(ord("\U0001F600"), chr(0), repr(chr(127)))
for expr in ["abs()", "abs('a')", "round()", "round('a')", "round(1.5, 'a')", "round(1, x=2)", "round(1, 2, 3)",
             "divmod(1)", "divmod('a', 1)", "divmod(1, 0)", "divmod(1.5, 0)", "divmod(x=1)", "pow(1)", "pow('a', 2)",
             "pow(2, 3, 1.5)", "pow(2, 3, 0)", "pow(0, -1)", "pow(2.0, 3, 4)", "pow(2, 3, 4, 5)", "bin()", "bin(1.5)",
             "hex('a')", "oct(1.0)", "chr()", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(2**70)", "chr(2**40)",
             "ord('ab')", "ord(1)", "ord('')", "ord(b'ab')", "ord()"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as ex:
        print(expr, "!!", type(ex).__name__, ex)
