# A bad except* type is a TypeError when the clause is reached, chained to the exception.
try:
    raise ValueError(1)
except* (ValueError,
         ExceptionGroup):
    pass
