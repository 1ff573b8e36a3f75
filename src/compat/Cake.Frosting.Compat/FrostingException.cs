namespace Cake.Frosting;

/// <summary>
/// Thrown when a Frosting build is configured or invoked wrongly.
/// </summary>
public sealed class FrostingException : Exception
{
    /// <summary>
    /// Initializes a new instance of the <see cref="FrostingException"/> class.
    /// </summary>
    /// <param name="message">A sentence that names what was wrong.</param>
    public FrostingException(string message)
        : base(message)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="FrostingException"/> class with the exception that caused it.
    /// </summary>
    /// <param name="message">A sentence that names what was wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public FrostingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
