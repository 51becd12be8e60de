using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.Tags;

public class TitlePrefixesTests
{
    [Theory]
    [InlineData("[資訊非專]七年級-Scratch 遊戲設計專題", "資訊非專", "七年級-Scratch 遊戲設計專題")]
    [InlineData("【國際教育】跨文化課程設計", "國際教育", "跨文化課程設計")]
    [InlineData("［國際教育］跨文化課程設計", "國際教育", "跨文化課程設計")]
    [InlineData("  【 國際教育 】 跨文化課程設計", "國際教育", "跨文化課程設計")]
    [InlineData("[教保專業]當遊戲不再完美…", "幼兒園教保專業知能", "當遊戲不再完美…")]
    [InlineData("[環境教育]115年中小學氣候變遷教育推動計畫", "環境教育", "115年中小學氣候變遷教育推動計畫")]
    public void APrefixNamingATagByNameOrLabelIsATagPrefix(string title, string tag, string bare)
    {
        var parsed = TitlePrefixes.Parse(title);

        Assert.Equal([tag], parsed.TagPrefixes);
        Assert.Empty(parsed.OtherPrefixes);
        Assert.Equal(bare, parsed.BareTitle);
    }

    [Theory]
    [InlineData("【繪本原來還可以這樣讀！】02翻頁設計", "繪本原來還可以這樣讀！", "02翻頁設計")]
    [InlineData("【國中小場次】學習扶助教學策略", "國中小場次", "學習扶助教學策略")]
    [InlineData("【Cool English】英語線上學習平臺教學應用", "Cool English", "英語線上學習平臺教學應用")]
    [InlineData("[國際教育、英語]跨文化", "國際教育、英語", "跨文化")]
    public void APrefixNamingNoTagIsTheOrganisersOwnLabel(string title, string label, string bare)
    {
        var parsed = TitlePrefixes.Parse(title);

        Assert.Empty(parsed.TagPrefixes);
        Assert.Equal([label], parsed.OtherPrefixes);
        Assert.Equal(bare, parsed.BareTitle);
    }

    [Fact]
    public void TagPrefixesAndOrganiserLabelsMixInAnyOrder()
    {
        var parsed = TitlePrefixes.Parse("【國中小場次】[國際教育]【第2場】跨國共學");

        Assert.Equal(["國際教育"], parsed.TagPrefixes);
        Assert.Equal(["國中小場次", "第2場"], parsed.OtherPrefixes);
        Assert.Equal(("跨國共學", "【國中小場次】【第2場】跨國共學"), (parsed.BareTitle, parsed.WithoutTagPrefixes));
    }

    [Fact]
    public void OneBracketMayNameSeveralTags() =>
        Assert.Equal(["資訊非專", "生科非專"], TitlePrefixes.Parse("[資訊非專、生科非專]科技專題").TagPrefixes);

    [Theory]
    [InlineData("跨文化【國際教育】課程")]
    [InlineData("【國際教育 跨文化課程")]
    [InlineData("國際教育：跨文化課程")]
    public void OnlyClosedBracketsAtTheStartArePrefixes(string title)
    {
        var parsed = TitlePrefixes.Parse(title);

        Assert.Empty(parsed.Prefixes);
        Assert.Equal(title, parsed.BareTitle);
    }

    [Fact]
    public void ACustomRegistryDecidesWhatATagIs()
    {
        var registry = new TagRegistry([TagDefinition.Propose("國中小場次")]);

        Assert.Equal(["國中小場次"], TitlePrefixes.Parse("【國中小場次】學習扶助", registry).TagPrefixes);
    }

    [Theory]
    [InlineData(new[] { "國際教育" }, "跨文化課程設計", "[國際教育]跨文化課程設計")]
    [InlineData(new[] { "國際教育" }, "【國際教育】跨文化課程設計", "[國際教育]跨文化課程設計")]
    [InlineData(new[] { "幼兒園教保專業知能" }, "當遊戲不再完美", "[教保專業]當遊戲不再完美")]
    [InlineData(new[] { "國際教育", "SDGs" }, "【國中小場次】跨國共學", "[國際教育][SDGs]【國中小場次】跨國共學")]
    [InlineData(new string[0], "[資訊非專]七年級-Scratch", "七年級-Scratch")]
    [InlineData(new[] { "自創標籤" }, "課程", "[自創標籤]課程")]
    public void ATaggedTitleShowsTheDeclaredTagsLabelsInFrontOfTheTitleWithoutItsTagPrefixes(string[] tags, string title, string shown) =>
        Assert.Equal(shown, TaggedTitle.Format(tags, title));

    [Fact]
    public void LabelsBeyondTheirLengthEndInAnEllipsisAndTheTitleStaysWhole()
    {
        var tags = Enumerable.Range(0, 30).Select(n => $"自創標籤{n:00}").Prepend("國際教育").ToArray();

        var shown = TaggedTitle.Format(tags, "跨文化課程設計");

        Assert.StartsWith("[國際教育][自創標籤00]", shown, StringComparison.Ordinal);
        Assert.EndsWith("[…]跨文化課程設計", shown, StringComparison.Ordinal);
        Assert.True(shown.Length - "跨文化課程設計".Length <= TaggedTitle.LabelsLength, shown);
        Assert.Equal("[國際教育][自創標籤00]跨文化課程設計", TaggedTitle.Format(tags[..2], "跨文化課程設計"));
    }
}
