import random
r = random.Random(12345)
st = r.getstate()
print(st[0], len(st[1]), st[1][:4], st[1][-2:], st[2])
a = [r.random() for _ in range(1000)]
print(a[-1], r.getstate()[1][-1])
r.setstate(st)
print([r.random() for _ in range(1000)] == a)
r2 = random.Random()
r2.setstate(st)
print(r2.random() == a[0], r2.gauss(), r2.getstate()[2] is not None)
for bad in [(3, (0,) * 10, None), (3, tuple(range(624)) + (625,), None), (4, st[1], None)]:
    try:
        r2.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
random.seed(99)
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 200)])
print(random.randrange(10**30), random.randrange(-10**20, 10**20, 7), random.randint(2**62, 2**64))
big = list(range(10000)); random.shuffle(big); print(big[:10], sum(big))
print(random.sample(range(10**9), 12), random.sample(range(30), 25))
print(random.choices(range(100), k=10), random.choice(range(10**12)))
print([round(random.betavariate(0.5, 0.5), 12) for _ in range(3)], [round(random.gammavariate(0.3, 2), 12) for _ in range(3)])
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0
b = Bits(5); print([b.randrange(1000) for _ in range(5)])
print(random.Random("seed").random(), random.Random(b"seed").random(), random.Random(bytearray(b"seed")).random(), random.Random(-7).random() == random.Random(7).random())
