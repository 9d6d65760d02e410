from enum import StrEnum

from ..types import Unset


class CreateInternalTransferV2RequestMessageChainType(StrEnum):
    EVM = "EVM"
    SOL = "SOL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "CreateInternalTransferV2RequestMessageChainType":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``CreateInternalTransferV2RequestMessageChainType(value)`` stays strict for input.
        """
        known = cls._value2member_map_.get(value)  # a dict lookup: Enum's own call is slow for a large answer
        if known is not None:
            return known  # type: ignore[return-value]
        try:
            return cls(value)
        except ValueError:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member


def to_create_internal_transfer_v2_request_message_chain_type(
    value: CreateInternalTransferV2RequestMessageChainType | str,
) -> CreateInternalTransferV2RequestMessageChainType:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = CreateInternalTransferV2RequestMessageChainType._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, CreateInternalTransferV2RequestMessageChainType)
        else CreateInternalTransferV2RequestMessageChainType(value)
    )


def to_create_internal_transfer_v2_request_message_chain_type_or_unset(
    value: "CreateInternalTransferV2RequestMessageChainType | str | Unset",
) -> "CreateInternalTransferV2RequestMessageChainType | Unset":
    """:func:`to_create_internal_transfer_v2_request_message_chain_type`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_create_internal_transfer_v2_request_message_chain_type(value)


def to_create_internal_transfer_v2_request_message_chain_type_or_none(
    value: CreateInternalTransferV2RequestMessageChainType | str | None,
) -> CreateInternalTransferV2RequestMessageChainType | None:
    """:func:`to_create_internal_transfer_v2_request_message_chain_type`, ``None`` kept."""
    return None if value is None else to_create_internal_transfer_v2_request_message_chain_type(value)


def to_create_internal_transfer_v2_request_message_chain_type_or_none_or_unset(
    value: "CreateInternalTransferV2RequestMessageChainType | str | None | Unset",
) -> "CreateInternalTransferV2RequestMessageChainType | None | Unset":
    """:func:`to_create_internal_transfer_v2_request_message_chain_type`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_create_internal_transfer_v2_request_message_chain_type(value)
    )
