namespace TypedFiling.Cli.Edgar;

/// <summary>
/// The User-Agent EDGAR is asked with. The SEC's fair access policy requires automated tools to declare who runs
/// them, "Sample Company Name AdminContact@sample.com", and blocks undeclared ones; so <c>get</c> sends nothing
/// without a User-Agent that holds an email address.
/// </summary>
internal static class UserAgent
{
    /// <summary>The environment variable that gives it when <c>--user-agent</c> does not.</summary>
    public const string EnvironmentVariable = "TYPEDFILING_USER_AGENT";

    /// <summary>Why the command stops without one, and how to give one: one line.</summary>
    public const string Requirement =
        "get needs a User-Agent naming you and a contact email, as --user-agent \"Jane Doe jane@example.com\" or " + EnvironmentVariable +
        ": the SEC's fair access policy requires automated requests to EDGAR to declare who makes them, and blocks those that do not";

    /// <summary>Whether <paramref name="value"/> is one line holding an email address (a word with text, '@', a domain with a dot).</summary>
    public static bool HasContact(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        foreach (var word in value.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsEmail(word.Trim('<', '>', '(', ')', ',', ';')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmail(string word)
    {
        var at = word.IndexOf('@', System.StringComparison.Ordinal);
        if (at <= 0 || at != word.LastIndexOf('@'))
        {
            return false;
        }

        var dot = word.LastIndexOf('.');
        return dot > at + 1 && dot < word.Length - 1;
    }
}
