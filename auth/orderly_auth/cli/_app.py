"""The ``orderly`` command: its root options and the daily chores, each a Click command on the SDK (``_sdk``)."""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import click

from .. import errors
from . import _profiles, _sdk
from ._exits import EXIT_CODES_HELP, Exit, exit_code
from ._output import Output
from ._settings import SANDBOX_URL, SANDBOX_WS_PORT_OFFSET, Settings

__all__ = ["cli", "main"]

SIDES = click.Choice(["buy", "sell"], case_sensitive=False)
ORDER_TYPES = click.Choice(["limit", "market", "ioc", "fok", "post_only"], case_sensitive=False)


class DecimalType(click.ParamType):  # type: ignore[type-arg,unused-ignore]
    """A number kept exact (Decimal), never a float."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Decimal:
        if isinstance(value, Decimal):
            return value
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.fail(f"{value!r} is not a number", param, ctx)
        if not number.is_finite():
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


NUMBER = DecimalType()


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    assert settings is not None
    return settings


def _output(ctx: click.Context) -> Output:
    return Output(as_json=_settings(ctx).as_json)


def _account(ctx: click.Context) -> _sdk.Account:
    settings = _settings(ctx)
    client = _sdk.open_client(settings.credentials(), settings.server())
    ctx.call_on_close(client.close)
    return _sdk.Account(client)


def _confirm(ctx: click.Context, question: str) -> None:
    """Ask before moving money or orders, unless --yes; a no (or no terminal to ask on) aborts."""
    if _settings(ctx).yes:
        return
    if not click.confirm(question, default=False, err=True):
        raise click.Abort()


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EXIT_CODES_HELP,
)
@click.option("--profile", envvar="ORDERLY_PROFILE", default="default", show_default=True, help="Profile to use.")
@click.option(
    "--network",
    type=click.Choice(["mainnet", "testnet"]),
    default=None,
    help="Orderly network (else ORDERLY_NETWORK / ORDERLY_BASE_URL, else the profile's, else mainnet).",
)
@click.option("--base-url", default=None, help="REST base URL of another server (a sandbox, a proxy).")
@click.option("--sandbox", is_flag=True, help=f"Use the local sandbox (`orderly sandbox`, {SANDBOX_URL}).")
@click.option("--ws-public-url", default=None, help="Public stream URL (else ORDERLY_WS_PUBLIC_URL or the profile's).")
@click.option(
    "--ws-private-url", default=None, help="Private stream URL (else ORDERLY_WS_PRIVATE_URL or the profile's)."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of tables.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.version_option(package_name="orderly-client", prog_name="orderly")
@click.pass_context
def cli(
    ctx: click.Context,
    *,
    profile: str,
    network: str | None,
    base_url: str | None,
    sandbox: bool,
    ws_public_url: str | None,
    ws_private_url: str | None,
    as_json: bool,
    yes: bool,
) -> None:
    """Orderly Network from the command line: keys, balances, orders, live views and history downloads.

    Credentials come from ORDERLY_ACCOUNT_ID and ORDERLY_SECRET, else from the profile (`orderly keys
    onboard` writes one; its secret is in the OS keyring or a file only you can read).
    """
    ctx.obj = Settings(profile, network, base_url, sandbox, ws_public_url, ws_private_url, as_json, yes)


# -- keys and onboarding -----------------------------------------------------------------------------


@cli.group()
def keys() -> None:
    """Orderly keys: create one, onboard from a wallet, show the profile's."""


@keys.command("new")
@click.option("--show-secret", is_flag=True, help="Also print the new secret (it is stored either way).")
@click.option("--account-id", default=None, help="Account the key is for (stored in the profile).")
@click.pass_context
def keys_new(ctx: click.Context, show_secret: bool, account_id: str | None) -> None:
    """Create an Orderly key pair; the secret is stored for the profile, printed only with --show-secret.

    Register the key with `orderly keys onboard` (a wallet signs it in), or elsewhere.
    """
    settings = _settings(ctx)
    if settings.stored.get("orderly_key"):  # its secret would be replaced: the profile's key would stop working
        raise errors.ConfigurationError(
            f"profile {settings.profile!r} already holds a key; give another with --profile NAME"
        )
    pair = _sdk.new_key()
    account = account_id or "unregistered"
    where = _profiles.store_secret(settings.profile, account, pair.secret)
    _profiles.save_profile(
        settings.profile, {"orderly_key": pair.orderly_key, "account_id": account_id, "secret_store": _store(where)}
    )
    record = {"orderly_key": pair.orderly_key, "secret_stored_in": where}
    if show_secret:
        record["secret"] = pair.secret
    _output(ctx).record("New Orderly key", record)


def _store(where: str) -> str:
    return "keyring" if where == "keyring" else "file"


@keys.command("onboard")
@click.option("--broker-id", default="woofi_pro", show_default=True, help="Broker (builder) id to register with.")
@click.option("--chain-id", type=int, default=421614, show_default=True, help="Chain id of the wallet's chain.")
@click.option(
    "--wallet-key-env",
    default="ORDERLY_WALLET_KEY",
    show_default=True,
    help="Environment variable holding the wallet's private key (never a flag: it would show in `ps`).",
)
@click.option("--new-wallet", is_flag=True, help="Generate a fresh wallet (the sandbox, trying things out).")
@click.option("--scope", default="read,trading", show_default=True, help="Key scopes: read, trading, asset.")
@click.option("--days", type=float, default=365, show_default=True, help="Days the key stays valid (at most 365).")
@click.option("--show-secret", is_flag=True, help="Also print the new key's secret.")
@click.pass_context
def keys_onboard(
    ctx: click.Context,
    *,
    broker_id: str,
    chain_id: int,
    wallet_key_env: str,
    new_wallet: bool,
    scope: str,
    days: float,
    show_secret: bool,
) -> None:
    """Register a wallet (unless it is already) and add an Orderly key with scopes and an expiry; save the profile."""
    settings = _settings(ctx)
    private_key = None if new_wallet else os.environ.get(wallet_key_env)
    if not new_wallet and not private_key:
        raise errors.ConfigurationError(f"set {wallet_key_env} to the wallet's private key, or pass --new-wallet")
    server = settings.server()
    network = settings.network_name()
    _confirm(ctx, f"Register and add a key ({scope}, {days:g} days) for broker {broker_id} on {network} ({server})?")
    address, account_id, credentials, pair = _sdk.onboard(
        private_key,
        broker_id=broker_id,
        chain_id=chain_id,
        network=network,
        base_url=server,
        scope=scope,
        valid_for_days=days,
    )
    secret = pair.secret
    where = _profiles.store_secret(settings.profile, account_id, secret)
    public, private = settings.stream_urls() if settings.sandbox or settings.base_url else (None, None)
    path = _profiles.save_profile(
        settings.profile,
        {
            "base_url": server if server not in _sdk.KNOWN_SERVERS else None,
            "network": network,
            "ws_public_url": public,
            "ws_private_url": private,
            "account_id": account_id,
            "orderly_key": credentials.orderly_key,
            "address": address,
            "broker_id": broker_id,
            "chain_id": chain_id,
            "secret_store": _store(where),
        },
    )
    record = {
        "address": address,
        "account_id": account_id,
        "orderly_key": credentials.orderly_key,
        "scope": scope,
        "valid_for_days": days,
        "secret_stored_in": where,
        "profile": f"{settings.profile} ({path})",
    }
    if show_secret:
        record["secret"] = secret
    _output(ctx).record("Onboarded", record)


@keys.command("show")
@click.option("--show-secret", is_flag=True, help="Also print the secret (asked for explicitly).")
@click.pass_context
def keys_show(ctx: click.Context, show_secret: bool) -> None:
    """The profile's account, key and where its secret is kept."""
    settings = _settings(ctx)
    record: dict[str, Any] = {"profile": settings.profile, **settings.stored}
    if show_secret:
        record["secret"] = settings.secret()
    _output(ctx).record("Profile", record)


@cli.command()
@click.option("--address", default=None, help="Wallet address (default: the profile's).")
@click.option("--broker-id", default=None, help="Broker id (default: the profile's, else woofi_pro).")
@click.option("--chain-id", type=int, default=None, help="Chain id (default: the profile's).")
@click.pass_context
def faucet(ctx: click.Context, address: str | None, broker_id: str | None, chain_id: int | None) -> None:
    """Testnet USDC for the wallet's account (testnet and the sandbox only)."""
    settings = _settings(ctx)
    if settings.network_name() != "testnet":
        raise errors.ConfigurationError("the faucet is for testnet (or the sandbox) only")
    stored = settings.stored
    address = address or stored.get("address")
    if not address:
        raise errors.ConfigurationError("give --address (or onboard a profile first)")
    broker = broker_id or stored.get("broker_id") or "woofi_pro"
    chain = chain_id if chain_id is not None else stored.get("chain_id")
    _confirm(ctx, f"Ask the faucet for testnet USDC for {address}?")
    client = _sdk.open_client(None, settings.server())
    ctx.call_on_close(client.close)
    answer = _sdk.faucet(client, str(address), str(broker), int(chain) if chain is not None else None)
    _output(ctx).record("Faucet", answer)


# -- account ---------------------------------------------------------------------------------------


@cli.command()
@click.pass_context
def balances(ctx: click.Context) -> None:
    """Balances per token."""
    rows = _account(ctx).balances()
    _output(ctx).table("Balances", rows, ["token", "holding", "frozen", "pending_short"])


@cli.command()
@click.pass_context
def positions(ctx: click.Context) -> None:
    """Open positions with their PnL, and the account's margin figures."""
    data = _account(ctx).positions()
    out = _output(ctx)
    if out.as_json:
        out.data(data)
        return
    rows = [row for row in data.get("rows", []) if row.get("position_qty")]
    out.table(
        "Positions",
        rows,
        ["symbol", "position_qty", "average_open_price", "mark_price", "unsettled_pnl", "est_liq_price", "leverage"],
    )
    summary = {key: value for key, value in data.items() if key != "rows"}
    out.record("Margin", summary)


@cli.command()
@click.option("--symbol", default=None, help="Only this symbol.")
@click.pass_context
def orders(ctx: click.Context, symbol: str | None) -> None:
    """Open orders."""
    rows = _account(ctx).open_orders(symbol)
    _output(ctx).table(
        "Open orders",
        rows,
        ["order_id", "symbol", "side", "type", "price", "quantity", "executed", "status", "client_order_id"],
    )


@cli.command()
@click.option("--symbol", default=None, help="Only this symbol.")
@click.option("--limit", type=click.IntRange(1, 500), default=25, show_default=True, help="How many.")
@click.pass_context
def fills(ctx: click.Context, symbol: str | None, limit: int) -> None:
    """Recent fills (the account's trades), newest first."""
    rows = _account(ctx).fills(symbol, limit)
    _output(ctx).table(
        "Fills",
        rows,
        ["id", "symbol", "side", "executed_price", "executed_quantity", "fee", "realized_pnl", "executed_timestamp"],
    )


@cli.command()
@click.pass_context
def info(ctx: click.Context) -> None:
    """Account information: fees, tier, leverage limits."""
    _output(ctx).record("Account", _account(ctx).info())


@cli.command()
@click.argument("symbol")
@click.option("--set", "value", type=click.IntRange(1, 100), default=None, help="Set this leverage.")
@click.pass_context
def leverage(ctx: click.Context, symbol: str, value: int | None) -> None:
    """A symbol's leverage, or set it with --set."""
    account = _account(ctx)
    if value is None:
        _output(ctx).record("Leverage", account.leverage(symbol))
        return
    _confirm(ctx, f"Set the leverage of {symbol} to {value}x?")
    _output(ctx).record("Leverage", account.set_leverage(symbol, value))


# -- orders ----------------------------------------------------------------------------------------


@cli.group()
def order() -> None:
    """Place, edit and cancel orders; cancel all; close a position."""


def _rounded(account: _sdk.Account, symbol: str, side: str, quantity: Decimal, price: Decimal | None) -> Any:
    """The quantity floored to the step and the price to the tick (down for a buy, up for a sell): never worse."""
    rules = account.rules(symbol)
    new_quantity = rules.round_quantity(quantity, "floor")
    new_price = None if price is None else rules.round_price(price, "floor" if side == "BUY" else "ceil")
    try:
        rules.check(price=new_price, quantity=new_quantity)
    except (errors.PriceFilterError, errors.QuantityFilterError, errors.OrderValueTooSmallError) as exc:
        raise errors.ConfigurationError(str(exc)) from None  # caught here: nothing was sent
    return rules, new_quantity, new_price


@order.command("place")
@click.argument("symbol")
@click.argument("side", type=SIDES)
@click.argument("quantity", type=NUMBER)
@click.option("--price", type=NUMBER, default=None, help="Limit price (not for market orders).")
@click.option("--type", "order_type", type=ORDER_TYPES, default=None, help="Default: limit with --price, else market.")
@click.option("--reduce-only", is_flag=True, help="Only reduce a position.")
@click.option("--client-order-id", default=None, help="Your id for the order.")
@click.pass_context
def order_place(
    ctx: click.Context,
    *,
    symbol: str,
    side: str,
    quantity: Decimal,
    price: Decimal | None,
    order_type: str | None,
    reduce_only: bool,
    client_order_id: str | None,
) -> None:
    """Place an order; its quantity and price are put on the symbol's step and tick first, and shown."""
    account = _account(ctx)
    side = side.upper()
    kind = (order_type or ("limit" if price is not None else "market")).upper()
    if kind == "MARKET" and price is not None:
        raise errors.ConfigurationError("a market order takes no --price")
    if kind != "MARKET" and price is None:
        raise errors.ConfigurationError(f"a {kind.lower()} order needs --price")
    rules, new_quantity, new_price = _rounded(account, symbol, side, quantity, price)
    out = _output(ctx)
    plan = {
        "symbol": symbol,
        "side": side,
        "type": kind,
        "quantity": new_quantity,
        "quantity_given": quantity,
        "step": rules.base_tick,
        "price": new_price,
        "price_given": price,
        "tick": rules.quote_tick,
        "reduce_only": reduce_only,
    }
    if not out.as_json:
        out.record("Order", plan)
    _confirm(ctx, f"{side} {new_quantity} {symbol} {kind}{f' at {new_price}' if new_price is not None else ''}?")
    placed = account.place(
        symbol, side, kind, new_quantity, new_price, reduce_only=reduce_only, client_order_id=client_order_id
    )
    out.record("Placed", {**plan, **placed} if out.as_json else placed)


@order.command("edit")
@click.argument("order_id", type=int)
@click.option("--price", type=NUMBER, default=None, help="New price.")
@click.option("--quantity", type=NUMBER, default=None, help="New quantity.")
@click.pass_context
def order_edit(ctx: click.Context, order_id: int, price: Decimal | None, quantity: Decimal | None) -> None:
    """Edit an open order's price and/or quantity (put on the tick and step)."""
    if price is None and quantity is None:
        raise errors.ConfigurationError("give --price and/or --quantity")
    account = _account(ctx)
    current = account.order(order_id)
    side = str(current["side"])
    _, new_quantity, new_price = _rounded(
        account, str(current["symbol"]), side, quantity if quantity is not None else current["quantity"], price
    )
    _confirm(ctx, f"Edit order {order_id}: price {new_price or current.get('price')}, quantity {new_quantity}?")
    _output(ctx).record("Edited", account.edit(current, new_price, new_quantity))


@order.command("cancel")
@click.argument("order_id", type=int)
@click.option("--symbol", required=True, help="The order's symbol.")
@click.pass_context
def order_cancel(ctx: click.Context, order_id: int, symbol: str) -> None:
    """Cancel one order."""
    account = _account(ctx)
    _confirm(ctx, f"Cancel order {order_id} ({symbol})?")
    _output(ctx).record("Cancelled", {"order_id": order_id, **account.cancel(symbol, order_id)})


@order.command("cancel-all")
@click.option("--symbol", default=None, help="Only this symbol (default: every symbol).")
@click.pass_context
def order_cancel_all(ctx: click.Context, symbol: str | None) -> None:
    """Cancel every open order of one symbol, or of every symbol."""
    account = _account(ctx)
    _confirm(ctx, f"Cancel all open orders of {symbol or 'every symbol'}?")
    _output(ctx).record("Cancelled", {"symbol": symbol or "all", **account.cancel_all(symbol)})


@order.command("close")
@click.argument("symbol")
@click.option("--quantity", type=NUMBER, default=None, help="Close only this much (default: all of it).")
@click.pass_context
def order_close(ctx: click.Context, symbol: str, quantity: Decimal | None) -> None:
    """Close a position with a reduce-only market order."""
    account = _account(ctx)
    position = account.position(symbol)
    held = Decimal(position["position_qty"]) if position else Decimal(0)
    if not held:
        raise errors.ConfigurationError(f"no open position in {symbol}")
    side = "SELL" if held > 0 else "BUY"
    _, amount, _ = _rounded(account, symbol, side, min(abs(held), quantity) if quantity else abs(held), None)
    _confirm(ctx, f"Close {amount} of the {held} {symbol} position ({side} at market)?")
    placed = account.place(symbol, side, "MARKET", amount, None, reduce_only=True)
    _output(ctx).record("Closing order", {"symbol": symbol, "side": side, "quantity": amount, **placed})


# -- history ---------------------------------------------------------------------------------------


def _moment(text: str) -> int:
    from ..history import timestamp_ms

    return timestamp_ms(text)


@cli.command()
@click.argument("kind", type=click.Choice(["candles", "market-trades", "trades", "funding-rates", "funding-fees"]))
@click.argument("symbol")
@click.option("--start", required=True, help="Start (ISO date/time, UTC unless given; or ms).")
@click.option("--end", default=None, help="End, excluded (default: now).")
@click.option("--interval", default="1m", show_default=True, help="Candle length: 1m 5m 15m 30m 1h 4h 12h 1d 1w.")
@click.option("--output", "-o", "path", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--format", "file_format", type=click.Choice(["csv", "parquet"]), default=None, help="Default: by suffix."
)
@click.option("--overwrite", is_flag=True, help="Replace an existing file (a download's state file resumes instead).")
@click.pass_context
def history(
    ctx: click.Context,
    *,
    kind: str,
    symbol: str,
    start: str,
    end: str | None,
    interval: str,
    path: str,
    file_format: str | None,
    overwrite: bool,
) -> None:
    """Download history over a date range to CSV (exact) or Parquet, page by page; resumes if interrupted."""
    from ..history import download

    settings = _settings(ctx)
    public = kind in ("market-trades", "funding-rates")  # candles too are signed (GET /v1/tv/kline_history)
    client = _sdk.open_client(None if public else settings.credentials(), settings.server())
    ctx.call_on_close(client.close)
    start_ms = _moment(start)
    end_ms = _moment(end) if end else int(datetime.datetime.now(datetime.UTC).timestamp() * 1000)
    chosen = file_format or ("parquet" if path.endswith(".parquet") else "csv")
    out = _output(ctx)
    from ._progress import progress_bar

    with progress_bar(f"{kind} {symbol}") as advance:
        result = download(
            client,
            kind,
            symbol,
            start=start_ms,
            end=end_ms,
            path=path,
            interval=interval,
            file_format=chosen,
            overwrite=overwrite,
            progress=advance,
        )
    record = {"path": str(result.path), "rows": result.rows, "resumed": result.resumed, "format": chosen}
    if out.as_json:
        out.data(record)
    elif sys.stderr.isatty():
        out.note(f"{result.rows} rows written to {result.path}{' (resumed)' if result.resumed else ''}")


# -- sandbox and completion ------------------------------------------------------------------------


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.option("--port", type=int, default=8090, show_default=True, help="REST port (0: a free one).")
@click.option("--ws-port", type=int, default=None, help="Stream port (default: the REST port + 1; 0: a free one).")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def sandbox(port: int, ws_port: int | None, extra: Sequence[str]) -> None:
    """Serve the offline sandbox (REST and streams) until Ctrl-C; other options: `orderly sandbox --help-sandbox`."""
    if "--help-sandbox" in extra:
        sys.exit(_sdk.run_sandbox(["--help"]))
    if ws_port is None:
        ws_port = port + SANDBOX_WS_PORT_OFFSET if port else 0
    sys.exit(_sdk.run_sandbox(["--port", str(port), "--ws-port", str(ws_port), *extra]))


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: `eval "$(orderly completion bash)"` (or add it to your shell's rc)."""
    from click.shell_completion import get_completion_class

    completion_class = get_completion_class(shell)
    assert completion_class is not None
    sys.stdout.write(completion_class(cli, {}, "orderly", "_ORDERLY_COMPLETE").source() + "\n")


def _fail(message: str, code: Exit) -> int:
    click.echo(f"Error: {message}", err=True)
    return int(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; errors become a one-line message on stderr and a documented exit code."""
    from ._live import register

    register(cli)
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="orderly", standalone_mode=False)
    except click.exceptions.Abort as exc:  # Click turns Ctrl-C into Abort too: told apart by its cause
        if isinstance(exc.__context__, KeyboardInterrupt):
            click.echo("interrupted", err=True)
            return int(Exit.INTERRUPTED)
        return _fail("aborted, nothing sent", Exit.ABORTED)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return int(Exit.INTERRUPTED)
    except (errors.OrderlyError, ValueError, OSError) as exc:  # the SDK's messages never hold a secret
        code = exit_code(exc)
        if code is Exit.ERROR and isinstance(exc, ValueError):
            code = Exit.CONFIG
        return _fail(str(exc) or type(exc).__name__, code)
    return result if isinstance(result, int) else 0
