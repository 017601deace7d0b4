"""Every setting of the service, declared once with its default and the reason it exists.

Environment variables override the defaults; ``create_app(config={...})`` overrides both. A bad
value stops the process with a message naming the variable (fail fast: a typo in production must
not silently fall back to a default).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from limits import parse


class ConfigError(ValueError):
    """A setting has a value the service cannot run with."""


def _positive_float(raw: str) -> float:
    value = float(raw)
    if not value > 0:
        raise ValueError("must be a number greater than 0")
    return value


def _non_negative_int(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("must be a whole number >= 0")
    return value


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError("must be a whole number >= 1")
    return value


def _bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("must be true or false")


def _rate_limit(raw: str) -> str:
    try:  # the notation the rate limiter reads ("1200 per minute", "20/second")
        parse(raw)
    except ValueError:
        raise ValueError("must be a rate such as '1200 per minute' or '20/second'") from None
    return raw


def _database_url(raw: str) -> str:
    if raw == "":
        return raw
    parts = urlsplit(raw)
    scheme = parts.scheme.split("+", 1)[0]
    if scheme not in {"sqlite", "postgresql", "postgres"}:
        raise ValueError("must be a sqlite:/// or postgresql:// URL")
    if scheme != "sqlite" and not parts.hostname:
        raise ValueError("a postgresql URL needs a host")
    if scheme == "postgres":
        raw = "postgresql" + raw[len("postgres") :]
    if raw.startswith("postgresql://"):
        raw = "postgresql+psycopg://" + raw[len("postgresql://") :]
    return raw


def _redis_url(raw: str) -> str:
    if raw == "":
        return raw
    parts = urlsplit(raw)
    if parts.scheme not in {"redis", "rediss", "unix"}:
        raise ValueError("must be a redis://, rediss:// or unix:// URL")
    if parts.scheme != "unix" and not parts.hostname:
        raise ValueError("needs a host")
    try:
        parts.port  # noqa: B018  (urlsplit validates the port lazily)
    except ValueError as exc:
        raise ValueError(f"has a bad port: {exc}") from None
    return raw


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
    return level


def _tokens(raw: str) -> dict[str, str]:
    """``actor:token,actor2:token2`` -> {token: actor}; a bare token gets the actor 'admin'."""
    tokens: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        actor, sep, token = item.partition(":")
        if not sep:
            actor, token = "admin", item
        if len(token) < 16:
            raise ValueError("each token must be at least 16 characters long")
        tokens[token] = actor.strip() or "admin"
    return tokens


def _origins(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _text(raw: str) -> str:
    return raw


def _embedded_url(data_dir: str) -> str:
    """The SQLite database an empty DATABASE_URL means."""
    return f"sqlite:///{os.path.abspath(os.path.join(data_dir, 'ratings.sqlite3'))}"


def setting(default: str, why: str, parse: Callable[[str], Any] = _text) -> Any:
    return field(default=default, metadata={"why": why, "parse": parse})


@dataclass(frozen=True)
class Settings:
    DATA_DIR: str = setting("./data", "where the default SQLite database lives")
    DATABASE_URL: str = setting(
        "", "the ratings table's truth; empty means SQLite in DATA_DIR", _database_url
    )
    REDIS_URL: str = setting(
        "", "shared snapshot, score cache and rate limits; empty means in-process", _redis_url
    )
    REDIS_SOCKET_TIMEOUT: float = setting(
        "0.25", "seconds before a Redis call gives up and the service degrades", _positive_float
    )
    REDIS_RETRY_SECONDS: float = setting(
        "2", "after a Redis failure, how long to skip Redis before trying again", _positive_float
    )
    RATINGS_REFRESH_SECONDS: float = setting(
        "1", "how stale a worker's ratings snapshot may be (the cross-worker bound)",
        _positive_float,
    )
    SEED_ON_EMPTY: bool = setting(
        "true", "load the bundled ratings on the first start of an empty database", _bool
    )
    ADMIN_TOKENS: dict[str, str] = setting(
        "", "bearer tokens allowed to write, as actor:token pairs separated by commas", _tokens
    )
    CORS_ORIGINS: list[str] = setting(
        "*", "origins allowed to read (GET) across sites; browser extensions need this", _origins
    )
    CORS_WRITE_ORIGINS: list[str] = setting(
        "", "origins allowed to write across sites; none by default", _origins
    )
    MAX_BODY_BYTES: int = setting(
        "10485760", "largest request body read (bytes); larger ones get 413 before being read",
        _positive_int,
    )
    MAX_TEXT_CHARS: int = setting(
        "1000000", "longest article text (characters) the extractor accepts", _positive_int
    )
    SCORE_CACHE_TTL_SECONDS: int = setting(
        "86400", "how long a cached /score result lives (keys change with ratings anyway)",
        _positive_int,
    )
    LOCAL_CACHE_ITEMS: int = setting(
        "2048", "entries of the in-process score cache (used without Redis)", _positive_int
    )
    HTTP_MAX_AGE: int = setting(
        "300", "Cache-Control max-age of outlet reads; extensions revalidate by ETag after",
        _non_negative_int,
    )
    RATE_LIMIT_ENABLED: bool = setting("true", "turn per-client rate limiting on or off", _bool)
    RATE_LIMIT_DEFAULT: str = setting(
        "1200 per minute", "limit per client (or token) on every route without its own",
        _rate_limit,
    )
    RATE_LIMIT_SCORE: str = setting(
        "600 per minute", "limit per client on the score routes", _rate_limit
    )
    RATE_LIMIT_WRITE: str = setting(
        "60 per minute", "limit per token on admin writes", _rate_limit
    )
    LOG_LEVEL: str = setting("INFO", "least severe log level written", _log_level)
    METRICS_ENABLED: bool = setting("true", "serve Prometheus metrics on /metrics", _bool)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None
    ) -> Settings:
        """Read every setting from the environment, then apply already-typed overrides."""
        environ = os.environ if environ is None else environ
        overrides = dict(overrides or {})
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name in overrides:
                value = overrides.pop(f.name)
                if isinstance(value, str):
                    value = _parse(f, value)
                values[f.name] = value
                continue
            values[f.name] = _parse(f, environ.get(f.name, f.default))  # type: ignore[arg-type]
        if overrides:
            raise ConfigError(f"unknown settings: {', '.join(sorted(overrides))}")
        settings = cls(**values)
        if not settings.DATABASE_URL:
            settings = dataclasses.replace(settings,
                                           DATABASE_URL=_embedded_url(settings.DATA_DIR))
        return settings

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(name, default, why) of every setting, for the README and `srs config`."""
        return [(f.name, str(f.default), f.metadata["why"]) for f in dataclasses.fields(cls)]

    @property
    def uses_embedded_database(self) -> bool:
        """DATABASE_URL was left empty: SQLite in DATA_DIR, which the service may prepare."""
        return _embedded_url(self.DATA_DIR) == self.DATABASE_URL

    @property
    def log_level(self) -> int:
        return int(logging.getLevelName(self.LOG_LEVEL))


def _parse(f: dataclasses.Field[Any], raw: str) -> Any:
    try:
        return f.metadata["parse"](raw)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"{f.name}={raw!r} is not valid: {exc}") from None
