print("not printed: the file does not compile")
match 5:
    case [a, b] | {"a": a, "c": c}:
        pass
