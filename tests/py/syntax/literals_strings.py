print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'back\\slash')
print(r'raw \n stays', R"\d+")
print('\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\101')
print("concat" 'enated' """ implicitly""")
print(b'bytes', rb'\n', br'\x00')
s = """line1
line2\
 continued"""
print(s)
print(len('\n'), len(r'\n'))
