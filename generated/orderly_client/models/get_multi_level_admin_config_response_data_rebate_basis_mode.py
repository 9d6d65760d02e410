from enum import StrEnum

from ..types import Unset


class GetMultiLevelAdminConfigResponseDataRebateBasisMode(StrEnum):
    BUILDER_REVENUE = "BUILDER_REVENUE"
    EFFECTIVE_TRADE_FEE_WITH_FALLBACK = "EFFECTIVE_TRADE_FEE_WITH_FALLBACK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "GetMultiLevelAdminConfigResponseDataRebateBasisMode":
        """The member for a value received from the server.

        A value the spec does not list yet (the API added one) becomes a member of its own instead
        of failing the whole answer; ``GetMultiLevelAdminConfigResponseDataRebateBasisMode(value)`` stays strict for input.
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


def to_get_multi_level_admin_config_response_data_rebate_basis_mode(
    value: GetMultiLevelAdminConfigResponseDataRebateBasisMode | str,
) -> GetMultiLevelAdminConfigResponseDataRebateBasisMode:
    """``value`` as a member: a plain string is taken as the member of that value (``ValueError`` if none)."""
    if type(value) is str:  # a dict lookup first: the Enum call costs about 1 us
        known = GetMultiLevelAdminConfigResponseDataRebateBasisMode._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
    return (
        value
        if isinstance(value, GetMultiLevelAdminConfigResponseDataRebateBasisMode)
        else GetMultiLevelAdminConfigResponseDataRebateBasisMode(value)
    )


def to_get_multi_level_admin_config_response_data_rebate_basis_mode_or_unset(
    value: "GetMultiLevelAdminConfigResponseDataRebateBasisMode | str | Unset",
) -> "GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset":
    """:func:`to_get_multi_level_admin_config_response_data_rebate_basis_mode`, ``UNSET`` kept."""
    return value if isinstance(value, Unset) else to_get_multi_level_admin_config_response_data_rebate_basis_mode(value)


def to_get_multi_level_admin_config_response_data_rebate_basis_mode_or_none(
    value: GetMultiLevelAdminConfigResponseDataRebateBasisMode | str | None,
) -> GetMultiLevelAdminConfigResponseDataRebateBasisMode | None:
    """:func:`to_get_multi_level_admin_config_response_data_rebate_basis_mode`, ``None`` kept."""
    return None if value is None else to_get_multi_level_admin_config_response_data_rebate_basis_mode(value)


def to_get_multi_level_admin_config_response_data_rebate_basis_mode_or_none_or_unset(
    value: "GetMultiLevelAdminConfigResponseDataRebateBasisMode | str | None | Unset",
) -> "GetMultiLevelAdminConfigResponseDataRebateBasisMode | None | Unset":
    """:func:`to_get_multi_level_admin_config_response_data_rebate_basis_mode`, ``None`` and ``UNSET`` kept."""
    return (
        value
        if value is None or isinstance(value, Unset)
        else to_get_multi_level_admin_config_response_data_rebate_basis_mode(value)
    )
