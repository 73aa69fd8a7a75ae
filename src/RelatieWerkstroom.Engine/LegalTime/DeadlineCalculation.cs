using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Computes a deadline from command-line style input, for <c>werkstroom deadline</c>.</summary>
public static class DeadlineCalculation
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// Computes the deadline of a term running from the day after <paramref name="from"/>, with suspensions (each from
    /// the day of the request to the day the aanvulling arrived) and an optional extension. Bad input throws an
    /// <see cref="ArgumentException"/> whose message can be shown to the user as is.
    /// </summary>
    /// <param name="from">The day of the triggering event.</param>
    /// <param name="term">The term, for example "8 weeks" or "6 weken".</param>
    /// <param name="suspensions">The suspensions, in any order; they must not overlap.</param>
    /// <param name="extend">An extension such as "4 weeks", or null.</param>
    /// <param name="termijnenwet">The Atw over a calendar; the statutory one when null.</param>
    public static DeadlineCalculationResult Compute(
        DateOnly from,
        string term,
        IEnumerable<(DateOnly From, DateOnly To)> suspensions,
        string? extend,
        AlgemeneTermijnenwet? termijnenwet = null)
    {
        ArgumentNullException.ThrowIfNull(suspensions);

        if (!LegalTerm.TryParse(term, out var legalTerm, out var termError))
        {
            throw new ArgumentException(termError);
        }

        if (legalTerm.Unit == LegalTermUnit.Hours)
        {
            throw new ArgumentException($"'{term}' is a term in hours; only terms in days, weeks, months or years have a deadline date.");
        }

        try
        {
            var clock = new LegalClock($"Termijn van {legalTerm.ToDutchString()}", "(niet opgegeven)", from, legalTerm);

            // The extension goes first so that a suspension within the extended term is accepted; the deadline does
            // not depend on the order.
            if (extend is not null)
            {
                if (!LegalTerm.TryParse(extend, out var extension, out var extendError))
                {
                    throw new ArgumentException(extendError);
                }

                if (extension.Unit == LegalTermUnit.Hours)
                {
                    throw new ArgumentException($"'{extend}' is a term in hours; a term cannot be extended by hours.");
                }

                clock = clock.Extend(extension, "Verdaging");
            }

            foreach (var (suspendFrom, suspendTo) in suspensions.OrderBy(s => s.From))
            {
                if (suspendTo < suspendFrom)
                {
                    throw new ArgumentException(
                        $"The suspension {suspendFrom.ToIso()}:{suspendTo.ToIso()} ends before it starts.");
                }

                clock = clock.Suspend(suspendFrom, "Opschorting (Awb 4:15)").Resume(suspendTo);
            }

            var breakdown = clock.Explain(null, termijnenwet);
            return new DeadlineCalculationResult(clock, breakdown);
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException(ex.Message, ex);
        }
    }

    /// <summary>Parses a suspension written as "FROM:TO", for example "2026-02-01:2026-02-10" (both yyyy-MM-dd, TO not before FROM).</summary>
    public static bool TryParseSuspension(
        string? text,
        out (DateOnly From, DateOnly To) suspension,
        [NotNullWhen(false)] out string? error)
    {
        suspension = default;
        var parts = (text ?? string.Empty).Split(':');
        if (parts.Length != 2)
        {
            error = $"'{text}' is not a suspension: expected 'FROM:TO' as yyyy-MM-dd:yyyy-MM-dd, for example 2026-02-01:2026-02-10";
            return false;
        }

        if (!TryParseDate(parts[0], out var suspendFrom))
        {
            error = $"'{text}' is not a suspension: '{parts[0].Trim()}' is not a date (expected yyyy-MM-dd)";
            return false;
        }

        if (!TryParseDate(parts[1], out var suspendTo))
        {
            error = $"'{text}' is not a suspension: '{parts[1].Trim()}' is not a date (expected yyyy-MM-dd)";
            return false;
        }

        if (suspendTo < suspendFrom)
        {
            error = $"'{text}' is not a suspension: it ends before it starts";
            return false;
        }

        suspension = (suspendFrom, suspendTo);
        error = null;
        return true;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
