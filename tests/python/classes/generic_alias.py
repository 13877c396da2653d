# PEP 585 generic aliases: list[int] and friends in annotations, bases, unions, comparisons.
