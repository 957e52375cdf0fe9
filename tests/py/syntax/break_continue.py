out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)

# nested loops: break only exits the inner loop
pairs = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if a == b == 1:
            continue
        pairs.append((a, b))
print(pairs)

k = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    print("k", k)
