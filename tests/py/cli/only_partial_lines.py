import sys
sys.stdout.write("abc")
sys.stdout.write("def\n")
sys.stdout.write("ghi")
