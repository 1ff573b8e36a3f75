// The engine tests share one Docker engine and container names: keep them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
