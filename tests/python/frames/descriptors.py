import types, sys
def g(): yield
for t in (types.FrameType, types.TracebackType, types.GeneratorType):
    print(t.__name__, [(k, type(v).__name__) for k,v in vars(t).items() if type(v).__name__ in ('getset_descriptor','member_descriptor')])
f = sys._getframe()
print(types.FrameType.f_lineno.__get__(f), types.FrameType.f_code.__get__(f).co_name)
f.f_trace_lines = False
print(f.f_trace_lines)
types.FrameType.f_trace.__set__(f, print)
print(f.f_trace is print)
try:
    f.f_back = 1
except AttributeError as e: print(e)
try:
    f.f_lasti = 1
except AttributeError as e: print(e)
gen = g()
print(types.GeneratorType.gi_frame.__get__(gen) is gen.gi_frame, "f_back" in dir(f), "tb_frame" in dir(types.TracebackType))
gen.__name__ = "renamed"; print(gen.__name__)
try:
    gen.gi_frame = None
except AttributeError as e: print(e)
