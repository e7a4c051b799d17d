using System.Text.Json;
using TypedFiling.Cli.Json;
using TypedFiling.Cli.Tests.Infrastructure;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Cli.Tests;

/// <summary><c>inspect --json-lines</c>: one <c>--json</c> document per filing and line, in path order, over folders too.</summary>
public sealed class JsonLinesTests : IDisposable
{
    private readonly string folder = TemporaryFolder.Create();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_gives_one_line_per_filing_in_ordinal_path_order_at_any_depth()
    {
        Directory.CreateDirectory(Path.Combine(folder, "b", "deeper"));
        File.Copy(RepositoryPaths.Seed, Path.Combine(folder, "b", "deeper", "iij.md"));
        File.Copy(RepositoryPaths.Seed, Path.Combine(folder, "a.md"));
        File.Copy(RepositoryPaths.Data("variants", "iij-20f-2010-b.md"), Path.Combine(folder, "b", "c.md"));
        File.WriteAllText(Path.Combine(folder, "notes.json"), "{}");

        var run = Tool.Run("inspect", "--json-lines", folder);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(new[] { "A", "C", "Iij" }, lines.Select(line => Assert.Single(FilingJson.ReadFilings(line)).Name));
        Assert.All(lines, line => Assert.Equal(1, JsonDocument.Parse(line).RootElement.GetProperty("schemaVersion").GetInt32()));
    }

    [Fact]
    public void Each_line_holds_what_inspect_json_writes_for_that_file()
    {
        var lines = Tool.Run("inspect", "--json-lines", RepositoryPaths.Seed, RepositoryPaths.Seed).Out.TrimEnd('\n').Split('\n');

        Assert.Equal(2, lines.Length);
        var whole = FilingJson.ReadFilings(Tool.Run("inspect", "--json", RepositoryPaths.Seed, RepositoryPaths.Seed).Out);
        Assert.Equal(whole[0], Assert.Single(FilingJson.ReadFilings(lines[0])));
        Assert.Equal(whole[1], Assert.Single(FilingJson.ReadFilings(lines[1])));
    }

    [Fact]
    public void Many_files_keep_their_order_when_read_in_parallel()
    {
        var paths = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? RepositoryPaths.Seed : RepositoryPaths.Data("variants", "iij-20f-2010-b.md")).ToArray();

        var run = Tool.Run(new[] { "inspect", "--json-lines" }.Concat(paths).ToArray());

        var names = run.Out.TrimEnd('\n').Split('\n').Select(line => Assert.Single(FilingJson.ReadFilings(line)).Name);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "Iij20F2010" : "Iij20F2010B"), names);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_line_on_standard_error_and_the_others_still_come()
    {
        var missing = Path.Combine(folder, "missing.md");

        var run = Tool.Run("inspect", "--json-lines", RepositoryPaths.Seed, missing, RepositoryPaths.Data("variants", "iij-20f-2010-b.md"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.Out.TrimEnd('\n').Split('\n').Length);
        Assert.Equal("typedfiling: " + missing + ": error TF0001: The filing '" + missing + "' was not found\n", run.Error);
    }
}
