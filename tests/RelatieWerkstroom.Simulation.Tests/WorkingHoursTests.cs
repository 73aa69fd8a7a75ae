using RelatieWerkstroom.Simulation;

namespace RelatieWerkstroom.Simulation.Tests;

public sealed class WorkingHoursTests
{
    public static TheoryData<string, string> OutsideOfficeHours => new()
    {
        // moment in Amsterdam time, the working day it moves to
        { "2026-03-07T11:00:00+01:00", "2026-03-09" }, // Saturday → Monday
        { "2026-03-09T19:30:00+01:00", "2026-03-10" }, // Monday evening → Tuesday
        { "2026-03-10T06:00:00+01:00", "2026-03-10" }, // before opening → same day
        { "2026-04-27T10:00:00+02:00", "2026-04-28" }, // Koningsdag → next day
        { "2026-12-24T18:00:00+01:00", "2026-12-28" }, // Christmas Eve evening → past both Christmas days and the weekend
    };

    [Theory]
    [MemberData(nameof(OutsideOfficeHours))]
    public void Next_OutsideOfficeHours_MovesToTheNextWorkingMorning(string moment, string day)
    {
        var next = WorkingHours.Next(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture), new Random(1));

        var local = TimeZoneInfo.ConvertTime(next, WorkingHours.Zone);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(local.DateTime));
        Assert.InRange(local.TimeOfDay, new TimeSpan(8, 30, 0), new TimeSpan(10, 30, 0));
    }

    [Fact]
    public void Next_DuringOfficeHours_KeepsTheMoment()
    {
        var moment = DateTimeOffset.Parse("2026-03-11T14:15:00+01:00", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(moment, WorkingHours.Next(moment, new Random(1)));
    }

    [Fact]
    public void During_Weekend_PicksAMomentOnTheNextWorkingDay()
    {
        var random = new Random(4);

        var moments = Enumerable.Range(0, 200).Select(_ => TimeZoneInfo.ConvertTime(WorkingHours.During(new DateOnly(2026, 3, 8), random), WorkingHours.Zone)).ToList();

        Assert.All(moments, m =>
        {
            Assert.Equal(new DateOnly(2026, 3, 9), DateOnly.FromDateTime(m.DateTime));
            Assert.InRange(m.TimeOfDay, new TimeSpan(8, 30, 0), new TimeSpan(17, 0, 0));
        });
    }
}
