using RelatieWerkstroom.Engine.LegalTime;

namespace RelatieWerkstroom.Simulation;

/// <summary>Office hours in the Netherlands (08:30–17:00 on working days, Europe/Amsterdam): people act only then.</summary>
public static class WorkingHours
{
    private static readonly TimeOnly Opens = new(8, 30);
    private static readonly TimeOnly Closes = new(17, 0);

    /// <summary>Amsterdam time.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>
    /// <paramref name="moment"/> when it falls in office hours; otherwise a moment early on the next working day (a
    /// random part of the first two hours, so work does not pile up on the stroke of half past eight).
    /// </summary>
    public static DateTimeOffset Next(DateTimeOffset moment, Random random)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(day) && time >= Opens && time < Closes) return moment;
        if (!IsWorkingDay(day) || time >= Closes) day = NextWorkingDay(day.AddDays(1));
        var start = day.ToDateTime(Opens).AddMinutes(random.NextDouble() * 120);
        return new DateTimeOffset(start, Zone.GetUtcOffset(start)).ToUniversalTime();
    }

    /// <summary>A moment during office hours on <paramref name="day"/> (or the next working day), evenly spread over the day.</summary>
    public static DateTimeOffset During(DateOnly day, Random random)
    {
        day = NextWorkingDay(day);
        var minutes = (Closes - Opens).TotalMinutes * random.NextDouble();
        var start = day.ToDateTime(Opens).AddMinutes(minutes);
        return new DateTimeOffset(start, Zone.GetUtcOffset(start)).ToUniversalTime();
    }

    /// <summary>Whether people work on <paramref name="day"/> (not a weekend, not a national holiday).</summary>
    public static bool IsWorkingDay(DateOnly day) => DutchHolidayCalendar.Default.IsWorkingDay(day);

    private static DateOnly NextWorkingDay(DateOnly day) => DutchHolidayCalendar.Default.NextWorkingDayOnOrAfter(day);
}
