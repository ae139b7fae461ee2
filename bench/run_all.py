#!/usr/bin/env python3
"""Run every bench/bench_*.py in turn (benchmarks are never tests): `make bench`."""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
status = 0
for script in sorted(glob.glob(os.path.join(HERE, "bench_*.py"))):
    print(f"== {os.path.basename(script)}", flush=True)
    status |= subprocess.call([sys.executable, script])
sys.exit(status)
