# The generated __init__ carries the fields' types, as CPython's does.
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: 'float' = 0.0
    tags: list = field(default_factory=list)
    hidden: int = field(default=1, init=False)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    _: KW_ONLY
    label: str = ''

    def __post_init__(self, scale):
        pass


print(Point.__init__.__annotations__)


@dataclass(init=False)
class NoInit:
    a: int


print('__annotations__' in vars(NoInit.__init__) if hasattr(NoInit.__init__, '__dict__') else None)


@dataclass
class Empty:
    pass


print(Empty.__init__.__annotations__)
