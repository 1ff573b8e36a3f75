namespace Qte.Pipeline.Report;

/// <summary>The one line a section starts with, and how it reads: good, bad, a warning, or plain.</summary>
internal sealed record Verdict(string Text, string Tone)
{
    public static Verdict Good(string text) => new(text, "good");

    public static Verdict Bad(string text) => new(text, "bad");

    public static Verdict Warn(string text) => new(text, "warn");

    public static Verdict Plain(string text) => new(text, "plain");
}
