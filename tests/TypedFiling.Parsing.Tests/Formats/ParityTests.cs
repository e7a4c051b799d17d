using System.Linq;
using System.Text;
using TypedFiling.Parsing.Model;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Formats;

/// <summary>The same filing as Markdown and as HTML gives the same risk factors, texts and figures.</summary>
public sealed class ParityTests
{
    [Theory]
    [InlineData("loncor-20f-2015.md", "loncor-20f-2015-html.htm")]
    [InlineData("apple-10k-2024.md", "apple-10k-2024-html.htm")]
    public void Markdown_and_html_give_equal_models(string markdown, string html)
    {
        var left = CorpusFormatTests.ParseCorpus(markdown).Model;
        var right = CorpusFormatTests.ParseCorpus(html).Model;
        Assert.Equal(left.RiskFactors.Select(r => r.Title), right.RiskFactors.Select(r => r.Title));
        Assert.Equal(left.RiskFactors.Select(r => r.Name), right.RiskFactors.Select(r => r.Name));
        Assert.Equal(left.RiskFactors.Select(r => r.Category), right.RiskFactors.Select(r => r.Category));
        for (var i = 0; i < left.RiskFactors.Count; i++)
        {
            Assert.Equal(Normalize(left.RiskFactors[i].Text), Normalize(right.RiskFactors[i].Text));
            Assert.Equal(Figures(left.RiskFactors[i]), Figures(right.RiskFactors[i]));
        }
    }

    private static string[] Figures(RiskFactorModel riskFactor) =>
        riskFactor.Figures.Select(f => $"{f.Name} {f.Match.Kind} {f.Match.Text} {f.Match.Value} {f.Match.Value2} {f.Match.Currency} {f.Match.Scale} {f.Match.Unit} {f.Match.Date} {f.Match.AsOf} {f.Match.Label}").ToArray();

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
