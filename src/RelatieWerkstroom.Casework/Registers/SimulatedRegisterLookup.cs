using System.Security.Cryptography;
using System.Text;

namespace RelatieWerkstroom.Casework.Registers;

/// <summary>
/// Answers register questions in process, deterministically: the same register and subject always give the same
/// answer, with realistic proportions (most residents live in the gemeente; few have a Wlz-indicatie). It stands in for
/// the real connections (StUF-BG/Haal Centraal BRP, Suwinet-Inkijk, the CAK and Wlz services) in tests and simulation.
/// </summary>
public sealed class SimulatedRegisterLookup : IRegisterLookup
{
    /// <summary>The source name on every answer.</summary>
    public const string SourceName = "simulatie";

    /// <inheritdoc />
    public Task<RegisterAnswer> LookupAsync(string register, string subjectReference, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(register);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectReference);
        var name = register.Trim();
        var roll = Roll(name, subjectReference);
        var answer = Normalize(name) switch
        {
            "brp" => Answer(name, RegisterStatus.Bekend, ("ingezetene", "ja"), ("woonplaatsbeginsel", roll < 90 ? "eigen-gemeente" : "andere-gemeente")),
            "cak" => roll < 40
                ? Answer(name, RegisterStatus.Bekend, ("lopendeEigenBijdrage", "ja"))
                : Answer(name, RegisterStatus.Onbekend, ("lopendeEigenBijdrage", "nee")),
            "wlzregister" or "wlz" => roll < 8
                ? Answer(name, RegisterStatus.Bekend, ("wlzIndicatie", "ja"))
                : Answer(name, RegisterStatus.Onbekend, ("wlzIndicatie", "nee")),
            "suwinet" => Answer(name, RegisterStatus.Bekend, ("inkomen", roll < 60 ? "geen" : roll < 85 ? "uitkering" : "loon")),
            "rdw" => Answer(name, roll < 30 ? RegisterStatus.Bekend : RegisterStatus.Onbekend, ("voertuigen", roll < 30 ? "1" : "0")),
            "kadaster" => Answer(name, roll < 15 ? RegisterStatus.Bekend : RegisterStatus.Onbekend, ("eigenWoning", roll < 15 ? "ja" : "nee")),
            "kvk" => Answer(name, RegisterStatus.Bekend, ("inschrijving", "actief")),
            "agb" => Answer(name, RegisterStatus.Bekend, ("agbRegistratie", "geldig")),
            _ when name.Contains("waarschuwingsregister", StringComparison.OrdinalIgnoreCase) => roll < 3
                ? Answer(name, RegisterStatus.Bekend, ("vermelding", "ja"))
                : Answer(name, RegisterStatus.Onbekend, ("vermelding", "nee")),
            _ => Answer(name, RegisterStatus.NietBeschikbaar, ("reden", "register niet aangesloten")),
        };
        return Task.FromResult(answer);
    }

    private static RegisterAnswer Answer(string register, RegisterStatus status, params (string Key, string Value)[] facts) =>
        new(register, status, facts.ToDictionary(f => f.Key, f => f.Value), SourceName);

    private static string Normalize(string register) => new([.. register.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static int Roll(string register, string subject) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(register) + "|" + subject)), 0) % 100);
}
