"""Benchmarks of emitted code (not tests): ``python -m benchmarks.stm``."""
