import sys
sys.exit("Error: missing argument")
