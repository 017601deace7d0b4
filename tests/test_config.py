"""Configuration is checked at start: a bad value names its variable and stops the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from service.config import ConfigError, Settings


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://x/y"),
        ("DATABASE_URL", "postgresql:///no-host"),
        ("REDIS_URL", "http://localhost:6379"),
        ("REDIS_URL", "redis://localhost:notaport"),
        ("RATINGS_REFRESH_SECONDS", "-1"),
        ("LOG_LEVEL", "LOUD"),
        ("ADMIN_TOKENS", "editor:short"),
        ("MAX_BODY_BYTES", "0"),
        ("RATE_LIMIT_ENABLED", "perhaps"),
        ("RATE_LIMIT_DEFAULT", "many per minute"),
        ("RATE_LIMIT_SCORE", "10 per fortnight"),
    ],
)
def test_bad_value_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


def test_defaults_and_overrides() -> None:
    settings = Settings.from_env({"DATA_DIR": "/tmp/x", "ADMIN_TOKENS": "ann:" + "a" * 20})
    assert settings.DATABASE_URL == "sqlite:////tmp/x/ratings.sqlite3"
    assert settings.ADMIN_TOKENS == {"a" * 20: "ann"}
    assert settings.RATINGS_REFRESH_SECONDS == 1.0
    pg = Settings.from_env({"DATABASE_URL": "postgres://u@db:5432/ratings"})
    assert pg.DATABASE_URL == "postgresql+psycopg://u@db:5432/ratings"
    with pytest.raises(ConfigError, match="NOT_A_SETTING"):
        Settings.from_env({}, {"NOT_A_SETTING": 1})


def test_every_setting_explains_itself() -> None:
    for name, _default, why in Settings.describe():
        assert why and len(why) > 10, name


def test_the_process_stops_with_the_variable_named() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import service.wsgi"],
        env={"LOG_LEVEL": "CHATTY", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert "LOG_LEVEL" in result.stderr
