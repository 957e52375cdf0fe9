import os.path
import os
p = os.path
print(p.join("a", "b", "c.txt"), p.join("/a", "/b"), p.join("a/", "b"), p.join("", "x"))
print(p.split("/a/b/c.txt"), p.split("c.txt"), p.split("/"), p.splitext("archive.tar.gz"), p.splitext(".bashrc"))
print(p.basename("/a/b/c.txt"), p.dirname("/a/b/c.txt"), p.dirname("c.txt"), p.basename("/a/b/"))
print(p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("./"))
print(p.isabs("/x"), p.isabs("x"), p.abspath("/a/b/../c"))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.commonpath(["/usr/lib", "/usr/local"]), p.splitdrive("/x/y"))
print(p.expanduser("x/~"), p.expanduser("~") == os.environ.get("HOME", "/").rstrip("/") or "/")
print(p is os.path, p.sep)
