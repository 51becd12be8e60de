namespace RegionalConsole.Domain;

/// <summary>Organiser (開課單位) types of the institution sync, SPEC §10.</summary>
public enum InstitutionType
{
    University,
    TeacherEducationUniversity,
    NationalSeniorHigh,
    K12Affiliated,
    MunicipalSchool,
    Preschool,
    LocalGovernmentAgency,
    CommunityCollege,
    CentralAgency,
    PrivateBody,
}
