fn = "report_2023.csv"
print(fn.startswith("report"), fn.endswith(".csv"), fn.endswith((".txt", ".csv")), fn.startswith(("a", "b")))
print(fn.startswith("2023", 7), fn.endswith("report", 0, 6), "".startswith(""), "abc".endswith(""))
try:
    fn.startswith(["report"])
except TypeError as e:
    print(e)
