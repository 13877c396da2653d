import a3partial_b
ONE = 1
