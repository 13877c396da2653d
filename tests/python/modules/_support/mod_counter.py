print("mod_counter: body runs")
loads = 0
loads += 1
state = []


def bump():
    state.append(len(state))
    return len(state)
