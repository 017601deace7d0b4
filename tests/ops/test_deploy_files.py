"""The deployment files agree with the code: every variable documented, compose wired on health,
the Dockerfile's shape. (scripts/container-check builds and runs the image for real.)"""

from __future__ import annotations

import re
from typing import Any

import yaml
from support import REPO

from service.config import Settings

DEPLOY_DOC = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")


def gunicorn_variables() -> set[str]:
    source = (REPO / "service" / "gunicorn_conf.py").read_text(encoding="utf-8")
    return set(re.findall(r'(?:_int_env|os\.environ\.get)\("([A-Z_]+)"', source))


def test_every_variable_is_documented() -> None:
    names = {name for name, _default, _why in Settings.describe()} | gunicorn_variables()
    assert {"WEB_CONCURRENCY", "GUNICORN_THREADS", "BIND"} <= names
    missing = sorted(name for name in names if f"`{name}`" not in DEPLOY_DOC)
    assert not missing, f"docs/deploy.md does not describe {missing}"


def _defaults(value: str) -> str:
    """Compose's ${VAR:-default} as compose would expand it with VAR unset."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


def test_compose_starts_the_service_after_healthy_postgres_and_redis() -> None:
    compose: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"service", "postgres", "redis"}
    for name in ("postgres", "redis"):
        assert services[name]["healthcheck"]["test"]
    service = services["service"]
    assert service["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    assert "8000:8000" in service["ports"]
    assert service["build"]["context"] == "."
    env = {k: _defaults(str(v)) for k, v in service["environment"].items()}
    settings = Settings.from_env(env)  # the compose values are valid settings
    assert settings.DATABASE_URL.startswith("postgresql+psycopg://srs:")
    assert settings.DATABASE_URL.endswith("@postgres:5432/ratings")
    assert settings.REDIS_URL == "redis://redis:6379/0"
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["postgres"]["volumes"])
    grace = int(service["stop_grace_period"].rstrip("s"))
    assert grace > 25  # longer than gunicorn's graceful timeout


def test_dockerfile_shape() -> None:
    text = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "ARG BASE_IMAGE=python:3.11-slim" in text
    assert len(re.findall(r"^FROM \$\{BASE_IMAGE\}", text, re.M)) == 2
    assert "COPY --from=build /opt/venv /opt/venv" in text
    assert "uv sync --frozen --no-dev" in text
    assert re.search(r"^USER service", text, re.M)
    assert re.search(r"^HEALTHCHECK .*\n.*/healthz", text, re.M)
    assert re.search(r'^CMD \["gunicorn", "-c", "python:service.gunicorn_conf"', text, re.M)
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    assert ignored[ignored.index("*") + 1 :][:1] and "!service/" in ignored
