import os
import shutil

base = os.path.join(os.getcwd(), "_shutil_more_scratch")
os.mkdir(base)


def j(*parts):
    return os.path.join(base, *parts)


def clean(x):
    return str(x).replace(base, "BASE")


def write(p, data):
    with open(p, "w") as f:
        f.write(data)


try:
    write(j("f"), "f")
    os.symlink("f", j("ln"))
    print(clean(shutil.copy(j("ln"), j("ln2"), follow_symlinks=False)), os.path.islink(j("ln2")),
          os.readlink(j("ln2")))
    print(clean(shutil.copyfile(j("ln"), j("ln3"), follow_symlinks=False)), os.path.islink(j("ln3")))
    print(clean(shutil.copy2(j("ln"), j("ln4"))), os.path.islink(j("ln4")))
    os.utime(j("ln"), ns=(5 * 10**9, 6 * 10**9), follow_symlinks=False)
    print(os.lstat(j("ln")).st_mtime_ns, os.stat(j("ln")).st_mtime_ns == 6 * 10**9)
    shutil.copystat(j("ln"), j("ln2"), follow_symlinks=False)
    shutil.copymode(j("ln"), j("ln2"), follow_symlinks=False)
    print(os.lstat(j("ln2")).st_mtime_ns)
    try:
        os.chmod(j("ln"), 0o600, follow_symlinks=False)
    except NotImplementedError:
        print("NotImplementedError")
    os.mkdir(j("lt"))
    os.symlink("../f", j("lt", "l"))
    os.utime(j("lt", "l"), ns=(7 * 10**9, 8 * 10**9), follow_symlinks=False)
    shutil.copytree(j("lt"), j("lt2"), symlinks=True)
    print(os.lstat(j("lt2", "l")).st_mtime_ns, os.readlink(j("lt2", "l")))
    try:
        shutil.copyfile(j("f"), j("no", "dir", "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", clean(e))
    try:
        shutil.copyfile(j("f"), j("ln"))
    except shutil.SameFileError as e:
        print("SameFileError", clean(e))
    write(j("g"), "g")
    print(clean(shutil.move(j("g"), j("f"))), open(j("f")).read(), os.path.exists(j("g")))
    os.makedirs(j("a", "b"))
    os.mkdir(j("target"))
    print(clean(shutil.move(j("a"), j("target"))), sorted(os.listdir(j("target"))))
    print(clean(shutil.move(j("target", "a") + "/", j("target2"))))
    try:
        shutil.copytree(j("missing"), j("x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", clean(e))
    os.mkdir(j("t"))
    write(j("t", "ok"), "ok")
    os.symlink("nowhere", j("t", "dangling"))
    try:
        shutil.copytree(j("t"), j("t2"))
    except shutil.Error as e:
        print("Error", len(e.args), clean(e.args[0]))
    print(sorted(os.listdir(j("t2"))))
    shutil.copytree(j("t"), j("t3"), ignore_dangling_symlinks=True)
    print(sorted(os.listdir(j("t3"))))
    shutil.copytree(j("t"), j("t4"), symlinks=True)
    print(sorted(os.listdir(j("t4"))), os.readlink(j("t4", "dangling")))
    shutil.rmtree(j("t4") + "/")
    print(os.path.exists(j("t4")))
    os.environ["PATH"] = j("t") + os.pathsep + base
    write(j("tool"), "")
    os.chmod(j("tool"), 0o700)
    print(clean(shutil.which("tool")), shutil.which("ok"), clean(shutil.which("tool", os.F_OK)))
    del os.environ["PATH"]
    print(shutil.which("tool"))
    os.environ["PATH"] = ""
    print(shutil.which("tool"))
    print(shutil.which("tool", path=base + os.sep) is not None)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
