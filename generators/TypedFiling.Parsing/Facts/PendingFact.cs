using System.Text;

namespace TypedFiling.Parsing.Facts;

/// <summary>An ix:nonFraction, ix:nonNumeric or ix:continuation being read: its attributes and the text gathered so far.</summary>
internal sealed class PendingFact
{
    public PendingFact(IxElement element, int tagStart, int tagEnd, int limit)
    {
        Element = element;
        TagStart = tagStart;
        TagEnd = tagEnd;
        ContentStart = tagEnd;
        ContentEnd = tagEnd;
        Limit = limit;
    }

    public IxElement Element { get; }

    public int TagStart { get; }

    public int TagEnd { get; }

    public int ContentStart { get; }

    public int ContentEnd { get; set; }

    /// <summary>How many characters of text are kept; past that the fact is marked <see cref="Overflowed"/>.</summary>
    public int Limit { get; }

    public StringBuilder Text { get; } = new();

    public bool Overflowed { get; set; }

    public bool Closed { get; set; }

    public string? Name { get; set; }

    public string? ContextRef { get; set; }

    public string? UnitRef { get; set; }

    public string? Format { get; set; }

    public string? Decimals { get; set; }

    public string? Scale { get; set; }

    public bool Negative { get; set; }

    public bool Nil { get; set; }

    public string? Id { get; set; }

    public string? ContinuedAt { get; set; }
}

/// <summary>The inline XBRL elements that carry text.</summary>
internal enum IxElement
{
    NonFraction,
    NonNumeric,
    Continuation,
}
