# An unknown name in a \N{...} escape is a SyntaxError, reported at the token after
# the string (here the comment), before anything runs.
print("never printed")
x = "ab\N{NO SUCH NAME}"  # c
