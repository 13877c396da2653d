import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print([w for w in ["if", "match", "case", "_", "print", "None", "async", "type"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "case", "_", "print", "type"] if keyword.issoftkeyword(w)])
print(keyword.__all__)
