class Field:
    counter = 0

    def __init__(self, kind, required=True):
        self.kind = kind
        self.required = required

    def __repr__(self):
        return f"Field({self.kind.__name__}, required={self.required})"


class FormMeta(type):
    def __new__(mcls, name, bases, ns):
        declared = {}
        for base in reversed(bases):
            declared.update(getattr(base, "declared_fields", {}))
        for key, value in list(ns.items()):
            if isinstance(value, Field):
                declared[key] = value
                del ns[key]
        ns["declared_fields"] = declared
        return super().__new__(mcls, name, bases, ns)


class Form(metaclass=FormMeta):
    def __init__(self, **data):
        self.data = data

    def errors(self):
        errs = []
        for name, field in self.declared_fields.items():
            if name not in self.data:
                if field.required:
                    errs.append(f"{name}: required")
            elif not isinstance(self.data[name], field.kind):
                errs.append(f"{name}: expected {field.kind.__name__}")
        return errs


class ContactForm(Form):
    name = Field(str)
    email = Field(str)
    age = Field(int, required=False)
    note = "not a field"


class SignupForm(ContactForm):
    password = Field(str)
    age = Field(int)


print(list(ContactForm.declared_fields))
print(list(SignupForm.declared_fields), SignupForm.declared_fields["age"])
print(hasattr(ContactForm, "name"), ContactForm.note, list(Form.declared_fields))
print(ContactForm(name="a", email="b").errors())
print(ContactForm(name=1, age="x").errors())
print(SignupForm(name="a", email="b", password="p").errors())
print(type(SignupForm).__name__)
