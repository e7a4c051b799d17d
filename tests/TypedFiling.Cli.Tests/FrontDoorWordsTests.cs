using System;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedFiling.Cli.Commands;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary>
/// A bad metadata value gets the same diagnostic in the same words from the three front doors: the build (item metadata),
/// the tool (its option), and <see cref="FilingReader"/> (its <see cref="FilingReadOptions"/> property, as the exception's message).
/// </summary>
public sealed class FrontDoorWordsTests : IDisposable
{
    private const string Filing = "**D. Risk Factors.**\n\n***We may lose customers.***\n\nCustomers leave.\n";

    /// <summary>Where each front door shows the filing, replaced in the messages by this.</summary>
    private const string Shown = "FILING";

    private readonly string folder = TemporaryFolder.Create();

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Namespace", "My App", "TF0005" },
        { "ClassName", "class", "TF0006" },
        { "ClassName", "Filing", "TF0017" },
        { "Currency", "XYZ", "TF0007" },
        { "Format", "pdf", "TF0009" },
        { "Headings", "Bold", "TF0010" },
        { "Visibility", "private", "TF0016" },
        { "IncludeText", "no", "TF0016" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_has_the_same_words_in_the_build_the_tool_and_FilingReader(string name, string value, string id)
    {
        var build = Build(name, value, id);

        Assert.Equal(build, Tool(name, value, id));
        Assert.Equal(build, Reader(name, value));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Build(string name, string value, string id)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().WithFiling("filings/report.md", Filing, (name, value)));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        return diagnostic.GetMessage(CultureInfo.InvariantCulture).Replace("filings/report.md", Shown, StringComparison.Ordinal);
    }

    private string Tool(string name, string value, string id)
    {
        var path = Path.Combine(folder, "report.md");
        File.WriteAllText(path, Filing);
        var run = Infrastructure.Tool.Run("generate", path, MetadataOptions.OptionName(name), value);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains(" " + id + ": ", StringComparison.Ordinal));
        return line.Substring(line.IndexOf(" " + id + ": ", StringComparison.Ordinal) + id.Length + 3).Replace(path.Replace('\\', '/'), Shown, StringComparison.Ordinal);
    }

    private static string Reader(string name, string value)
    {
        var options = new FilingReadOptions();
        typeof(FilingReadOptions).GetProperty(name)!.SetValue(options, value);
        var exception = Assert.Throws<ArgumentException>(() => FilingReader.Parse(Filing, "filings/report.md", options));
        return exception.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal).Replace("filings/report.md", Shown, StringComparison.Ordinal);
    }
}
