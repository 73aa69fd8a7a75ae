using System.Text.RegularExpressions;

namespace RelatieWerkstroom.Reports.Privacy;

/// <summary>Guards short coded values (roles, option ids, clock names) before they leave in an export.</summary>
/// <remarks>
/// Exports only carry whitelisted payload fields, and those are codes from the definitions. A code that does not look like
/// one (too long, a run of digits such as a BSN or phone number, an e-mail address, line breaks) is replaced as a whole,
/// because a typed-in value is exactly what must not leak.
/// </remarks>
public static partial class TextGuard
{
    /// <summary>What a refused value is replaced by.</summary>
    public const string Refused = "(geweigerd)";

    /// <summary>The longest code that passes.</summary>
    public const int MaxLength = 80;

    /// <summary>Returns the value when it looks like a code, <see cref="Refused"/> otherwise; null stays null.</summary>
    public static string? Code(string? value, int maxLength = MaxLength)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        return trimmed.Length > maxLength || Suspicious().IsMatch(trimmed) ? Refused : trimmed;
    }

    // Five or more digits in a row (BSN, phone, bank account), an @ (e-mail), or control characters (typed text).
    [GeneratedRegex(@"\d{5,}|@|[\r\n\t]", RegexOptions.CultureInvariant)]
    private static partial Regex Suspicious();
}
