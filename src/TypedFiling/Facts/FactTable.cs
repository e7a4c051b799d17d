using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace TypedFiling;

/// <summary>
/// Reads the compact table generated code stores a filing's facts in: a pool of strings, one row per context and
/// one row per fact, numbers separated by commas. One string literal per row compiles in a fraction of the time
/// and space of one constructor call per fact. Only generated code calls it; the layout may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FactTable
{
    /// <summary>
    /// The facts of <paramref name="facts"/>, each "concept,text,value,date,unit,decimals,scale,flags,context,id,offset,length,line,column[,endLine,endColumn]"
    /// (the id as written, other strings as indexes into <paramref name="strings"/>, dates as yyyyMMdd, flags 1 negative and 2 nil, context an index into
    /// <paramref name="contexts"/>, each "id,instant,start,end[,axis,member]...").
    /// </summary>
    public static IReadOnlyList<Fact> Read(string[] strings, string[] contexts, string[] facts)
    {
        if (strings is null || contexts is null || facts is null)
        {
            throw new ArgumentNullException(strings is null ? nameof(strings) : contexts is null ? nameof(contexts) : nameof(facts));
        }

        var readContexts = new Context[contexts.Length];
        for (var i = 0; i < contexts.Length; i++)
        {
            readContexts[i] = ReadContext(strings, contexts[i]);
        }

        var read = new Fact[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var f = facts[i].Split(',');
            var context = readContexts[Int(f[8])];
            var flags = Int(f[7]);
            read[i] = new Fact(
                strings[Int(f[0])], strings[Int(f[1])], f[2].Length == 0 ? null : decimal.Parse(f[2], NumberStyles.Number, CultureInfo.InvariantCulture),
                Date(f[3]), f[4].Length == 0 ? null : strings[Int(f[4])], f[5].Length == 0 ? null : f[5], Int(f[6]), (flags & 1) != 0, (flags & 2) != 0,
                context.Instant, context.Start, context.End, context.Dimensions, context.Id, f[9].Length == 0 ? null : f[9],
                Span(f));
        }

        return Array.AsReadOnly(read);
    }

    /// <summary>offset,length,line,column[,endLine,endColumn]: the end is left out when the fact stands on one line.</summary>
    private static SourceSpan Span(string[] f)
    {
        int offset = Int(f[10]), length = Int(f[11]), line = Int(f[12]), column = Int(f[13]);
        return f.Length > 15 ? new SourceSpan(line, column, Int(f[14]), Int(f[15]), offset, length) : new SourceSpan(line, column, line, column + length, offset, length);
    }

    private static Context ReadContext(string[] strings, string row)
    {
        var c = row.Split(',');
        Dictionary<string, string>? dimensions = null;
        for (var k = 4; k + 1 < c.Length; k += 2)
        {
            dimensions ??= new Dictionary<string, string>(StringComparer.Ordinal);
            dimensions[strings[Int(c[k])]] = strings[Int(c[k + 1])];
        }

        return new Context(strings[Int(c[0])], Date(c[1]), Date(c[2]), Date(c[3]), dimensions);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static CalendarDate? Date(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var value = Int(text);
        return new CalendarDate(value / 10000, value / 100 % 100, value % 100);
    }

    private sealed class Context
    {
        public Context(string id, CalendarDate? instant, CalendarDate? start, CalendarDate? end, IReadOnlyDictionary<string, string>? dimensions)
        {
            Id = id;
            Instant = instant;
            Start = start;
            End = end;
            Dimensions = dimensions;
        }

        public string Id { get; }

        public CalendarDate? Instant { get; }

        public CalendarDate? Start { get; }

        public CalendarDate? End { get; }

        public IReadOnlyDictionary<string, string>? Dimensions { get; }
    }
}
