using RegionalConsole.Domain;

namespace RegionalConsole.Data.Entities;

public class County
{
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>A regional management centre (區域管理中心). County centres carry their county's code.</summary>
public class Centre
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? CountyCode { get; set; }

    /// <summary>The supervising authority: a county code, or K12EA for the national centres (SPEC §1).</summary>
    public required string SupervisorScope { get; set; }

    public string? ContactEmail { get; set; }
}

/// <summary>An organiser (開課單位) from the daily institution sync (機關資料).</summary>
public class Institution
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public InstitutionType Type { get; set; }
    public required string CountyCode { get; set; }

    /// <summary>The centre that reviews its courses; null while its type has no jurisdiction row (unrouted).</summary>
    public string? CentreCode { get; set; }

    public string? ContactEmail { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One row of the jurisdiction table (管理規定第11條): which centre reviews an organiser type.</summary>
public class JurisdictionRule
{
    public InstitutionType InstitutionType { get; set; }

    /// <summary>A fixed centre code, or null to route to the centre of the institution's county.</summary>
    public string? CentreCode { get; set; }

    public required string Source { get; set; }
}

public class Teacher
{
    public required string NationalId { get; set; }
    public required string Name { get; set; }

    /// <summary>Null = 無服務學校 (管理規定第5條).</summary>
    public string? ServingInstitutionCode { get; set; }

    /// <summary>
    /// The institution the teacher last served at, kept when they come to serve nowhere: a key whose scope held it may
    /// still update the teacher (SPEC §14.1).
    /// </summary>
    public string? LastServingInstitutionCode { get; set; }

    /// <summary>
    /// The teacher sync's <c>preschoolEducator</c> flag (SPEC §14.4); null when the partner did not say, and then the
    /// serving institution's type decides.
    /// </summary>
    public bool? PreschoolEducator { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Serves at <paramref name="institutionCode"/> from now on (null = 無服務學校), remembering where the teacher served
    /// last: the partner whose scope held it still answers for a teacher who serves nowhere (SPEC §14.1).
    /// </summary>
    public void MoveTo(string? institutionCode)
    {
        LastServingInstitutionCode = institutionCode ?? ServingInstitutionCode ?? LastServingInstitutionCode;
        ServingInstitutionCode = institutionCode;
    }
}
