"""Source-reliability service: how well is an article sourced?

`create_app` is the one assembly point; it reads like a table of contents. Nothing is built at
import time, and tests inject their own clients through ``**injected``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from flask import Flask

from service.cache import Cache, build_cache
from service.config import Settings
from service.ratings.snapshot import SnapshotHolder
from service.ratings.store import RatingsStore, create_db_engine


@dataclass
class Services:
    """The clients and stores of one app, kept in ``app.extensions['service']``."""

    settings: Settings
    store: RatingsStore
    cache: Cache
    holder: SnapshotHolder
    api: Any = None


def create_app(config: dict[str, Any] | None = None, **injected: Any) -> Flask:
    from service import ui, web
    from service.api import register_api
    from service.errors import register_error_handlers
    from service.limits import register_limits
    from service.logging import configure_logging, register_request_ids
    from service.metrics import register_metrics

    settings = Settings.from_env(overrides=config)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.MAX_BODY_BYTES
    configure_logging(settings.log_level)
    register_request_ids(app)

    engine = injected.get("engine") or create_db_engine(settings.DATABASE_URL)
    if "engine" not in injected and settings.uses_embedded_database:
        # `gunicorn service.wsgi:app` on a fresh data folder, without `srs serve` or the
        # service's gunicorn settings: the embedded database prepares itself, as they would
        from service.ratings.schema import prepare_embedded

        prepare_embedded(engine, settings.DATA_DIR, seed=settings.SEED_ON_EMPTY)
    cache = injected.get("cache") or build_cache(
        settings.REDIS_URL,
        timeout=settings.REDIS_SOCKET_TIMEOUT,
        retry_seconds=settings.REDIS_RETRY_SECONDS,
        max_items=settings.LOCAL_CACHE_ITEMS,
    )
    store = RatingsStore(engine)
    holder = SnapshotHolder(
        store, cache, settings.RATINGS_REFRESH_SECONDS,
        disk_copy=os.path.join(settings.DATA_DIR, "ratings-snapshot.json.gz"),
    )
    services = Services(settings=settings, store=store, cache=cache, holder=holder)
    app.extensions["service"] = services

    register_error_handlers(app)
    register_metrics(app)
    web.register_http_rules(app)
    register_limits(app, settings)
    services.api = register_api(app)
    app.register_blueprint(ui.blp)
    return app
