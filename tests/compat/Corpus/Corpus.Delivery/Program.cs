using Cake.Frosting;
using Corpus.Delivery;

return new CakeHost()
    .UseContext<DeliveryContext>()
    .UseSetup<AnnounceRelease>()
    .UseTeardown<SummarizeRelease>()
    .UseTaskSetup<LogTaskStart>()
    .UseTaskTeardown<LogTaskEnd>()
    .Run(args);
