print("ns_pkg.nsmod: executing")
where = "namespace package module"
