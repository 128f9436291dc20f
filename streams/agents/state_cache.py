"""Deserialised states kept beside the faust table that holds them as JSON bytes.

The table stays the source of truth (its changelog is what a restarted or added worker
recovers): every batch still writes each state it changed as JSON. An entry is used only while
the table still holds the very bytes object it was made from, so a state the table got any
other way (changelog recovery after a rebalance) is parsed afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class StateCache(Generic[M]):
    def __init__(self, table: Any, model: type[M], new: Callable[[bytes], M]) -> None:
        self.table = table
        self.model = model
        self.new = new  # the state of a key the table does not hold yet
        self.entries: dict[bytes, tuple[bytes, M]] = {}

    def take(self, key: bytes) -> M:
        """The key's state, owned by the caller until `store` (a failed batch leaves no entry)."""
        raw = self.table.get(key)
        entry = self.entries.pop(key, None)
        if entry is not None and raw is not None and entry[0] is raw:
            return entry[1]
        return self.new(key) if raw is None else self.model.model_validate_json(raw)

    def store(self, key: bytes, state: M) -> None:
        blob = state.model_dump_json().encode()
        self.table[key] = blob
        self.entries[key] = (blob, state)

    async def on_rebalance(self, *args: Any, **kwargs: Any) -> None:
        self.entries.clear()
