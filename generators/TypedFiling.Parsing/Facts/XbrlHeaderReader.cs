using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TypedFiling.Parsing.Figures;
using TypedFiling.Parsing.Html;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Parsing.Facts;

/// <summary>A context of the inline XBRL header: its period and its segment's dimensions.</summary>
internal sealed class XbrlContext
{
    public XbrlContext(string id) => Id = id;

    public string Id { get; }

    public FigureDate? Instant { get; set; }

    public FigureDate? Start { get; set; }

    public FigureDate? End { get; set; }

    public List<FactDimension> Dimensions { get; } = new();
}

/// <summary>
/// Reads the contexts (<c>xbrli:context</c>) and units (<c>xbrli:unit</c>) of <c>ix:resources</c> from the tags the
/// inline XBRL reader hands it while it is inside <c>ix:header</c>. Prefixes are not checked: the local names are
/// the XBRL 2.1 and dimensions schemas' own.
/// </summary>
internal sealed class XbrlHeaderReader
{
    private static readonly string[] Names =
    {
        "context", "unit", "unitDenominator", "unitNumerator", "startDate", "endDate", "instant", "measure", "explicitMember", "typedMember",
    };

    private readonly StringBuilder leafText = new();
    private XbrlContext? context;
    private string? unitId;
    private List<string>? numerators;
    private List<string>? denominators;
    private bool inDenominator;
    private string? leaf;
    private string? dimension;

    public Dictionary<string, XbrlContext> Contexts { get; } = new(System.StringComparer.Ordinal);

    public Dictionary<string, string> Units { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Whether the text up to the next tag belongs to a value being read (a date, a measure, a member).</summary>
    public bool WantsText => leaf is not null;

    public StringBuilder LeafText => leafText;

    public void Handle(HtmlTokenizer tokens)
    {
        // The local names compared in place: a header has thousands of tags, and a string for each cost more than its text.
        var local = LocalName(tokens);
        if (tokens.Kind == HtmlTokenKind.EndTag)
        {
            End(local);
            return;
        }

        switch (local)
        {
            case "context":
                context = new XbrlContext(tokens.Attribute("id") ?? string.Empty);
                break;
            case "unit":
                unitId = tokens.Attribute("id") ?? string.Empty;
                numerators = new List<string>();
                denominators = new List<string>();
                inDenominator = false;
                break;
            case "unitDenominator":
                inDenominator = true;
                break;
            case "unitNumerator":
                inDenominator = false;
                break;
            case "startDate" or "endDate" or "instant" or "measure" or "explicitMember" or "typedMember":
                dimension = tokens.Attribute("dimension");
                leaf = local;
                leafText.Clear();
                if (tokens.IsSelfClosing)
                {
                    End(local);
                }

                break;
        }
    }

    /// <summary>The tag's local name when it is one the header reader knows (the constant itself), else null.</summary>
    private static string? LocalName(HtmlTokenizer tokens)
    {
        var text = tokens.Text;
        var end = tokens.NameStart + tokens.NameLength;
        var start = tokens.NameStart;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ':')
            {
                start = i + 1;
                break;
            }
        }

        var length = end - start;
        foreach (var name in Names)
        {
            if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return name;
            }
        }

        return null;
    }

    private void End(string? local)
    {
        if (leaf is not null && local == leaf)
        {
            Finish(leaf, Collapse(leafText));
            leaf = null;
            return;
        }

        if (local == "context" && context is not null)
        {
            Contexts[context.Id] = context;
            context = null;
        }
        else if (local == "unit" && unitId is not null && numerators is not null && denominators is not null)
        {
            var unit = string.Join("*", numerators);
            Units[unitId] = denominators.Count == 0 ? unit : unit + "/" + string.Join("*", denominators);
            unitId = null;
        }
    }

    private void Finish(string name, string value)
    {
        switch (name)
        {
            case "startDate" when context is not null:
                context.Start = IsoDate(value);
                break;
            case "endDate" when context is not null:
                context.End = IsoDate(value);
                break;
            case "instant" when context is not null:
                context.Instant = IsoDate(value);
                break;
            case "explicitMember" or "typedMember" when context is not null && dimension is not null:
                context.Dimensions.Add(new FactDimension(dimension, value, name == "typedMember"));
                break;
            case "measure":
                (inDenominator ? denominators : numerators)?.Add(value);
                break;
        }
    }

    /// <summary>The text with runs of whitespace made one space, trimmed.</summary>
    internal static string Collapse(StringBuilder text)
    {
        if (IsCollapsed(text))
        {
            // Nearly every value (a date, a measure, a member): no second builder.
            return text.ToString();
        }

        var result = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Whether the text has no whitespace but single spaces between words.</summary>
    private static bool IsCollapsed(StringBuilder text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2024-01-28" (a time after it, as xs:dateTime allows, is ignored); null when it is no real date.</summary>
    internal static FigureDate? IsoDate(string value)
    {
        if (value.Length < 10 || value[4] != '-' || value[7] != '-' ||
            !int.TryParse(value.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(value.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(value.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month)
            ? new FigureDate(year, month, day)
            : null;
    }
}
