cases = ["1 + 'a'", "'a' + 1", "[1] + (2,)", "1 - 'a'", "'a' * 'b'", "None + 1", "1 / 'x'", "{} + {}",
         "[1] - [1]", "'a' // 2", "1.5 % 'x'", "2 ** 'x'", "1 & 1.5", "1.5 | 1", "'a' << 1", "[] @ []",
         "(1,) * 1.5", "{1} + {2}", "b'a' + 'a'", "1 >> None", "divmod('a', 1)", "-'neg'", "len(5)"]
for expr in cases:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
