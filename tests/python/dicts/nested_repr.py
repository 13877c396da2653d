config = {"name": "metal", "version": (0, 1), "features": ["ints", "floats"], "deps": {}, "opts": {"debug": False, "level": None}}
print(config)
print(config["opts"]["debug"], config["features"][-1], config["version"][0])
config["opts"]["level"] = 3
config["features"].append({"nested": {"deep": [1.5, -0.0]}})
print(config)
r = {}
r["self"] = r
print(r)
print(str({"a": "it's"}), repr({'k': 'say "x"'}), {"é": "ü"})
