#!/usr/bin/env bash
# Write $KAFKA_WORK_DIR/client.properties (default /tmp/kafka): how Kafka's own tools (kafka-topics.sh, the healthcheck)
# log in, with --command-config. Used by the kafka and kafka-init services of
# docker-compose.yml; the password is read from the kafka_password secret file.
set -euo pipefail
# Defaults: the container's paths (the variables let the script run outside it).
secrets="${SECRETS_DIR:-/run/secrets}"
work="${KAFKA_WORK_DIR:-/tmp/kafka}"

secret="$secrets/kafka_password"
user="${SCRAM_USERNAME:?SCRAM_USERNAME not set}"
[[ -s "$secret" ]] || { echo "kafka: $secret is missing or empty (set KAFKA_PASSWORD in .env)" >&2; exit 1; }
password="$(cat "$secret")"
# The password goes into JAAS text and kafka-storage's --add-scram value unquoted-safe only
# when it has none of: quote, backslash, comma, brackets, '='.
case "$password" in
  *[!A-Za-z0-9._~-]*) echo "kafka: KAFKA_PASSWORD may only use A-Z a-z 0-9 . _ ~ -" >&2; exit 1 ;;
esac

umask 077
mkdir -p "$work"
printf '%s\n' \
  "security.protocol=SASL_PLAINTEXT" \
  "sasl.mechanism=SCRAM-SHA-512" \
  "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$user\" password=\"$password\";" \
  > "$work/client.properties"
