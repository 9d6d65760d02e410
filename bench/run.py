"""``make bench``: every client against one loopback server; writes docs/benchmarks.md.

Usage: python bench/run.py --generator-python .venv/bin/python [--quick]

Runs, in this order: the transport tests (``pytest tests/transport``); the bench server (its own
process, pinned to CPU 1); the signature check pass (the server verifies and records every signed
request); sequential latency (two passes, forward and reverse order, samples pooled); async
throughput with 50 in flight; per-step costs of our call path; cold import time and peak RSS;
``tools/generate.py`` wall time. Each client runs in a fresh process pinned to CPU 0. Raw figures go to
docs/benchmarks.json, the report to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import metadata
from pathlib import Path
from typing import Any

import report
from common import SERVER_CPU, keys, percentile

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable

LATENCY_CLIENTS = [
    "ours-sync",
    "ours-async",
    "floor-sync",
    "floor-async",
    "floor-sync-http11",
    "floor-async-http11",
    "connector",
    "connector-async",
    "ccxt-sync",
    "ccxt-async",
]
THROUGHPUT_CLIENTS = [
    "ours-async",
    "floor-async",
    "floor-async-http11",
    "connector-async",
    "ccxt-async",
]
CHECK_CLIENTS = [
    "ours-sync",
    "ours-async",
    "ours-sync-lean",
    "ours-async-lean",
    "connector",
    "connector-async",
    "ccxt-sync",
    "ccxt-async",
]
IMPORT_TARGETS = ["baseline", "ours", "connector", "ccxt", "ccxt-async"]
VERSIONS = [
    "orderly-client",
    "httpx2",
    "httpcore2",
    "h11",
    "anyio",
    "cryptography",
    "orderly-evm-connector",
    "ccxt",
    "requests",
    "aiohttp",
    "uvloop",
]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Server:
    """The bench server in its own process."""

    def __init__(self) -> None:
        account_id, orderly_key, _ = keys()
        command = [PYTHON, str(BENCH / "server.py"), "--orderly-key", orderly_key, "--account-id", account_id]
        if (os.cpu_count() or 1) > SERVER_CPU:
            command += ["--cpu", str(SERVER_CPU)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=BENCH)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if line[:1] != ["READY"]:
            self.stop()
            raise SystemExit("the bench server did not start")
        self.url = f"http://127.0.0.1:{line[1]}"

    def control(self, path: str, data: bytes | None = None) -> Any:
        with urllib.request.urlopen(self.url + path, data=data, timeout=10) as answer:  # loopback only
            return json.loads(answer.read())

    def mode(self, mode: str) -> None:
        self.control("/_bench/mode", mode.encode())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def run_json(args: list[str], timeout: float = 300) -> Any:
    done = subprocess.run([PYTHON, *args], capture_output=True, text=True, cwd=BENCH, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def versions() -> dict[str, str]:
    found = {}
    for name in VERSIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def check_pass(server: Server) -> dict[str, Any]:
    results = {}
    for client in CHECK_CLIENTS:
        server.mode("all")
        outcome = run_json(["clients.py", "check", client, "--url", server.url])
        results[client] = {"outcome": outcome, "seen": server.control("/_bench/log")}
        log(f"check {client}: {', '.join(k for k, v in outcome.items() if v['ok'])} accepted")
    return results


def latency(server: Server, n: int, warmup: int) -> dict[str, Any]:
    pooled: dict[str, dict[str, list[float]]] = {c: {"delete": [], "post": []} for c in LATENCY_CLIENTS}
    cpu: dict[str, dict[str, list[float]]] = {c: {"delete": [], "post": []} for c in LATENCY_CLIENTS}
    server.mode("sample:64")
    for order in (LATENCY_CLIENTS, LATENCY_CLIENTS[::-1]):
        for client in order:
            samples = run_json(
                ["clients.py", "latency", client, "--url", server.url, "--n", str(n), "--warmup", str(warmup)]
            )
            for name in ("delete", "post"):
                pooled[client][name] += samples[name]
                if f"{name}_cpu" in samples:
                    cpu[client][name].append(samples[f"{name}_cpu"])
            log(f"latency {client}: DELETE median {statistics.median(samples['delete']) * 1e6:.0f} us")
    stats = server.control("/_bench/stats")
    results: dict[str, Any] = {"verification": stats}
    for client, calls in pooled.items():
        results[client] = {}
        for name, samples in calls.items():
            ordered = sorted(samples)
            results[client][name] = {
                "median": percentile(ordered, 0.5),
                "p99": percentile(ordered, 0.99),
                "n": len(ordered),
                # CPU seconds of the client process per call, the lower of the two passes (robust to other load)
                "cpu": min(cpu[client][name]) if cpu[client][name] else None,
            }
    return results


def throughput(server: Server, seconds: float, rounds: int) -> dict[str, Any]:
    results = {}
    for client in THROUGHPUT_CLIENTS:
        server.mode("sample:64")
        result = run_json(
            [
                "clients.py",
                "throughput",
                client,
                "--url",
                server.url,
                "--seconds",
                str(seconds),
                "--rounds",
                str(rounds),
            ]
        )
        result["verification"] = server.control("/_bench/stats")
        results[client] = result
        log(f"throughput {client}: {result['calls_per_s']:.0f} calls/s")
    return results


def overhead(quick: bool) -> dict[str, Any]:
    """bench/overhead.py: the SDK's own CPU time per call over the floor, on one in-process transport."""
    result: dict[str, Any] = run_json(["overhead.py", "--calls", "200" if quick else "300", "--repeats", "25"])
    for row, figures in result.items():
        log(f"overhead {row}: ours {figures['ours_us']:.0f} us, floor {figures['floor_us']:.0f} us")
    return result


def imports(server: Server, repeats: int) -> dict[str, Any]:
    runs: dict[str, list[dict[str, float]]] = {target: [] for target in IMPORT_TARGETS}
    server.mode("off")
    for _ in range(repeats):
        for target in IMPORT_TARGETS:
            runs[target].append(run_json(["imports.py", target, "--url", server.url]))
    results = {}
    for target, measured in runs.items():
        results[target] = {key: statistics.median(run[key] for run in measured) for key in measured[0]}
        log(f"import {target}: {results[target]['import_s'] * 1000:.0f} ms, {results[target]['rss_import_kib']} KiB")
    return results


STREAM_CLIENTS = ["ours", "ccxt", "floor"]


def streams(burst: int, paced: int, rounds: int) -> dict[str, Any]:
    """Stream rows: trades decoded and delivered per second on one connection, and server-send-to-consumer delay.

    bench/ws_server.py in its own process (CPU 1); each client run in a fresh process (CPU 0), the clients
    interleaved over ``rounds`` rounds; the median round per client is kept.
    """
    command = [PYTHON, str(BENCH / "ws_server.py"), "--burst", str(burst), "--paced", str(paced), "--gap-us", "1000"]
    if (os.cpu_count() or 1) > SERVER_CPU:
        command += ["--cpu", str(SERVER_CPU)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=BENCH)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().split()
        if line[:1] != ["READY"]:
            raise SystemExit("the stream bench server did not start")
        port = line[1]
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {c: {"throughput": [], "delay": []} for c in STREAM_CLIENTS}
        for _ in range(rounds):
            for client in STREAM_CLIENTS:
                for workload, count in (("throughput", burst), ("delay", paced)):
                    args = ["stream_clients.py", workload, client, "--port", port, "--count", str(count)]
                    runs[client][workload].append(run_json(args))
        results: dict[str, Any] = {"burst": burst, "paced": paced, "rounds": rounds}
        for client, measured in runs.items():
            rates = sorted(measured["throughput"], key=lambda r: r["msgs_per_s"])
            delays = sorted(measured["delay"], key=lambda r: r["median"])
            results[client] = {"throughput": rates[len(rates) // 2], "delay": delays[len(delays) // 2]}
            log(
                f"stream {client}: {results[client]['throughput']['msgs_per_s']:,.0f} msgs/s, "
                f"delay median {results[client]['delay']['median'] * 1e6:,.0f} us"
            )
        return results
    finally:
        process.terminate()
        process.wait(10)


def import_cost(runs: int) -> dict[str, Any]:
    """bench/import_cost.py in a fresh venv with the built wheel: ours vs httpx2, attrs and cryptography's ed25519."""
    log("import cost (the wheel in a fresh venv)")
    result: dict[str, Any] = run_json(["import_cost.py", "--fresh-venv", "--json", "--runs", str(runs)], timeout=900)
    for label, ratio in result["ratios"].items():
        log(f"import cost {label}: {ratio['raw']:.2f}x raw, {ratio['net']:.2f}x net (target {ratio['target']}x)")
    return result


def generate(generator_python: str, repeats: int) -> dict[str, Any]:
    """Wall time of tools/generate.py for the whole spec, into a temporary folder."""
    times = []
    env = {**os.environ, "PATH": f"{Path(generator_python).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    errors = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            done = subprocess.run(
                [generator_python, "tools/generate.py", "orderly.openapi.yaml", str(Path(folder) / "orderly_client")],
                cwd=ROOT,
                env=env,
                check=False,
                capture_output=True,
                text=True,
            )
            # A run that ends in generator warnings (the spec may be mid-edit) still generated everything.
            times.append(time.perf_counter() - started)
            if done.returncode != 0:
                errors.append((done.stderr.strip().splitlines() or ["failed"])[-1])
    log(f"generate: {statistics.median(times):.2f} s{' (with generator errors)' if errors else ''}")
    return {"median_s": statistics.median(times), "runs_s": times, "errors": errors}


def transport_tests(dev_python: str) -> str | None:
    """``pytest tests/transport``, before timing anything: the summary line, or None (failures printed).

    With the dev venv's python (``make venv``: the SDK, its extras and the sandbox distribution, which
    .venv-bench cannot hold: the connector pins an eth-account older than the sandbox needs). Both venvs
    install httpx2 from the same pyproject.
    """
    log("transport tests (pytest tests/transport, dev venv)")
    command = [dev_python, "-m", "pytest", "tests/transport", "-q", "-p", "no:cacheprovider"]
    has_xdist = subprocess.run([dev_python, "-c", "import xdist"], capture_output=True, check=False)
    if has_xdist.returncode == 0 and (os.cpu_count() or 1) > 1:
        command += ["-n", "2"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        print(done.stdout[-20000:], done.stderr[-5000:], file=sys.stderr)
        return None
    return f"pytest tests/transport: {done.stdout.strip().splitlines()[-1]}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--generator-python", required=True, help="the dev venv's python (has the generator)")
    parser.add_argument("--quick", action="store_true", help="fewer samples, for trying the harness")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    quick = args.quick
    started = time.perf_counter()
    load_before = os.getloadavg()

    checks = transport_tests(args.generator_python)
    if checks is None:
        return 1
    results: dict[str, Any] = {
        "machine": machine(),
        "versions": versions(),
        "transport_checks": checks,
    }
    server = Server()
    try:
        results["check"] = check_pass(server)
        results["latency"] = latency(server, 300 if quick else 1000, 50 if quick else 200)
        results["throughput"] = throughput(server, 0.5 if quick else 1.5, 1 if quick else 3)
        results["overhead"] = overhead(quick)
        results["steps"] = run_json(["steps.py"])
        results["shared_limit"] = run_json(["shared_limit.py"])
        results["parse_cost"] = run_json(["parse_cost.py", "--json"])
        log(f"parse 500 order rows: Decimal models {results['parse_cost']['ratio']:.2f}x the float ones")
        results["imports"] = imports(server, 2 if quick else 3)
    finally:
        server.stop()
    results["streams"] = streams(5_000 if quick else 10_000, 500 if quick else 1_000, 1 if quick else 3)
    results["import_cost"] = import_cost(5 if quick else 9)
    results["generate"] = generate(args.generator_python, 1 if quick else 2)
    results["throughput_seconds"] = 0.5 if quick else 1.5
    results["elapsed_s"] = time.perf_counter() - started
    results["load"] = {"before": load_before, "after": os.getloadavg()}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    out.write_text(report.render(results), encoding="utf-8")
    log(f"wrote {out} in {results['elapsed_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
