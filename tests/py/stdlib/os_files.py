import os
print(os.listdir("."))
os.mkdir("d")
os.makedirs("d/e/f")
os.makedirs("d/e/f", exist_ok=True)
try:
    os.makedirs("d/e/f")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.mkdir("d")
except FileExistsError as e:
    print("FileExistsError:", e, e.errno, e.filename)
with open("d/a.txt", "w") as f:
    f.write("hello")
with open("d/e/b.txt", "w") as f:
    f.write("x" * 10)
print(sorted(os.listdir("d")), os.path.isdir("d/e"), os.path.isfile("d/a.txt"), os.path.isfile("d"))
print(os.path.getsize("d/a.txt"), os.stat("d/e/b.txt").st_size, os.path.exists("nope"))
st = os.stat("d/a.txt")
print(type(st).__name__, st.st_size, isinstance(st.st_mtime, float), isinstance(st[8], int), len(st))
for root, dirs, files in os.walk("d"):
    dirs.sort()
    print(root, dirs, sorted(files))
os.rename("d/a.txt", "d/c.txt")
print(sorted(os.listdir("d")))
os.replace("d/c.txt", "d/e/b.txt")
print(open("d/e/b.txt").read())
os.remove("d/e/b.txt")
try:
    os.remove("d/e/b.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.rmdir("d")
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir("d/e/f")
os.rmdir("d/e")
os.rmdir("d")
print(os.listdir("."))
try:
    os.listdir("missing_dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.mkdir("sub")
os.chdir("sub")
with open("inner.txt", "w") as f:
    f.write("in sub")
os.chdir("..")
print(open(os.path.join("sub", "inner.txt")).read(), os.path.basename(os.getcwd()) != "sub")
try:
    os.chdir("missing_dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
