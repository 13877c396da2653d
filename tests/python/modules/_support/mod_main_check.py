print("mod_main_check __name__ =", __name__)
if __name__ == "__main__":
    print("mod_main_check run as script")
else:
    print("mod_main_check imported")
