import sys
print("none exit")
sys.exit()
