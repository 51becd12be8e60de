namespace RegionalConsole.Domain.Preschool;

/// <summary>A teacher's study record as the overlap rule sees it.</summary>
/// <param name="Online">Delivered online (線上/數位研習), the kind the exchange platform also collects from 數位研習課程網站.</param>
public sealed record StudyLine(
    long RecordId,
    string NationalId,
    string CourseNo,
    string Title,
    DateOnly Start,
    DateOnly End,
    decimal Hours,
    DateOnly IssuedDate,
    bool Online);

/// <summary>A make-up record and the long online course it overlaps, for the same teacher.</summary>
public sealed record MakeUpOverlap(StudyLine MakeUp, StudyLine Online);

/// <summary>
/// Which make-up records (補登) collide with a long online course (共同研討一 提案二 說明四、五; SPEC §7): 數位研習課程多為年度
/// 課程，涵蓋時間較長, and 全國教保資訊網 refuses a make-up whose course time overlaps one. The minutes give no numbers, so
/// the thresholds are defaults an administrator can change (SPEC: "default").
/// </summary>
/// <param name="MakeUpDays">A record is a make-up when it was issued more than this many days after its course ended (default 30).</param>
/// <param name="LongOnlineHours">An online course is long from this many credited hours (default 12) …</param>
/// <param name="LongOnlineDays">… or when it covers at least this many days from start to end (default 28).</param>
public sealed record MakeUpOverlapRule(int MakeUpDays = 30, decimal LongOnlineHours = 12, int LongOnlineDays = 28)
{
    public bool IsMakeUp(StudyLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.IssuedDate.DayNumber - line.End.DayNumber > MakeUpDays;
    }

    public bool IsLongOnline(StudyLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Online && (line.Hours >= LongOnlineHours || line.End.DayNumber - line.Start.DayNumber + 1 >= LongOnlineDays);
    }

    /// <summary>
    /// Every make-up record whose course dates overlap (inclusive) those of a long online course of the same teacher
    /// that was recorded no later than the make-up ("already recorded"), ordered by teacher and make-up issue date.
    /// </summary>
    public IReadOnlyList<MakeUpOverlap> Find(IEnumerable<StudyLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<MakeUpOverlap>();
        foreach (var teacher in lines.GroupBy(l => l.NationalId, StringComparer.Ordinal))
        {
            var online = teacher.Where(IsLongOnline).ToList();
            foreach (var makeUp in teacher.Where(IsMakeUp))
            {
                found.AddRange(online
                    .Where(o => o.RecordId != makeUp.RecordId && o.IssuedDate <= makeUp.IssuedDate
                        && o.Start <= makeUp.End && makeUp.Start <= o.End)
                    .Select(o => new MakeUpOverlap(makeUp, o)));
            }
        }

        return [.. found.OrderBy(f => f.MakeUp.NationalId, StringComparer.Ordinal)
            .ThenBy(f => f.MakeUp.IssuedDate).ThenBy(f => f.MakeUp.RecordId).ThenBy(f => f.Online.RecordId)];
    }
}
