#!/usr/bin/env python3
"""Regenerate the expected outputs of the Ember conformance corpus.

WHICH FILES ARE TESTS
    A file is a test program if and only if
      * it matches tests/**/*.py,
      * it is not tests/regen.py itself, and
      * no directory component of its path (relative to tests/) is named
        ``lib`` or ``__pycache__``.
    Helper modules/packages used by import tests therefore live under
    tests/imports/lib/ (or any other ``lib/`` folder) and never get an
    ``.expected`` file.  The JUnit harness treats "has a .expected sibling"
    as the definition of a test, which is equivalent for a clean corpus.

WHAT IS RECORDED
    Each test is run as ``python3 tests/<area>/<name>.py`` with the repo root
    as the working directory, stdin from /dev/null, PYTHONHASHSEED=0,
    PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1 and a timeout.  The
    result is written next to the program as <name>.expected:

        # exit: <int>
        # stderr: <last non-empty stderr line, or empty>
        <stdout verbatim, to end of file>

USAGE
    tests/regen.py                 regenerate every test
    tests/regen.py PATH...         regenerate only the given tests / folders
    tests/regen.py --check [PATH...]
                                   do not write; report tests whose .expected
                                   is missing or stale and orphan .expected
                                   files; exit status 1 if anything is wrong
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(TESTS_DIR)
SELF = os.path.abspath(__file__)
EXCLUDED_DIRS = {"lib", "__pycache__"}
TIMEOUT = 60
PYTHON = os.environ.get("PYTHON", "python3")


def is_test(path):
    path = os.path.abspath(path)
    if not path.endswith(".py") or path == SELF:
        return False
    rel = os.path.relpath(path, TESTS_DIR)
    if rel.startswith(".."):
        return False
    parts = rel.split(os.sep)
    return not any(p in EXCLUDED_DIRS for p in parts[:-1])


def find_tests(roots):
    found = []
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            if is_test(root):
                found.append(root)
            else:
                print("not a test: %s" % os.path.relpath(root, REPO_ROOT), file=sys.stderr)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_DIRS)
            for f in sorted(filenames):
                p = os.path.join(dirpath, f)
                if is_test(p):
                    found.append(p)
    return sorted(set(found))


def run_one(path):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONUTF8"):
        env.pop(k, None)
    rel = os.path.relpath(path, REPO_ROOT)
    try:
        proc = subprocess.run([PYTHON, rel], cwd=REPO_ROOT, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit("timeout: %s" % rel)
    err_lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = err_lines[-1].rstrip() if err_lines else ""
    header = "# exit: %d\n# stderr: %s\n" % (proc.returncode, last)
    return header.encode("utf-8") + proc.stdout


def expected_path(path):
    return path[:-3] + ".expected"


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if any(a.startswith("-") for a in paths):
        print(__doc__)
        return 2
    tests = find_tests(paths or [TESTS_DIR])
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        results = list(ex.map(run_one, tests))
    problems = 0
    written = 0
    for path, data in zip(tests, results):
        exp = expected_path(path)
        rel = os.path.relpath(path, TESTS_DIR)
        old = None
        if os.path.exists(exp):
            with open(exp, "rb") as f:
                old = f.read()
        if check:
            if old is None:
                print("MISSING %s" % rel)
                problems += 1
            elif old != data:
                print("STALE   %s" % rel)
                problems += 1
        elif old != data:
            with open(exp, "wb") as f:
                f.write(data)
            written += 1
    if check and not paths:
        # orphan .expected files (no matching test program)
        for dirpath, dirnames, filenames in os.walk(TESTS_DIR):
            for f in sorted(filenames):
                if f.endswith(".expected"):
                    prog = os.path.join(dirpath, f[:-9] + ".py")
                    if not is_test(prog) or not os.path.exists(prog):
                        print("ORPHAN  %s" % os.path.relpath(os.path.join(dirpath, f), TESTS_DIR))
                        problems += 1
    if check:
        print("%d tests checked, %d problems" % (len(tests), problems))
        return 1 if problems else 0
    print("%d tests run, %d .expected files written/updated" % (len(tests), written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
