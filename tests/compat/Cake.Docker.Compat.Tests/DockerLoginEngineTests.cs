using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>
/// Login and logout against a registry that asks for a password: Debian's docker-registry with htpasswd auth, started
/// by the test on a free loopback port. The user and password are test fixtures, not secrets.
/// </summary>
public sealed class DockerLoginEngineTests : IDisposable
{
    private const string User = "qte";
    private const string Password = "qte-test-password";

    // bcrypt of Password (python3 crypt, METHOD_BLOWFISH): the only hash the registry's htpasswd auth takes.
    private const string Htpasswd = "qte:$2b$12$p6vmDh/KEZNuvOHkRXe/q.NjkxlUNOZMGdJ8GjoqUOXw61lK.MpvG";

    private readonly ICakeContext _context = CakeContextFixture.Create();
    private readonly DockerConfigFolder _config = new();
    private readonly DirectoryInfo _registryFolder = Directory.CreateTempSubdirectory("qte-auth-registry-");
    private Process? _registry;

    public void Dispose()
    {
        if (_registry is { HasExited: false })
        {
            _registry.Kill();
            _registry.WaitForExit();
        }

        _registry?.Dispose();
        _config.Dispose();
        _registryFolder.Delete(recursive: true);
    }

    private string StartRegistry()
    {
        var port = FreePort();
        File.WriteAllText(Path.Combine(_registryFolder.FullName, "htpasswd"), Htpasswd + "\n");
        File.WriteAllText(Path.Combine(_registryFolder.FullName, "config.yml"), $"""
            version: 0.1
            log:
              level: error
            storage:
              filesystem:
                rootdirectory: {_registryFolder.FullName}/data
            http:
              addr: 127.0.0.1:{port}
            auth:
              htpasswd:
                realm: qte-test
                path: {_registryFolder.FullName}/htpasswd
            """);
        _registry = Process.Start(new ProcessStartInfo("docker-registry", ["serve", Path.Combine(_registryFolder.FullName, "config.yml")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var address = $"127.0.0.1:{port}";
        for (var i = 0; i < 100 && !Listening(port); i++)
        {
            Thread.Sleep(100);
        }

        return address;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [DockerToolFact("docker-registry", "docker-registry")]
    [Trait("Category", "EndToEnd")]
    public void A_Wrong_Password_Is_Refused_And_The_Right_One_Logs_In_And_Out()
    {
        var server = StartRegistry();

        Assert.Throws<CakeException>(() => _context.DockerLogin(
            new DockerRegistryLoginSettings { Username = User, Password = "wrong", EnvironmentVariables = _config.Environment },
            server));
        Assert.DoesNotContain(server, _config.ConfigJson, StringComparison.Ordinal);

        _context.DockerLogin(new DockerRegistryLoginSettings { Username = User, Password = Password, EnvironmentVariables = _config.Environment }, server);
        Assert.Contains(server, _config.ConfigJson, StringComparison.Ordinal);

        _context.DockerLogout(new DockerRegistryLogoutSettings { EnvironmentVariables = _config.Environment }, server);
        Assert.DoesNotContain(server, _config.ConfigJson, StringComparison.Ordinal);
    }
}
