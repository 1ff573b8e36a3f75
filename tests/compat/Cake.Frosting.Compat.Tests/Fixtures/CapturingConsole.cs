using System.Globalization;
using System.Text;
using Cake.Core;

namespace Cake.Frosting.Compat.Tests.Fixtures;

/// <summary>
/// A Cake console that keeps what the build writes, standard output and errors in one text.
/// </summary>
internal sealed class CapturingConsole : IConsole
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public bool SupportAnsiEscapeCodes => false;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }

    public void Write(string format, params object[] arg) => Append(string.Format(CultureInfo.InvariantCulture, format, arg));

    public void Write(string value) => Append(value);

    public void WriteLine(string format, params object[] arg) => Append(string.Format(CultureInfo.InvariantCulture, format, arg) + "\n");

    public void WriteLine(string value) => Append(value + "\n");

    public void WriteError(string format, params object[] arg) => Write(format, arg);

    public void WriteError(string value) => Write(value);

    public void WriteErrorLine(string format, params object[] arg) => WriteLine(format, arg);

    public void WriteErrorLine(string value) => WriteLine(value);

    public void ResetColor()
    {
    }

    private void Append(string value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }
}
