class ConfigError(Exception):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"missing config key {self.key!r}"


def load(cfg):
    if "port" not in cfg:
        raise ConfigError("port")
    return cfg["port"]


print(load({"port": 80}))
load({})
