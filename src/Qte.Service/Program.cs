using Qte.Service;

ServiceSettings settings;
try
{
    settings = ServiceSettings.FromEnvironment(Environment.GetEnvironmentVariable);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"Qte.Service: {ex.Message}");
    return 2;
}

await ServiceApp.Build(args, settings).RunAsync();
return 0;
