using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends requests one after another and reads each answer's status, the
/// headers the delivery reads, and its body (Content-Length or chunked) into one reused buffer, as wrk does. Blocking calls on a thread of the connection's
/// own: the kernel wakes that thread when the answer arrives, where an async continuation would wait its turn in the
/// thread pool behind everything else on a busy machine (about a millisecond a request on 2 cores, measured).
/// </summary>
internal sealed class HttpConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private readonly IPEndPoint _endPoint;
    private readonly string _authority;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private Socket? _socket;
    private int _start, _end;
    private LoadRequest? _lastRequest;
    private byte[] _lastBytes = [];

    private readonly int _timeoutMs;

    public HttpConnection(Uri server, TimeSpan timeout)
    {
        _timeoutMs = (int)Math.Max(1, timeout.TotalMilliseconds);
        ArgumentNullException.ThrowIfNull(server);
        _endPoint = new IPEndPoint(IPAddress.Parse(server.Host == "localhost" ? "127.0.0.1" : server.Host.Trim('[', ']')), server.Port);
        _authority = server.Authority;
    }

    /// <summary>Sends the request and reads the whole answer.</summary>
    /// <exception cref="IOException">The connection broke or the answer is not HTTP/1.1; the next send opens a new one.</exception>
    public LoadAnswer Send(LoadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request, _lastRequest))
        {
            // A run of one path sends the same request object: encoded once.
            (_lastRequest, _lastBytes) = (request, Encode(request));
        }

        var bytes = _lastBytes;

        try
        {
            if (_socket is null)
            {
                _socket = new Socket(_endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
                {
                    NoDelay = true,
                    ReceiveTimeout = _timeoutMs,
                    SendTimeout = _timeoutMs,
                };
                _socket.Connect(_endPoint);
                (_start, _end) = (0, 0);
            }

            _socket.Send(bytes, SocketFlags.None);
            var head = ReadHead();
            var body = head.Chunked ? SkipChunked() : Skip(head.Length);
            if (head.Close)
            {
                Close();
            }

            return new LoadAnswer(head.Status, body, head.Slot, head.Experiments);
        }
        catch (Exception ex) when (ex is SocketException or FormatException)
        {
            Close();
            throw new IOException($"The connection to {_endPoint} failed: {ex.Message}", ex);
        }
        catch (IOException)
        {
            Close();
            throw;
        }
    }

    public void Dispose() => Close();

    private byte[] Encode(LoadRequest request)
    {
        var body = request.JsonBody is null ? null : Encoding.UTF8.GetBytes(request.JsonBody);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method} {request.Path} HTTP/1.1\r\nHost: {_authority}\r\nUser-Agent: qte-load\r\nAccept: */*\r\n");
        if (request.UserId is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"X-User-Id: {request.UserId}\r\n");
        }

        if (body is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n");
        }

        return [.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. body ?? []];
    }

    private void Close()
    {
        _socket?.Dispose();
        _socket = null;
    }

    private sealed record Head(int Status, long Length, bool Chunked, bool Close, string? Slot, string? Experiments);

    private Head ReadHead()
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf(HeaderEnd)) < 0)
        {
            ReadMore();
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, end);
        _start += end + HeaderEnd.Length;
        var lines = head.Split("\r\n");
        if (!lines[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || lines[0].Length < 12
            || !int.TryParse(lines[0].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"Not an HTTP/1.x answer: '{lines[0]}'.");
        }

        (long length, bool chunked, bool close) = (0, false, lines[0].StartsWith("HTTP/1.0", StringComparison.Ordinal));
        (string? slot, string? experiments) = (null, null);
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                close = value.Equals("close", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("X-Qte-Slot", StringComparison.OrdinalIgnoreCase))
            {
                slot = value.ToString();
            }
            else if (name.Equals("X-Qte-Experiments", StringComparison.OrdinalIgnoreCase))
            {
                experiments = experiments is null ? value.ToString() : $"{experiments}, {value}";
            }
        }

        return new Head(status, length, chunked, close, slot, experiments);
    }

    private long Skip(long length)
    {
        var remaining = length;
        while (remaining > 0)
        {
            if (_start == _end)
            {
                ReadMore();
            }

            var taken = (int)Math.Min(remaining, _end - _start);
            _start += taken;
            remaining -= taken;
        }

        return length;
    }

    private long SkipChunked()
    {
        long total = 0;
        while (true)
        {
            var line = ReadLine();
            var extension = Array.IndexOf(line, (byte)';');
            var hex = extension < 0 ? line : line[..extension];
            if (!Utf8Parser.TryParse(hex.AsSpan().Trim((byte)' '), out long size, out _, 'x'))
            {
                throw new IOException("A chunk's size is not hexadecimal.");
            }

            if (size == 0)
            {
                // Trailers, if any, up to the empty line.
                while (ReadLine().Length > 0)
                {
                }

                return total;
            }

            total += Skip(size);
            ReadLine();
        }
    }

    // The next line without its CRLF, as a copy: the buffer may move when more is read.
    private byte[] ReadLine()
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf(LineEnd)) < 0)
        {
            ReadMore();
        }

        var line = _buffer.AsSpan(_start, end).ToArray();
        _start += end + LineEnd.Length;
        return line;
    }

    private void ReadMore()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            (_end, _start) = (_end - _start, 0);
        }

        if (_end == _buffer.Length)
        {
            throw new IOException("An answer's head is larger than 64 KiB.");
        }

        var read = _socket!.Receive(_buffer.AsSpan(_end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _end += read;
    }
}
