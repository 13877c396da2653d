import __main__
MAIN_NAME = __main__.__name__
IS_MAIN = __name__ == "__main__"
if __name__ == "__main__":
    print("never printed on import")
