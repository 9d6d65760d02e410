from enum import StrEnum


class CreateInternalTransferV2RequestMessageChainType(StrEnum):
    EVM = "EVM"
    SOL = "SOL"

    def __str__(self) -> str:
        return str(self.value)
