namespace RegionalConsole.Domain;

/// <summary>
/// 管理規定第11條: which centre reviews an organiser's courses and rosters. The table is data an administrator
/// edits; these rows are only its defaults. A row without a centre code routes to the organiser's county centre.
/// </summary>
public sealed record JurisdictionRow(InstitutionType Type, string? CentreCode, string Source)
{
    public static IReadOnlyList<JurisdictionRow> Defaults { get; } =
    [
        new(InstitutionType.University, CentreCodes.National, "管理規定第11條第1款"),
        new(InstitutionType.TeacherEducationUniversity, CentreCodes.National, "管理規定第11條第1款"),
        new(InstitutionType.LocalGovernmentAgency, null, "管理規定第11條第7款"),
        new(InstitutionType.CommunityCollege, null, "管理規定第11條第7款"),
        new(InstitutionType.NationalSeniorHigh, CentreCodes.K12EA, "預設（第2至6款會議紀錄未載）"),
        new(InstitutionType.K12Affiliated, CentreCodes.K12EA, "預設（第2至6款會議紀錄未載）"),
        new(InstitutionType.MunicipalSchool, null, "預設"),
        new(InstitutionType.Preschool, null, "預設"),
        new(InstitutionType.CentralAgency, CentreCodes.National, "預設"),
        new(InstitutionType.PrivateBody, null, "預設（立案所在縣市）"),
    ];

    /// <summary>The reviewing centre, or null when the type has no row: the institution is then unrouted.</summary>
    public static string? Route(IEnumerable<JurisdictionRow> table, InstitutionType type, string countyCode)
    {
        foreach (var row in table)
        {
            if (row.Type == type)
            {
                return row.CentreCode ?? countyCode;
            }
        }

        return null;
    }
}
