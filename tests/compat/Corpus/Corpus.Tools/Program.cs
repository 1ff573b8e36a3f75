using Cake.Frosting;
using Corpus.Tools;

return new CakeHost()
    .UseStartup<Startup>()
    .InstallTool(new Uri("dotnet:?package=dotnet-reportgenerator-globaltool&version=5.6.0"))
    .Run(args);
