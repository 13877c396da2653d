print(ascii("plain"), ascii("héllo"), ascii("日本"), ascii("😀"), ascii("\n\t"))
print(ascii(["é", 1, ("ü",)]), ascii({"ключ": "значение"}), ascii(1.5), ascii(None))
print(repr("héllo"), str("héllo"))
