namespace RegionalConsole.Domain.Tags;

/// <summary>The evidence keywords of the seeded tags, written 「term=weight」 (see <see cref="TagKeyword"/>).</summary>
/// <remarks>Properties, not fields: <see cref="All"/> is built while the type initialises, and field initialisers of
/// partial declarations in other files run in no defined order.</remarks>
public static partial class TagDefaults
{
    private static string[] PreschoolKeywords => [];
    private static string[] BasicLifeSupportKeywords => [];
    private static string[] SafetyKeywords => [];
    private static string[] TechnologyKeywords => [];
    private static string[] InformationKeywords => [];
    private static string[] HealthKeywords => [];
    private static string[] InternationalKeywords => [];
    private static string[] LeadershipKeywords => [];
    private static string[] SdgsKeywords => [];
    private static string[] BilingualKeywords => [];
    private static string[] EnvironmentKeywords => [];
    private static string[] DigitalLearningKeywords => [];
    private static string[] CompetencyKeywords => [];
    private static string[] GuidelinesKeywords => [];
    private static string[] DigitalTeachingKeywords => [];
    private static string[] MediaKeywords => [];
}
