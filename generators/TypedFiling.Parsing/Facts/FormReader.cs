using System;

namespace TypedFiling.Parsing.Facts;

/// <summary>Finds which SEC form a filing says it is: the first "Form 20-F" (or 10-K, 40-F, ...) in its text.</summary>
internal static class FormReader
{
    public static string? Find(string text)
    {
        var index = 0;
        while ((index = text.IndexOf("Form", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var start = index + 4;
            index = start;
            if (start >= text.Length || (text[start] != ' ' && text[start] != '\u00A0'))
            {
                continue;
            }

            start++;
            var end = start;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            if (end == start || end - start > 2 || end >= text.Length || text[end] != '-')
            {
                continue;
            }

            end++;
            var letters = end;
            while (end < text.Length && char.IsLetter(text[end]) && end - letters < 2)
            {
                end++;
            }

            if (end > letters && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return text.Substring(start, end - start).ToUpperInvariant();
            }
        }

        return null;
    }
}
