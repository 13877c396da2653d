"""Package A."""
print("pkg_a/__init__: executing")
VERSION = "1.0"
