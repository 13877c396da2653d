print("init helper", __name__, __package__)
def helper_fn():
    return "helper_fn from " + __name__
