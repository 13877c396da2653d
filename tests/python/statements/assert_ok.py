assert True
assert 1 == 1, "never shown"
x = [1]
assert x, "list not empty"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ["message", "list"]
except AssertionError as e:
    print(e.args[0])
print("done")
