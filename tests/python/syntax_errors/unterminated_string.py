print("before")
s = "unterminated
