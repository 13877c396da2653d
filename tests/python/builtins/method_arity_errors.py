# Builtin methods of one argument or none name their type in arity errors.
for f in [lambda: [].append(1, 2), lambda: [].count(1, 2), lambda: "a".join(1, 2), lambda: set().add(1, 2), lambda: [].clear(1), lambda: {}.copy(1), lambda: "a".upper(1), lambda: [].reverse(2), lambda: (1,).count(), lambda: b"x".upper(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
