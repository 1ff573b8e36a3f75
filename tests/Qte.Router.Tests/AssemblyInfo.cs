// The router's Prometheus metrics live in one process-wide registry: tests that read them run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
