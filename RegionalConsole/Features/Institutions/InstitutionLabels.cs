using Microsoft.Extensions.Localization;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Institutions;

/// <summary>An organiser type's name (SPEC §10), each type by name: a new type fails to compile here, not on a page.</summary>
public static class InstitutionLabels
{
    public static string InstitutionTypeName(this IStringLocalizer<Ui> text, InstitutionType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[type switch
        {
            InstitutionType.University => "InstTypeUniversity",
            InstitutionType.TeacherEducationUniversity => "InstTypeTeacherEducationUniversity",
            InstitutionType.NationalSeniorHigh => "InstTypeNationalSeniorHigh",
            InstitutionType.K12Affiliated => "InstTypeK12Affiliated",
            InstitutionType.MunicipalSchool => "InstTypeMunicipalSchool",
            InstitutionType.Preschool => "InstTypePreschool",
            InstitutionType.LocalGovernmentAgency => "InstTypeLocalGovernmentAgency",
            InstitutionType.CommunityCollege => "InstTypeCommunityCollege",
            InstitutionType.CentralAgency => "InstTypeCentralAgency",
            InstitutionType.PrivateBody => "InstTypePrivateBody",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        }].Value;
    }
}
