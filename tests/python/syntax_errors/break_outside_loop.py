print("before")
break
