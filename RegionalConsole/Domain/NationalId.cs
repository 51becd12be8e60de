using System.Text.RegularExpressions;

namespace RegionalConsole.Domain;

/// <summary>
/// 中華民國國民身分證統一編號: a letter for the place of first registration, 1 or 2 (or 8/9 for the new-style
/// resident certificate), seven digits and a check digit.
/// </summary>
public static partial class NationalId
{
    // Letter values A=10 ... Z=33 in the official (non-alphabetical) order.
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 10)
        {
            return false;
        }

        var letterIndex = Letters.IndexOf(char.ToUpperInvariant(id[0]), StringComparison.Ordinal);
        if (letterIndex < 0 || id[1] is not ('1' or '2' or '8' or '9'))
        {
            return false;
        }

        var letterValue = letterIndex + 10;
        var sum = (letterValue / 10) + (letterValue % 10 * 9);
        for (var i = 1; i < 10; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            var weight = i == 9 ? 1 : 9 - i;
            sum += (id[i] - '0') * weight;
        }

        return sum % 10 == 0;
    }

    /// <summary>Masks the middle for display: A123456789 → A12****789 (SPEC §11).</summary>
    public static string Mask(string id) =>
        id.Length == 10 ? string.Concat(id.AsSpan(0, 3), "****", id.AsSpan(7)) : new string('*', id.Length);

    /// <summary>Masks every national ID in a free text (an audit entry's before/after, a reason) for display (SPEC §11).</summary>
    public static string MaskAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Replace(text, m => Mask(m.Value));
    }

    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z][1289][0-9]{8}(?![0-9])")]
    private static partial Regex Pattern();
}
