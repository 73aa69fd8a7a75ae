using System.Globalization;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Makes up citizens for the simulation: BSNs that pass the elfproef but lie in the 999xxxxxx range that is used for
/// test numbers, and names that are obviously invented. No real person's data is ever used.
/// </summary>
public sealed class FakePeople(Random random)
{
    /// <summary>Every generated BSN starts with this prefix.</summary>
    public const string BsnPrefix = "999";

    private static readonly string[] FirstNames =
    [
        "Anouk", "Bram", "Cato", "Daan", "Eline", "Floris", "Gijs", "Hanna", "Isa", "Jesse", "Kiki", "Lars", "Mila", "Noud",
        "Olaf", "Pien", "Quinten", "Roos", "Sem", "Tess", "Ugo", "Vera", "Wout", "Xander", "Yara", "Zeger",
    ];

    private static readonly string[] Surnames =
    [
        "Fictiefstra", "Verzinsma", "Proefhuizen", "Testerink", "Nepveld", "Voorbeeldsma", "Simulatius", "Denkbeeldig",
        "Bedachtink", "Oefenaar", "Namaakwijk", "Probeersema",
    ];

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <summary>A new BSN no earlier call returned (999, five random digits, a check digit).</summary>
    public string NewBsn()
    {
        for (var attempt = 0; attempt < 1_000_000; attempt++)
        {
            var digits = BsnPrefix + random.Next(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
            var check = sum % 11; // the elfproef: sum - check ≡ 0 (mod 11)
            if (check == 10) continue;
            var bsn = digits + check.ToString(CultureInfo.InvariantCulture);
            if (_issued.Add(bsn)) return bsn;
        }
        throw new InvalidOperationException("the simulation ran out of fake BSNs (about 90 000 exist); simulate fewer citizens");
    }

    /// <summary>An invented full name, e.g. "Roos Fictiefstra".</summary>
    public string NewName() => FirstNames[random.Next(FirstNames.Length)] + " " + Surnames[random.Next(Surnames.Length)];
}
