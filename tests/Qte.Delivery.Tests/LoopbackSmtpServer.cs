using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using Qte.Delivery.Processes;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Authentication;
using SmtpServer.Storage;

namespace Qte.Delivery.Tests;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port that keeps every message it accepts.</summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Logins _logins = new();
    private readonly Task _running;

    public LoopbackSmtpServer()
    {
        Port = LoopbackPort.Free();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(true).AuthenticationRequired(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(_logins);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _store.Messages];

    /// <summary>The user names and passwords clients authenticated with (any is accepted).</summary>
    public IReadOnlyList<(string User, string Password)> LoginsSeen => [.. _logins.Seen];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Logins : UserAuthenticator
    {
        public ConcurrentQueue<(string, string)> Seen { get; } = new();

        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            Seen.Enqueue((user, password));
            return Task.FromResult(true);
        }
    }
}
