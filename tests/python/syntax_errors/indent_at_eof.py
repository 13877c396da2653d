print("never")
for i in range(3):
    if i:

# nothing follows
