from enum import StrEnum


class AssetHistoryRecordTransStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    PENDING_REBALANCE = "PENDING_REBALANCE"
    PROCESSING = "PROCESSING"

    def __str__(self) -> str:
        return str(self.value)
