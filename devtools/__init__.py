"""Development tools run from the repository, not installed: the sample generator, the benchmark, accuracy."""
