"""Cold import cost of the SDK, as a ratio to the libraries it is built on.

Usage: python bench/import_cost.py [--runs N] [--python PATH | --fresh-venv] [--json]

``--fresh-venv`` measures where users are: it builds the wheel (``pip wheel --no-deps``), installs it
into a new virtual environment (its dependencies from the package index) and measures that venv's
interpreter; ``make bench`` uses it.

Each sample is a fresh interpreter (``python -c CODE``), so every import is cold (the OS file cache
is warm: one discarded round runs first). Compared:

  A  import orderly_auth; import orderly_client.api.private.delete_v1_client_order
  B  import httpx2, attrs; from cryptography.hazmat.primitives.asymmetric import ed25519
  C  the client object: import orderly_network, then its first resource (``client.orders``) loaded
  empty  pass

Time is the wall time of the whole child process; peak memory is the child's own ``ru_maxrss``.
The three cases are interleaved round by round, and the median of N rounds is reported. Ratios
are given raw (whole process) and net (the empty interpreter's median subtracted from both sides).

Bytecode: an installed wheel has .pyc files, a source checkout run with PYTHONDONTWRITEBYTECODE has
none for our packages while site-packages has them for httpx2 and cryptography. So the children run
with a private PYTHONPYCACHEPREFIX (a temporary folder, filled by the discarded round) and bytecode
writing on: both sides load cached bytecode, and the checkout is left untouched. ``--as-is`` runs the
children in this process's environment instead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

CASES = {
    "A": "import orderly_auth; import orderly_client.api.private.delete_v1_client_order",
    "B": "import httpx2, attrs; from cryptography.hazmat.primitives.asymmetric import ed25519",
    "C": "import orderly_network; import orderly_client.resources.orders",
    "empty": "pass",
}
REPORT = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
TARGETS = {"time": 1.25, "memory": 1.15}
# ru_maxrss is in KiB on Linux and in bytes on macOS.
RSS_UNIT = 1 if sys.platform == "darwin" else 1024


def sample(python: str, code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall time (ms) and peak RSS (MiB) of one fresh interpreter running ``code``."""
    start = time.perf_counter()
    done = subprocess.run([python, "-c", f"{code}\n{REPORT}"], capture_output=True, text=True, check=False, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{code!r} failed:\n{done.stderr}")
    rss = int(done.stdout.split()[-1]) * RSS_UNIT / 2**20
    return elapsed, rss


def measure(python: str, runs: int, env: dict[str, str]) -> dict[str, dict[str, Any]]:
    for code in CASES.values():  # warm the file cache and write the .pyc files
        sample(python, code, env)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    rss: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            ms, mib = sample(python, code, env)
            times[name].append(ms)
            rss[name].append(mib)
    return {
        name: {
            "code": CASES[name],
            "median_ms": statistics.median(times[name]),
            "median_peak_rss_mib": statistics.median(rss[name]),
            "ms": times[name],
            "peak_rss_mib": rss[name],
        }
        for name in CASES
    }


def ratios(results: dict[str, dict[str, Any]], case: str = "A") -> dict[str, dict[str, float]]:
    """``case`` (A: the generated functions, C: the client object) over B, raw and net."""
    a, b, empty = results[case], results["B"], results["empty"]
    out = {}
    for label, key in (("time", "median_ms"), ("memory", "median_peak_rss_mib")):
        net_b = b[key] - empty[key]
        out[label] = {
            "raw": a[key] / b[key],
            "net": (a[key] - empty[key]) / net_b if net_b > 0 else float("nan"),
            "target": TARGETS[label],
        }
    return out


def table(
    results: dict[str, dict[str, Any]], rows: dict[str, dict[str, float]], runs: int, setup: str, case: str = "A"
) -> str:
    lines = [f"cold import cost: median of {runs} fresh interpreters ({setup})", ""]
    lines.append(f"{'case':<7} {'time ms':>9} {'peak RSS MiB':>13}  code")
    for name, r in results.items():
        lines.append(f"{name:<7} {r['median_ms']:>9.1f} {r['median_peak_rss_mib']:>13.1f}  {r['code']}")
    lines += ["", f"{case + '/B':<7} {'raw':>7} {'net':>7} {'target':>7}"]
    for label, r in rows.items():
        verdict = "ok" if max(r["raw"], r["net"]) <= r["target"] else "OVER"
        lines.append(f"{label:<7} {r['raw']:>7.2f} {r['net']:>7.2f} {r['target']:>7.2f}  {verdict}")
    lines += [
        "",
        "raw: whole child process (interpreter start-up included) of A over B;",
        "net: the same with the empty interpreter's median subtracted from A and from B (imports only).",
    ]
    return "\n".join(lines)


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fresh_venv(folder: str) -> tuple[str, str]:
    """Build the wheel and install it into a new venv under ``folder``: (the venv's python, the wheel's name)."""
    wheels = os.path.join(folder, "wheels")
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", *quiet, "--no-deps", "-w", wheels, ROOT], check=True)
    (wheel,) = (name for name in os.listdir(wheels) if name.endswith(".whl"))
    venv = os.path.join(folder, "venv")
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = os.path.join(venv, "bin", "python")
    subprocess.run([python, "-m", "pip", "install", *quiet, os.path.join(wheels, wheel)], check=True)
    return python, wheel


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds of the three cases (default 15)")
    parser.add_argument("--python", default=sys.executable, help="interpreter to measure (default: this one)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--as-is", action="store_true", help="inherit the environment (no private bytecode cache)")
    parser.add_argument("--fresh-venv", action="store_true", help="build the wheel, install it in a new venv, measure")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="import-cost-") as folder:
        python, setup = args.python, ""
        if args.fresh_venv:
            python, wheel = fresh_venv(folder)
            setup = f"{wheel} in a fresh venv, "
        cache = os.path.join(folder, "pyc")
        env = dict(os.environ)
        if not args.as_is:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        results = measure(python, args.runs, env)
    rows, client_rows = ratios(results), ratios(results, "C")
    bytecode = setup + ("environment as is" if args.as_is else "private bytecode cache")
    if args.json:
        report = {"runs": args.runs, "python": python, "setup": bytecode, "cases": results, "ratios": rows}
        report["ratios_client_object"] = client_rows
        print(json.dumps(report))  # one line: bench/run.py reads the last line
    else:
        print(table(results, rows, args.runs, f"{python}, {bytecode}"))
        print("\n".join(table(results, client_rows, args.runs, "", "C").splitlines()[-6:-3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
