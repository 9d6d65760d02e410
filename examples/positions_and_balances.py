"""Account value, token balances and positions: the reads a trading bot makes every minute.

python examples/positions_and_balances.py      # offline sandbox, or ORDERLY_* from the environment
"""

from __future__ import annotations

import sys
from decimal import Decimal

from _connect import connect_client

from orderly_network import OrderlyError


def main() -> int:
    try:
        with connect_client() as (client, _offline):
            account = client.account.overview()
            print(f"\naccount value {account.account_value}, free collateral {account.free_collateral}")
            print(f"margin ratio {account.margin_ratio} (maintenance {account.maintenance_margin_ratio})")

            print("\nbalances:")
            for token in client.assets.holdings().holding:
                print(f"    {token.token:8} {token.holding:>16} (frozen {token.frozen})")

            print("\npositions:")
            exposure = Decimal(0)
            for row in client.positions.list().rows:
                notional = row.position_qty * row.mark_price  # always-sent fields: no Unset to narrow
                exposure += abs(notional)
                print(f"    {row.symbol}: {row.position_qty} @ {row.mark_price} = {notional}, pnl {row.unsettled_pnl}")
            print(f"gross exposure {exposure}")
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
