using System;
using System.IO;
using System.Text;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Robustness.Tests.Harness;

/// <summary>Filings the tests start from: the seed, and small filings built around a risk-factor title.</summary>
public static class Filings
{
    private static string? seed;

    /// <summary>The seed filing, iij-20f-2010.md (18 risk factors), with '\n' line ends.</summary>
    public static string Seed => seed ??= File.ReadAllText(RepositoryPaths.Seed).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>A risk-factor section with one risk factor per title, each with a body that holds a figure.</summary>
    public static string WithTitles(params string[] titles)
    {
        var builder = new StringBuilder("**D. Risk Factors.**\n\n");
        foreach (var title in titles)
        {
            builder.Append("***").Append(title).Append("***\n\n")
                .Append("Revenues fell by approximately $5.2 million, or 12%, in the fiscal year ended March 31, 2010.\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The seed with <paramref name="line"/> inserted as its own paragraph in the body of its second risk factor.</summary>
    public static string SeedWithParagraph(string line)
    {
        const string anchor = "In addition to factors related to general economic conditions in Japan";
        var at = Seed.IndexOf(anchor, StringComparison.Ordinal);
        return Seed.Substring(0, at) + line + "\n\n" + Seed.Substring(at);
    }
}
