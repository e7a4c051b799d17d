namespace TypedFiling.Parsing.Matching;

/// <summary>
/// One risk factor as the matcher sees it: its number, id and title, and its text or, where only a lock
/// file's record of it is left, the fingerprint of its text.
/// </summary>
internal sealed class MatchItem
{
    private TextFingerprint? fingerprint;

    /// <summary>A risk factor whose text is known.</summary>
    public MatchItem(int number, string id, string title, string text)
    {
        Number = number;
        Id = id;
        Title = title;
        Text = text;
    }

    /// <summary>A risk factor known only by its fingerprint (a lock file's entry).</summary>
    public MatchItem(int number, string id, string title, TextFingerprint fingerprint)
    {
        Number = number;
        Id = id;
        Title = title;
        this.fingerprint = fingerprint;
    }

    /// <summary>Its order in its filing, from 1.</summary>
    public int Number { get; }

    /// <summary>Its id.</summary>
    public string Id { get; }

    /// <summary>Its heading's words.</summary>
    public string Title { get; }

    /// <summary>Its body, or null when only <see cref="Fingerprint"/> is known.</summary>
    public string? Text { get; }

    /// <summary>The fingerprint of its body, computed from <see cref="Text"/> the first time it is needed.</summary>
    public TextFingerprint Fingerprint => fingerprint ??= TextFingerprint.Of(Text ?? string.Empty);
}
