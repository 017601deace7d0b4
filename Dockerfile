# syntax=docker/dockerfile:1
# The source-reliability service: gunicorn serving service.wsgi:app on port 8000.
#
#   docker build -t source-reliability .
#   docker run -p 8000:8000 -v srs-data:/data source-reliability
#
# Two stages on the same base: `build` installs the locked dependencies (uv.lock, no dev group)
# and the project into /opt/venv; the runtime stage copies only that virtualenv. BASE_IMAGE must
# provide python3 (3.11) with the venv module: the official slim image does, and so does the
# Debian bookworm base scripts/container-check makes where no registry can be reached.
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS build
# uv trusts the base's CA store (UV_SYSTEM_CERTS), like pip, so a base that adds a proxy's CA
# reaches the package index too.
ARG UV_VERSION=0.13.9
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_LINK_MODE=copy \
    UV_COMPILE_BYTECODE=1 \
    UV_NO_CACHE=1 \
    UV_SYSTEM_CERTS=1
RUN python3 -m venv /opt/uv && /opt/uv/bin/pip install --quiet "uv==${UV_VERSION}"
WORKDIR /src
# Dependencies first: this layer is reused until pyproject.toml or uv.lock change.
COPY pyproject.toml uv.lock ./
RUN /opt/uv/bin/uv sync --frozen --no-dev --no-install-project --python python3
COPY . ./
RUN /opt/uv/bin/uv sync --frozen --no-dev --no-editable --python python3 \
    && /opt/venv/bin/python -c "import gunicorn, prometheus_client, service.cli"

FROM ${BASE_IMAGE}
# A fixed uid/gid so a mounted volume's ownership is predictable across rebuilds.
RUN groupadd --gid 10001 service \
    && useradd --uid 10001 --gid service --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin service \
    && mkdir -p /data \
    && chown service:service /data
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATA_DIR=/data \
    BIND=0.0.0.0:8000
# The SQLite file (the default DATABASE_URL) lives here; on the first start gunicorn's master
# migrates it and loads the bundled ratings. With DATABASE_URL set to PostgreSQL it stays empty.
VOLUME ["/data"]
WORKDIR /data
USER service:service
EXPOSE 8000
# Liveness only (no dependency is asked); /readyz tells a load balancer whether to route here.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python3", "-c", "import os, urllib.request; port = os.environ.get('BIND', ':8000').rsplit(':', 1)[-1]; urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2)"]
# gunicorn's settings (workers, threads, timeouts, JSON logs, metrics) come from the environment:
# see service/gunicorn_conf.py and docs/deploy.md. The entry point checks every variable (a bad
# one stops the container with a message naming it), then execs the command, so gunicorn runs as
# PID 1 and SIGTERM drains the requests in flight. Another command goes the same way:
#   docker run --rm -v srs-data:/data IMAGE srs ratings export
STOPSIGNAL SIGTERM
ENTRYPOINT ["python3", "-m", "service.gunicorn_conf"]
CMD ["gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
