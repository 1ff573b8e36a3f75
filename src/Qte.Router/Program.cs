using Qte.Router;

RouterSettings settings;
try
{
    settings = RouterSettings.FromEnvironment(Environment.GetEnvironmentVariable);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"Qte.Router: {ex.Message}");
    return 2;
}

await using var router = RouterHost.Build(settings);
await router.StartAsync();
Console.WriteLine($"Qte.Router: public port {settings.PublicPort}, admin port {settings.AdminPort}, state {settings.StateDirectory}");
await router.WaitForShutdownAsync();
return 0;
