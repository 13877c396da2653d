import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3), random.randrange(2**80))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdef'), random.choice([1, 2, 3]))
print(random.sample(range(100), 10), random.sample(range(10**6), 7), random.sample('abcdefg', 3), random.sample(['a','b','c'], 2, counts=[3, 1, 2]))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
print(random.uniform(1, 5), random.triangular(), random.triangular(0, 10, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1))
print(random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0), random.gammavariate(2.5, 1), random.gammavariate(1, 2), random.gammavariate(0.5, 1), random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5))
for s in [0, 1, -1, 2**32, 2**100 + 7, 12345678901234567890, 3.5, -2.25, 'hello', b'bytes', bytearray(b'x'), '', True]:
    random.seed(s); print(repr(s), random.random(), random.randrange(1000))
r = random.Random(7); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], st[0], len(st[1]))
r1 = random.Random(99); r2 = random.Random(99); print(r1.random() == r2.random(), random.Random(1).random())
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(); print(m.randrange(10), m.choice('abc'), m.randint(1, 6))
import copy; r3 = random.Random(5); r4 = copy.deepcopy(r3); print(r3.random() == r4.random())
sr = random.SystemRandom(); x = sr.random(); print(0 <= x < 1, 0 <= sr.randrange(10) < 10, sr.getrandbits(0), len(sr.randbytes(4)), sr.getrandbits(7) < 128)
random.seed(); print(0 <= random.random() < 1)
random.seed(2024)
for _ in range(700): random.random()
print(random.random(), random.randint(0, 10**30))
rr = random.Random(3); print(rr.getstate()[1][:3], rr.getstate()[1][-1])
for a in [(0,), (5,0), (0,5,0), (5,5), (5,2,1), (1.5,), ('a',), (10, 5, -1), (0, 10, 0.5), (2**70,), (-3,)]:
  try: random.seed(1); print(a, random.randrange(*a))
  except Exception as e: print(a, type(e).__name__, e)
for a in [([],), ('',)]:
  try: random.choice(*a)
  except Exception as e: print(type(e).__name__, e)
for f, a, k in [(random.sample, ([1,2],3), {}), (random.sample, ({1,2},1), {}), (random.choices, ([1,2],), {'weights':[0,0]}), (random.choices, ([1,2],[1,2]), {'cum_weights':[1,2]}), (random.choices, ([1,2],), {'weights':[1]}), (random.choices, ([1,2], 3), {}), (random.getrandbits, (-1,), {}), (random.sample, ([1,2],1), {'counts':[1]}), (random.seed, ([1],), {}), (random.gammavariate, (0, 1), {})]:
  try: print(f(*a, **k))
  except Exception as e: print(type(e).__name__, e)
try: random.SystemRandom().getstate()
except Exception as e: print(type(e).__name__, e)
