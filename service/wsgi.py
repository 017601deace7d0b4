"""gunicorn's entry point: ``gunicorn service.wsgi:app``.

Each worker builds its app here, after the fork, and loads its ratings snapshot before it takes a
request: a worker that first serves during a database outage still has ratings to answer with.

A worker holds one app and one snapshot at a time, so once a snapshot is in place everything
alive is long-lived: it is moved out of the cyclic collector's sight (``gc.freeze``). With twelve
thousand outlets the collector otherwise walks the whole table at every full collection, and
look-ups cost 1.5-2 times the CPU (bench/ratings_table.py, bench/lookup_http.py). The records
hold no reference cycles, so a replaced snapshot is still freed by reference counting.
"""

import gc
from typing import Any

from service import create_app
from service.attribution import places


def _freeze_long_lived(*_: Any) -> None:
    gc.collect()  # garbage first: nothing collectable is frozen
    gc.freeze()


places.load()  # before the snapshot's warm-up, so that it is frozen with it
app = create_app()
app.extensions["service"].holder.on_refresh.append(_freeze_long_lived)
app.extensions["service"].holder.warm()
