def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def too_many():
    a, b = 1, 2, 3


def not_enough():
    a, b, c = 1, 2


def not_enough_star():
    a, b, *c = [1]


def not_iterable():
    a, b = 5


def none_value():
    a, b = None


def nested_bad():
    (a, b), c = (1, 2, 3), 4


def too_many_str():
    a, b = "abc"


def empty():
    a, = ()


attempt("too_many", too_many)
attempt("not_enough", not_enough)
attempt("not_enough_star", not_enough_star)
attempt("not_iterable", not_iterable)
attempt("none_value", none_value)
attempt("nested_bad", nested_bad)
attempt("too_many_str", too_many_str)
attempt("empty", empty)
