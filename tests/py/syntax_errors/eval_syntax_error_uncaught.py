print("before eval")
eval("1 + ")
