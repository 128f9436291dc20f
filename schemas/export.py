"""Export the JSON Schema of every contract model to schemas/json/ (`python -m schemas.export`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas.alert import Alert
from schemas.deadletter import DeadLetter
from schemas.decision import Decision
from schemas.wire_item import WireItem

MODELS: dict[str, type[BaseModel]] = {
    "wire_item": WireItem,
    "alert": Alert,
    "dead_letter": DeadLetter,
    "decision": Decision,
}
JSON_DIR = Path(__file__).parent / "json"


def rendered() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in MODELS.items()
    }


def main() -> int:
    JSON_DIR.mkdir(exist_ok=True)
    for filename, text in rendered().items():
        (JSON_DIR / filename).write_text(text, encoding="utf-8")
        print(f"wrote {JSON_DIR.name}/{filename}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
