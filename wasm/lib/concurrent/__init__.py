# concurrent — a package (concurrent.futures).
