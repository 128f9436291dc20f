"""The performance benchmark (`make bench`, `make bench-quick`; see BENCHMARKS.md)."""
