class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def check(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    return record


print(check({"name": "x"}))
check({})
