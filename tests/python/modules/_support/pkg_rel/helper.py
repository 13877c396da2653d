real = "real"
