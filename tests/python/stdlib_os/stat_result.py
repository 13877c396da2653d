import os
import copy
import pickle

r = os.stat_result((33188, 2, 3, 1, 0, 0, 100, 10, 20, 30))
print(r, len(r), r.st_mode, r.st_size, r.st_mtime, type(r.st_mtime).__name__, r.st_mtime_ns)
print(r[6], r[-1], r[:3], tuple(r) == (33188, 2, 3, 1, 0, 0, 100, 10, 20, 30))
r2 = os.stat_result((33188, 2, 3, 1, 0, 0, 100, 10, 20, 30, 1.5, 2.5, 3.5))
print(r2.st_atime, r2.st_mtime, r2.st_ctime, r2 == r)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError", e)
print(pickle.loads(pickle.dumps(r)) == r, copy.copy(r) == r)
print(isinstance(r, tuple), os.stat_result.n_sequence_fields, os.stat_result.n_fields)
full = os.stat_result(tuple(range(19)))
print(full.st_atime, full.st_mtime_ns, full.st_blksize, full.st_blocks, full.st_rdev, len(full))
try:
    os.stat_result(tuple(range(20)))
except TypeError as e:
    print("TypeError", e)
st = os.stat(".")
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_blksize > 0,
      st.st_blocks >= 0, st.st_rdev, abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6,
      st[8] == st.st_mtime_ns // 10**9)
