# syntax=docker/dockerfile:1
#
# wirealert worker image.
#   docker build -t wirealert .
#   docker run --rm -p 127.0.0.1:6066:6066 -e WIREALERT_KAFKA_URL=kafka://kafka:9092 \
#       -e WIREALERT_REDIS_URL=redis://redis:6379/0 wirealert            # = `wirealert worker`
#   docker run --rm wirealert --help                                      # other subcommands
#
# Two stages: the build stage installs the project and its dependencies into a virtualenv,
# the runtime stage copies only that virtualenv (no build context, no pip cache).

FROM python:3.11-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# .dockerignore lets in only what the build needs: pyproject.toml, README/LICENSE, schemas/,
# streams/. All dependencies ship manylinux wheels for CPython 3.11, so no compiler is needed.
COPY . .
RUN pip install .


FROM python:3.11-slim

LABEL org.opencontainers.image.title="wirealert" \
      org.opencontainers.image.description="Streaming news-alert processor: wire items in on Kafka, alerts out on Redis" \
      org.opencontainers.image.licenses="Apache-2.0"

# Non-root user with a fixed numeric uid/gid: Kubernetes' runAsNonRoot can only verify a
# numeric USER, and deploy/k8s/deployment.yaml pins the same ids.
RUN groupadd --system --gid 10001 wirealert \
 && useradd --system --uid 10001 --gid wirealert --home-dir /var/lib/wirealert \
        --shell /usr/sbin/nologin wirealert \
 && mkdir -p /var/lib/wirealert/data \
 && chown -R wirealert:wirealert /var/lib/wirealert

COPY --from=build /opt/venv /opt/venv

# WIREALERT_WEB_BIND: the settings default (bind to WIREALERT_WEB_HOST, 127.0.0.1) would make
# /metrics and /health unreachable from outside the container. Set WIREALERT_WEB_HOST to the
# address other workers reach this one at (compose: the service name; k8s: the pod IP). WIREALERT_DATA_DIR: faust's local table state,
# absolute so that it does not depend on the working directory (Kubernetes mounts an emptyDir
# there because the root filesystem is read-only).
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/var/lib/wirealert \
    WIREALERT_WEB_BIND=0.0.0.0 \
    WIREALERT_WEB_PORT=6066 \
    WIREALERT_DATA_DIR=/var/lib/wirealert/data

USER 10001:10001
WORKDIR /var/lib/wirealert

EXPOSE 6066

# The slim image has no curl; use the interpreter that is already there. urlopen raises on a
# non-2xx answer or a refused connection, which makes the check fail.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('WIREALERT_WEB_PORT', '6066'), timeout=4)"]

ENTRYPOINT ["wirealert"]
CMD ["worker"]
