"""Account value, token balances and positions: the reads a trading bot makes every minute.

python examples/positions_and_balances.py      # offline sandbox, or ORDERLY_* from the environment
"""

from __future__ import annotations

import sys

from _connect import connect

from orderly_auth import OrderlyError
from orderly_client.api.private import get_v1_account_info, get_v1_client_holding, get_v1_positions


def main() -> int:
    try:
        with connect() as (client, _offline):
            account = get_v1_account_info.sync(client=client)
            data = account.data
            print(f"\naccount value {data.account_value}, free collateral {data.free_collateral}")
            print(f"margin ratio {data.margin_ratio} (maintenance {data.maintenance_margin_ratio})")

            holding = get_v1_client_holding.sync(client=client)
            print("\nbalances:")
            for token in holding.data.holding:
                print(f"    {token.token:8} {token.holding:>16} (frozen {token.frozen})")

            positions = get_v1_positions.sync(client=client)
            print("\npositions:")
            for row in positions.data.rows:
                print(
                    f"    {row.symbol}: {row.position_qty} @ mark {row.mark_price}, unsettled pnl {row.unsettled_pnl}"
                )
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
