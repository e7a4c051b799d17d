using TypedFiling.Cli.Output;
using TypedFiling.Cli.Tests.Infrastructure;

namespace TypedFiling.Cli.Tests;

/// <summary><c>diff --text</c>: the word-diff hunks of a changed body, with a few words of context either side.</summary>
public sealed class TextDiffTests : IDisposable
{
    private readonly string folder = TemporaryFolder.Create();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_changed_word_is_one_hunk_with_the_context_around_it()
    {
        var hunks = BodyDiff.Hunks(
            "one two three four five six seven eight nine ten eleven twelve thirteen",
            "one two three four five six seven eight NINE ten eleven twelve thirteen",
            text => text,
            text => text);

        Assert.Equal(new[] { "one two three four five six seven eight [-nine-] {+NINE+} ten eleven twelve thirteen" }, hunks);
    }

    [Fact]
    public void Distant_changes_are_separate_hunks_cut_with_an_ellipsis_and_shared_paragraphs_are_left_out()
    {
        var middle = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i));
        var hunks = BodyDiff.Hunks(
            "Same first paragraph.\n\nstart " + middle + " end\n\nSame last paragraph.",
            "Same first paragraph.\n\nSTART " + middle + " END\n\nSame last paragraph.",
            text => text,
            text => text);

        Assert.Equal(
            new[]
            {
                "\u2026 [-start-] {+START+} w1 w2 w3 w4 w5 w6 w7 w8 \u2026",
                "\u2026 w33 w34 w35 w36 w37 w38 w39 w40 [-end-] {+END+} \u2026",
            },
            hunks);
    }

    [Fact]
    public void Diff_text_prints_the_hunks_under_the_risk_factor_whose_body_changed()
    {
        var oldPath = Write("old.md", "Our customers may leave us for competitors with lower prices.");
        var newPath = Write("new.md", "Our customers may leave us for competitors with better prices.");

        var plain = Tool.Run("diff", oldPath, newPath);
        var text = Tool.Run("diff", "--text", oldPath, newPath);

        Assert.Equal(1, text.ExitCode);
        Assert.DoesNotContain("[-lower-]", plain.Out, StringComparison.Ordinal);
        Assert.Contains(
            "  * 1. LoseCustomers: 86% of the text alike\n      Our customers may leave us for competitors with [-lower-] {+better+} prices. \u2026\n",
            text.Out,
            StringComparison.Ordinal);
    }

    private string Write(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "***We may lose customers.***\n\n" + body + "\n\nEnd of the risk factors.\n");
        return path;
    }
}
