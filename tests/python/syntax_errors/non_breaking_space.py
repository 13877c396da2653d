# A no-break space between tokens: CPython's tokenizer takes it for part of a name.
print("never printed")
y = 1  + 2
