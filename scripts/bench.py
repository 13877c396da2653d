#!/usr/bin/env python3
"""Benchmark metal against CPython on a set of Python programs.

Usage:
    python3 scripts/bench.py [options] [DIR_OR_FILE ...]

With no arguments it runs every *.py in <repo>/../shared/bench/; otherwise every *.py
in each given directory, plus each given file. Programs run with their default sizes.

For each program: one warm-up run of each interpreter, then --runs runs of metal and of
CPython in alternation (metal, cpython, metal, ...). Each run has cwd = the program's
directory, stdin = /dev/null, stdout/stderr captured, and the inherited environment
plus PYTHONHASHSEED=0. Wall time and the program's own peak RSS (ru_maxrss from
os.wait4; see the note above spawn()) are recorded. Every run's stdout and exit status
must match CPython's; a difference, a crash or a timeout is reported with a short diff
and makes the runner exit 1 (after the table).

Prints, per program, the median seconds of each interpreter, their ratio, the peak RSS
(MiB, max over runs) of each and its ratio; then the geometric means of both ratios,
and a start-up line (`-c pass`, median milliseconds), which is not in the means.

Exit status: 0 all outputs match, 1 some difference or failure, 2 usage/setup error.
Linux only (pidfd, child subreaper); needs dash or a POSIX /bin/sh.

Options:
    --runs N        measured runs per interpreter (default 5)
    --metal PATH    metal binary (default $METAL, else <repo>/target/release/metal)
    --python PATH   CPython (default: sys.executable as reported by `python3`)
    --timeout SECS  per-run timeout (default 300)
    --quick         1 run, no warm-up, 1 start-up run: a smoke test
    --json FILE     also write the results as JSON
"""

import argparse
import contextlib
import ctypes
import difflib
import json
import math
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH_DIR = REPO.parent / "shared" / "bench"
STARTUP_RUNS = 20
ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def progress(msg):
    """A transient status line, only when stderr is a terminal."""
    if sys.stderr.isatty():
        print(f"\r\033[K{msg}", file=sys.stderr, end="", flush=True)


def die(msg):
    print(f"bench.py: {msg}", file=sys.stderr)
    sys.exit(2)


class Run:
    """One finished (or killed) child process."""

    def __init__(self, seconds, rss_kib, status, stdout, stderr, timed_out):
        self.seconds, self.rss_kib, self.status = seconds, rss_kib, status
        self.stdout, self.stderr, self.timed_out = stdout, stderr, timed_out

    def describe(self):
        if self.timed_out:
            return "timed out"
        if self.status < 0:
            return f"killed by {signal.Signals(-self.status).name}"
        return f"exit {self.status}"


# Linux keeps a parent's memory high-water mark in a child it forks (and across exec),
# so a program spawned by this runner could never show a peak RSS below the runner's own
# (~15 MiB, more than CPython's `-c pass`). Programs are therefore forked by a small
# process instead: dash starts the program in the background, then at once execs echo to
# print its pid (dash itself would reap the program if it finished while dash still ran
# commands); the orphaned program comes back to us, a child subreaper, and os.wait4
# collects its own rusage. This costs ~1.5 ms per run, so the start-up runs (time only)
# are spawned directly.
SHELL = shutil.which("dash") or "/bin/sh"
TRAMPOLINE = 'o=$1 e=$2; shift 2; "$@" </dev/null >"$o" 2>"$e" & exec /bin/echo $!'


def become_subreaper():
    """Adopt orphaned descendants (Linux prctl PR_SET_CHILD_SUBREAPER); True if it worked."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def spawn(cmd, cwd, out_path, err_path, small_parent):
    """Start cmd; return its pid. It is our child, not yet reaped, whichever way."""
    if small_parent:
        sh = subprocess.run([SHELL, "-c", TRAMPOLINE, "sh", out_path, err_path, *cmd],
                            cwd=cwd, env=ENV, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, check=True)
        return int(sh.stdout)
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err)
    proc.returncode = 0  # keep Popen from ever waiting for it: os.wait4 reaps it
    return proc.pid


def exited_within(pid, timeout):
    """Wait up to timeout seconds for pid to exit; True if it did. The child is left
    unreaped, so that os.wait4 can collect its own rusage. Needs Linux >= 5.3 (pidfd)."""
    fd = os.pidfd_open(pid)
    try:
        return bool(select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def run_once(cmd, cwd, timeout, small_parent):
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out_path, err_path = os.path.join(tmp, "out"), os.path.join(tmp, "err")
        start = time.perf_counter()
        pid = spawn(cmd, cwd, out_path, err_path, small_parent)
        timed_out = False
        try:
            if not exited_within(pid, timeout):
                timed_out = True
                os.kill(pid, signal.SIGKILL)
            _, wstatus, usage = os.wait4(pid, 0)
        except BaseException:  # e.g. Ctrl-C (the program ignores SIGINT when run by sh)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            raise
        seconds = time.perf_counter() - start
        with open(out_path, "rb") as out, open(err_path, "rb") as err:
            return Run(seconds, usage.ru_maxrss,  # ru_maxrss is in KiB on Linux
                       os.waitstatus_to_exitcode(wstatus),
                       out.read().decode("utf-8", "replace"),
                       err.read().decode("utf-8", "replace"), timed_out)


def mismatch(metal, cpython):
    """A short report of how a metal run differs from a CPython run, or None."""
    if not metal.timed_out and not cpython.timed_out and (
            metal.status, metal.stdout) == (cpython.status, cpython.stdout):
        return None
    lines = [f"  metal: {metal.describe()}, cpython: {cpython.describe()}"]
    diff = list(difflib.unified_diff(cpython.stdout.splitlines(), metal.stdout.splitlines(),
                                     "cpython stdout", "metal stdout", n=1, lineterm=""))
    lines += ["  " + line for line in diff[:12]]
    if len(diff) > 12:
        lines.append(f"  ... ({len(diff) - 12} more diff lines)")
    for who, run in (("metal", metal), ("cpython", cpython)):
        tail = run.stderr.strip().splitlines()[-5:]
        if tail and (run.status != 0 or run.timed_out):
            lines += [f"  {who} stderr (tail):"] + ["    " + line for line in tail]
    return "\n".join(lines)


def measure(label, metal_cmd, cpython_cmd, cwd, runs, warmup, timeout, with_rss):
    """Alternate metal/CPython runs; returns a result dict (with 'failure' on mismatch).

    Without with_rss, the programs are spawned directly: quicker, but RSS is not kept."""
    times = {"metal": [], "cpython": []}
    rss = {"metal": [], "cpython": []}
    result = {"program": label, "failure": None}
    for i in range(warmup + runs):
        phase = "warm-up" if i < warmup else f"run {i - warmup + 1}/{runs}"
        progress(f"{label}: {phase}")
        m = run_once(metal_cmd, cwd, timeout, small_parent=with_rss)
        c = run_once(cpython_cmd, cwd, timeout, small_parent=with_rss)
        problem = mismatch(m, c)
        if problem:  # stop measuring this program: its times would mean little
            result["failure"] = f"{phase}: {problem}"
            progress("")
            print(f"FAIL {label} ({phase})\n{problem}\n", flush=True)
            return result
        if i >= warmup:
            for name, run in (("metal", m), ("cpython", c)):
                times[name].append(run.seconds)
                rss[name].append(run.rss_kib)
    progress("")
    for name in times:
        result[f"{name}_s"] = times[name]
        result[f"{name}_median_s"] = statistics.median(times[name])
        if with_rss:
            result[f"{name}_rss_mib"] = max(rss[name]) / 1024
    result["time_ratio"] = result["metal_median_s"] / result["cpython_median_s"]
    if with_rss:
        result["rss_ratio"] = result["metal_rss_mib"] / result["cpython_rss_mib"]
    return result


def geomean(values):
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else None


def collect_programs(paths):
    programs = []
    for p in map(Path, paths):
        if p.is_dir():
            programs += sorted(p.glob("*.py"))
        elif p.is_file():
            programs.append(p)
        else:
            die(f"no such file or directory: {p}")
    if not programs:
        die(f"no *.py programs found in {' '.join(map(str, paths))}")
    programs = [p.resolve() for p in programs]
    if len({p.name for p in programs}) == len(programs):
        return [(p.name, p) for p in programs]
    base = os.path.commonpath([p.parent for p in programs])  # label clashes by subpath
    return [(os.path.relpath(p, base), p) for p in programs]


def resolve_python(given):
    if given:
        return given
    try:  # `python3` on PATH may be a slow shim (pyenv): ask it for the real binary
        out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, check=True, timeout=60)
        return out.stdout.strip() or sys.executable
    except (OSError, subprocess.SubprocessError):
        return sys.executable


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\nOptions:")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", metavar="DIR_OR_FILE",
                    help=f"programs to run (default: {DEFAULT_BENCH_DIR})")
    ap.add_argument("--runs", type=int, default=5, metavar="N",
                    help="measured runs per interpreter (default 5)")
    ap.add_argument("--metal", metavar="PATH", default=os.environ.get("METAL")
                    or str(REPO / "target" / "release" / "metal"),
                    help="metal binary (default $METAL, else target/release/metal)")
    ap.add_argument("--python", metavar="PATH",
                    help="CPython (default: sys.executable as reported by python3)")
    ap.add_argument("--timeout", type=float, default=300.0, metavar="SECS",
                    help="per-run timeout (default 300)")
    ap.add_argument("--quick", action="store_true",
                    help="1 run, no warm-up, 1 start-up run: a smoke test")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    return args


def fmt(x, spec):
    return "-" if x is None else format(x, spec)


def print_table(results, startup, startup_runs):
    """Print the results table; return the geometric means of the time and RSS ratios."""
    width = max(20, *(len(r["program"]) for r in results)) + 2
    print(f"\n{'program':<{width}}{'metal s':>10}{'cpython s':>11}{'ratio':>8}"
          f"{'metal MiB':>11}{'cpython MiB':>13}{'rss ratio':>11}")
    for r in results:
        if r["failure"]:
            print(f"{r['program']:<{width}}{'FAIL (see above)':>21}")
            continue
        print(f"{r['program']:<{width}}{r['metal_median_s']:>10.3f}"
              f"{r['cpython_median_s']:>11.3f}{r['time_ratio']:>8.3f}"
              f"{r['metal_rss_mib']:>11.1f}{r['cpython_rss_mib']:>13.1f}{r['rss_ratio']:>11.3f}")
    ok = [r for r in results if not r["failure"]]
    time_gm = geomean([r["time_ratio"] for r in ok])
    rss_gm = geomean([r["rss_ratio"] for r in ok])
    print(f"{'geometric mean':<{width}}{'':>21}{fmt(time_gm, '>8.3f')}"
          f"{'':>24}{fmt(rss_gm, '>11.3f')}")
    if startup["failure"]:
        print(f"{'start-up (-c pass)':<{width}}FAIL (see above)")
    else:
        print(f"{'start-up (-c pass)':<{width}}{startup['metal_median_s'] * 1000:>7.1f} ms"
              f"{startup['cpython_median_s'] * 1000:>8.1f} ms{startup['time_ratio']:>8.3f}"
              f"   ({startup_runs} run{'s' * (startup_runs != 1)} each)")
    return time_gm, rss_gm


def main():
    args = parse_args()
    if not (os.path.isfile(args.metal) and os.access(args.metal, os.X_OK)):
        die(f"metal binary not found at {args.metal}\n"
            "  run `cargo build --release` first (or pass --metal PATH / set METAL)")
    metal = os.path.abspath(args.metal)
    python = resolve_python(args.python)
    if not os.access(python, os.X_OK):
        die(f"CPython not found at {python}")
    runs, warmup, startup_runs = (1, 0, 1) if args.quick else (args.runs, 1, STARTUP_RUNS)
    programs = collect_programs(args.paths or [DEFAULT_BENCH_DIR])
    if not become_subreaper():
        die("cannot become a child subreaper (Linux only), needed to measure peak RSS")
    print(f"metal:   {metal}\ncpython: {python}\n"
          f"{runs} run(s) each, {warmup} warm-up, timeout {args.timeout:g} s\n", flush=True)

    results = [measure(label, [metal, path.name], [python, path.name], path.parent,
                       runs, warmup, args.timeout, with_rss=True) for label, path in programs]
    startup = measure("start-up (-c pass)", [metal, "-c", "pass"], [python, "-c", "pass"],
                      REPO, startup_runs, warmup, args.timeout, with_rss=False)
    time_gm, rss_gm = print_table(results, startup, startup_runs)

    failed = [r["program"] for r in results + [startup] if r["failure"]]
    if failed:
        print(f"\n{len(failed)} failure(s): {', '.join(failed)}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"metal": metal, "cpython": python, "runs": runs, "warmup": warmup,
                       "programs": results, "startup": startup,
                       "geomean_time_ratio": time_gm, "geomean_rss_ratio": rss_gm,
                       "failures": failed}, f, indent=2)
            f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # run_once has killed the running program
        sys.exit(130)
