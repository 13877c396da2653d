print("pkg_lazy.sub: executing")
name = "lazy sub"
