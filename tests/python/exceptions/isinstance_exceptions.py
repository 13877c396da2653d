errors = []
for thunk in (lambda: 1 / 0, lambda: [][0], lambda: {}[0], lambda: int("z"), lambda: None + 1,
              lambda: undefined_name, lambda: "x".nope):
    try:
        thunk()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, isinstance(e, LookupError), isinstance(e, ArithmeticError),
          isinstance(e, (TypeError, ValueError)), isinstance(e, Exception), e)
print(type(errors[0]) is ZeroDivisionError, type(errors[0]), ZeroDivisionError)
