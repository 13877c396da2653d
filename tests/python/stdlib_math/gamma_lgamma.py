import math, random
random.seed(12345)
xs = [0.0, -0.0, -1.0, -2.0, float('inf'), float('-inf'), float('nan'), 1e-320, -1e-320, 5e-324, 171.62, 171.7, 172.0, 200.0, 201.0, -200.5, -201.5, -171.5, -180.5, 1e308, -1e308, 2.0**60, -2.5, 1e-20, 1e-21, -1e-20, -9.99e-21, 0.5, 1.0, 2.0, 3.0, 23.0, 24.0, 2.5e305, 1.7976931348623157e308, 4.999999999, 5.0000001, 5.524680040776729, 5.5246800407767295, 139.9, 140.0, 140.1, -139.9, -140.5, -141.5, 199.99, -199.99, -200.01, 1e-10, -1e-10, 0.1, 1.5, 2.5, 3.5, -0.5, -1.5, -3.5, -0.1, -1e-5, 1e5, -1e5+0.5, 1e15+0.5, -1e15-0.5, 2.0**52+1, -(2.0**52)-0.5, 171.6243769563027, 171.62437695630274, -177.78]
for _ in range(1200):
    k = random.random()
    if k < 0.3: xs.append(random.uniform(-5, 5))
    elif k < 0.6: xs.append(random.uniform(-200, 200))
    elif k < 0.8: xs.append(random.uniform(0, 30))
    elif k < 0.9: xs.append(10 ** random.uniform(-25, 3) * random.choice([-1, 1]))
    else: xs.append(random.randint(-300, 300) / 2)
xs += [i for i in range(-3, 30)] + [10**20, -10**20]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try: r = repr(f(x))
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print(f.__name__, repr(x), r)
try: math.gamma(10**400)
except Exception as e: print(type(e).__name__, e)
for bad in ["1", None, [1]]:
    try: math.gamma(bad)
    except Exception as e: print(type(e).__name__, e)
    try: math.lgamma(bad)
    except Exception as e: print(type(e).__name__, e)
try: math.gamma()
except Exception as e: print(type(e).__name__, e)
try: math.lgamma(1, 2)
except Exception as e: print(type(e).__name__, e)
try: math.gamma(x=1)
except Exception as e: print(type(e).__name__, e)
class F:
    def __float__(self): return 4.5
print(math.gamma(F()), math.lgamma(F()), math.gamma(True))
