"""gunicorn's entry point: ``gunicorn service.wsgi:app``.

Each worker builds its app here, after the fork, and loads its ratings snapshot before it takes a
request: a worker that first serves during a database outage still has ratings to answer with.
"""

from service import create_app

app = create_app()
app.extensions["service"].holder.warm()
