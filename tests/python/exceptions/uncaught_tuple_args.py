raise KeyError("a key", 2)
