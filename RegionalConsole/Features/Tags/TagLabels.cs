using Microsoft.Extensions.Localization;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>The tag pages' words for statuses and refusals, each value by name: a new value fails to compile here, not on a page.</summary>
public static class TagLabels
{
    /// <summary>提案中 / 使用中 / 已停用.</summary>
    public static string TagStatusName(this IStringLocalizer<Ui> text, TagStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[status switch
        {
            TagStatus.Proposed => "TagStatusProposed",
            TagStatus.Active => "TagStatusActive",
            TagStatus.Retired => "TagStatusRetired",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        }].Value;
    }

    /// <summary>Why a change to a tag was refused, naming the offending input (<paramref name="detail"/>) where it has one.</summary>
    public static string TagEditErrorMessage(this IStringLocalizer<Ui> text, TagEditError error, string? detail)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[error switch
        {
            TagEditError.NotAllowed => "TagErrorNotAllowed",
            TagEditError.NotFound => "TagErrorNotFound",
            TagEditError.NameRequired => "TagErrorNameRequired",
            TagEditError.NameTaken => "TagErrorNameTaken",
            TagEditError.KeywordInvalid => "TagErrorKeywordInvalid",
            TagEditError.EmptyDefinition => "TagErrorEmptyDefinition",
            TagEditError.NotProposed => "TagErrorNotProposed",
            TagEditError.NoDefinition => "TagErrorNoDefinition",
            TagEditError.NotActive => "TagErrorNotActive",
            TagEditError.RetiresBeforeActivation => "TagErrorRetiresBeforeActivation",
            TagEditError.NotRetired => "TagErrorNotRetired",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        }, detail ?? ""].Value;
    }

    /// <summary>教保服務人員 / 國小教師 / …: a tag's required audience (SPEC §5.2).</summary>
    public static string AudienceName(this IStringLocalizer<Ui> text, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[audience switch
        {
            Audience.PreschoolEducator => "TagAudiencePreschoolEducator",
            Audience.ElementaryTeacher => "TagAudienceElementaryTeacher",
            Audience.JuniorHighTeacher => "TagAudienceJuniorHighTeacher",
            Audience.SeniorHighTeacher => "TagAudienceSeniorHighTeacher",
            Audience.SpecialEducationTeacher => "TagAudienceSpecialEducationTeacher",
            Audience.Principal => "TagAudiencePrincipal",
            Audience.Administrator => "TagAudienceAdministrator",
            Audience.All => "TagAudienceAll",
            _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
        }].Value;
    }

    /// <summary>大學 / 師資培育大學 / …: an organiser type a tag allows (SPEC §5.2, §10).</summary>
    public static string OrganiserTypeName(this IStringLocalizer<Ui> text, InstitutionType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[type switch
        {
            InstitutionType.University => "TagOrganiserUniversity",
            InstitutionType.TeacherEducationUniversity => "TagOrganiserTeacherEducationUniversity",
            InstitutionType.NationalSeniorHigh => "TagOrganiserNationalSeniorHigh",
            InstitutionType.K12Affiliated => "TagOrganiserK12Affiliated",
            InstitutionType.MunicipalSchool => "TagOrganiserMunicipalSchool",
            InstitutionType.Preschool => "TagOrganiserPreschool",
            InstitutionType.LocalGovernmentAgency => "TagOrganiserLocalGovernmentAgency",
            InstitutionType.CommunityCollege => "TagOrganiserCommunityCollege",
            InstitutionType.CentralAgency => "TagOrganiserCentralAgency",
            InstitutionType.PrivateBody => "TagOrganiserPrivateBody",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        }].Value;
    }
}
