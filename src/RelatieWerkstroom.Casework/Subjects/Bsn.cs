using System.Diagnostics.CodeAnalysis;

namespace RelatieWerkstroom.Casework.Subjects;

/// <summary>A burgerservicenummer that passed the elfproef; <see cref="ToString"/> masks it so it cannot leak into logs by accident.</summary>
public readonly record struct Bsn
{
    private Bsn(string value) => Value = value;

    /// <summary>The nine digits.</summary>
    public string Value { get; }

    /// <summary>Parses a BSN (nine digits, or eight with the leading zero dropped; spaces and dots are ignored) and checks the elfproef.</summary>
    public static bool TryParse(string? text, out Bsn bsn, [NotNullWhen(false)] out string? error)
    {
        bsn = default;
        var digits = (text ?? "").Replace(" ", "").Replace(".", "");
        if (digits.Length == 0)
        {
            error = "BSN ontbreekt (BSN is missing)";
            return false;
        }
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (8 or 9))
        {
            error = "BSN moet uit 9 cijfers bestaan (a BSN has 9 digits)";
            return false;
        }
        digits = digits.PadLeft(9, '0');
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
        sum -= digits[8] - '0';
        if (sum % 11 != 0 || digits == "000000000")
        {
            error = "BSN voldoet niet aan de elfproef (BSN fails the eleven test)";
            return false;
        }
        bsn = new Bsn(digits);
        error = null;
        return true;
    }

    /// <summary>Parses a BSN or throws a <see cref="FormatException"/> that does not repeat the number.</summary>
    public static Bsn Parse(string text) => TryParse(text, out var bsn, out var error) ? bsn : throw new FormatException(error);

    /// <summary>Masked: only the last two digits show.</summary>
    public override string ToString() => Value is null ? "" : "*******" + Value[^2..];
}
