using System;
using System.Net;

namespace TypedFiling.Cli.Edgar;

/// <summary>
/// The default proxy (<see cref="System.Net.Http.HttpClient.DefaultProxy"/>: HTTPS_PROXY, HTTP_PROXY and NO_PROXY on
/// Linux and macOS, the system's settings on Windows), except for an address on this machine, which is always
/// reached directly, as curl and browsers do: a mirror on localhost, or a test's server, is never behind a proxy.
/// </summary>
internal sealed class LoopbackBypassProxy : IWebProxy
{
    private readonly IWebProxy inner;

    public LoopbackBypassProxy(IWebProxy inner)
    {
        this.inner = inner;
    }

    public ICredentials? Credentials
    {
        get => inner.Credentials;
        set => inner.Credentials = value;
    }

    public Uri? GetProxy(Uri destination) => destination.IsLoopback ? null : inner.GetProxy(destination);

    public bool IsBypassed(Uri host) => host.IsLoopback || inner.IsBypassed(host);
}
