def classify(v):
    match v:
        case [x, y]:
            return "pair"
        case other:
            return "other"
        case None:
            return "none"


print(classify(1))
