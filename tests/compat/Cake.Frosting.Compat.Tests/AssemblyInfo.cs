// A Cake run sets the process's current directory (CakeEnvironment.WorkingDirectory), so runs in one
// process cannot overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
