print("pkg_lazy: init")
