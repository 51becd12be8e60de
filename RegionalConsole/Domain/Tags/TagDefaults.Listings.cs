namespace RegionalConsole.Domain.Tags;

/// <summary>Labels seen on real listings of the network (SPEC §5.2), seeded as active tags.</summary>
public static partial class TagDefaults
{
    private const string TechnologyDepartment = "教育部資訊及科技教育司";
    private const string Curriculum = "教育部國民及學前教育署（十二年國民基本教育課程綱要）";

    // 環境教育法施行日; 第19條: staff of schools take at least 4 hours of environmental education a year.
    private static DateOnly EnvironmentalEducationAct => new(2011, 6, 5);
    private static DateOnly RemoteTeaching => new(2020, 8, 1);

    private static IEnumerable<TagDefinition> ListingTags =>
    [
        Active(Environment, null, TechnologyDepartment, EnvironmentalEducationAct,
            "依《環境教育法》（學校教職員每年應參加4小時以上環境教育），提升教師環境素養與環境教學知能：氣候變遷與調適、能源與節能減碳、"
            + "淨零與永續發展、生態保育與生物多樣性、資源循環與減塑、環境污染防治、環境教育場域與戶外學習。",
            EnvironmentKeywords),
        Active(DigitalLearning, null, TechnologyDepartment, MeetingAdditions,
            "配合「推動中小學數位學習精進方案」（生生用平板），提升教師運用學習載具與數位學習平臺教學之知能：載具管理與課堂應用、"
            + "數位學習平臺（如因材網、教育雲、Cool English、均一）、科技輔助自主學習、數位學習成效與學習數據運用。",
            DigitalLearningKeywords),
        Active(CompetencyBased, null, Curriculum, CurriculumStart,
            "依十二年國民基本教育課程綱要，提升教師設計與實施核心素養導向教學及評量之知能：素養導向教學設計、學習任務與情境化教學、"
            + "素養導向評量與命題、跨領域素養課程設計。",
            CompetencyKeywords),
        Active(CurriculumGuidelines, null, Curriculum, CurriculumStart,
            "研讀與轉化各領域／科目課程綱要（領綱）之知能：領域核心素養、學習重點（學習表現與學習內容）之解讀、領綱內涵轉化為課程與教學、"
            + "議題融入領域課程。",
            GuidelinesKeywords),
        Active(DigitalTeaching, null, TechnologyDepartment, RemoteTeaching,
            "提升教師運用數位科技教學之知能：線上與遠距教學、混成教學、數位教材與教學影片製作、互動教學工具（如 Google Classroom、Canva、Padlet）、"
            + "生成式 AI 輔助教學與備課、資訊融入各學科教學。以學習載具及部定數位學習平臺為主者屬「精進數位」。",
            DigitalTeachingKeywords),
        Active(MediaLiteracy, null, "教育部（媒體素養教育）", TagFunctionStart,
            "提升教師媒體識讀及教導學生判讀資訊之知能：假訊息辨識與事實查核、新聞與廣告識讀、網路資訊判讀、數位公民與網路倫理、"
            + "網路安全與個資保護、AI 生成內容之識讀、媒體近用與產製。",
            MediaKeywords),
    ];
}
