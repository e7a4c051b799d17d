using System;
using System.Net;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// What EDGAR answered, or could not be asked, in one sentence the tool prints as it is ("typedfiling: " before it,
/// exit code 2): a 404, an answer that is not of the documented shape, an unknown ticker, retries run out.
/// </summary>
internal sealed class EdgarException : Exception
{
    public EdgarException(string message, HttpStatusCode? status)
        : base(message)
    {
        Status = status;
    }

    public EdgarException(string message)
        : base(message)
    {
    }

    public EdgarException()
    {
    }

    public EdgarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status EDGAR answered with, when it answered.</summary>
    public HttpStatusCode? Status { get; }
}
