"""The golden files are generated modules kept for comparison, not tests: never collect them."""

collect_ignore_glob = ["*.py"]
