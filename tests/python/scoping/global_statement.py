count = 0
name = "start"


def bump():
    global count
    count += 1


def rename(new):
    global name
    old = name
    name = new
    return old


def create():
    global created_later
    created_later = [1, 2, 3]


for _ in range(5):
    bump()
print(count)
print(rename("middle"), rename("end"), name)
create()
print(created_later)


def global_in_nested():
    def inner():
        global count
        count = 1000
    inner()
    return count


print(global_in_nested(), count)
