import sys
sys.path.insert(0, sys.path[0] + "/_support")

for attempt in (1, 2):
    try:
        import mod_raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e)
    print("in sys.modules:", "mod_raises" in sys.modules, "| bound:", "mod_raises" in globals())
try:
    import mod_raises_deep
except KeyError as e:
    print(type(e).__name__, e)
