using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedFiling.Benchmarks;

/// <summary>The filings the benchmarks read: copies in Data/, so the project depends on nothing outside it.</summary>
public static class Inputs
{
    public const string Seed = "iij-20f-2010";
    public const string Largest = "apple-10k-2024";
    public const string Seed16 = "iij-20f-2010-x16";

    public static IEnumerable<string> Names => new[] { Seed, Largest, Seed16 };

    /// <summary>The text of the named input; the x16 input is the seed written out 16 times, one after another.</summary>
    public static string Text(string name)
    {
        if (name == Seed16)
        {
            var seed = Text(Seed);
            var builder = new StringBuilder(seed.Length * 16 + 32);
            for (var i = 0; i < 16; i++)
            {
                builder.Append(seed);
                if (!seed.EndsWith('\n'))
                {
                    builder.Append('\n');
                }
            }

            return builder.ToString();
        }

        return File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name + ".md"));
    }

    /// <summary>What the input weighs as a file on disk: its UTF-8 bytes.</summary>
    public static int Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));
}
