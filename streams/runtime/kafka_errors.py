"""One line that says why a Kafka client could not connect.

aiokafka logs the real reason of a failed bootstrap (a refused SASL login, a TLS certificate it
does not trust) and then raises a bare "Unable to bootstrap"; the CLI wants the reason, once, and
not aiokafka's log lines around it. `kafka_failures()` keeps aiokafka's error records while it is
active instead of printing them; `explain(exc, failures)` names the cause.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

# The words aiokafka's log records and exceptions use, and what the user should do about each.
_CAUSES = (
    ("SaslAuthenticationFailed", "Kafka refused the login: check WIREALERT_KAFKA_SASL_USERNAME, "
     "WIREALERT_KAFKA_SASL_PASSWORD and WIREALERT_KAFKA_SASL_MECHANISM"),
    ("UnsupportedSaslMechanism", "the broker does not offer WIREALERT_KAFKA_SASL_MECHANISM"),
    ("CERTIFICATE_VERIFY_FAILED", "the broker's TLS certificate is not trusted: check "
     "WIREALERT_KAFKA_SSL_CAFILE"),
)


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def kafka_failures() -> Iterator[list[str]]:
    """While active, aiokafka's error log records go into the yielded list, not to stderr."""
    logger = logging.getLogger("aiokafka")
    keep = _Keep()
    propagate = logger.propagate
    logger.addHandler(keep)
    logger.propagate = False
    try:
        yield keep.messages
    finally:
        logger.removeHandler(keep)
        logger.propagate = propagate


def explain(exc: BaseException, failures: list[str]) -> str:
    """The cause of a failed Kafka call in one line (no secrets: aiokafka never logs them)."""
    seen = " ".join([f"{type(exc).__name__}: {exc}", *failures])
    for word, cause in _CAUSES:
        if word in seen:
            return cause
    return " ".join(f"{type(exc).__name__}: {exc}".split())
