using System.Globalization;

namespace RelatieWerkstroom.Casework.Documents;

/// <summary>Dates and amounts as a Dutch letter writes them ("2 maart 2026", "€ 1.234,56"), without depending on the machine's culture data.</summary>
public static class DutchText
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] Weekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly NumberFormatInfo Numbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    /// <summary>"2 maart 2026".</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"maandag 2 maart 2026".</summary>
    public static string DateWithWeekday(DateOnly date) => $"{Weekdays[(int)date.DayOfWeek]} {Date(date)}";

    /// <summary>"€ 1.234,56".</summary>
    public static string Money(decimal amount) => "€ " + amount.ToString("#,##0.00", Numbers);

    /// <summary>A number with a decimal comma and no trailing zeros ("12,5").</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Numbers);
}
