"""``make bench``: every ``bench_*.py`` module here exposes ``run() -> dict[str, float]``
and ``TARGETS``; the results go to build/bench.json and a table on the terminal."""
