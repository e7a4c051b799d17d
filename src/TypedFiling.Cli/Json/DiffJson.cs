using System.Collections.Generic;
using System.Text.Json;
using TypedFiling.Cli.Diff;
using TypedFiling.Parsing.Matching;

namespace TypedFiling.Cli.Json;

/// <summary>What <c>typedfiling diff --json</c> writes (schema in docs/cli-json-schema.md).</summary>
internal static class DiffJson
{
    public static string Write(DiffReport report, string oldPath, string newPath) =>
        FilingJson.Write(writer => WriteReport(writer, report, oldPath, newPath));

    private static void WriteReport(Utf8JsonWriter writer, DiffReport report, string oldPath, string newPath)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FilingJson.SchemaVersion);
        WriteSide(writer, "old", oldPath, report.Old);
        WriteSide(writer, "new", newPath, report.New);
        writer.WriteBoolean("equal", report.IsEmpty);
        WriteReferences(writer, "added", report.Added);
        WriteReferences(writer, "removed", report.Removed);
        WriteReworded(writer, report.Reworded);
        writer.WriteStartArray("moved");
        foreach (var match in report.Moved)
        {
            WriteMatchObject(writer, match);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("textChanged");
        foreach (var change in report.TextChanged)
        {
            WriteMatchObject(writer, change.Match);
        }

        writer.WriteEndArray();
        WriteFiguresChanged(writer, report.FiguresChanged);
        WriteFactsChanged(writer, report.RestatedFacts);
        writer.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter writer, string name, IReadOnlyList<RiskFactor> riskFactors)
    {
        writer.WriteStartArray(name);
        foreach (var riskFactor in riskFactors)
        {
            WriteReference(writer, riskFactor);
        }

        writer.WriteEndArray();
    }

    /// <summary>"reworded": each match with its title's word diff.</summary>
    private static void WriteReworded(Utf8JsonWriter writer, IReadOnlyList<RewordedRiskFactor> rewordedRiskFactors)
    {
        writer.WriteStartArray("reworded");
        foreach (var reworded in rewordedRiskFactors)
        {
            writer.WriteStartObject();
            WriteMatch(writer, reworded.Match);
            writer.WriteBoolean("textChanged", reworded.TextChanged);
            writer.WriteStartArray("titleDiff");
            foreach (var change in reworded.TitleDiff)
            {
                writer.WriteStartObject();
                writer.WriteString("op", change.Operation switch
                {
                    WordOperation.Added => "added",
                    WordOperation.Removed => "removed",
                    _ => "equal",
                });
                writer.WriteString("text", change.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFiguresChanged(Utf8JsonWriter writer, IReadOnlyList<FigureChange> figuresChanged)
    {
        writer.WriteStartArray("figuresChanged");
        foreach (var change in figuresChanged)
        {
            writer.WriteStartObject();
            writer.WriteString("riskFactor", change.Match.New.Id);
            writer.WriteString("name", change.New.Name);
            writer.WritePropertyName("oldFigure");
            FigureConverter.WriteFigure(writer, change.Old);
            writer.WritePropertyName("newFigure");
            FigureConverter.WriteFigure(writer, change.New);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFactsChanged(Utf8JsonWriter writer, IReadOnlyList<FactChange> restatedFacts)
    {
        writer.WriteStartArray("factsChanged");
        foreach (var change in restatedFacts)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("oldFact");
            FactJson.WriteFact(writer, change.Old);
            writer.WritePropertyName("newFact");
            FactJson.WriteFact(writer, change.New);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSide(Utf8JsonWriter writer, string name, string path, Filing filing)
    {
        writer.WriteStartObject(name);
        writer.WriteString("path", path);
        writer.WriteString("name", filing.Name);
        writer.WriteNumber("riskFactors", filing.RiskFactors.Count);
        writer.WriteEndObject();
    }

    /// <summary>A match as an object of its own ("moved", "textChanged").</summary>
    private static void WriteMatchObject(Utf8JsonWriter writer, MatchedRiskFactor match)
    {
        writer.WriteStartObject();
        WriteMatch(writer, match);
        writer.WriteEndObject();
    }

    private static void WriteMatch(Utf8JsonWriter writer, MatchedRiskFactor match)
    {
        writer.WriteString("matchedBy", match.MatchedBy == MatchKind.Id ? "id" : "similarity");
        writer.WriteNumber("titleSimilarity", System.Math.Round(match.TitleSimilarity, 3));
        writer.WriteNumber("textSimilarity", System.Math.Round(match.TextSimilarity, 3));
        writer.WritePropertyName("old");
        WriteReference(writer, match.Old);
        writer.WritePropertyName("new");
        WriteReference(writer, match.New);
    }

    /// <summary>A risk factor by its number, id, generated name and title.</summary>
    private static void WriteReference(Utf8JsonWriter writer, RiskFactor riskFactor)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", riskFactor.Number);
        writer.WriteString("id", riskFactor.Id);
        writer.WriteString("name", riskFactor.Name);
        writer.WriteString("title", riskFactor.Title);
        writer.WriteEndObject();
    }
}
