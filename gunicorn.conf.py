"""gunicorn reads this file when started from the repository; the settings live in the package."""

from service.gunicorn_conf import *  # noqa: F403
