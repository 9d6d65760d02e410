"""The wallet operations with real state: registration, Orderly keys, nonces, withdrawals, settlement, transfers.

Each handler checks everything first (the wallet signature above all) and changes state only when
every check passed, so a refused request leaves nonces, keys and balances as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from orderly_auth.wallet._account_id import account_id as derive_account_id
from orderly_auth.wallet._amounts import from_raw_units
from orderly_auth.wallet._builders import VaultPayload
from orderly_auth.wallet._types import (
    ADD_ORDERLY_KEY,
    DELEGATE_ADD_ORDERLY_KEY,
    DELEGATE_SETTLE_PNL,
    DELEGATE_SIGNER,
    DELEGATE_WITHDRAW,
    DEX_REQUEST,
    INTERNAL_TRANSFER,
    REGISTRATION,
    SETTLE_PNL,
    WITHDRAW,
    MessageType,
)
from orderly_auth.wallet._values import MAX_KEY_VALIDITY_MS

from ._accounts import SCOPES, parse_orderly_key
from ._errors import DUPLICATE, INVALID_PARAMETER, NOT_FOUND, ApiError
from ._handlers import Call
from ._registry import BROKERS, CHAINS, TOKENS, Registry
from ._wallet import SignedMessage, verify_wallet_signature

WalletHandler = Callable[[Registry, Call], Any]

#: A wallet message's ``timestamp`` may be this far from the server clock.
MESSAGE_WINDOW_MS = 300_000
_DEPOSITS = (VaultPayload.LP_DEPOSIT, VaultPayload.SP_DEPOSIT)


def _verified(registry: Registry, kind: MessageType, call: Call) -> SignedMessage:
    signed = verify_wallet_signature(kind, call.body, registry.network)
    registry.check_chain(signed.chain_id)
    if "brokerId" in signed.fields:
        registry.check_broker(signed["brokerId"])
    if "timestamp" in signed.fields and abs(signed["timestamp"] - call.now_ms) > MESSAGE_WINDOW_MS:
        raise ApiError(
            INVALID_PARAMETER,
            f"message.timestamp {signed['timestamp']} is more than {MESSAGE_WINDOW_MS // 1000} s from the server clock",
        )
    return signed


def _own_account(registry: Registry, signed: SignedMessage, call: Call) -> str:
    """The account a fund request moves: the signer's (or, for delegate types, its contract's), the key's too."""
    if "delegateContract" in signed.fields:
        account = registry.require_account(signed["delegateContract"], signed["brokerId"])
        if signed.signer.lower() not in registry.delegates[account]:
            raise ApiError(INVALID_PARAMETER, f"{signed.signer} is no delegate signer of {signed['delegateContract']}")
    elif "brokerId" in signed.fields:
        account = registry.require_account(signed.signer, signed["brokerId"])
    else:  # InternalTransfer signs no broker: the signer must own the key's account
        owner = registry.owners.get(call.account_id)
        if owner is None or owner[0].lower() != signed.signer.lower():
            raise ApiError(INVALID_PARAMETER, f"account {call.account_id} is not owned by wallet {signed.signer}")
        account = call.account_id
    if account != call.account_id:
        raise ApiError(INVALID_PARAMETER, f"the wallet's account {account} is not the orderly key's {call.account_id}")
    return account


def _amount(registry: Registry, signed: SignedMessage) -> Decimal:
    amount = from_raw_units(signed["amount"], registry.decimals(signed["token"]))
    if amount <= 0:
        raise ApiError(INVALID_PARAMETER, "message.amount must be positive")
    return amount


def _register_key(registry: Registry, account: str, signed: SignedMessage, now_ms: int) -> dict[str, Any]:
    scopes = [part.strip() for part in signed["scope"].split(",")]
    if not scopes or any(scope not in SCOPES for scope in scopes):
        raise ApiError(INVALID_PARAMETER, f"message.scope must be some of {', '.join(sorted(SCOPES))}, comma-separated")
    expiration = signed["expiration"]
    if expiration <= now_ms:
        raise ApiError(INVALID_PARAMETER, "message.expiration is in the past")
    if expiration - signed["timestamp"] > MAX_KEY_VALIDITY_MS:
        raise ApiError(INVALID_PARAMETER, "message.expiration is more than 365 days after message.timestamp")
    orderly_key = signed["orderlyKey"]
    try:
        parse_orderly_key(orderly_key)
    except ValueError as exc:
        raise ApiError(INVALID_PARAMETER, f"message.orderlyKey: {exc}") from None
    if registry.accounts.find_key(orderly_key) is not None:
        raise ApiError(DUPLICATE, "message.orderlyKey is already registered")
    registry.accounts.register(account, orderly_key, scopes, expiration)
    return {"id": registry.next_id(), "orderly_key": orderly_key}


# -- registration and keys ------------------------------------------------------------------------


def registration_nonce(registry: Registry, call: Call) -> Any:
    """``GET /v1/registration_nonce``: single use, valid two minutes."""
    return {"registration_nonce": str(registry.issue_registration_nonce(call.now_ms))}


def register_account(registry: Registry, call: Call) -> Any:
    """``POST /v1/register_account``: a ``Registration`` signed by the wallet."""
    signed = _verified(registry, REGISTRATION, call)
    registry.check_registration_nonce(signed["registrationNonce"], call.now_ms)
    account = registry.register(signed.signer, signed["brokerId"], derive_account_id(signed.signer, signed["brokerId"]))
    registry.use_registration_nonce(signed["registrationNonce"])
    return {"account_id": account}


def add_orderly_key(registry: Registry, call: Call) -> Any:
    """``POST /v1/orderly_key``: an ``AddOrderlyKey`` signed by the registered wallet."""
    signed = _verified(registry, ADD_ORDERLY_KEY, call)
    account = registry.require_account(signed.signer, signed["brokerId"])
    return _register_key(registry, account, signed, call.now_ms)


def get_account(registry: Registry, call: Call) -> Any:
    """``GET /v1/get_account?address=&broker_id=``: -1006 when the wallet is not registered."""
    account = registry.require_account(str(call.params["address"]), str(call.params["broker_id"]))
    return {"user_id": registry.accounts.user_id(account), "account_id": account}


def get_orderly_key(registry: Registry, call: Call) -> Any:
    """``GET /v1/get_orderly_key?account_id=&orderly_key=``: the key's scope and expiry."""
    try:
        key = registry.accounts.find_key(str(call.params["orderly_key"]))
    except ValueError as exc:
        raise ApiError(INVALID_PARAMETER, f"orderly_key: {exc}") from None
    if key is None or key.account_id != str(call.params["account_id"]).lower():
        raise ApiError(NOT_FOUND, "no such orderly key on this account")
    scope = ",".join(scope for scope in ("read", "trading", "asset") if scope in key.scopes)
    return {"orderly_key": key.orderly_key, "scope": scope, "expiration": key.expiration_ms or 0}


# -- delegate signer --------------------------------------------------------------------------------


def delegate_signer(registry: Registry, call: Call) -> Any:
    """``POST /v1/delegate_signer``: link the signing wallet to a contract's account (created if new)."""
    signed = _verified(registry, DELEGATE_SIGNER, call)
    registry.check_registration_nonce(signed["registrationNonce"], call.now_ms)
    contract, broker = signed["delegateContract"], signed["brokerId"]
    account = registry.account_of(contract, broker)
    if account is not None and signed.signer.lower() in registry.delegates[account]:
        raise ApiError(DUPLICATE, f"{signed.signer} is already a delegate signer of {contract}")
    if account is None:
        account = registry.register(contract, broker, derive_account_id(contract, broker))
    registry.delegates[account].add(signed.signer.lower())
    registry.use_registration_nonce(signed["registrationNonce"])
    return {"user_id": registry.accounts.user_id(account), "account_id": account, "valid_signer": signed.signer}


def delegate_orderly_key(registry: Registry, call: Call) -> Any:
    """``POST /v1/delegate_orderly_key``: a key for the contract's account, signed by its delegate."""
    signed = _verified(registry, DELEGATE_ADD_ORDERLY_KEY, call)
    account = registry.require_account(signed["delegateContract"], signed["brokerId"])
    if signed.signer.lower() not in registry.delegates[account]:
        raise ApiError(INVALID_PARAMETER, f"{signed.signer} is not a delegate signer of {signed['delegateContract']}")
    return _register_key(registry, account, signed, call.now_ms)


# -- funds ------------------------------------------------------------------------------------------


def _nonce_getter(kind: str) -> WalletHandler:
    def handler(registry: Registry, call: Call) -> Any:
        return {f"{kind}_nonce": registry.nonce(call.account_id, kind)}

    handler.__doc__ = f"``GET /v1/{kind}_nonce``: the nonce the account's next {kind} request signs."
    return handler


def _withdraw(registry: Registry, call: Call, kind: MessageType) -> Any:
    signed = _verified(registry, kind, call)
    account = _own_account(registry, signed, call)
    owner = signed["delegateContract"] if "delegateContract" in signed.fields else signed.signer
    if signed["receiver"].lower() != owner.lower():
        raise ApiError(INVALID_PARAMETER, f"message.receiver must be the account's own address {owner}")
    amount = _amount(registry, signed)
    registry.check_nonce(account, "withdraw", signed["withdrawNonce"])
    registry.check_withdrawable(account, signed["token"], amount)
    registry.debit(account, signed["token"], amount, call.now_ms)
    registry.use_nonce(account, "withdraw")
    withdraw_id = registry.next_id()
    registry.balances().record(
        account,
        "WITHDRAW",
        signed["token"],
        amount,
        call.now_ms,
        chain_id=str(signed["chainId"]),
        tx_id=str(withdraw_id),
    )
    return {"withdraw_id": withdraw_id}


def _settle(registry: Registry, call: Call, kind: MessageType) -> Any:
    signed = _verified(registry, kind, call)
    account = _own_account(registry, signed, call)
    registry.check_nonce(account, "settle", signed["settleNonce"])
    registry.settle(account, call.now_ms)
    registry.use_nonce(account, "settle")
    return {"settle_pnl_id": registry.next_id()}


def withdraw_request(registry: Registry, call: Call) -> Any:
    """``POST /v1/withdraw_request``: debits the balance."""
    return _withdraw(registry, call, WITHDRAW)


def delegate_withdraw_request(registry: Registry, call: Call) -> Any:
    """``POST /v1/delegate_withdraw_request``: debits the contract account's balance."""
    return _withdraw(registry, call, DELEGATE_WITHDRAW)


def settle_pnl(registry: Registry, call: Call) -> Any:
    """``POST /v1/settle_pnl``: moves unsettled PnL into the USDC balance."""
    return _settle(registry, call, SETTLE_PNL)


def delegate_settle_pnl(registry: Registry, call: Call) -> Any:
    """``POST /v1/delegate_settle_pnl``."""
    return _settle(registry, call, DELEGATE_SETTLE_PNL)


def internal_transfer(registry: Registry, call: Call) -> Any:
    """``POST /v2/internal_transfer``: from the key's account to the account id ``receiver``."""
    signed = _verified(registry, INTERNAL_TRANSFER, call)
    account = _own_account(registry, signed, call)
    receiver = signed["receiver"]
    if not registry.accounts.exists(receiver):
        raise ApiError(NOT_FOUND, f"receiver account {receiver} does not exist")
    if receiver == account:
        raise ApiError(INVALID_PARAMETER, "message.receiver is the sending account itself")
    amount = _amount(registry, signed)
    registry.check_nonce(account, "transfer", signed["transferNonce"])
    registry.debit(account, signed["token"], amount, call.now_ms)
    registry.credit(receiver, signed["token"], amount, call.now_ms)
    registry.use_nonce(account, "transfer")
    return {"internal_transfer_request_id": registry.next_id()}


# -- Strategy Vault ---------------------------------------------------------------------------------


def vault_nonce(registry: Registry, call: Call) -> Any:
    """``GET /v1/public/sv_nonce``: a single-use nonce."""
    return {"nonce": registry.issue_vault_nonce()}


def vault_request(registry: Registry, call: Call) -> Any:
    """``POST /v1/sv_operation_request``: a ``DexRequest``; deposits debit the wallet's account."""
    signed = _verified(registry, DEX_REQUEST, call)
    registry.check_broker(signed["dexBrokerId"])
    account = registry.require_account(signed.signer, signed["dexBrokerId"])
    if signed["payloadType"] > max(VaultPayload):
        raise ApiError(INVALID_PARAMETER, "message.payloadType must be 0-3 (LP/SP deposit/withdraw)")
    amount = _amount(registry, signed)
    if signed["nonce"] not in registry.vault_nonces:
        raise ApiError(INVALID_PARAMETER, "nonce was not issued by GET /v1/public/sv_nonce, or was used")
    if signed["payloadType"] in _DEPOSITS:
        registry.debit(account, signed["token"], amount, call.now_ms)
    registry.use_vault_nonce(signed["nonce"])
    return None


# -- what the flows read ------------------------------------------------------------------------------


def _template(call: Call) -> Mapping[str, Any]:
    rows = call.example()["data"]["rows"]
    return rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], Mapping) else {}


def tokens(registry: Registry, call: Call) -> Any:
    """``GET /v1/public/token``: the sandbox's tokens with their decimals."""
    template = _template(call)
    rows = []
    for token, decimals in TOKENS.items():
        row = {**template, "token": token, "decimals": decimals, "minimum_withdraw_amount": 10.0**-decimals}
        row["chain_details"] = [{"chain_id": chain, "decimals": decimals} for chain in CHAINS]
        rows.append(row)
    return {"rows": rows}


def brokers(registry: Registry, call: Call) -> Any:
    """``GET /v1/public/broker/name[?broker_id=]``."""
    wanted = call.params.get("broker_id")
    return {
        "rows": [
            {"broker_id": broker, "broker_name": name} for broker, name in BROKERS.items() if wanted in (None, broker)
        ]
    }


def chains(registry: Registry, call: Call) -> Any:
    """``GET /v1/public/chain_info``: the supported chains."""
    template = _template(call)
    return {
        "rows": [
            {**template, "name": name, "chain_id": str(chain), "broker_ids": list(BROKERS)}
            for chain, name in CHAINS.items()
        ]
    }


def key_info(registry: Registry, call: Call) -> Any:
    """``GET /v1/client/key_info``: the signed account's Orderly keys (``key_status`` ACTIVE or EXPIRED filters)."""
    wanted = call.params.get("key_status") or None
    rows = []
    for key in registry.accounts.keys_of(call.account_id):
        status = "EXPIRED" if key.expired(call.now_ms) else "ACTIVE"
        if wanted is None or wanted == status:
            rows.append(
                {
                    "orderly_key": key.orderly_key,
                    "key_status": status,
                    "ip_restriction_list": [],
                    "ip_restriction_status": "DISABLED",
                    "expiration": key.expiration_ms or 0,
                    "scope": ",".join(sorted(key.scopes)),
                    "tag": "",
                }
            )
    return {"rows": rows}


#: What one testnet faucet call credits (as Orderly's testnet faucet does).
FAUCET_USDC = Decimal(1000)


def faucet_usdc(registry: Registry, call: Call) -> Any:
    """``POST /v1/faucet/usdc``: 1000 USDC to the registered account of ``user_address`` with ``broker_id``."""
    body = call.body or {}
    account = registry.require_account(str(body.get("user_address", "")), str(body.get("broker_id", "")))
    registry.balances().credit(account, "USDC", FAUCET_USDC, call.now_ms)
    return {"account_id": account, "amount": FAUCET_USDC}


#: Operations answered from the sandbox's wallet state.
WALLET_HANDLERS: Mapping[str, WalletHandler] = {
    "GET /v1/client/key_info": key_info,
    "GET /v1/registration_nonce": registration_nonce,
    "POST /v1/register_account": register_account,
    "POST /v1/orderly_key": add_orderly_key,
    "GET /v1/get_account": get_account,
    "GET /v1/get_orderly_key": get_orderly_key,
    "POST /v1/delegate_signer": delegate_signer,
    "POST /v1/delegate_orderly_key": delegate_orderly_key,
    "GET /v1/withdraw_nonce": _nonce_getter("withdraw"),
    "GET /v1/settle_nonce": _nonce_getter("settle"),
    "GET /v1/transfer_nonce": _nonce_getter("transfer"),
    "POST /v1/withdraw_request": withdraw_request,
    "POST /v1/delegate_withdraw_request": delegate_withdraw_request,
    "POST /v1/settle_pnl": settle_pnl,
    "POST /v1/delegate_settle_pnl": delegate_settle_pnl,
    "POST /v2/internal_transfer": internal_transfer,
    "GET /v1/public/sv_nonce": vault_nonce,
    "POST /v1/sv_operation_request": vault_request,
    "GET /v1/public/token": tokens,
    "GET /v1/public/broker/name": brokers,
    "GET /v1/public/chain_info": chains,
    "POST /v1/faucet/usdc": faucet_usdc,
}
