def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("inner value")
            if n == 2:
                raise KeyError("inner key")
            return "no error"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("  inner finally", n)
    except KeyError as e:
        return "outer handled " + str(e)
    finally:
        print("  outer finally", n)


for n in range(3):
    print(level(n))
