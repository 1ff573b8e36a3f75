// A Cake run sets the process's current directory and these tests capture the process's console,
// so runs in one process cannot overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
