using System;
using System.IO;
using System.Text;
using TypedFiling.Tests.Shared;
using Xunit;

namespace TypedFiling.Parsing.Tests.Performance;

/// <summary>
/// The parser's memory is bounded (issue 16, "the IDE"): the bytes <see cref="FilingParser.Parse"/> allocates per
/// byte of input stay under a bound a little above what it allocates now, so a change that copies the text again
/// fails here. Deterministic: bytes counted on the test's own thread, after a warm-up parse on that thread (the
/// scanner's per-thread token list and word table are filled then), not timed.
/// </summary>
public sealed class AllocationTests
{
    /// <summary>
    /// The seed, iij-20f-2010.md (33 KB): 13.7 bytes per input byte measured on 2026-12-02 (.NET 10; 35.5 before issue 16). Most of it is the text
    /// itself, held three times in UTF-16 by the model the generator needs (block texts, risk factor texts, figure
    /// sentences), and the figures' models.
    /// </summary>
    [Fact]
    public void The_seed_allocates_a_bounded_number_of_bytes_per_input_byte() =>
        AssertBound(File.ReadAllText(RepositoryPaths.Filing("iij-20f-2010.md")), "iij-20f-2010.md", 15.0);

    /// <summary>The whole NVIDIA 10-K (2 MB of HTML with inline XBRL): 3.24 bytes per input byte measured on 2026-12-02 (.NET 10; 6.0 before issue 16).</summary>
    [Fact]
    public void The_whole_nvidia_10k_allocates_a_bounded_number_of_bytes_per_input_byte() =>
        AssertBound(File.ReadAllText(RepositoryPaths.Data("whole", "nvidia-10k-2024-full.htm")), "nvidia-10k-2024-full.htm", 3.6);

    private static void AssertBound(string text, string path, double bound)
    {
        var options = FilingOptions.ForPath(path);
        FilingParser.Parse(text, options);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FilingParser.Parse(text, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(result);

        var perByte = (double)allocated / Encoding.UTF8.GetByteCount(text);
        Assert.True(perByte <= bound, $"{path}: {perByte:0.00} bytes allocated per input byte, above {bound}");
    }
}
