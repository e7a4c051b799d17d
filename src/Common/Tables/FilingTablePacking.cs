using System;
using System.IO;
using System.IO.Compression;

namespace TypedFiling.Tables;

/// <summary>
/// A table as the generated code holds it: as written, or packed (<see cref="FilingTableLayout.PackedMark"/>, how many bytes
/// of padding end it, then its characters deflated, in <see cref="Z85"/>) when that is shorter as a C# literal. A whole
/// 10-K's table is mostly its prose and rows that repeat, which deflate to a quarter or less; Z85 is ASCII with nothing to
/// escape, so a packed table has no escapes either.
/// </summary>
/// <remarks>
/// The characters are bytes as UTF-8 writes each UTF-16 unit on its own (CESU-8), not UTF-8 itself: a lone surrogate, which
/// a filing can hold and UTF-8 would replace, comes back as it was. The deflated bytes are the runtime's zlib's: the same
/// for the same table on one compiler host (a build is deterministic), perhaps not on another (Visual Studio's .NET
/// Framework compiler and the SDK's); any host's table reads back the same.
/// </remarks>
internal static class FilingTablePacking
{
    /// <summary>How many bytes are deflated between two calls of the caller's poll.</summary>
    private const int Chunk = 1 << 16;

    /// <summary><paramref name="table"/> packed; <paramref name="poll"/> is called between chunks (to check a cancellation).</summary>
    public static string Pack(string table, Action<int>? poll = null)
    {
        var bytes = Encode(table);
        using var packed = new MemoryStream((bytes.Length / 3) + 64);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var at = 0; at < bytes.Length; at += Chunk)
            {
                poll?.Invoke(at / Chunk);
                deflate.Write(bytes, at, Math.Min(Chunk, bytes.Length - at));
            }
        }

        // Z85 takes four bytes at a time: the deflated bytes are padded with zeros, and the mark is followed by their count.
        var padding = (4 - (int)(packed.Length % 4)) % 4;
        packed.Write(new byte[padding], 0, padding);
        return FilingTableLayout.PackedMark + padding.ToString(System.Globalization.CultureInfo.InvariantCulture) + Z85.Encode(packed.GetBuffer(), (int)packed.Length);
    }

    /// <summary>The table as written, whether <paramref name="table"/> is packed or not.</summary>
    public static string Unpack(string table)
    {
        if (table.Length == 0 || table[0] != FilingTableLayout.PackedMark)
        {
            return table;
        }

        var padding = table.Length > 1 ? table[1] - '0' : -1;
        var packed = padding is >= 0 and <= 3 ? Z85.Decode(table, 2) : null;
        if (packed is null || packed.Length < padding)
        {
            throw FilingTableLayout.Invalid("not Z85");
        }

        using var bytes = new MemoryStream(packed.Length * 4);
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(packed, 0, packed.Length - padding, writable: false), CompressionMode.Decompress);
            deflate.CopyTo(bytes);
        }
        catch (InvalidDataException)
        {
            throw FilingTableLayout.Invalid("not deflated");
        }

        return Decode(bytes.GetBuffer(), (int)bytes.Length);
    }

    private static byte[] Encode(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        var bytes = new byte[length];
        var at = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                bytes[at++] = (byte)c;
            }
            else if (c < 0x800)
            {
                bytes[at++] = (byte)(0xC0 | (c >> 6));
                bytes[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                bytes[at++] = (byte)(0xE0 | (c >> 12));
                bytes[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[at++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return bytes;
    }

    private static string Decode(byte[] bytes, int length)
    {
        var chars = new char[length];
        var count = 0;
        for (var i = 0; i < length; count++)
        {
            int b = bytes[i];
            if (b < 0x80)
            {
                chars[count] = (char)b;
                i++;
            }
            else if (b < 0xE0 && i + 1 < length)
            {
                chars[count] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else if (i + 2 < length)
            {
                chars[count] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                throw FilingTableLayout.Invalid("truncated");
            }
        }

        return new string(chars, 0, count);
    }
}
