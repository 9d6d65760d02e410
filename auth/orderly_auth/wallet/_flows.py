"""``Wallet`` and ``AsyncWallet``: each Orderly wallet flow as one call that fetches what it needs, signs and sends.

Every flow checks its input, fetches fresh nonces and token decimals, signs with the wallet's
:class:`TypedDataSigner`, and sends through the generated functions on a :func:`create_client` client
(so requests are signed, paced and checked like every other call). Server errors raise the usual
:class:`OrderlyAPIError` subclasses.

One core for both: each flow is a generator that yields the calls it needs (:class:`Step`) and gets
their answers back; ``Wallet`` runs the steps with the generated ``sync`` functions, ``AsyncWallet``
awaits their ``asyncio`` twins.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import ModuleType, TracebackType
from typing import Any, TypeVar

from orderly_client.api.private import (
    get_v1_settle_nonce,
    get_v1_transfer_nonce,
    get_v1_withdraw_nonce,
    post_v1_delegate_settle_pnl,
    post_v1_delegate_withdraw_request,
    post_v1_settle_pnl,
    post_v1_withdraw_request,
    post_v2_internal_transfer,
)
from orderly_client.api.public import (
    get_v1_get_account,
    get_v1_public_broker_name,
    get_v1_public_chain_info,
    get_v1_public_sv_nonce,
    get_v1_public_token,
    get_v1_registration_nonce,
    post_v1_delegate_orderly_key,
    post_v1_delegate_signer,
    post_v1_orderly_key,
    post_v1_register_account,
    post_v1_sv_operation_request,
)
from orderly_client.client import AuthenticatedClient
from orderly_client.models import (
    CreateInternalTransferV2Request,
    DelegateOrderlyKeyBody,
    DelegateSettlePnlBody,
    DelegateSignerBody,
    DelegateWithdrawRequestBody,
    OrderlyKeyBody,
    PostV1SvOperationRequestBody,
    RegisterAccountBody,
    SettlePnlBody,
    WithdrawRequestBody,
)
from orderly_client.types import Unset

from .._client import create_client
from .._errors import NotFoundError, OrderlyError, ServerError
from .._keys import Credentials, KeyPair, generate_key
from . import _builders
from ._account_id import account_id as derive_account_id
from ._amounts import COLLATERAL_DECIMALS, check_decimals
from ._domains import check_chain_network
from ._errors import AccountMismatchError, WalletConfigError, WalletError
from ._signer import TypedDataSigner, holds_key_of, recover_signer
from ._typed_data import TypedData, signature_hex
from ._values import MAX_KEY_VALIDITY_MS, address, now_ms, shown, token_symbol, uint
from ._values import broker_id as check_broker

__all__ = ["DEFAULT_KEY_SCOPE", "AsyncWallet", "Wallet"]

#: The scopes a new key gets unless told otherwise: enough to read and trade, not to move funds.
DEFAULT_KEY_SCOPE = "read,trading"
_NETWORKS = ("mainnet", "testnet")


def _whole(value: object, what: str) -> int:
    """A whole number from an answer (the spec types some as numbers, some as text)."""
    if isinstance(value, Unset) or value is None or isinstance(value, bool):
        raise WalletError(f"the server's answer has no {what}")
    number = Decimal(str(value))
    if number != number.to_integral_value() or number < 0:
        raise WalletError(f"the server's {what} is not a whole number: {value!r}")
    return int(number)


def _same_number(value: object, expected: int) -> bool:
    """Whether a served number (int, float or text) equals ``expected``, compared exactly."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    try:
        return Decimal(str(value)) == expected
    except InvalidOperation:
        return False


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Step:
    """One call a flow needs: a generated endpoint module, the key to sign with (None: public), its arguments."""

    endpoint: ModuleType
    credentials: Credentials | None = None
    arguments: dict[str, Any] = field(default_factory=dict)


#: A flow: yields the calls it needs, gets each answer back, returns its result.
Flow = Generator[Step, Any, T]


def _data(answer: Any, what: str) -> Any:
    if answer is None or isinstance(getattr(answer, "data", None), Unset | None):
        raise WalletError(f"the server's answer to {what} has no data")
    return answer.data


class _WalletCore:
    """What both wallets share: configuration, the derived account id, checks, and every flow as steps."""

    def __init__(
        self,
        signer: TypedDataSigner,
        *,
        broker_id: str,
        chain_id: int,
        network: str,
        base_url: str | None = None,
        check: bool = True,
        token_decimals: Mapping[str, int] | None = None,
    ) -> None:
        if not isinstance(signer, TypedDataSigner):
            raise WalletConfigError("signer must have an address and a sign_typed_data(typed_data) method")
        if network not in _NETWORKS:
            raise WalletConfigError(f"network must be mainnet or testnet, got {shown(network)}")
        self.signer = signer
        self.address = address(signer.address, "signer.address")
        self.broker_id = check_broker(broker_id)
        self.chain_id = uint(chain_id, "chain_id")
        check_chain_network(self.chain_id, network)
        self.network = network
        self.base_url = base_url
        self.account_id = derive_account_id(self.address, self.broker_id)
        self._check = check
        self._checked = False
        stated = dict(token_decimals or {})
        self._decimals = dict(COLLATERAL_DECIMALS) | {
            token_symbol(token): check_decimals(places, f"token_decimals[{token!r}]")
            for token, places in stated.items()
        }
        self._confirmed: set[str] = set()
        self._clients: dict[Credentials | None, AuthenticatedClient] = {}
        self._clients_lock = threading.Lock()  # one Wallet may be shared by threads: one client per key

    def __repr__(self) -> str:
        names = ("address", "broker_id", "chain_id")  # total: a half-built wallet lacks some
        return f"{type(self).__name__}(" + ", ".join(f"{name}={getattr(self, name, None)!r}" for name in names) + ")"

    def client(self, credentials: Credentials | None = None) -> AuthenticatedClient:
        """A new :func:`create_client` client for this wallet's server, signing with ``credentials`` if given."""
        return create_client(credentials, network=None if self.base_url else self.network, base_url=self.base_url)

    def _client_for(self, credentials: Credentials | None) -> AuthenticatedClient:
        """The client a step runs on: one per key (and one public), kept until the wallet is closed."""
        with self._clients_lock:
            if credentials not in self._clients:
                self._clients[credentials] = self.client(credentials)
            return self._clients[credentials]

    def delegate_account_id(self, delegate_contract: str) -> str:
        """The account id of ``delegate_contract`` with this broker (derived locally)."""
        return derive_account_id(delegate_contract, self.broker_id)

    # -- what the flows fetch --------------------------------------------------------------------

    def _checks(self) -> Flow[None]:
        """Refuse (before signing anything) a broker id Orderly does not list, or a chain it does not support."""
        if self._checked or not self._check:
            return
        answer = yield Step(get_v1_public_broker_name, arguments={"broker_id": self.broker_id})
        if not any(row.broker_id == self.broker_id for row in _data(answer, "broker/name").rows):
            raise WalletConfigError(f"broker_id {self.broker_id!r} is not a broker Orderly lists")
        answer = yield Step(get_v1_public_chain_info, arguments={"broker_id": self.broker_id})
        listed = sorted(str(row.chain_id) for row in _data(answer, "chain_info").rows)
        if str(self.chain_id) not in listed:
            raise WalletConfigError(f"chain {self.chain_id} is not supported for this broker (listed: {listed})")
        self._checked = True

    def _token_decimals(self, token: str) -> Flow[int]:
        """The decimal places of ``token``: pinned or stated by the caller, and confirmed by ``GET /v1/public/token``.

        The signed amount depends on them, so the server's answer is never taken alone: one that
        differs from what is expected here is refused (:class:`WalletError`) before anything is signed.
        """
        token = token_symbol(token)
        if token not in self._decimals:
            raise WalletConfigError(
                f"token {token!r} is not one of Orderly's collateral tokens ({', '.join(COLLATERAL_DECIMALS)}): "
                f"state its decimals, e.g. Wallet(..., token_decimals={{{token!r}: 18}})"
            )
        expected = self._decimals[token]
        if token not in self._confirmed:
            answer = yield Step(get_v1_public_token, arguments={"chain_id": str(self.chain_id)})
            served = [row.decimals for row in _data(answer, "public/token").rows if row.token == token]
            if not served or isinstance(served[0], Unset):
                raise WalletConfigError(f"token {token!r} is not listed for chain {self.chain_id}")
            if not _same_number(served[0], expected):
                shown = repr(served[0])[:40]
                raise WalletError(
                    f"the server gives {token} {shown} decimals where {expected} are expected: "
                    "the signed amount would change, so nothing is signed"
                )
            self._confirmed.add(token)
        return expected

    def _registered_account_id(self) -> Flow[str | None]:
        try:
            answer = yield Step(get_v1_get_account, arguments={"address": self.address, "broker_id": self.broker_id})
        except (NotFoundError, ServerError):
            return None
        found = str(_data(answer, "get_account").account_id)
        self._check_account_id(found, self.account_id)
        return found

    def _sign(self, typed: TypedData) -> dict[str, Any]:
        """The signed body; a message holding the wallet's own key is never signed, a wrong signature never sent."""
        if holds_key_of([dict(typed.message), dict(typed.unsigned)], self.address):
            raise WalletConfigError(
                "the message holds this wallet's private key (given in place of an id, hash or address?): "
                "nothing was signed or sent"
            )
        full = typed.eip712()
        signature = signature_hex(self.signer.sign_typed_data(full))  # normalised: v 27/28, low s
        if recover_signer(full, signature) != self.address:
            raise WalletError(f"the signer's signature does not recover to its address {self.address}: not sent")
        return typed.body(signature, self.address)

    @staticmethod
    def _check_account_id(server: object, derived: str) -> None:
        if not isinstance(server, str) or server.lower() != derived.lower():
            raise AccountMismatchError(f"the server's account id {server!r} is not the derived {derived}")

    def _check_credentials(self, credentials: Credentials, account: str | None = None) -> None:
        expected = account or self.account_id
        if not isinstance(credentials, Credentials) or credentials.account_id.lower() != expected.lower():
            raise WalletConfigError(f"credentials must be an Orderly key of account {expected}")

    @staticmethod
    def _expiration(valid_for_days: float, timestamp: int) -> int:
        if not 0 < valid_for_days <= 365:
            raise WalletConfigError(f"valid_for_days must be more than 0 and at most 365, got {shown(valid_for_days)}")
        return timestamp + min(round(valid_for_days * 86_400_000), MAX_KEY_VALIDITY_MS)

    @staticmethod
    def _scope(scope: str | Iterable[str]) -> str | list[str]:
        return scope if isinstance(scope, str) else list(scope)

    # -- flows -----------------------------------------------------------------------------------

    def _register(self) -> Flow[str]:
        yield from self._checks()
        nonce = _data((yield Step(get_v1_registration_nonce)), "registration_nonce").registration_nonce
        typed = _builders.registration(broker_id=self.broker_id, chain_id=self.chain_id, registration_nonce=nonce)
        body = RegisterAccountBody.from_dict(self._sign(typed))
        answer = yield Step(post_v1_register_account, arguments={"body": body})
        self._check_account_id(_data(answer, "register_account").account_id, self.account_id)
        return self.account_id

    @staticmethod
    def _new_key(key: KeyPair | None) -> KeyPair:
        """The caller's key pair (to keep its secret), or a new one."""
        if key is None:
            return generate_key()
        if not isinstance(key, KeyPair):
            raise WalletConfigError(
                f"key must be a KeyPair (orderly_auth.generate_key()), not {type(key).__name__}; "
                "give the secret as KeyPair(orderly_key, secret)"
            )
        return key

    def _add_orderly_key(
        self, scope: str | Iterable[str], valid_for_days: float, tag: str | None, key: KeyPair | None = None
    ) -> Flow[Credentials]:
        key = self._new_key(key)
        yield from self._checks()
        timestamp = now_ms()
        typed = _builders.add_orderly_key(
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            orderly_key=key.orderly_key,
            scope=self._scope(scope),
            expiration=self._expiration(valid_for_days, timestamp),
            timestamp=timestamp,
            tag=tag,
        )
        body = OrderlyKeyBody.from_dict(self._sign(typed))
        answer = _data((yield Step(post_v1_orderly_key, arguments={"body": body})), "orderly_key")
        if answer.orderly_key != key.orderly_key:
            raise WalletError("the server registered a different key than the one signed")
        return Credentials(self.account_id, key.secret, key.orderly_key)

    def _withdraw(
        self,
        credentials: Credentials,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None,
        allow_cross_chain_withdraw: bool = False,
        delegate_contract: str | None = None,
    ) -> Flow[int]:
        owner = delegate_contract or self.address
        self._check_credentials(credentials, self.delegate_account_id(delegate_contract) if delegate_contract else None)
        yield from self._checks()
        decimals = yield from self._token_decimals(token)
        answer = yield Step(get_v1_withdraw_nonce, credentials)
        nonce = _whole(_data(answer, "withdraw_nonce").withdraw_nonce, "withdraw nonce")
        fields: dict[str, Any] = {
            "broker_id": self.broker_id,
            "chain_id": self.chain_id,
            "receiver": receiver or owner,
            "token": token,
            "amount": amount,
            "decimals": decimals,
            "withdraw_nonce": nonce,
            "network": self.network,
        }
        if delegate_contract is None:
            typed = _builders.withdraw(**fields, allow_cross_chain_withdraw=allow_cross_chain_withdraw)
            step = Step(
                post_v1_withdraw_request, credentials, {"body": WithdrawRequestBody.from_dict(self._sign(typed))}
            )
        else:
            typed = _builders.delegate_withdraw(delegate_contract=delegate_contract, **fields)
            delegated = DelegateWithdrawRequestBody.from_dict(self._sign(typed))
            step = Step(post_v1_delegate_withdraw_request, credentials, {"body": delegated})
        return _whole(_data((yield step), "withdraw_request").withdraw_id, "withdraw id")

    def _settle_pnl(self, credentials: Credentials, delegate_contract: str | None = None) -> Flow[int]:
        self._check_credentials(credentials, self.delegate_account_id(delegate_contract) if delegate_contract else None)
        yield from self._checks()
        answer = yield Step(get_v1_settle_nonce, credentials)
        nonce = _whole(_data(answer, "settle_nonce").settle_nonce, "settle nonce")
        fields: dict[str, Any] = {
            "broker_id": self.broker_id,
            "chain_id": self.chain_id,
            "settle_nonce": nonce,
            "network": self.network,
        }
        if delegate_contract is None:
            typed = _builders.settle_pnl(**fields)
            step = Step(post_v1_settle_pnl, credentials, {"body": SettlePnlBody.from_dict(self._sign(typed))})
        else:
            typed = _builders.delegate_settle_pnl(delegate_contract=delegate_contract, **fields)
            body = DelegateSettlePnlBody.from_dict(self._sign(typed))
            step = Step(post_v1_delegate_settle_pnl, credentials, {"body": body})
        return _whole(_data((yield step), "settle_pnl").settle_pnl_id, "settle id")

    def _internal_transfer(
        self, credentials: Credentials, receiver_account_id: str, token: str, amount: Decimal | int | str
    ) -> Flow[int | None]:
        self._check_credentials(credentials)
        yield from self._checks()
        decimals = yield from self._token_decimals(token)
        answer = yield Step(get_v1_transfer_nonce, credentials)
        typed = _builders.internal_transfer(
            chain_id=self.chain_id,
            receiver=receiver_account_id,
            token=token,
            amount=amount,
            decimals=decimals,
            transfer_nonce=_whole(_data(answer, "transfer_nonce").transfer_nonce, "transfer nonce"),
            network=self.network,
        )
        body = CreateInternalTransferV2Request.from_dict(self._sign(typed))
        answer = yield Step(post_v2_internal_transfer, credentials, {"body": body})
        request_id = _data(answer, "internal_transfer").internal_transfer_request_id
        return None if isinstance(request_id, Unset) else _whole(request_id, "transfer request id")

    def _register_delegate(self, delegate_contract: str, tx_hash: str | bytes) -> Flow[str]:
        yield from self._checks()
        nonce = _data((yield Step(get_v1_registration_nonce)), "registration_nonce").registration_nonce
        typed = _builders.delegate_signer(
            delegate_contract=delegate_contract,
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            registration_nonce=nonce,
            tx_hash=tx_hash,
        )
        body = DelegateSignerBody.from_dict(self._sign(typed))
        answer = _data((yield Step(post_v1_delegate_signer, arguments={"body": body})), "delegate_signer")
        expected = self.delegate_account_id(delegate_contract)
        if not isinstance(answer.account_id, Unset):
            self._check_account_id(answer.account_id, expected)
        return expected

    def _add_delegate_orderly_key(
        self, delegate_contract: str, scope: str | Iterable[str], valid_for_days: float, key: KeyPair | None = None
    ) -> Flow[Credentials]:
        key = self._new_key(key)
        yield from self._checks()
        timestamp = now_ms()
        typed = _builders.delegate_add_orderly_key(
            delegate_contract=delegate_contract,
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            orderly_key=key.orderly_key,
            scope=self._scope(scope),
            expiration=self._expiration(valid_for_days, timestamp),
            timestamp=timestamp,
        )
        body = DelegateOrderlyKeyBody.from_dict(self._sign(typed))
        answer = _data((yield Step(post_v1_delegate_orderly_key, arguments={"body": body})), "delegate key")
        if answer.orderly_key != key.orderly_key:
            raise WalletError("the server registered a different key than the one signed")
        return Credentials(self.delegate_account_id(delegate_contract), key.secret, key.orderly_key)

    def _vault_request(
        self,
        payload_type: _builders.VaultPayload | int,
        vault_id: str | bytes,
        token: str,
        amount: Decimal | int | str,
        receiver: str | None,
    ) -> Flow[None]:
        yield from self._checks()
        decimals = yield from self._token_decimals(token)
        nonce = _data((yield Step(get_v1_public_sv_nonce)), "sv_nonce").nonce
        typed = _builders.dex_request(
            payload_type=payload_type,
            nonce=_whole(nonce, "vault nonce"),
            receiver=receiver or self.address,
            amount=amount,
            decimals=decimals,
            vault_id=vault_id,
            token=token,
            dex_broker_id=self.broker_id,
            chain_id=self.chain_id,
            network=self.network,
        )
        body = PostV1SvOperationRequestBody.from_dict(self._sign(typed))
        answer = yield Step(post_v1_sv_operation_request, arguments={"body": body})
        if answer is None or not answer.success:
            raise OrderlyError("the vault request was not accepted")


class Wallet(_WalletCore):
    """An EVM wallet's Orderly flows for one broker, on the chain the wallet signs on.

    ``network`` (``mainnet``/``testnet``) picks the verifying contracts and, unless ``base_url`` is
    given (e.g. the sandbox's), the server. The account id is derived locally from the address and
    ``broker_id``, and every answer that names one is checked against it. ``check=False`` skips the
    broker and chain checks. Close it (or use ``with``) to close its connections.
    """

    def _run(self, flow: Flow[T]) -> T:
        """Run a flow's steps with the generated ``sync`` functions; an error goes back into the flow."""
        resume: Callable[[Any], Step] = flow.send
        value: Any = None
        while True:
            try:
                step = resume(value)
            except StopIteration as done:
                result: T = done.value
                return result
            try:
                value, resume = (
                    step.endpoint.sync(client=self._client_for(step.credentials), **step.arguments),
                    flow.send,
                )
            except Exception as exc:  # thrown into the flow: it re-raises, or it expected it
                value, resume = exc, flow.throw

    def close(self) -> None:
        """Close the connections this wallet opened."""
        with self._clients_lock:
            clients, self._clients = self._clients, {}
        for client in clients.values():
            client.get_httpx_client().close()

    def __enter__(self) -> Wallet:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def registered_account_id(self) -> str | None:
        """The account id the server has for this wallet and broker, or None if it is not registered."""
        return self._run(self._registered_account_id())

    def token_decimals(self, token: str) -> int:
        """The decimal places of ``token``: pinned or stated, confirmed once by ``GET /v1/public/token``."""
        return self._run(self._token_decimals(token))

    def check_broker_and_chain(self) -> None:
        """Refuse a broker id Orderly does not list, or a chain it does not support (each flow does it once)."""
        return self._run(self._checks())

    def register(self) -> str:
        """Register this wallet with the broker (``Registration``); returns the account id, checked."""
        return self._run(self._register())

    def add_orderly_key(
        self,
        scope: str | Iterable[str] = DEFAULT_KEY_SCOPE,
        *,
        valid_for_days: float = 365,
        tag: str | None = None,
        key: KeyPair | None = None,
    ) -> Credentials:
        """Authorise an ed25519 key (``AddOrderlyKey``, at most 365 days) and return ready Credentials.

        ``key``: a :class:`KeyPair` you made with ``generate_key()`` and keep (its ``secret`` in a secret
        store, e.g. as ``ORDERLY_SECRET``), so later runs use it without a new wallet signature. Without
        it a new key is made whose secret never leaves this process.
        """
        return self._run(self._add_orderly_key(scope, valid_for_days, tag, key))

    def withdraw(
        self,
        credentials: Credentials,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
        allow_cross_chain_withdraw: bool = False,
    ) -> int:
        """Withdraw ``amount`` of ``token`` to ``receiver`` (default: this wallet) (``Withdraw``); the withdraw id."""
        return self._run(
            self._withdraw(
                credentials, token, amount, receiver=receiver, allow_cross_chain_withdraw=allow_cross_chain_withdraw
            )
        )

    def settle_pnl(self, credentials: Credentials) -> int:
        """Settle the account's PnL into its balance (``SettlePnl``); returns the settlement id."""
        return self._run(self._settle_pnl(credentials))

    def internal_transfer(
        self, credentials: Credentials, receiver_account_id: str, token: str, amount: Decimal | int | str
    ) -> int | None:
        """Move ``amount`` of ``token`` to another Orderly account (``InternalTransfer``); the request id."""
        return self._run(self._internal_transfer(credentials, receiver_account_id, token, amount))

    def register_delegate(self, delegate_contract: str, tx_hash: str | bytes) -> str:
        """Link this wallet as signer of ``delegate_contract`` (``DelegateSigner``); the contract's account id.

        ``tx_hash`` is the contract's on-chain transaction that delegated to this wallet.
        """
        return self._run(self._register_delegate(delegate_contract, tx_hash))

    def add_delegate_orderly_key(
        self,
        delegate_contract: str,
        scope: str | Iterable[str] = DEFAULT_KEY_SCOPE,
        *,
        valid_for_days: float = 365,
        key: KeyPair | None = None,
    ) -> Credentials:
        """An Orderly key for ``delegate_contract``'s account (``DelegateAddOrderlyKey``), as Credentials.

        ``key``: your own :class:`KeyPair` to keep, as for :meth:`add_orderly_key`.
        """
        return self._run(self._add_delegate_orderly_key(delegate_contract, scope, valid_for_days, key))

    def delegate_withdraw(
        self,
        credentials: Credentials,
        delegate_contract: str,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
    ) -> int:
        """Withdraw from ``delegate_contract``'s account (``DelegateWithdraw``; default receiver: the contract)."""
        return self._run(
            self._withdraw(credentials, token, amount, receiver=receiver, delegate_contract=delegate_contract)
        )

    def delegate_settle_pnl(self, credentials: Credentials, delegate_contract: str) -> int:
        """Settle ``delegate_contract``'s PnL (``DelegateSettlePnl``); returns the settlement id."""
        return self._run(self._settle_pnl(credentials, delegate_contract))

    def vault_request(
        self,
        payload_type: _builders.VaultPayload | int,
        vault_id: str | bytes,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
    ) -> None:
        """A Strategy Vault deposit or withdrawal (``DexRequest``), e.g. ``VaultPayload.LP_DEPOSIT``."""
        return self._run(self._vault_request(payload_type, vault_id, token, amount, receiver))


class AsyncWallet(_WalletCore):
    """:class:`Wallet`'s flows as coroutines (same arguments, same checks, one core); ``async with`` closes it."""

    async def _arun(self, flow: Flow[T]) -> T:
        """Run a flow's steps, awaiting the generated ``asyncio`` functions; an error goes back into the flow."""
        resume: Callable[[Any], Step] = flow.send
        value: Any = None
        while True:
            try:
                step = resume(value)
            except StopIteration as done:
                result: T = done.value
                return result
            client = self._client_for(step.credentials)
            try:
                value, resume = await step.endpoint.asyncio(client=client, **step.arguments), flow.send
            except Exception as exc:  # thrown into the flow: it re-raises, or it expected it
                value, resume = exc, flow.throw

    async def aclose(self) -> None:
        """Close the connections this wallet opened."""
        with self._clients_lock:
            clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncWallet:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def registered_account_id(self) -> str | None:
        """The account id the server has for this wallet and broker, or None if it is not registered."""
        return await self._arun(self._registered_account_id())

    async def token_decimals(self, token: str) -> int:
        """The decimal places of ``token``: pinned or stated, confirmed once by ``GET /v1/public/token``."""
        return await self._arun(self._token_decimals(token))

    async def check_broker_and_chain(self) -> None:
        """Refuse a broker id Orderly does not list, or a chain it does not support (each flow does it once)."""
        return await self._arun(self._checks())

    async def register(self) -> str:
        """Register this wallet with the broker (``Registration``); returns the account id, checked."""
        return await self._arun(self._register())

    async def add_orderly_key(
        self,
        scope: str | Iterable[str] = DEFAULT_KEY_SCOPE,
        *,
        valid_for_days: float = 365,
        tag: str | None = None,
        key: KeyPair | None = None,
    ) -> Credentials:
        """Authorise an ed25519 key (``AddOrderlyKey``, at most 365 days) and return ready Credentials.

        ``key``: a :class:`KeyPair` you made with ``generate_key()`` and keep (its ``secret`` in a secret
        store, e.g. as ``ORDERLY_SECRET``), so later runs use it without a new wallet signature. Without
        it a new key is made whose secret never leaves this process.
        """
        return await self._arun(self._add_orderly_key(scope, valid_for_days, tag, key))

    async def withdraw(
        self,
        credentials: Credentials,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
        allow_cross_chain_withdraw: bool = False,
    ) -> int:
        """Withdraw ``amount`` of ``token`` to ``receiver`` (default: this wallet) (``Withdraw``); the withdraw id."""
        return await self._arun(
            self._withdraw(
                credentials, token, amount, receiver=receiver, allow_cross_chain_withdraw=allow_cross_chain_withdraw
            )
        )

    async def settle_pnl(self, credentials: Credentials) -> int:
        """Settle the account's PnL into its balance (``SettlePnl``); returns the settlement id."""
        return await self._arun(self._settle_pnl(credentials))

    async def internal_transfer(
        self, credentials: Credentials, receiver_account_id: str, token: str, amount: Decimal | int | str
    ) -> int | None:
        """Move ``amount`` of ``token`` to another Orderly account (``InternalTransfer``); the request id."""
        return await self._arun(self._internal_transfer(credentials, receiver_account_id, token, amount))

    async def register_delegate(self, delegate_contract: str, tx_hash: str | bytes) -> str:
        """Link this wallet as signer of ``delegate_contract`` (``DelegateSigner``); the contract's account id.

        ``tx_hash`` is the contract's on-chain transaction that delegated to this wallet.
        """
        return await self._arun(self._register_delegate(delegate_contract, tx_hash))

    async def add_delegate_orderly_key(
        self,
        delegate_contract: str,
        scope: str | Iterable[str] = DEFAULT_KEY_SCOPE,
        *,
        valid_for_days: float = 365,
        key: KeyPair | None = None,
    ) -> Credentials:
        """An Orderly key for ``delegate_contract``'s account (``DelegateAddOrderlyKey``), as Credentials.

        ``key``: your own :class:`KeyPair` to keep, as for :meth:`add_orderly_key`.
        """
        return await self._arun(self._add_delegate_orderly_key(delegate_contract, scope, valid_for_days, key))

    async def delegate_withdraw(
        self,
        credentials: Credentials,
        delegate_contract: str,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
    ) -> int:
        """Withdraw from ``delegate_contract``'s account (``DelegateWithdraw``; default receiver: the contract)."""
        return await self._arun(
            self._withdraw(credentials, token, amount, receiver=receiver, delegate_contract=delegate_contract)
        )

    async def delegate_settle_pnl(self, credentials: Credentials, delegate_contract: str) -> int:
        """Settle ``delegate_contract``'s PnL (``DelegateSettlePnl``); returns the settlement id."""
        return await self._arun(self._settle_pnl(credentials, delegate_contract))

    async def vault_request(
        self,
        payload_type: _builders.VaultPayload | int,
        vault_id: str | bytes,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
    ) -> None:
        """A Strategy Vault deposit or withdrawal (``DexRequest``), e.g. ``VaultPayload.LP_DEPOSIT``."""
        return await self._arun(self._vault_request(payload_type, vault_id, token, amount, receiver))
