"""`python -m service ...`: the `srs` command (serve, db, ratings, openapi, config, score)."""

from service.cli import main

if __name__ == "__main__":
    main()
