inventory = {"apples": 3, "pears": 0, "plums": 7}
total = 0
for name, count in inventory.items():
    if count == 0:
        continue
    total += count
    print(f"{name:>8}: {count}")
print("total", total)
print(max(inventory, key=inventory.get), min(inventory.values()), sum(inventory.values()))
print(sorted(inventory.items(), key=lambda kv: kv[1]))
print([k for k, v in inventory.items() if v], len(inventory))
print(any(v == 0 for v in inventory.values()), all(inventory.values()))
