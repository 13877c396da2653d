data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 3) > 6], y)
running = 0
print([running := running + v for v in data], running)
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0])
