def level_three(data):
    return data["missing"]


def level_two(data):
    return level_three(data) + 1


def level_one():
    data = {"present": 1}
    return level_two(data)


print("starting")
level_one()
print("never reached")
