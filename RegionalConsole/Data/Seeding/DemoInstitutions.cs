using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Data.Seeding;

internal static class DemoInstitutions
{
    private static readonly string[] Places =
    [
        "中正", "仁愛", "信義", "和平", "光復", "民生", "復興", "建國", "忠孝", "自強", "文化", "中山", "成功", "大同",
        "東門", "西門", "南興", "北辰", "福德", "永安", "長春", "新生", "明德", "育英", "博愛", "力行", "勝利", "光明",
    ];

    // Share of each type among generated institutions, roughly as on the network.
    private static readonly (InstitutionType Type, int Weight)[] Mix =
    [
        (InstitutionType.MunicipalSchool, 62), (InstitutionType.Preschool, 18), (InstitutionType.NationalSeniorHigh, 3),
        (InstitutionType.K12Affiliated, 2), (InstitutionType.University, 3), (InstitutionType.TeacherEducationUniversity, 1),
        (InstitutionType.LocalGovernmentAgency, 3), (InstitutionType.CommunityCollege, 2), (InstitutionType.CentralAgency, 1),
        (InstitutionType.PrivateBody, 5),
    ];

    public static List<Institution> Generate(Random random, int count, IReadOnlyList<JurisdictionRow> rules, DateTime now)
    {
        var counties = Counties.Names.ToArray();
        var total = Mix.Sum(m => m.Weight);
        var list = new List<Institution>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            // Every county and every type appears before the mix takes over.
            var county = counties[i % counties.Length];
            var type = i < Mix.Length * counties.Length ? Mix[i / counties.Length].Type : Pick(random, total);
            var name = UniqueName(random, names, county.Value, type);
            list.Add(new Institution
            {
                Code = (100000 + i).ToString(CultureInfo.InvariantCulture),
                Name = name,
                Type = type,
                CountyCode = county.Key,
                CentreCode = JurisdictionRow.Route(rules, type, county.Key),
                ContactEmail = $"org{100000 + i}@example.edu.tw",
                UpdatedAt = now,
            });
        }

        return list;
    }

    private static InstitutionType Pick(Random random, int total)
    {
        var roll = random.Next(total);
        foreach (var (type, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return type;
            }
        }

        return InstitutionType.MunicipalSchool;
    }

    private static string UniqueName(Random random, HashSet<string> taken, string county, InstitutionType type)
    {
        for (var attempt = 0; ; attempt++)
        {
            var place = Places[random.Next(Places.Length)] + (attempt > 3 ? attempt.ToString(CultureInfo.InvariantCulture) : "");
            var city = county[..2];
            var name = type switch
            {
                InstitutionType.MunicipalSchool => random.Next(3) == 0 ? $"{county}立{place}國民中學" : $"{county}{place}國民小學",
                InstitutionType.Preschool => $"{county}立{place}幼兒園",
                InstitutionType.NationalSeniorHigh => $"國立{city}{place}高級中學",
                InstitutionType.K12Affiliated => $"國立{city}{place}特殊教育學校",
                InstitutionType.University => $"國立{city}{place}大學",
                InstitutionType.TeacherEducationUniversity => $"國立{city}教育大學{place}校區",
                InstitutionType.LocalGovernmentAgency => random.Next(2) == 0 ? $"{county}政府衛生局{place}分處" : $"{county}政府社會局{place}中心",
                InstitutionType.CommunityCollege => $"{county}{place}社區大學",
                InstitutionType.CentralAgency => $"國家教育研究院{place}研習中心",
                _ => $"社團法人{county}{place}教育協會",
            };
            if (taken.Add(name))
            {
                return name;
            }
        }
    }
}
