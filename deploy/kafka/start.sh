#!/usr/bin/env bash
# Kafka entrypoint for docker-compose.yml: format the storage once with the SCRAM-SHA-512 user
# (KRaft keeps SCRAM credentials in its metadata log, so the first user must exist before the
# broker starts), then run the broker with deploy/kafka/server.properties plus its own login.
#
# The password comes from the kafka_password secret (a file), never from the compose file.
# It is on kafka-storage's argv for the one-off format run only: the storage tool takes SCRAM
# users nowhere else.
set -euo pipefail
kafka_home="${KAFKA_HOME:-/opt/kafka}"
# Defaults: the container's paths (the variables let the script run outside it).
secrets="${SECRETS_DIR:-/run/secrets}"
work="${KAFKA_WORK_DIR:-/tmp/kafka}"

cluster_id="${CLUSTER_ID:?CLUSTER_ID not set}"
# Checks the secret and writes $work/client.properties (the healthcheck's login).
bash "$(dirname "$0")/client-config.sh"
user="$SCRAM_USERNAME"
password="$(cat "$secrets/kafka_password")"

umask 077
config="$work/server.properties"
mkdir -p "$work"
cp "$(dirname "$0")/server.properties" "$config"
# The broker logs in to its own INTERNAL listener as the same user (inter-broker traffic).
printf '%s\n' \
  "listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$user\" password=\"$password\";" \
  "listener.name.host.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;" \
  >> "$config"

"$kafka_home"/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$cluster_id" \
  --config "$config" --add-scram "SCRAM-SHA-512=[name=$user,password=$password]"
unset password
exec "$kafka_home"/bin/kafka-server-start.sh "$config"
