import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str); Tc = TypeVar('Tc', covariant=True); Tn = TypeVar('Tn', contravariant=True)
print(T, K, C, Tc, Tn, T.__name__, K.__bound__, C.__constraints__, Tc.__covariant__)
print(Any, Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int, str], Union[Union[int, str], float], Union[int, None] == Optional[int])
print(List, List[int], Dict[str, int], Set[int], FrozenSet[int], Tuple[int, ...], Tuple[()], Tuple[int, str], Type[int], Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, int], Awaitable[int], Coroutine[None, None, int], AsyncIterator[int], Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(Literal[1, 'a'], Literal['x'], ClassVar[int], Final[int], Annotated[int, 'meta'], NoReturn, Never, Self, LiteralString, Text, AnyStr, Hashable, Sized)
print(List[T], Dict[K, T], List[T][int], Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Union[int, str]), get_origin(int), get_args(int), get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(Literal[1]), get_args(Optional[int]), get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']))
print(List[int].__origin__, List[int].__args__, List[T].__parameters__, Union[int, T].__parameters__)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(1, Hashable), isinstance([], Iterable), callable(Callable))
try: isinstance([], List[int])
except TypeError as e: print(e)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
b = Box(3); print(b.get(), Box[int], Box[int](5).item, Box.__parameters__, Box.__orig_bases__, Box.__mro__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__mro__, IntBox(4).get())
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
class P(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NT(NamedTuple):
    x: int
    y: str = 'a'
print(NT(1), NT(1, 'b'), NT._fields, NT.__annotations__, NT._field_defaults, NT(2)._replace(x=3), NT(1)._asdict())
NT2 = NamedTuple('NT2', [('a', int), ('b', float)])
print(NT2(1, 2.0))
class TD(TypedDict):
    a: int
    b: str
td = TD(a=1, b='x'); print(td, type(td), TD.__annotations__, TD.__total__ if hasattr(TD, '__total__') else '')
TD2 = TypedDict('TD2', {'x': int}, total=False); print(TD2(x=1), TD2.__total__)
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__name__, UserId.__supertype__)
print(cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1))
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'nf')
def g(a: int, b: 'str' = 'x') -> List[int]: pass
print(get_type_hints(g))
class Ann:
    x: int
    y: 'Optional[str]'
print(get_type_hints(Ann))
print(Optional[List[Dict[str, Tuple[int, ...]]]])
print(Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), List[int] == List[int], List[int] != List[str])
print(List[int] | None, int | List[str], Optional[int] | str)
print(type(Any), repr(Any), Any.__class__.__name__ if False else '')
print(typing.__name__, Generic, Protocol)
print(dir(typing)[:3] if False else '')
print(assert_never if False else '', reveal_type if False else '')
print(ParamSpec('P'), Concatenate[int, ParamSpec('P2')] if False else '', TypeVarTuple('Ts'))
print(Callable[[int], str].__args__, Tuple[int, str].__args__, Tuple[int, ...].__args__)
print(typing.get_type_hints(NT), typing.no_type_check(lambda: 1)())
def h(x: "Box[int]"): pass
print(get_type_hints(h))
print(str(List[int]), repr(Optional[int]), f"{Dict[str, int]}")
try: List[int]()
except TypeError as e: print(e)
print(typing.DefaultDict[str, int](int), Box[int](1).item)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
