using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Casework.Time;

/// <summary>Turns the runtime's UTC clock into Dutch calendar dates, which is what statutory terms and due dates count in.</summary>
public static class DutchTime
{
    /// <summary>The Europe/Amsterdam time zone (CET/CEST).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The date in the Netherlands at <paramref name="moment"/> (23:30 UTC in summer is already the next day there).</summary>
    public static DateOnly Today(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>The day <paramref name="workingDays"/> working days after <paramref name="from"/> (0 gives <paramref name="from"/>); weekends and Atw holidays do not count.</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int workingDays, DutchHolidayCalendar? calendar = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        calendar ??= DutchHolidayCalendar.Default;
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return day;
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // No tz database (minimal containers): CET with EU summer time, from the last Sunday of March to the last of October.
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam", "CET", "CEST", [rule]);
        }
    }
}
