try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
quit("fatal message")
