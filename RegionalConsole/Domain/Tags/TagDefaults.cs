using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// The tags every deployment starts with (SPEC §5.2): those named in the minutes (共同研討二 提案一), 基本救命術訓練 and
/// 安全教育 (counted for preschool educators), and the labels seen in real listings. Definitions are written from each
/// tag's public purpose; activation dates are the policy's start where known, otherwise the year the tag function
/// began (100年). Administrators edit all of it.
/// </summary>
public static partial class TagDefaults
{
    public const string Preschool = "幼兒園教保專業知能";
    public const string BasicLifeSupport = "基本救命術訓練";
    public const string SafetyEducation = "安全教育";
    public const string TechnologyNonSpecialist = "生科非專";
    public const string InformationNonSpecialist = "資訊非專";
    public const string HealthNonSpecialist = "健康非專";
    public const string International = "國際教育";
    public const string InstructionalLeadership = "教學領導";
    public const string Sdgs = "SDGs";
    public const string Bilingual = "雙語教育";
    public const string Environment = "環境教育";
    public const string DigitalLearning = "精進數位";
    public const string CompetencyBased = "素養導向";
    public const string CurriculumGuidelines = "領綱素養";
    public const string DigitalTeaching = "數位教學";
    public const string MediaLiteracy = "媒體素養";

    private const string K12Ea = "教育部國民及學前教育署";
    private const string NonSpecialistPlan = "教育部國民及學前教育署（落實國中教學正常化、適性輔導及品質提升方案）";

    private static readonly DateOnly TagFunctionStart = new(2011, 1, 1);
    private static readonly DateOnly NonSpecialistStart = new(2014, 8, 1);
    private static readonly DateOnly CurriculumStart = new(2019, 8, 1);
    private static readonly DateOnly MeetingAdditions = new(2022, 1, 1);

    /// <summary>Competent authorities and preschools themselves (幼兒園教保專業知能研習實施辦法第3條).</summary>
    /// <remarks>
    /// A school, university or private body may run the course only when commissioned or approved by the competent
    /// authority; the console cannot see that approval, so such an organiser gets an error that the reviewer
    /// overrides with the approval as the reason (SPEC §5).
    /// </remarks>
    private static readonly InstitutionType[] PreschoolOrganisers =
        [InstitutionType.CentralAgency, InstitutionType.LocalGovernmentAgency, InstitutionType.Preschool];

    public static IReadOnlyList<TagDefinition> All { get; } =
    [
        Active(Preschool, "教保專業", K12Ea, TagFunctionStart,
            "配合《幼兒教育及照顧法》教保服務人員進修規定，以幼兒園教保服務人員（園長、教師、教保員、助理教保員）為對象之教保專業知能研習："
            + "幼兒園教保活動課程大綱、幼兒發展與學習評量、教保活動設計與學習環境、幼兒健康安全與特殊需求幼兒、親職教育與幼兒園行政等"
            + "與幼兒教育及照顧有關之內容。研習對象須含教保服務人員，並由各級主管機關自行辦理、委辦或認可後辦理（幼兒園教保專業知能研習實施辦法第3條）。",
            PreschoolKeywords, [Audience.PreschoolEducator], PreschoolOrganisers),
        Active(BasicLifeSupport, null, K12Ea, TagFunctionStart,
            "基本救命術（心肺復甦術 CPR、自動體外心臟電擊去顫器 AED、異物哽塞處理／哈姆立克法）之訓練，含術科操作，供教保服務人員等依規定"
            + "接受之基本救命術訓練時數採計；專業訓練單位辦理者亦得採認（幼兒園教保專業知能研習實施辦法第3條第2項但書）。"
            + "未含基本救命術操作之一般急救或傷害處理講座不屬之。",
            BasicLifeSupportKeywords),
        Active(SafetyEducation, null, K12Ea, TagFunctionStart,
            "提升教師及教保服務人員維護學生與幼兒人身安全之知能：校園與幼兒園安全管理、交通安全、防災避難與演練、食品與用藥安全、"
            + "水域與戶外活動安全、遊戲設施與實驗場所安全、事故傷害預防與緊急應變、兒少保護及通報。資訊安全、網路安全、國家安全等非人身安全之主題不屬之。",
            SafetyKeywords),
        Active(TechnologyNonSpecialist, null, NonSpecialistPlan, NonSpecialistStart,
            "配合十二年國民基本教育「落實國中教學正常化、適性輔導及品質提升方案」，為非生活科技專長而授課生活科技（科技領域）之教師辦理之增能研習："
            + "生活科技課程與教學、設計與製作、機構與結構、電與控制、工具與機具操作及實作安全、科技專題實作。",
            TechnologyKeywords),
        Active(InformationNonSpecialist, null, NonSpecialistPlan, NonSpecialistStart,
            "同一方案，為非資訊科技專長而授課資訊科技（科技領域）之教師辦理之增能研習：運算思維與問題解決、演算法、程式設計（如 Scratch、Python）、"
            + "資料表示與處理、系統平台、資訊科技課程與教學。僅以資訊工具輔助其他學科教學（資訊融入教學）者不屬之。",
            InformationKeywords),
        Active(HealthNonSpecialist, null, NonSpecialistPlan, NonSpecialistStart,
            "同一方案，為非健康教育專長而授課健康教育（健康與體育領域之健康部分）之教師辦理之增能研習：健康教育課程與教學、生長發展與性教育、"
            + "營養與飲食、疾病預防、藥物濫用與菸害防制、心理健康與健康生活技能之教學。體育教學及教師自身之身心保健不屬之。",
            HealthKeywords),
        Active(International, null, "教育部中小學教育國際化專案辦公室", MeetingAdditions,
            "依《中小學國際教育白皮書2.0》，提升教師推動國際教育之知能：國際教育課程發展與教學、國際議題融入教學、跨文化理解與溝通、"
            + "全球公民素養、國際交流（含視訊交流與跨國共學）、學校國際化（SIEP）。僅教授外國語文而未涉國際教育目標者不屬之。",
            InternationalKeywords),
        Active(InstructionalLeadership, null, "校長暨教師專業發展支持作業平臺", MeetingAdditions,
            "培育校長、主任及教師領導者帶領課程與教學發展之知能：課程領導與教學領導、學習領導、專業學習社群之召集與運作、"
            + "公開授課與專業回饋（觀課、議課）之帶領、專業回饋人才與教學輔導教師培訓、學校課程發展與評鑑之領導。一般學校行政領導不屬之。",
            LeadershipKeywords),
        TagDefinition.Propose(Sdgs, null, "教育部（永續發展目標業管單位）")
            .WithEvidence(TagEvidenceRules.FromWords(SdgsKeywords)),
        TagDefinition.Propose(Bilingual, null, "教育部（雙語教育業管單位）")
            .WithEvidence(TagEvidenceRules.FromWords(BilingualKeywords)),
        .. ListingTags,
    ];

    private static TagDefinition Active(
        string name,
        string? label,
        string requestingUnit,
        DateOnly from,
        string definition,
        IEnumerable<string> keywords,
        IEnumerable<Audience>? audience = null,
        IEnumerable<InstitutionType>? organisers = null) =>
        TagDefinition.Propose(name, label, requestingUnit, definition)
            .WithEvidence(TagEvidenceRules.FromWords(keywords, audience, organisers))
            .Activate(from);
}
