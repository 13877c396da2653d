setting = "default"
registry = []


def get_setting():
    return setting
