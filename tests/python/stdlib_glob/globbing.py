# glob/iglob over a small tree made here (results sorted: directory order varies).
import glob
import os

base = "glob_tree"
files = ["a.txt", "b.txt", "c.py", ".hidden", "sub/d.txt", "sub/e.py", "sub/deep/f.txt",
         "sub/.hid/g.txt", "other/h.txt", "odd[1].txt", "star*.txt", "q?.txt"]
os.makedirs(base + "/empty", exist_ok=True)
for f in files:
    path = os.path.join(base, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fp:
        fp.write(f)

def show(pattern, **kw):
    print(repr(pattern), kw if kw else "", sorted(glob.glob(pattern, **kw)))

show("glob_tree/*.txt")
show("glob_tree/*")
show("glob_tree/*", include_hidden=True)
show("glob_tree/.*")
show("glob_tree/?.*")
show("glob_tree/[ab].txt")
show("glob_tree/*/*.txt")
show("glob_tree/*/")
show("glob_tree/sub/")
show("glob_tree/nope/")
show("glob_tree/a.txt")
show("glob_tree/missing.txt")
show("glob_tree/a.txt/")
show("glob_tree/**/*.txt")
show("glob_tree/**/*.txt", recursive=True)
show("glob_tree/**", recursive=True)
show("glob_tree/**/", recursive=True)
show("glob_tree/**/*.py", recursive=True, include_hidden=True)
show("glob_tree/**/.hid/*", recursive=True)
show("glob_tree/sub/**/f.txt", recursive=True)
show("glob_tree/odd[1].txt")
show(glob.escape("glob_tree/odd[1].txt"))
show(glob.escape("glob_tree/star*.txt"))
show(glob.escape("glob_tree/q?.txt"))
show("glob_tree/q?.txt")
show("")
show("*.txt", root_dir=base)
show("**", root_dir=base, recursive=True)
show("sub/*", root_dir=base)
show("*", root_dir=base + "/empty")
show("glob_tree/*/*/*")
show("glob_tree//a.txt")
print(glob.escape("a*b?c[d]e"), glob.escape("/x/[y]"), glob.escape(b"a*[b]"))
print(glob.has_magic("abc"), glob.has_magic("a[bc"), glob.has_magic(b"x*"))
it = glob.iglob("glob_tree/*.py")
print(type(it).__name__ in ("generator", "chain"), sorted(it))
print(sorted(glob.glob1(base, "*.py")), glob.glob0(base, "a.txt"), glob.glob0(base, "zz"))

for root, dirs, fs in [(base, None, None)]:
    pass
def remove(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            remove(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.remove(path)
remove(base)
print(os.path.exists(base))
