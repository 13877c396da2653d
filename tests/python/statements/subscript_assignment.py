grid = [[0, 0, 0] for _ in range(3)]
grid[1][1] = 5
grid[0][-1] = 7
grid[2] = ["x"]
print(grid)
d = {"list": [1, 2], "map": {}}
d["list"][0] = 100
d["map"]["k"] = "v"
d["new"] = d["list"]
d["list"].append(3)
print(d)
s = list("abcdef")
s[::2] = "XYZ"
print(s)
s[1:5] = []
print(s)
s[:0] = ["start"]
print(s)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    counts[v] += 1
print(counts)
