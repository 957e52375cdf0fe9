raise RuntimeError("something went wrong: code 7")
