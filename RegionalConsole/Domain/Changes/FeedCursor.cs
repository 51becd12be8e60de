using System.Buffers.Binary;
using System.Buffers.Text;

namespace RegionalConsole.Domain.Changes;

/// <summary>
/// A position in the changes feed (SPEC §14.2): opaque to partners, strictly increasing with the change's id. It is the
/// base64url of the id's 8 big-endian bytes, so a partner cannot mistake it for a number to do arithmetic on.
/// </summary>
public static class FeedCursor
{
    /// <summary>Where a reader who passes no cursor starts: before the first change.</summary>
    public const long Start = 0;

    public static string Encode(long changeId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(changeId);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, changeId);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The change id of <paramref name="cursor"/>; false for anything this feed did not hand out.</summary>
    public static bool TryDecode(string? cursor, out long changeId)
    {
        changeId = Start;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        Span<byte> bytes = stackalloc byte[9];
        if (cursor.Length != 11 || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 8)
        {
            return false;
        }

        changeId = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return changeId >= 0 && Encode(changeId) == cursor;
    }
}
