using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Tags;

/// <summary>The results <see cref="TagCheck"/> reports, worded for reviewers (SPEC §5.2).</summary>
internal static class TagFindings
{
    private const int QuotedTitleLength = 60;

    public static CheckResult Unknown(string typed) => new(
        CheckCodes.TagUnknown,
        CheckSeverity.Error,
        $"屬性標籤「{typed}」不在標籤清單中，請改選現有之屬性標籤。",
        CheckRules.TitleAndOutline,
        $"標註：{typed}",
        typed);

    public static CheckResult NotActive(TagDefinition tag, DateOnly? start)
    {
        var (message, evidence) = tag.Status switch
        {
            TagStatus.Proposed => (
                $"屬性標籤「{tag.Name}」尚在提案階段，待業管單位提出定義說明後始得標註。",
                "狀態：提案中"),
            TagStatus.Retired => (
                $"屬性標籤「{tag.Name}」已於 {RocDate.Short(tag.RetiredOn!.Value)} 停用，不得標註。",
                $"停用日：{RocDate.Short(tag.RetiredOn!.Value)}{StartText(start)}"),
            _ => (
                $"屬性標籤「{tag.Name}」自 {RocDate.Short(tag.ActiveFrom!.Value)} 起啟用，本研習開始時尚不得標註。",
                $"啟用日：{RocDate.Short(tag.ActiveFrom!.Value)}{StartText(start)}"),
        };
        return new(CheckCodes.TagNotActive, CheckSeverity.Error, message, CheckRules.TitleAndOutline, evidence, tag.Name);
    }

    public static CheckResult AudienceMissing(TagDefinition tag, IReadOnlyList<Audience> audience) => new(
        CheckCodes.TagPreschoolAudience,
        CheckSeverity.Error,
        $"屬性標籤「{tag.Name}」之研習對象須包含{string.Join("或", tag.RequiredAudience.Select(TagWords.Of))}，本研習未包含。",
        CheckRules.TitleAndOutline,
        $"研習對象：{(audience.Count == 0 ? "未填" : string.Join("、", audience.Select(TagWords.Of)))}",
        tag.Name);

    public static CheckResult OrganiserNotAllowed(TagDefinition tag, InstitutionType organiser, string? approvalDocNo) => new(
        CheckCodes.TagPreschoolOrganiser,
        CheckSeverity.Error,
        $"屬性標籤「{tag.Name}」之研習須由{string.Join("、", tag.AllowedOrganiserTypes.Select(TagWords.Of))}辦理，"
        + $"或經主管機關委辦、認可後辦理；開課單位為{TagWords.Of(organiser)}，請確認主管機關之委辦或認可文件。",
        CheckRules.PreschoolOrganiser,
        $"開課單位類型：{TagWords.Of(organiser)}；核准文號：{(string.IsNullOrWhiteSpace(approvalDocNo) ? "未填" : approvalDocNo.Trim())}",
        tag.Name);

    public static CheckResult NoEvidence(TagDefinition tag, string title) => new(
        CheckCodes.TagNoEvidence,
        CheckSeverity.Warning,
        $"研習名稱、課程內容大綱及課程表未見與屬性標籤「{tag.Name}」相關之字詞，需由區域管理中心依定義認定。",
        CheckRules.TitleAndOutline,
        $"標題：『{Quoted(title)}』",
        tag.Name);

    public static CheckResult PrefixNotDeclared(string name, PrefixedTitle title, IEnumerable<string> declared) => new(
        CheckCodes.TagPrefixMismatch,
        CheckSeverity.Error,
        $"研習名稱前綴標示屬性標籤「{name}」，但未標註此標籤；前綴與標註之屬性標籤須一致。",
        CheckRules.TitleAndOutline,
        PrefixEvidence(title, declared),
        name);

    public static CheckResult DeclaredNotInPrefix(string name, PrefixedTitle title, IEnumerable<string> declared) => new(
        CheckCodes.TagPrefixMismatch,
        CheckSeverity.Error,
        $"已標註屬性標籤「{name}」，但研習名稱前綴未標示；前綴與標註之屬性標籤須一致（或名稱不加標籤前綴）。",
        CheckRules.TitleAndOutline,
        PrefixEvidence(title, declared),
        name);

    public static CheckResult Suggested(TagDefinition tag, string evidence) => new(
        CheckCodes.TagSuggested,
        CheckSeverity.Info,
        $"研習內容與屬性標籤「{tag.Name}」之定義相符，建議標註；由區域管理中心認定。",
        CheckRules.TitleAndOutline,
        evidence,
        tag.Name);

    private static string StartText(DateOnly? start) => start is { } day ? $"；研習開始日：{RocDate.Short(day)}" : string.Empty;

    private static string PrefixEvidence(PrefixedTitle title, IEnumerable<string> declared)
    {
        var prefixes = string.Concat(title.Prefixes.Where(p => p.IsTagPrefix).Select(p => p.Raw));
        var tags = string.Join("、", declared);
        return $"前綴：{prefixes}；標註：{(tags.Length == 0 ? "無" : tags)}";
    }

    private static string Quoted(string text) =>
        text.Length <= QuotedTitleLength ? text : string.Concat(text.AsSpan(0, QuotedTitleLength), "…");
}

/// <summary>Audiences and organiser types in the words of the network's forms.</summary>
internal static class TagWords
{
    public static string Of(Audience audience) => audience switch
    {
        Audience.PreschoolEducator => "教保服務人員",
        Audience.ElementaryTeacher => "國小教師",
        Audience.JuniorHighTeacher => "國中教師",
        Audience.SeniorHighTeacher => "高中職教師",
        Audience.SpecialEducationTeacher => "特教教師",
        Audience.Principal => "校長",
        Audience.Administrator => "行政人員",
        _ => "全體教師",
    };

    public static string Of(InstitutionType type) => type switch
    {
        InstitutionType.University => "大學校院",
        InstitutionType.TeacherEducationUniversity => "師資培育之大學",
        InstitutionType.NationalSeniorHigh => "國立高級中等學校",
        InstitutionType.K12Affiliated => "國教署所屬學校",
        InstitutionType.MunicipalSchool => "直轄市、縣（市）立學校",
        InstitutionType.Preschool => "幼兒園",
        InstitutionType.LocalGovernmentAgency => "地方政府機關",
        InstitutionType.CommunityCollege => "社區大學",
        InstitutionType.CentralAgency => "中央機關",
        _ => "民間團體",
    };
}
