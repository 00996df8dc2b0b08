#!/usr/bin/env python3
"""verify_with_go.py — check the expected diagnostics of the [go] rows in
diagnostics.txt against the installed Go toolchain (`go build`), and that the
[go] rows of constructs.txt build. Run from anywhere:

    python3 tests/sim/lang/data/verify_with_go.py

Prints one line per mismatch and exits 1 if any. The rows were written with
Go 1.19.8 (the toolchain on the build machine); a newer Go changes some
wordings (e.g. "declared and not used: x" from 1.20), which is why the test
pins the 1.19 texts.
"""
import os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))

def rows(path):
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        yield header, body

def go_build(src):
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, "x.go")
        open(f, "w", encoding="utf-8").write(src)
        r = subprocess.run(["go", "build", "-o", os.devnull, "x.go"], cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, GO111MODULE="off", GOFLAGS=""))
        lines = [l for l in r.stderr.splitlines() if l and not l.startswith("#")]
        return r.returncode, lines

bad = 0
for header, body in rows(os.path.join(here, "diagnostics.txt")):
    if "[go]" not in header:
        continue
    src, _, expected = body.partition("\n---\n")
    expected = expected.strip().splitlines()[0]
    _, lines = go_build(src + "\n")
    got = re.sub(r"^\./x\.go:", "", lines[0]) if lines else "(no error)"
    if got != expected:
        bad += 1
        print(f"diagnostics {header.split()[0]}: go says {got!r}, row expects {expected!r}")
for header, body in rows(os.path.join(here, "constructs.txt")):
    if "[go]" not in header:
        continue
    rc, lines = go_build(body)
    if rc != 0:
        bad += 1
        print(f"constructs {header.split()[0]}: go build failed: {lines[:3]}")
print("ok" if bad == 0 else f"{bad} mismatches")
sys.exit(1 if bad else 0)
