print("pkg_a.deep/__init__: executing")
