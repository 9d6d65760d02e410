"""``Wallet``: each Orderly wallet flow as one call that fetches what it needs, signs and sends.

Every flow checks its input, fetches fresh nonces and token decimals, signs with the wallet's
:class:`TypedDataSigner`, and sends through the generated functions on a :func:`create_client` client
(so requests are signed, paced and checked like every other call). Server errors raise the usual
:class:`OrderlyAPIError` subclasses.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from types import TracebackType
from typing import Any

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
from .._keys import Credentials, generate_key
from . import _builders
from ._account_id import account_id as derive_account_id
from ._errors import AccountMismatchError, WalletConfigError, WalletError
from ._signer import TypedDataSigner
from ._typed_data import TypedData
from ._values import MAX_KEY_VALIDITY_MS, address, now_ms, uint
from ._values import broker_id as check_broker

__all__ = ["DEFAULT_KEY_SCOPE", "Wallet"]

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


def _data(answer: Any, what: str) -> Any:
    if answer is None or isinstance(getattr(answer, "data", None), Unset | None):
        raise WalletError(f"the server's answer to {what} has no data")
    return answer.data


class Wallet:
    """An EVM wallet's Orderly flows for one broker, on the chain the wallet signs on.

    ``network`` (``mainnet``/``testnet``) picks the verifying contracts and, unless ``base_url`` is
    given (e.g. the sandbox's), the server. The account id is derived locally from the address and
    ``broker_id``, and every answer that names one is checked against it.
    """

    def __init__(
        self,
        signer: TypedDataSigner,
        *,
        broker_id: str,
        chain_id: int,
        network: str,
        base_url: str | None = None,
        check: bool = True,
    ) -> None:
        if not isinstance(signer, TypedDataSigner):
            raise WalletConfigError("signer must have an address and a sign_typed_data(typed_data) method")
        if network not in _NETWORKS:
            raise WalletConfigError(f"network must be mainnet or testnet, got {network!r}")
        self.signer = signer
        self.address = address(signer.address, "signer.address")
        self.broker_id = check_broker(broker_id)
        self.chain_id = uint(chain_id, "chain_id")
        self.network = network
        self.base_url = base_url
        self.account_id = derive_account_id(self.address, self.broker_id)
        self._check = check
        self._checked = False
        self._decimals: dict[str, int] = {}
        self._public: AuthenticatedClient | None = None

    def __repr__(self) -> str:
        return f"Wallet(address={self.address!r}, broker_id={self.broker_id!r}, chain_id={self.chain_id})"

    # -- clients ---------------------------------------------------------------------------------

    def client(self, credentials: Credentials | None = None) -> AuthenticatedClient:
        """A :func:`create_client` client for this wallet's server, signing with ``credentials`` if given."""
        return create_client(credentials, network=None if self.base_url else self.network, base_url=self.base_url)

    @property
    def _public_client(self) -> AuthenticatedClient:
        if self._public is None:
            self._public = self.client()
        return self._public

    def close(self) -> None:
        """Close the connections this wallet opened."""
        if self._public is not None:
            self._public.get_httpx_client().close()
            self._public = None

    def __enter__(self) -> Wallet:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # -- what the flows fetch --------------------------------------------------------------------

    def check_broker_and_chain(self) -> None:
        """Refuse (before signing anything) a broker id Orderly does not list, or a chain it does not support."""
        if self._checked or not self._check:
            return
        client = self._public_client
        brokers = _data(get_v1_public_broker_name.sync(client=client, broker_id=self.broker_id), "broker/name")
        if not any(row.broker_id == self.broker_id for row in brokers.rows):
            raise WalletConfigError(f"broker_id {self.broker_id!r} is not a broker Orderly lists")
        chains = _data(get_v1_public_chain_info.sync(client=client, broker_id=self.broker_id), "chain_info")
        listed = sorted(str(row.chain_id) for row in chains.rows)
        if str(self.chain_id) not in listed:
            raise WalletConfigError(f"chain {self.chain_id} is not supported for this broker (listed: {listed})")
        self._checked = True

    def token_decimals(self, token: str) -> int:
        """The decimal places of ``token`` on this chain, from ``GET /v1/public/token`` (cached)."""
        if token not in self._decimals:
            answer = get_v1_public_token.sync(client=self._public_client, chain_id=str(self.chain_id))
            for row in _data(answer, "public/token").rows:
                if isinstance(row.token, str) and not isinstance(row.decimals, Unset):
                    self._decimals[row.token] = _whole(row.decimals, f"decimals of {row.token}")
            if token not in self._decimals:
                raise WalletConfigError(f"token {token!r} is not listed for chain {self.chain_id}")
        return self._decimals[token]

    def registered_account_id(self) -> str | None:
        """The account id the server has for this wallet and broker, or None if it is not registered."""
        try:
            answer = get_v1_get_account.sync(client=self._public_client, address=self.address, broker_id=self.broker_id)
        except (NotFoundError, ServerError):
            return None
        found = str(_data(answer, "get_account").account_id)
        self._check_account_id(found, self.account_id)
        return found

    def _sign(self, typed: TypedData, user_address: str | None = None) -> dict[str, Any]:
        signature = self.signer.sign_typed_data(typed.eip712())
        return typed.body(signature, user_address or self.address)

    @staticmethod
    def _check_account_id(server: object, derived: str) -> None:
        if not isinstance(server, str) or server.lower() != derived.lower():
            raise AccountMismatchError(f"the server's account id {server!r} is not the derived {derived}")

    def _check_credentials(self, credentials: Credentials, account: str | None = None) -> None:
        expected = account or self.account_id
        if not isinstance(credentials, Credentials) or credentials.account_id.lower() != expected.lower():
            raise WalletConfigError(f"credentials must be an Orderly key of account {expected}")

    def _expiration(self, valid_for_days: float, timestamp: int) -> int:
        if not 0 < valid_for_days <= 365:
            raise WalletConfigError(f"valid_for_days must be more than 0 and at most 365, got {valid_for_days!r}")
        return timestamp + min(round(valid_for_days * 86_400_000), MAX_KEY_VALIDITY_MS)

    # -- flows -----------------------------------------------------------------------------------

    def register(self) -> str:
        """Register this wallet with the broker (``Registration``); returns the account id, checked."""
        self.check_broker_and_chain()
        client = self._public_client
        nonce = _data(get_v1_registration_nonce.sync(client=client), "registration_nonce").registration_nonce
        typed = _builders.registration(broker_id=self.broker_id, chain_id=self.chain_id, registration_nonce=nonce)
        body = RegisterAccountBody.from_dict(self._sign(typed))
        found = _data(post_v1_register_account.sync(client=client, body=body), "register_account").account_id
        self._check_account_id(found, self.account_id)
        return self.account_id

    def add_orderly_key(
        self, scope: str | Iterable[str] = DEFAULT_KEY_SCOPE, *, valid_for_days: float = 365, tag: str | None = None
    ) -> Credentials:
        """Make an ed25519 key pair, authorise it (``AddOrderlyKey``) and return ready :class:`Credentials`."""
        self.check_broker_and_chain()
        key = generate_key()
        timestamp = now_ms()
        typed = _builders.add_orderly_key(
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            orderly_key=key.orderly_key,
            scope=list(scope) if not isinstance(scope, str) else scope,
            expiration=self._expiration(valid_for_days, timestamp),
            timestamp=timestamp,
            tag=tag,
        )
        body = OrderlyKeyBody.from_dict(self._sign(typed))
        answer = _data(post_v1_orderly_key.sync(client=self._public_client, body=body), "orderly_key")
        if answer.orderly_key != key.orderly_key:
            raise WalletError("the server registered a different key than the one signed")
        return Credentials(self.account_id, key.secret, key.orderly_key)

    def withdraw(
        self,
        credentials: Credentials,
        token: str,
        amount: Decimal | int | str,
        *,
        receiver: str | None = None,
        allow_cross_chain_withdraw: bool = False,
    ) -> int:
        """Withdraw ``amount`` of ``token`` to ``receiver`` (default: this wallet); returns the withdraw id."""
        self._check_credentials(credentials)
        self.check_broker_and_chain()
        decimals = self.token_decimals(token)
        with self.client(credentials) as client:
            nonce = _data(get_v1_withdraw_nonce.sync(client=client), "withdraw_nonce").withdraw_nonce
            typed = _builders.withdraw(
                broker_id=self.broker_id,
                chain_id=self.chain_id,
                receiver=receiver or self.address,
                token=token,
                amount=amount,
                decimals=decimals,
                withdraw_nonce=_whole(nonce, "withdraw nonce"),
                network=self.network,
                allow_cross_chain_withdraw=allow_cross_chain_withdraw,
            )
            body = WithdrawRequestBody.from_dict(self._sign(typed))
            answer = _data(post_v1_withdraw_request.sync(client=client, body=body), "withdraw_request")
        return _whole(answer.withdraw_id, "withdraw id")

    def settle_pnl(self, credentials: Credentials) -> int:
        """Settle the account's PnL into its balance (``SettlePnl``); returns the settlement id."""
        self._check_credentials(credentials)
        self.check_broker_and_chain()
        with self.client(credentials) as client:
            nonce = _data(get_v1_settle_nonce.sync(client=client), "settle_nonce").settle_nonce
            typed = _builders.settle_pnl(
                broker_id=self.broker_id,
                chain_id=self.chain_id,
                settle_nonce=_whole(nonce, "settle nonce"),
                network=self.network,
            )
            body = SettlePnlBody.from_dict(self._sign(typed))
            answer = _data(post_v1_settle_pnl.sync(client=client, body=body), "settle_pnl")
        return _whole(answer.settle_pnl_id, "settle id")

    def internal_transfer(
        self, credentials: Credentials, receiver_account_id: str, token: str, amount: Decimal | int | str
    ) -> int | None:
        """Move ``amount`` of ``token`` to another Orderly account (``InternalTransfer``); returns the request id."""
        self._check_credentials(credentials)
        self.check_broker_and_chain()
        decimals = self.token_decimals(token)
        with self.client(credentials) as client:
            nonce = _data(get_v1_transfer_nonce.sync(client=client), "transfer_nonce").transfer_nonce
            typed = _builders.internal_transfer(
                chain_id=self.chain_id,
                receiver=receiver_account_id,
                token=token,
                amount=amount,
                decimals=decimals,
                transfer_nonce=_whole(nonce, "transfer nonce"),
                network=self.network,
            )
            body = CreateInternalTransferV2Request.from_dict(self._sign(typed))
            answer = _data(post_v2_internal_transfer.sync(client=client, body=body), "internal_transfer")
        request_id = answer.internal_transfer_request_id
        return None if isinstance(request_id, Unset) else _whole(request_id, "transfer request id")

    # -- delegate signer: this wallet signs for a smart-contract account -------------------------

    def delegate_account_id(self, delegate_contract: str) -> str:
        """The account id of ``delegate_contract`` with this broker (derived locally)."""
        return derive_account_id(delegate_contract, self.broker_id)

    def register_delegate(self, delegate_contract: str, tx_hash: str | bytes) -> str:
        """Link this wallet as signer of ``delegate_contract`` (``DelegateSigner``); returns the contract's account id.

        ``tx_hash`` is the contract's on-chain transaction that delegated to this wallet.
        """
        self.check_broker_and_chain()
        client = self._public_client
        nonce = _data(get_v1_registration_nonce.sync(client=client), "registration_nonce").registration_nonce
        typed = _builders.delegate_signer(
            delegate_contract=delegate_contract,
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            registration_nonce=nonce,
            tx_hash=tx_hash,
        )
        body = DelegateSignerBody.from_dict(self._sign(typed))
        answer = _data(post_v1_delegate_signer.sync(client=client, body=body), "delegate_signer")
        expected = self.delegate_account_id(delegate_contract)
        if not isinstance(answer.account_id, Unset):
            self._check_account_id(answer.account_id, expected)
        return expected

    def add_delegate_orderly_key(
        self,
        delegate_contract: str,
        scope: str | Iterable[str] = DEFAULT_KEY_SCOPE,
        *,
        valid_for_days: float = 365,
    ) -> Credentials:
        """A new Orderly key for ``delegate_contract``'s account (``DelegateAddOrderlyKey``), as Credentials."""
        self.check_broker_and_chain()
        key = generate_key()
        timestamp = now_ms()
        typed = _builders.delegate_add_orderly_key(
            delegate_contract=delegate_contract,
            broker_id=self.broker_id,
            chain_id=self.chain_id,
            orderly_key=key.orderly_key,
            scope=list(scope) if not isinstance(scope, str) else scope,
            expiration=self._expiration(valid_for_days, timestamp),
            timestamp=timestamp,
        )
        body = DelegateOrderlyKeyBody.from_dict(self._sign(typed))
        answer = _data(post_v1_delegate_orderly_key.sync(client=self._public_client, body=body), "delegate key")
        if answer.orderly_key != key.orderly_key:
            raise WalletError("the server registered a different key than the one signed")
        return Credentials(self.delegate_account_id(delegate_contract), key.secret, key.orderly_key)

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
        self._check_credentials(credentials, self.delegate_account_id(delegate_contract))
        self.check_broker_and_chain()
        decimals = self.token_decimals(token)
        with self.client(credentials) as client:
            nonce = _data(get_v1_withdraw_nonce.sync(client=client), "withdraw_nonce").withdraw_nonce
            typed = _builders.delegate_withdraw(
                delegate_contract=delegate_contract,
                broker_id=self.broker_id,
                chain_id=self.chain_id,
                receiver=receiver or delegate_contract,
                token=token,
                amount=amount,
                decimals=decimals,
                withdraw_nonce=_whole(nonce, "withdraw nonce"),
                network=self.network,
            )
            body = DelegateWithdrawRequestBody.from_dict(self._sign(typed))
            answer = _data(post_v1_delegate_withdraw_request.sync(client=client, body=body), "delegate withdraw")
        return _whole(answer.withdraw_id, "withdraw id")

    def delegate_settle_pnl(self, credentials: Credentials, delegate_contract: str) -> int:
        """Settle ``delegate_contract``'s PnL (``DelegateSettlePnl``); returns the settlement id."""
        self._check_credentials(credentials, self.delegate_account_id(delegate_contract))
        self.check_broker_and_chain()
        with self.client(credentials) as client:
            nonce = _data(get_v1_settle_nonce.sync(client=client), "settle_nonce").settle_nonce
            typed = _builders.delegate_settle_pnl(
                delegate_contract=delegate_contract,
                broker_id=self.broker_id,
                chain_id=self.chain_id,
                settle_nonce=_whole(nonce, "settle nonce"),
                network=self.network,
            )
            body = DelegateSettlePnlBody.from_dict(self._sign(typed))
            answer = _data(post_v1_delegate_settle_pnl.sync(client=client, body=body), "delegate settle")
        return _whole(answer.settle_pnl_id, "settle id")

    # -- Strategy Vault --------------------------------------------------------------------------

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
        self.check_broker_and_chain()
        decimals = self.token_decimals(token)
        client = self._public_client
        nonce = _data(get_v1_public_sv_nonce.sync(client=client), "sv_nonce").nonce
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
        answer = post_v1_sv_operation_request.sync(client=client, body=body)
        if answer is None or not answer.success:
            raise OrderlyError("the vault request was not accepted")
