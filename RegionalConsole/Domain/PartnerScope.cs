namespace RegionalConsole.Domain;

/// <summary>An institution as scope rules see it: its code and its county.</summary>
public sealed record InstitutionPlace(string Code, string CountyCode);

/// <summary>
/// What a partner system's API key may act for (SPEC §10): everything (an administrator key), the institutions it is
/// registered for, or every institution of its county.
/// </summary>
public sealed record PartnerScope(bool IsAdministrator, IReadOnlySet<string> Institutions, string? CountyCode)
{
    public bool Holds(string institutionCode, string? institutionCounty) =>
        IsAdministrator
        || Institutions.Contains(institutionCode)
        || (CountyCode is not null && string.Equals(CountyCode, institutionCounty, StringComparison.Ordinal));

    public bool Holds(InstitutionPlace institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return Holds(institution.Code, institution.CountyCode);
    }
}
