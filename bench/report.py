"""docs/benchmarks.md from the figures ``bench/run.py`` collected."""

from __future__ import annotations

import json
from typing import Any

LABELS = {
    "ours-sync": "**ours sync** (`create_client()` default: the lean pool, proxies routed by httpx2)",
    "ours-async": "**ours async** (`create_client()` default: the lean pool, proxies routed by httpx2)",
    "ours-sync-lean": "ours sync, lean transport given explicitly (`transport=HTTP11Transport()`)",
    "ours-async-lean": "ours async, lean transport given explicitly (`async_transport=AsyncHTTP11Transport()`)",
    "floor-sync": "floor sync on httpx2's own transport: `httpx2.Client`, no SDK, pre-built request + 1 signature",
    "floor-async": "floor async on httpx2's own transport: `httpx2.AsyncClient`, no SDK, same",
    "floor-sync-http11": "floor sync on the default's engine: `httpx2.Client` on `HTTP11Transport`, no SDK",
    "floor-async-http11": "floor async on the default's engine: `httpx2.AsyncClient` on `AsyncHTTP11Transport`, no SDK",
    "connector": "orderly-evm-connector sync (requests)",
    "connector-async": "orderly-evm-connector async (aiohttp, a session per call)",
    "ccxt-sync": "ccxt woofipro sync (requests)",
    "ccxt-async": "ccxt woofipro async (aiohttp)",
}
IMPORT_LABELS = {
    "ours": "ours: `import orderly_auth` + one endpoint module",
    "connector": "orderly-evm-connector: `orderly_evm_connector.rest`",
    "ccxt": "ccxt: `import ccxt`",
    "ccxt-async": "ccxt async: `import ccxt.async_support`",
}
ALTERNATIVES = ["connector", "connector-async", "ccxt-sync", "ccxt-async"]


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}"


def _ratio(value: float, best: float) -> str:
    return f"{value / best:.2f}x" if best > 0 else "-"


def _latency_table(latency: dict[str, Any]) -> list[str]:
    rows = [c for c in LABELS if c in latency]
    best = {
        (name, stat): min(latency[c][name][stat] for c in rows)
        for name in ("delete", "post")
        for stat in ("median", "p99")
    }
    lines = [
        "| client | DELETE median µs | DELETE p99 µs | POST median µs | POST p99 µs | CPU µs per call DELETE / POST |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for client in rows:
        cells = []
        for name in ("delete", "post"):
            for stat in ("median", "p99"):
                value = latency[client][name][stat]
                cells.append(f"{_us(value)} ({_ratio(value, best[(name, stat)])})")
        cpu = [latency[client][name].get("cpu") for name in ("delete", "post")]
        cells.append(" / ".join("-" if value is None else _us(value) for value in cpu))
        lines.append(f"| {LABELS[client]} | " + " | ".join(cells) + " |")
    return lines


# Each of our rows and the floor on the same transport: the SDK's own cost per call is the difference.
SAME_TRANSPORT_FLOORS = (
    ("ours-sync", "floor-sync-http11"),
    ("ours-async", "floor-async-http11"),
)
OVERHEAD_GOAL_US = 40


def sdk_overheads(latency: dict[str, Any]) -> list[tuple[str, str, str, float]]:
    """(ours, floor, endpoint, ours minus floor in seconds) for every pair measured."""
    return [
        (ours, floor, name, latency[ours][name]["median"] - latency[floor][name]["median"])
        for ours, floor in SAME_TRANSPORT_FLOORS
        if ours in latency and floor in latency
        for name in ("delete", "post")
    ]


def _overhead_table(latency: dict[str, Any]) -> list[str]:
    lines = [
        "| ours | floor on the same transport | DELETE: ours minus floor µs | POST: ours minus floor µs |",
        "| --- | --- | ---: | ---: |",
    ]
    by_pair: dict[tuple[str, str], dict[str, float]] = {}
    for ours, floor, name, extra in sdk_overheads(latency):
        by_pair.setdefault((ours, floor), {})[name] = extra
    for (ours, floor), extras in by_pair.items():
        lines.append(f"| {LABELS[ours]} | {LABELS[floor]} | {_us(extras['delete'])} | {_us(extras['post'])} |")
    return lines


OVERHEAD_ROWS = {
    "sync delete": "sync DELETE",
    "sync post": "sync POST",
    "async delete": "async DELETE",
    "async post": "async POST",
}


def _cpu_overhead_table(overhead: dict[str, Any]) -> list[str]:
    """bench/overhead.py's rows: ours, the floor and their difference in CPU µs per call, against the goal."""
    lines = [
        "| call | ours CPU µs | floor CPU µs | ours minus floor µs | goal |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for key, label in OVERHEAD_ROWS.items():
        row = overhead[key]
        met = row["overhead_us"] <= OVERHEAD_GOAL_US
        lines.append(
            f"| {label} | {row['ours_us']:.1f} | {row['floor_us']:.1f} | {row['overhead_us']:.1f} | "
            f"<= {OVERHEAD_GOAL_US}: {'met' if met else '**missed**'} |"
        )
    return lines


def _throughput_table(throughput: dict[str, Any]) -> list[str]:
    best = max(r["calls_per_s"] for r in throughput.values())
    lines = [
        "| client | calls/s (median of rounds) | per-call latency under load, median / p99 ms "
        "| CPU µs per call | signatures sampled: failed |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for client in [c for c in LABELS if c in throughput]:
        result = throughput[client]
        rate = result["calls_per_s"]
        latency = result["latency"]
        verification = result["verification"]
        lines.append(
            f"| {LABELS[client]} | {rate:,.0f} ({rate / best:.2f}x of best) | "
            f"{latency['median'] * 1e3:.1f} / {latency['p99'] * 1e3:.1f} | "
            f"{'-' if result.get('cpu_per_call') is None else _us(result['cpu_per_call'])} | "
            f"{verification['verified']}: {verification['failed']} |"
        )
    return lines


def _imports_table(imports: dict[str, Any]) -> list[str]:
    rows = [t for t in IMPORT_LABELS if t in imports]
    base = imports["baseline"]
    best_import = min(imports[t]["import_s"] for t in rows)
    best_rss = min(imports[t]["rss_import_kib"] for t in rows)
    best_call = min(imports[t]["rss_call_kib"] for t in rows)
    lines = [
        "| client | cold import ms | peak RSS after import MiB | peak RSS after one signed call MiB |",
        "| --- | ---: | ---: | ---: |",
        f"| bare interpreter (bench harness only) | {base['import_s'] * 1e3:.0f} "
        f"| {base['rss_import_kib'] / 1024:.1f} | - |",
    ]
    for target in rows:
        m = imports[target]
        lines.append(
            f"| {IMPORT_LABELS[target]} | {m['import_s'] * 1e3:,.0f} ({_ratio(m['import_s'], best_import)}) | "
            f"{m['rss_import_kib'] / 1024:.1f} ({_ratio(m['rss_import_kib'], best_rss)}) | "
            f"{m['rss_call_kib'] / 1024:.1f} ({_ratio(m['rss_call_kib'], best_call)}) |"
        )
    return lines


def _body_style(body: str) -> str:
    if not body:
        return "-"
    spaced = ", " in body or '": ' in body
    try:
        keys = list(json.loads(body))
    except ValueError:
        return "not JSON"
    order = "keys sorted" if keys == sorted(keys) else "keys in given order"
    return f"{'spaced (`json.dumps` default)' if spaced else 'compact'}, {order}"


def _signature_table(check: dict[str, Any]) -> list[str]:
    lines = [
        "| client | DELETE target sent | POST body | signature encoding | Content-Type (DELETE) | "
        "DELETE / POST / DELETE `bench 1/2+3` accepted |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for client in [c for c in LABELS if c in check]:
        seen = check[client]["seen"]
        outcome = check[client]["outcome"]
        deletes = [e for e in seen if e["method"] == "DELETE"]
        posts = [e for e in seen if e["method"] == "POST"]
        alphabets = sorted({e["signature_alphabet"] for e in seen})
        padded = {e["signature_padded"] for e in seen}
        encoding = f"{'/'.join(alphabets)} base64, {'padded' if padded == {True} else 'unpadded'}"
        special = deletes[1]["target"] if len(deletes) > 1 else "-"
        targets = f"`{deletes[0]['target']}`<br>`{special}`" if deletes else "-"
        verdicts = " / ".join(("yes" if outcome[k]["ok"] else "**no**") for k in ("delete", "post", "delete_special"))
        lines.append(
            f"| {LABELS[client]} | {targets} | {_body_style(posts[0]['body']) if posts else '-'} | {encoding} | "
            f"`{deletes[0]['content_type'] if deletes else '-'}` | {verdicts} |"
        )
    return lines


def _strict_note(check: dict[str, Any]) -> list[str]:
    lines = []
    for client in [c for c in LABELS if c in check]:
        standard = [e for e in check[client]["seen"] if e["signature_alphabet"] == "standard"]
        if standard:
            lines.append(
                f"- {LABELS[client]}: {len(standard)} of {len(check[client]['seen'])} signatures used the standard "
                "base64 alphabet (`+`, `/`); a strict URL-safe decoder rejects those (about 94% of 64-byte "
                "signatures contain one of the two characters). The bench server accepts both alphabets."
            )
    return lines


Target = tuple[str, str, bool, bool]  # what, figure, met, one of issue 22's goals


def targets(results: dict[str, Any]) -> list[Target]:
    """Every target with its figure from this run and whether it was met; issue 22's goals marked."""
    latency, throughput, imports = results["latency"], results["throughput"], results["imports"]
    found: list[Target] = []

    def row(target: str, figure: str, met: bool, goal: bool = False) -> None:
        found.append((target, figure, met, goal))

    for name in ("delete", "post"):
        best_alt = min(ALTERNATIVES, key=lambda c: latency[c][name]["median"])
        alt = latency[best_alt][name]["median"]
        for ours in ("ours-sync", "ours-async"):
            value = latency[ours][name]["median"]
            row(
                f"{LABELS[ours]}: {name.upper()} median <= best alternative",
                f"{_us(value)} µs vs {_us(alt)} µs ({LABELS[best_alt]})",
                value <= alt,
            )
        sync_peers = [c for c in ALTERNATIVES if not c.endswith("-async")]
        best_sync = min(sync_peers, key=lambda c: latency[c][name]["median"])
        ours_sync, peer = latency["ours-sync"][name]["median"], latency[best_sync][name]["median"]
        row(
            f"{LABELS['ours-sync']}: {name.upper()} median < the fastest sync peer",
            f"{_us(ours_sync)} µs vs {_us(peer)} µs ({LABELS[best_sync]}), {peer / ours_sync:.2f}x",
            ours_sync < peer,
            goal=True,
        )
        ours_async, ccxt_async = latency["ours-async"][name]["median"], latency["ccxt-async"][name]["median"]
        row(
            f"{LABELS['ours-async']}: {name.upper()} median <= ccxt async",
            f"{_us(ours_async)} µs vs {_us(ccxt_async)} µs ({ours_async / ccxt_async:.2f}x)",
            ours_async <= ccxt_async,
            goal=True,
        )
    overhead = results.get("overhead")
    if overhead:
        for key, label in OVERHEAD_ROWS.items():
            extra = overhead[key]["overhead_us"]
            row(
                f"SDK's own CPU cost over its floor, {label} (`bench/overhead.py`) <= {OVERHEAD_GOAL_US} µs",
                f"{extra:.1f} µs",
                extra <= OVERHEAD_GOAL_US,
                goal=True,
            )
    for ours, floor, name, extra in sdk_overheads(latency):
        row(
            f"{LABELS[ours]}: {name.upper()} median over {LABELS[floor]} <= {OVERHEAD_GOAL_US} µs",
            f"{_us(extra)} µs",
            extra <= OVERHEAD_GOAL_US * 1e-6,
        )
    ccxt = throughput["ccxt-async"]["calls_per_s"]
    value = throughput["ours-async"]["calls_per_s"]
    row(
        f"{LABELS['ours-async']}: 50 in flight >= ccxt async",
        f"{value:,.0f} vs {ccxt:,.0f} calls/s ({value / ccxt:.2f}x)",
        value >= ccxt,
        goal=True,
    )
    parse = results.get("parse_cost")
    if parse:
        row(
            f"Decimal parse of {parse['rows']} rows <= 1.5x the float models",
            f"{parse['ratio']:.2f}x",
            parse["ratio"] <= 1.5,
            goal=True,
        )
    cost = results.get("import_cost")
    if cost:
        for label, ratio in cost["ratios"].items():
            worst = max(ratio["raw"], ratio["net"])
            row(
                f"import + one endpoint vs bare dependencies, {label} <= {ratio['target']:.2f}x",
                f"{ratio['raw']:.2f}x raw, {ratio['net']:.2f}x net",
                worst <= ratio["target"],
                goal=True,
            )
    alternatives = ("connector", "ccxt", "ccxt-async")
    ours = imports["ours"]
    for key, what in (
        ("import_s", "cold import"),
        ("rss_import_kib", "RSS after import"),
        ("rss_call_kib", "RSS after a call"),
    ):
        lightest = min(imports[a][key] for a in alternatives)
        scale = 1e3 if key == "import_s" else 1 / 1024
        unit = "ms" if key == "import_s" else "MiB"
        row(
            f"ours lighter than every alternative: {what}",
            f"{ours[key] * scale:,.1f} vs {lightest * scale:,.1f} {unit}",
            ours[key] < lightest,
        )
    streams = results.get("streams")
    if streams:
        ours_rate, ccxt_rate = streams["ours"]["throughput"]["msgs_per_s"], streams["ccxt"]["throughput"]["msgs_per_s"]
        row(
            "streams: msgs/s decoded and delivered > ccxt pro",
            f"{ours_rate:,.0f} vs {ccxt_rate:,.0f}",
            ours_rate > ccxt_rate,
        )
        ours_delay, ccxt_delay = streams["ours"]["delay"]["median"], streams["ccxt"]["delay"]["median"]
        row(
            "streams: send-to-consumer delay median < ccxt pro",
            f"{_us(ours_delay)} vs {_us(ccxt_delay)} µs",
            ours_delay < ccxt_delay,
        )
    return found


def _targets_table(found: list[Target]) -> list[str]:
    lines = ["| target | figure | verdict |", "| --- | --- | --- |"]
    for target, figure, met, goal in found:
        lines.append(f"| {'(goal) ' if goal else ''}{target} | {figure} | {'met' if met else '**missed**'} |")
    return lines


def _goals_summary(found: list[Target], load: dict[str, list[float]] | None) -> list[str]:
    """Which of issue 22's goals this run met and which it missed, from the figures above."""
    goals = [(target, figure, met) for target, figure, met, goal in found if goal]
    met = [g for g in goals if g[2]]
    missed = [g for g in goals if not g[2]]
    lines = [f"This run met {len(met)} of the {len(goals)} goals and missed {len(missed)}."]
    if load and load.get("before") and load["before"][0] > 1.0:
        lines.append(
            f"The machine was not quiet (load {load['before'][0]:.1f} at the start): wall-clock rows are noisy; "
            "the CPU-time rows (`bench/overhead.py`, the CPU columns) hold better."
        )
    lines += ["", "Met:", ""] + ([f"- {t}: {f}" for t, f, _ in met] or ["- none"])
    lines += ["", "Missed:", ""] + ([f"- {t}: {f}" for t, f, _ in missed] or ["- none"])
    return lines


STREAM_LABELS = {
    "ours": "**ours** (`orderly_auth.stream.AsyncStream`, typed Decimal models)",
    "ccxt": "ccxt pro woofipro (`watch_trades`, aiohttp)",
    "floor": "floor: `websockets` client + `json.loads` (floats, no models)",
}


def _streams_section(results: dict[str, Any]) -> list[str]:
    streams = results.get("streams")
    if not streams:
        return []
    lines = [
        "## Streams: one WebSocket connection, trades",
        "",
        "`bench/ws_server.py` (its own process, CPU 1) speaks Orderly's public protocol and, for ccxt's",
        "`load_markets`, answers `/v1/public/info`; each client runs in a fresh process on CPU 0.",
        f"Throughput: a burst of {streams['burst']:,} trades sent as fast as the socket takes them, timed at the",
        "client from the first trade delivered to the consumer to the last (each decoded and read: price and size).",
        f"Delay: {streams['paced']:,} trades, one every ms, each stamped with `time.time_ns()` as the server sends",
        "it; the consumer takes the difference on receipt (the first tenth is dropped as warm-up). ccxt's",
        "`urls['api']['ws']` and `urls['api']` point at the server, its `tradesLimit` is the burst size and",
        "`fetchCurrencies` is off; ours has a buffer the size of the burst (the bench times decoding and delivery,",
        f"not the overflow policy). Median of {streams['rounds']} interleaved rounds.",
        "",
        "| client | msgs/s | ratio | delay median (µs) | delay p99 (µs) | ratio (median) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    clients = [c for c in STREAM_LABELS if c in streams]
    best_rate = max(streams[c]["throughput"]["msgs_per_s"] for c in clients)
    best_delay = min(streams[c]["delay"]["median"] for c in clients)
    for client in clients:
        rate, delay = streams[client]["throughput"]["msgs_per_s"], streams[client]["delay"]
        lines.append(
            f"| {STREAM_LABELS[client]} | {rate:,.0f} | {best_rate / rate:.2f}x | {_us(delay['median'])} "
            f"| {_us(delay['p99'])} | {delay['median'] / best_delay:.2f}x |"
        )
    return [*lines, ""]


def _generate_line(generate: dict[str, Any]) -> str:
    line = (
        f"`tools/generate.py orderly.openapi.yaml <tmpdir>`: median {generate['median_s']:.2f} s "
        f"over {len(generate['runs_s'])} run(s), the generator's ruff post-hooks included."
    )
    if generate["errors"]:
        line += f" The generator reported problems with the spec at this commit: {generate['errors'][0]}"
    return line


def _load_line(load: dict[str, list[float]] | None) -> str:
    if not load:
        return ""
    before, after = load["before"][0], load["after"][0]
    line = f"Load average (1 min) before / after the run: {before:.1f} / {after:.1f}."
    if max(before, after) > 1.5:
        line += " **Other work shared the machine: tails (p99) and throughput are noisier than usual.**"
    return line


def engine_speedups(latency: dict[str, Any], throughput: dict[str, Any]) -> list[tuple[str, float]]:
    """How many times faster the default's engine (the lean pool) is than httpx2's own transport, with no SDK."""
    rows = [
        (
            f"sequential {name.upper()} {kind}",
            latency[f"floor-{kind}"][name]["median"] / latency[f"floor-{kind}-http11"][name]["median"],
        )
        for kind in ("sync", "async")
        for name in ("delete", "post")
    ]
    rows.append(
        (
            "50 in flight, calls/s",
            throughput["floor-async-http11"]["calls_per_s"] / throughput["floor-async"]["calls_per_s"],
        )
    )
    return rows


def _engine_section(latency: dict[str, Any], throughput: dict[str, Any]) -> list[str]:
    def rate(client: str) -> str:
        return f"{throughput[client]['calls_per_s']:,.0f}/s"

    def median(client: str, name: str) -> str:
        return f"{_us(latency[client][name]['median'])} µs"

    lines = [
        "| engine, no SDK on top | 50 in flight | DELETE median sync / async | POST median sync / async |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, suffix in (("httpx2's own transports", ""), ("the lean pool (the default's direct engine)", "-http11")):
        lines.append(
            f"| {label} | {rate('floor-async' + suffix)} | {median('floor-sync' + suffix, 'delete')} / "
            f"{median('floor-async' + suffix, 'delete')} | {median('floor-sync' + suffix, 'post')} / "
            f"{median('floor-async' + suffix, 'post')} |"
        )
    lines.append(
        f"| (ccxt async, SDK included, for reference) | {rate('ccxt-async')} | - / {median('ccxt-async', 'delete')} | "
        f"- / {median('ccxt-async', 'post')} |"
    )
    lines += ["", "| row | the lean pool's speed-up over httpx2's own transport |", "| --- | ---: |"]
    lines += [f"| {row} | {ratio:.2f}x |" for row, ratio in engine_speedups(latency, throughput)]
    return lines


def _import_cost(cost: dict[str, Any] | None) -> list[str]:
    if not cost:
        return ["(not measured)"]
    cases, ratios = cost["cases"], cost["ratios"]
    lines = [
        f"{cost['setup']}; median of {cost['runs']} fresh interpreters.",
        "",
        "| case | ms | peak RSS MiB | code |",
        "| --- | ---: | ---: | --- |",
    ]
    for name, case in cases.items():
        lines.append(f"| {name} | {case['median_ms']:.1f} | {case['median_peak_rss_mib']:.1f} | `{case['code']}` |")
    lines += [
        "",
        "| A / B | raw | net (empty interpreter subtracted) | target | verdict |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for label, ratio in ratios.items():
        met = max(ratio["raw"], ratio["net"]) <= ratio["target"]
        lines.append(
            f"| {label} | {ratio['raw']:.2f}x | {ratio['net']:.2f}x | {ratio['target']:.2f}x | "
            f"{'met' if met else '**missed**'} |"
        )
    return lines


def _parse_cost_lines(cost: dict[str, Any] | None) -> list[str]:
    """The parse-cost row: a large answer through the Decimal models against the float models they replaced."""
    if not cost:
        return []
    return [
        "## Parse cost of exact numbers",
        "",
        "| answer | float models | Decimal models | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| `GET /v1/orders`, {cost['rows']} rows ({cost['bytes']:,} bytes) | {cost['float_s'] * 1e3:.2f} ms "
        f"| {cost['decimal_s'] * 1e3:.2f} ms | {cost['ratio']:.2f}x |",
        "",
        "`bench/parse_cost.py`: `json.loads` + `from_dict` of the generated float models from before exact numbers,",
        "against `parse_json` (Decimal, never through float) + `from_dict` converting to the declared types.",
        "",
    ]


def _shared_limit_lines(rows: list[list[Any]] | None) -> list[str]:
    """The shared rate limit's cost per call (``bench/shared_limit.py``); n/a without a Redis/Valkey server."""
    if not rows:
        return []
    return [
        "## Rate limits shared on Redis/Valkey: cost per call (µs, server on loopback, `bench/shared_limit.py`)",
        "",
        "| row | µs |",
        "| --- | ---: |",
        *(f"| {label} | {'n/a' if value is None else f'{value:.2f}'} |" for label, value in rows),
        "",
        "Target: the added cost per call under 150 µs.",
        "",
    ]


def render(results: dict[str, Any]) -> str:
    m = results["machine"]
    v = results["versions"]
    latency = results["latency"]
    verification = latency.get("verification", {})
    found = targets(results)
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`bench/run.py`); do not edit by hand. Raw figures: `docs/benchmarks.json`.",
        "",
        "## Machine and versions",
        "",
        "| CPU | cores | Python | OS | run |",
        "| --- | ---: | --- | --- | --- |",
        f"| {m['cpu']} | {m['cores']} | {m['python']} | {m['os']} | {m['date']}, {results['elapsed_s']:.0f} s |",
        "",
        _load_line(results.get("load")),
        "",
        ", ".join(f"{name} {version}" for name, version in v.items()),
        "",
        "## Goals (issue 22), computed from this run",
        "",
        *_goals_summary(found, results.get("load")),
        "",
        "## How",
        "",
        "One bench server (`bench/server.py`: an asyncio `Protocol` HTTP/1.1 keep-alive server on uvloop, in its own",
        "process pinned to CPU 1) answers every client with the same fixed bodies. Each client runs in a fresh",
        "process pinned to CPU 0 and sends signed",
        "`DELETE /v1/client/order?symbol=PERP_ETH_USDC&client_order_id=bench-1` and signed `POST /v1/order`",
        "(the same order for everyone). Ours goes through the generated functions",
        "`orderly_client.api.private.delete_v1_client_order` / `post_v1_order` with a `create_client(...)` client,",
        "`rate_limit=RateLimitConfig(enabled=False)`; ccxt through its implicit `v1PrivateDeleteClientOrder` /",
        "`v1PrivatePostOrder` with `enableRateLimit: False` and `urls['api']` pointed at the server; the connector",
        "through `cancel_order_by_client_order_id` / `create_order`. The server verifies ed25519 signatures as",
        "ORDERLY.md says (timestamp + METHOD + raw target + raw body, public key only): every request in the check",
        "pass, one in 64 during timing. Latency: "
        f"{latency['ours-sync']['delete']['n']:,} calls per row and endpoint (two passes, forward and reverse order,",
        "after a warm-up). Throughput: DELETE with 50 requests in flight, rounds of "
        f"{results.get('throughput_seconds', 2.0):g} s after a warm-up.",
        "CPU µs per call: the client process's CPU time (`time.process_time`) over the timed calls, the lower of",
        "the two passes: it counts what each client spends, not what the other work on the machine takes.",
        "To profile a row: `.venv-bench/bin/pip install py-spy` then",
        "`py-spy record -o profile.svg -- .venv-bench/bin/python bench/clients.py latency CLIENT --url URL`",
        "against a running `bench/server.py`.",
        f"Transport correctness tests (`pytest tests/transport`): {results['transport_checks']}.",
        "",
        "The connector pins `cryptography<43` and ccxt needs `>=50`: `.venv-bench` installs the connector with",
        "`--no-deps` plus its other dependencies, so it runs here on cryptography "
        f"{v.get('cryptography')} (the ed25519 API it uses is unchanged).",
        "",
        "## Per-call latency, sequential (µs; ratio to the best row)",
        "",
        *_latency_table(latency),
        "",
        f"Signatures sampled during the latency runs: {verification.get('verified', 0)} verified, "
        f"{verification.get('failed', 0)} failed.",
        "",
        "## The SDK's own cost per call: ours minus the floor",
        "",
        "The floor sends a pre-built request with one fresh signature and parses the JSON answer (no model): the",
        "difference is what the SDK adds (request building, signing bookkeeping, limiter, retry bookkeeping, answer",
        f"checks, model building). Goal: at most {OVERHEAD_GOAL_US} µs.",
        "",
        "CPU time per call, both on one in-process transport that answers at once (`bench/overhead.py`: no",
        "network, ours and the floor interleaved, the minimum of 25 repeats; ours POST includes building the",
        "`PostOrderBody` from a dict, as in the latency rows):",
        "",
        *(_cpu_overhead_table(results["overhead"]) if results.get("overhead") else ["(not measured)"]),
        "",
        "Wall-clock medians over loopback, ours minus the floor on the same transport (µs; noisy when the",
        "machine is loaded):",
        "",
        *_overhead_table(latency),
        "",
        "## Async throughput, 50 requests in flight (DELETE)",
        "",
        *_throughput_table(results["throughput"]),
        "",
        "## Cold import and memory (median of runs; ratio to the lightest)",
        "",
        "Cold: a fresh interpreter, bytecode already compiled. Peak RSS is that process's `VmHWM`.",
        "",
        *_imports_table(results["imports"]),
        "",
        "## `make generate` (whole spec)",
        "",
        _generate_line(results["generate"]),
        "",
        "## What each client signs (check pass: every request verified and recorded by the server)",
        "",
        *_signature_table(results["check"]),
        "",
        "- Ours signs `request.url.raw_path` and `request.content`, the bytes that go on the wire, so any",
        "  query encoding is covered; httpx2 encodes a space as `+` and `/` as `%2F`.",
        "- ccxt signs the *unencoded* query (`rawencode`) but sends the encoded one; the connector builds the",
        "  query unencoded and lets requests/aiohttp encode it: both fail for values that need encoding.",
        "- The connector signs `json.dumps(payload)` with its default `, ` / `: ` spacing (and sends the same",
        "  bytes); ccxt and ours send compact JSON; ccxt also sorts keys and the query parameters.",
        *_strict_note(results["check"]),
        "",
        "## The default's engine",
        "",
        "`create_client()` asks an httpx2 client with its settings where each request goes: through a proxy",
        "(httpx2's proxy transport) or direct, on the lean HTTP/1.1 pool (`orderly_auth.http11`: the signed bytes",
        'as sent, a failure "never sent" only when no byte left). The two engines with no SDK on top:',
        "",
        *_engine_section(latency, results["throughput"]),
        "",
        "## Import cost from the wheel in a fresh venv (`bench/import_cost.py --fresh-venv`)",
        "",
        "A: `import orderly_auth` + one endpoint module; B: `httpx2, attrs` + cryptography's ed25519.",
        "",
        *_import_cost(results.get("import_cost")),
        "",
        "## Per-step CPU cost of our call path (µs, no network, each step alone)",
        "",
        "| step | µs |",
        "| --- | ---: |",
        *(f"| {label} | {'n/a' if value is None else f'{value:.2f}'} |" for label, value in results["steps"]),
        "",
        *_shared_limit_lines(results.get("shared_limit")),
        *_parse_cost_lines(results.get("parse_cost")),
        *_streams_section(results),
        "## Targets",
        "",
        *_targets_table(found),
        "",
    ]
    return "\n".join(out)
