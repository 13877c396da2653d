my_global_list = []
for c in 'string':
    my_global_list.append(c)
print(my_global_list)
print(len(my_global_list))
print("".join(my_global_list))
for c in 'héllo wörld':
    my_global_list.append(c)
print(my_global_list)
