#!/usr/bin/env python3
"""Record CPython's behaviour for the differential conformance programs.

Usage:
    python3 tests/regen.py [PATH ...]

With no arguments every ``tests/python/<topic>/<name>.py`` is processed.
Each PATH may be a ``.py`` file or a directory (searched recursively; directories
named ``_support`` hold helper modules for the programs and are skipped, as the
conformance test skips them).

Programs under ``tests/python/django/`` run on CPython with Django 5.2 installed (a venv
under ``target/django-venv``, made on first use): Django is the oracle for the framework.

For every program ``<name>.py`` the script runs ``<python> <name>.py`` with
the program's directory as the working directory, stdin connected to
/dev/null, a fixed environment (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
PYTHONDONTWRITEBYTECODE=1) and a 30 second timeout, and writes beside it:

* ``<name>.out``  - the exact stdout (always written, possibly empty);
* ``<name>.err``  - the exact stderr, only when the exit status is non-zero
                    or stderr is non-empty (a stale file is removed otherwise);
* ``<name>.exit`` - the exit status as decimal text plus a newline, only when
                    it is non-zero (a stale file is removed otherwise).

CPython (3.9+) reports the *absolute* path of the script in tracebacks and
syntax errors (``File "/abs/dir/name.py"``).  To keep the expected files
independent of where the repository is checked out, every occurrence of the
program's absolute directory followed by a path separator is stripped from
stdout and stderr, so tracebacks read ``File "name.py"``.

The interpreter used is ``sys.executable`` (the ``python3`` on PATH may be a
shim); it should be CPython 3.11.
"""

import os
import subprocess
import sys

TIMEOUT = 30
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "python")


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env["LANG"] = "C.UTF-8"
    return env


def collect(args):
    """Return a sorted list of absolute paths of programs to run."""
    if not args:
        args = [ROOT]
    found = set()
    for arg in args:
        path = os.path.abspath(arg)
        if os.path.isdir(path):
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if d not in ("__pycache__", "_support"))
                for fn in filenames:
                    if fn.endswith(".py"):
                        found.add(os.path.join(dirpath, fn))
        elif os.path.isfile(path) and path.endswith(".py"):
            found.add(path)
        else:
            sys.exit(f"regen.py: not a .py file or directory: {arg}")
    return sorted(found)


def scrub(data, directory):
    """Remove the machine-specific absolute directory from output."""
    prefix = (directory + os.sep).encode("utf-8")
    return data.replace(prefix, b"")


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(data)


DJANGO_DIR = os.path.join(ROOT, "django")
DJANGO_VENV = os.path.join(os.path.dirname(HERE), "target", "django-venv")


def django_python():
    """The oracle for tests/python/django/: CPython with Django 5.2, in a throw-away venv
    under target/ (created on first use; Django is never a dependency of the product)."""
    py = os.path.join(DJANGO_VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", DJANGO_VENV], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "django==5.2.*"], check=True)
    return py


def run_one(prog, env):
    directory = os.path.dirname(prog)
    name = os.path.basename(prog)
    stem = prog[:-3]
    python = sys.executable
    if prog.startswith(DJANGO_DIR + os.sep):
        python = django_python()
    try:
        proc = subprocess.run(
            [python, name],
            cwd=directory,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT: {os.path.relpath(prog)}", file=sys.stderr)
        return None
    out = scrub(proc.stdout, directory)
    err = scrub(proc.stderr, directory)
    code = proc.returncode
    write_or_remove(stem + ".out", out)
    write_or_remove(stem + ".err", err if (code != 0 or err) else None)
    write_or_remove(stem + ".exit", f"{code}\n".encode() if code != 0 else None)
    return code


def main():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        print(
            f"regen.py: warning: expected CPython 3.11, running {sys.version.split()[0]}"
            f" ({sys.implementation.name})",
            file=sys.stderr,
        )
    progs = collect(sys.argv[1:])
    env = child_env()
    ok = failed = timeouts = 0
    for prog in progs:
        code = run_one(prog, env)
        if code is None:
            timeouts += 1
        elif code == 0:
            ok += 1
        else:
            failed += 1
    print(
        f"regen: {len(progs)} programs: {ok} exited 0, {failed} exited non-zero,"
        f" {timeouts} timed out (python {sys.version.split()[0]})"
    )
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main())
