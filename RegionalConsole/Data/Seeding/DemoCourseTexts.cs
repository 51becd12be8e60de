using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Data.Seeding;

/// <summary>Course titles, outlines and schedules as organisers write them on the network.</summary>
internal static class DemoCourseTexts
{
    // (tag or null, label shown as prefix, title templates)
    public static readonly (string? Tag, string? Label, string[] Titles)[] Themes =
    [
        ("幼兒園教保專業知能", "教保專業", ["幼兒園繪本共讀與提問策略", "當遊戲不再完美：幼兒情緒引導", "幼兒園學習區規劃與觀察紀錄", "幼兒體能遊戲設計", "幼兒園親職溝通實務"]),
        ("資訊非專", "資訊非專", ["七年級-Scratch 遊戲設計專題", "運算思維與程式設計入門", "生成式AI工具融入課堂", "micro:bit 感測器實作"]),
        ("國際教育", "國際教育", ["跨文化課程設計工作坊", "國際教育2.0課程發展", "跨國視訊共學課程設計"]),
        ("環境教育", "環境教育", ["115年中小學氣候變遷教育推動計畫增能研習", "校園能源教育與減碳行動", "濕地生態與環境教育戶外教學"]),
        ("基本救命術訓練", null, ["CPR+AED 基本救命術研習", "哈姆立克急救法與基本救命術"]),
        ("安全教育", "安全教育", ["校園安全與緊急應變演練", "兒童交通安全教學策略"]),
        ("健康非專", "健康非專", ["健康促進學校：口腔衛生教學", "青少年心理健康與自我傷害防治"]),
        ("生科非專", "生科非專", ["生活科技：機構與結構設計實作", "雷射切割與數位製造入門"]),
        ("教學領導", "教學領導", ["校長及主任教學領導工作坊", "學習領導與公開授課規劃"]),
        (null, null, ["數學領域共同備課社群", "差異化教學實務分享", "班級經營與正向管教", "閱讀理解策略教學", "特殊教育知能研習",
            "素養導向評量設計", "英語繪本教學", "自然科探究與實作", "社會領域議題教學", "藝術與人文跨域課程", "性別平等教育研習",
            "學生輔導知能研習", "校園性別事件處理程序", "本土語文教學增能"]),
    ];

    public static readonly string[] Purposes =
    [
        "旨在提升教師{0}之專業知能，透過講座與實作，協助教師將所學應用於課堂教學。",
        "本研習目的為增進教師{0}能力，並分享各校實施經驗，促進教學社群交流。",
        "為培養教師{0}之實務能力，邀請專家學者講授並帶領分組討論與教案設計。",
    ];

    public static readonly string[] Speakers = ["專題演講", "專題講座", "主題講座", "實作工作坊", "分組實作", "案例分享與討論", "教案設計與回饋"];

    /// <summary>A half-day or full-day schedule on one date, with the non-creditable parts organisers really list.</summary>
    public static List<ScheduleSegmentInput> Schedule(Random random, DateOnly date, string topic, out decimal creditableHours)
    {
        var list = new List<ScheduleSegmentInput>();
        var fullDay = random.Next(3) != 0;
        var minutes = 0;
        void Add(string start, string? end, string activity, bool counts)
        {
            list.Add(new ScheduleSegmentInput(date, start, end, activity));
            if (counts && end is not null)
            {
                minutes += (int)(TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)
                    - TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)).TotalMinutes;
            }
        }

        var policy = random.Next(25) == 0;
        var mixedOpening = random.Next(12) == 0;
        Add("08:30", "09:00", random.Next(6) == 0 ? "報 到" : "報到", false);
        Add("09:00", "10:30", mixedOpening ? $"開幕式暨專題演講：{topic}" : $"{Speakers[random.Next(Speakers.Length)]}：{topic}", !mixedOpening);
        Add("10:30", "10:40", random.Next(2) == 0 ? "休息" : "茶敘", false);
        Add("10:40", "12:00", $"{Speakers[random.Next(Speakers.Length)]}", true);
        if (fullDay)
        {
            Add("12:00", "13:00", random.Next(2) == 0 ? "午餐" : "午休", false);
            Add("13:00", "14:30", policy ? "政令宣導與綜合座談" : "分組實作與討論", true);
            Add("14:30", "16:00", "成果分享與回饋", true);
            Add("16:00", null, "賦歸", false);
        }

        creditableHours = minutes / 60m;
        return list;
    }

    public static string ScheduleAsText(IReadOnlyList<ScheduleSegmentInput> segments, DateOnly date)
    {
        var lines = new List<string> { "課程表及注意事項：", $"{Domain.RocDate.Year(date)}年{date.Month}月{date.Day}日" };
        lines.AddRange(segments.Select(s => s.End is null ? $"{s.Start} {s.Activity}" : $"{s.Start}-{s.End} {s.Activity}"));
        lines.Add("※ 全程參與者核予研習時數。");
        return string.Join('\n', lines);
    }

    public static Audience[] AudienceFor(string? tag, Random random) => tag == "幼兒園教保專業知能"
        ? [Audience.PreschoolEducator]
        : random.Next(3) switch
        {
            0 => [Audience.ElementaryTeacher],
            1 => [Audience.JuniorHighTeacher, Audience.SeniorHighTeacher],
            _ => [Audience.All],
        };
}
