"""Local tooling: the embedded broker, Apache Kafka from its jars, and the local stack."""
