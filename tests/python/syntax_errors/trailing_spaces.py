# The source line of a SyntaxError is shown with its trailing spaces.
def f():
    return 1 +  
