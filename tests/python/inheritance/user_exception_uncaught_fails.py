class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"failed with code {code}")
        self.code = code


try:
    raise MyError(1)
except ValueError as e:
    print("caught", e, e.code)
raise MyError(2)
