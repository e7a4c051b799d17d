using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using TypedFiling.Cli.Loading;
using TypedFiling.Cli.Output;
using TypedFiling.Parsing.Configuration;
using TypedFiling.Parsing.Locking;

namespace TypedFiling.Cli.Commands;

/// <summary>
/// <c>typedfiling lock FILE… [--check] [--format F]</c>: writes <c>FILE.lock.json</c> beside each filing, keeping the
/// names an existing lock gave; with <c>--check</c> writes nothing and exits 1 when a lock no longer matches its filing.
/// </summary>
internal static class LockCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The filings to lock (.md, .txt or .htm).",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "FILE",
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a lock is missing or no longer matches its filing, printing what changed (for CI)." };
        var metadata = MetadataOptions.FormatOnly();

        var command = new Command(
            "lock",
            "Write FILE.lock.json beside each filing: its risk factors' names, ids, numbers, titles and text fingerprints, which the build keeps while the filing changes. Exit code 0 when done or up to date, 1 when --check finds a change, 2 on error.")
        {
            files,
            check,
        };
        metadata.AddTo(command);
        command.SetAction(result => Inputs.Guard(terminal, () => Run(
            terminal,
            result.GetValue(files) ?? Array.Empty<string>(),
            result.GetValue(check),
            metadata.Read(result))));
        return command;
    }

    private static int Run(Terminal terminal, string[] paths, bool check, LoadOptions options)
    {
        var loaded = Inputs.Load(terminal, paths, options, out var failed);
        var stale = false;
        foreach (var filing in loaded)
        {
            var lockPath = filing.Path + FilingLock.Extension;
            var current = LockWriter.Lock(filing.Model);
            var text = LockWriter.Write(current, Path.GetFileName(filing.Path));
            var existing = File.Exists(lockPath) ? File.ReadAllText(lockPath) : null;
            if (existing == text)
            {
                terminal.Out.WriteLine(ShownPaths.Of(lockPath) + ": up to date (" + Count(current.Entries.Count) + ")");
                continue;
            }

            var changes = existing is null ? new List<string>() : Changes(existing, lockPath, current);
            if (check)
            {
                stale = true;
                terminal.Out.WriteLine(existing is null
                    ? ShownPaths.Of(lockPath) + ": no lock file; run 'typedfiling lock " + filing.Path + "' to write it"
                    : ShownPaths.Of(lockPath) + ": does not match " + filing.Path + "; run 'typedfiling lock " + filing.Path + "' to accept:");
            }
            else
            {
                File.WriteAllText(lockPath, text);
                terminal.Out.WriteLine("wrote " + ShownPaths.Of(lockPath) + " (" + Count(current.Entries.Count) + ")");
            }

            foreach (var change in changes)
            {
                terminal.Out.WriteLine("  " + change);
            }
        }

        return failed ? ExitCodes.Error : stale ? ExitCodes.Different : ExitCodes.Success;
    }

    /// <summary>What differs between the lock on disk and the one the filing gives now, one line each, by id.</summary>
    private static List<string> Changes(string existing, string lockPath, FilingLock current)
    {
        var changes = new List<string>();
        var old = LockReader.Read(existing, lockPath, out var problem);
        if (old is null)
        {
            changes.Add("the lock file cannot be read: " + problem!.Arguments[1]);
            return changes;
        }

        var now = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        foreach (var entry in current.Entries)
        {
            now.Add(entry.Id, entry);
        }

        var before = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in old.Entries)
        {
            before.Add(entry.Id);
            if (!now.TryGetValue(entry.Id, out var same))
            {
                changes.Add("- removed " + entry.Name + " (" + Number(entry.Number) + "): " + entry.Title);
                continue;
            }

            if (!string.Equals(entry.Title, same.Title, StringComparison.Ordinal))
            {
                changes.Add("~ reworded " + same.Name + " (" + Number(same.Number) + "): " + same.Title);
            }
            else if (!string.Equals(entry.Fingerprint.Hash, same.Fingerprint.Hash, StringComparison.Ordinal))
            {
                changes.Add("* text changed " + same.Name + " (" + Number(same.Number) + ")");
            }

            if (entry.Number != same.Number)
            {
                changes.Add("> moved " + same.Name + ": " + Number(entry.Number) + " -> " + Number(same.Number));
            }

            if (!string.Equals(entry.Name, same.Name, StringComparison.Ordinal))
            {
                changes.Add("~ renamed " + entry.Name + " -> " + same.Name);
            }
        }

        foreach (var entry in current.Entries)
        {
            if (!before.Contains(entry.Id))
            {
                changes.Add("+ added " + entry.Name + " (" + Number(entry.Number) + "): " + entry.Title);
            }
        }

        return changes;
    }

    private static string Count(int count) => Number(count) + (count == 1 ? " risk factor" : " risk factors");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
