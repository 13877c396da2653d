def helper():
    return {}["missing key"]


helper()
