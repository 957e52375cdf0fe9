# sys.int_max_str_digits' default (4300): str(), format() and int(str) limits.
for e in ["format(10**5000, 'd')", "len(format(10**5000, 'x'))", "format(10**5000, ',')", "len(f'{10**4299}')", "format(10**5000, 'e')", "repr(-10**4299)[:5]", "int('-' + '9'*4300) < 0", "int('9'*4301, 16) > 0", "int('0x' + 'f'*5000, 0) > 0", "int('1'*4301 + 'x')"]:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, str(ex)[:90])
