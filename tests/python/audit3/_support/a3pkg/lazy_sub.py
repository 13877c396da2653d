print("init lazy_sub", __name__)
LAZY = 1
