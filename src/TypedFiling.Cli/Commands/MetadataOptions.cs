using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;
using TypedFiling.Cli.Loading;
using TypedFiling.Parsing.Configuration;

namespace TypedFiling.Cli.Commands;

/// <summary>
/// A command's metadata options: one per <see cref="FilingMetadata"/> entry, named after it in kebab case (ClassName is
/// <c>--class-name</c>), described by it, and read into the lookup the front door checks with the build's rules and words:
/// each takes its value as text, as an item's metadata does, so a bad one gets the build's diagnostic.
/// </summary>
internal sealed class MetadataOptions
{
    private readonly List<(FilingMetadata Metadata, Option Option)> options = new();

    private MetadataOptions(IEnumerable<FilingMetadata> metadata, FilingMetadata? switched)
    {
        foreach (var entry in metadata)
        {
            options.Add((entry, ReferenceEquals(entry, switched) ? new Option<bool?>(OptionName(entry.Name)) { Description = entry.Description } : Create(entry)));
        }
    }

    /// <summary>
    /// Every metadata: what <c>generate</c> and <c>inspect</c> take. A true-or-false one the command gives a meaning of its own
    /// too, <paramref name="switched"/>, is a switch: <c>--facts</c> alone is true, <c>--facts false</c> false.
    /// </summary>
    public static MetadataOptions All(FilingMetadata? switched = null) => new(FilingMetadata.All, switched);

    /// <summary>Only <c>--format</c>: how <c>lock</c> and <c>diff</c> read their files.</summary>
    public static MetadataOptions FormatOnly() => new(new[] { FilingMetadata.Format }, null);

    /// <summary>The option of <paramref name="name"/>: "--" and the name in kebab case.</summary>
    public static string OptionName(string name)
    {
        var kebab = new StringBuilder("--", name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }

    /// <summary>The switch of <paramref name="metadata"/>, made one by <see cref="All"/>.</summary>
    public Option<bool?> Switch(FilingMetadata metadata) =>
        (Option<bool?>)options.Find(entry => ReferenceEquals(entry.Metadata, metadata)).Option;

    public void AddTo(Command command)
    {
        foreach (var (_, option) in options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The options given on the command line, by metadata name.</summary>
    public LoadOptions Read(ParseResult result)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (metadata, option) in options)
        {
            var value = option switch
            {
                Option<bool?> on => result.GetValue(on) is { } given ? (given ? "true" : "false") : null,
                Option<string?> text => result.GetValue(text),
                _ => null,
            };
            if (value is not null)
            {
                values[metadata.Name] = value;
            }
        }

        return new LoadOptions(values);
    }

    private static Option Create(FilingMetadata metadata)
    {
        var option = new Option<string?>(OptionName(metadata.Name))
        {
            Description = metadata.Description,
            HelpName = metadata.Values is { } values ? string.Join("|", values) : metadata.ValueName,
        };
        if (metadata.Values is { } completions)
        {
            option.CompletionSources.Add(_ => ToItems(completions));
        }

        return option;
    }

    private static IEnumerable<CompletionItem> ToItems(IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            yield return new CompletionItem(value);
        }
    }
}
