# An unknown name in a \N{} escape is a compile-time error.
print('before')
s = 'x\N{NO SUCH CHARACTER NAME}'
