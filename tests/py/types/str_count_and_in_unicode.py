s = "多线程多进程协程"
print(s.count("程"), s.find("进程"), s.rfind("程"), "协程" in s, s.replace("多", "双"))
print(s.split("多"), s.startswith("多线"), s.endswith("协程"), s.index("程", 3))
print([c for c in s if c != "程"], s[::2], s.center(12, "·"))
print("Python，你好！".split("，"))
