print("init a3pkg.sub.deep", __name__, __package__)
