namespace RegionalConsole.Domain;

/// <summary>The 22 counties and cities by the interior ministry's codes (SPEC §10).</summary>
public static class Counties
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["63000"] = "臺北市",
        ["65000"] = "新北市",
        ["68000"] = "桃園市",
        ["66000"] = "臺中市",
        ["67000"] = "臺南市",
        ["64000"] = "高雄市",
        ["10017"] = "基隆市",
        ["10018"] = "新竹市",
        ["10020"] = "嘉義市",
        ["10004"] = "新竹縣",
        ["10005"] = "苗栗縣",
        ["10007"] = "彰化縣",
        ["10008"] = "南投縣",
        ["10009"] = "雲林縣",
        ["10010"] = "嘉義縣",
        ["10013"] = "屏東縣",
        ["10002"] = "宜蘭縣",
        ["10015"] = "花蓮縣",
        ["10014"] = "臺東縣",
        ["10016"] = "澎湖縣",
        ["09020"] = "金門縣",
        ["09007"] = "連江縣",
    };

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);
}

/// <summary>Centre codes: two national centres, and each county's centre carries its county code (SPEC §10).</summary>
public static class CentreCodes
{
    public const string National = "NATIONAL";
    public const string K12EA = "K12EA";
}
