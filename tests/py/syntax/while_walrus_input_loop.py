data = iter(["3", "5", "", "7"])
total = 0
while (line := next(data)):
    total += int(line)
print(total)
pos = 0
text = "a,b,,c"
while (i := text.find(",", pos)) != -1:
    print("comma at", i)
    pos = i + 1
