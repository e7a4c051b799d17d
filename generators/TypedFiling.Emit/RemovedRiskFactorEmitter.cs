using System.Globalization;
using TypedFiling.Parsing.Model;

namespace TypedFiling.Emit;

/// <summary>
/// Writes the class of each locked risk factor the filing no longer has, marked obsolete as an error, with its old
/// Title, Id and Number: code that uses it fails to build with a message quoting the removed title, and code that
/// does not builds. It is in no list (<c>All</c>), so nothing generated uses it.
/// </summary>
internal static class RemovedRiskFactorEmitter
{
    public static void Write(SourceWriter writer, FilingModel model)
    {
        foreach (var removed in model.Removed)
        {
            writer.Line();
            writer.Doc("summary", "Removed from the filing: " + removed.Title);
            writer.StartLine().Append("[global::System.Obsolete(").Literal(Message(model, removed)).Append(", true)]").EndLine();
            writer.Line("public static partial class " + removed.Name)
                .OpenBrace();
            writer.Doc("summary", "The locked id of this risk factor.")
                .StartLine().Append("public const string Id = ").Literal(removed.Id).Append(";").EndLine()
                .Line()
                .Doc("summary", "The risk factor's number when it was locked.")
                .StartLine().Append("public const int Number = ").Append(removed.Number).Append(";").EndLine()
                .Line()
                .Doc("summary", removed.Title)
                .StartLine().Append("public const string Title = ").Literal(removed.Title).Append(";").EndLine();
            writer.CloseBrace();
        }
    }

    /// <summary>"the risk factor "…" is not in filings/x.htm any more (it was number 17 when locked); run typedfiling lock to accept the change".</summary>
    internal static string Message(FilingModel model, RemovedRiskFactorModel removed) =>
        "the risk factor \"" + removed.Title + "\" is not in " + model.SourcePath + " any more (it was number " +
        removed.Number.ToString(CultureInfo.InvariantCulture) + " when locked); run typedfiling lock to accept the change";
}
