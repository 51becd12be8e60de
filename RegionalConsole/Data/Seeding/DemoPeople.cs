using System.Globalization;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data.Seeding;

internal static class DemoPeople
{
    private const string Family = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周";
    private const string GivenChars = "怡君志明淑芬冠宇家豪雅婷俊傑佩珊建宏美玲宗翰欣怡承恩柏翰詩涵";

    public static IEnumerable<Teacher> Teachers(Random random, int count, IReadOnlyList<string> schools, DateTime now)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            var id = NationalIdFor(random);
            if (!seen.Add(id))
            {
                continue;
            }

            var teacher = new Teacher
            {
                NationalId = id,
                Name = $"{Family[random.Next(Family.Length)]}{GivenChars[random.Next(GivenChars.Length)]}{GivenChars[random.Next(GivenChars.Length)]}",
                UpdatedAt = now,
            };
            // About 3% have no serving school (無服務學校): substitute and retired teachers.
            teacher.MoveTo(schools.Count == 0 || random.Next(100) < 3 ? null : schools[random.Next(schools.Count)]);
            yield return teacher;
        }
    }

    /// <summary>A syntactically valid national ID: letter, sex digit, seven digits, and the check digit.</summary>
    public static string NationalIdFor(Random random)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
        var letterIndex = random.Next(letters.Length);
        var digits = new int[9];
        digits[0] = random.Next(1, 3);
        for (var i = 1; i < 8; i++)
        {
            digits[i] = random.Next(10);
        }

        var value = letterIndex + 10;
        var sum = (value / 10) + (value % 10 * 9);
        for (var i = 0; i < 8; i++)
        {
            sum += digits[i] * (8 - i);
        }

        digits[8] = (10 - (sum % 10)) % 10;
        return letters[letterIndex] + string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture)));
    }
}
