lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError:", e)
        break
print(lines)
