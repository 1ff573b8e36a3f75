// Each test owns its temp repository, but LibGit2Sharp's native library is shared: keep the runs sequential and simple.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
