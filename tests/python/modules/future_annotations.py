"""Docstring first."""
from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import Optional, List, ClassVar, get_type_hints
import typing
class A:
    x: int
    y: "str"
    z: Optional[A] = None
    w: List[Dict[str, int]]
def f(a: int, b: Undefined = 1, *args: str, c: 'q' = 2, **kw: dict) -> A:
    pass
print(A.__annotations__, f.__annotations__)
@dataclass
class Node:
    val: int
    children: List[Node]
    count: ClassVar[int] = 0
    parent: Optional[Node] = None
print(Node(1, []), [f.name for f in fields(Node)], Node.__annotations__)
print(get_type_hints(Node))
def g(x: int) -> None: pass
print(get_type_hints(g))
print(__future__.annotations, __future__.all_feature_names[-1])

