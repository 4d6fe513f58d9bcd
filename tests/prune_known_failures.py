#!/usr/bin/env python3
"""Removes from tests/known-failures.txt the programs the last conformance run reported as
passing ("now passes"), reading the Surefire XML report of cli. Run after
`mvn -pl cli -am test -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false`."""
import glob
import os
import re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
passing = set()
for report in glob.glob(os.path.join(root, "cli/target/surefire-reports/TEST-*ConformanceTest*.xml")):
    text = open(report, encoding="utf-8").read()
    passing.update(re.findall(r"(\S+\.py) now passes: remove it", text))
path = os.path.join(root, "tests/known-failures.txt")
lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
kept = [l for l in lines if l.startswith("#") or not l.strip() or l.split()[0] not in passing]
open(path, "w", encoding="utf-8").writelines(kept)
print(f"removed {len(lines) - len(kept)} entries; {sum(1 for l in kept if l.strip() and not l.startswith('#'))} remain")
