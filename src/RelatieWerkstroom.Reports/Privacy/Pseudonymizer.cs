using System.Security.Cryptography;
using System.Text;

namespace RelatieWerkstroom.Reports.Privacy;

/// <summary>Replaces identifiers (case ids, user ids, object ids) by keyed hashes (HMAC-SHA256), stable for one key.</summary>
/// <remarks>
/// The key comes from configuration (<see cref="ConfigurationKey"/> or the environment variable
/// <see cref="EnvironmentVariable"/>) and must never be committed. The same key gives the same pseudonyms across
/// exports, so a case can be followed from the PDF to the XES; a different key unlinks them. Each kind of identifier
/// is hashed in its own domain so a user id and a case id with the same text get different pseudonyms.
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>The configuration key hosts should read the secret from.</summary>
    public const string ConfigurationKey = "Reports:PseudonymKey";

    /// <summary>The environment variable <see cref="FromEnvironment"/> reads.</summary>
    public const string EnvironmentVariable = "RW_REPORTS_PSEUDONYM_KEY";

    /// <summary>Minimum key length in bytes (UTF-8) so that pseudonyms cannot be brute-forced from known ids.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    private Pseudonymizer(byte[] key) => _key = key;

    /// <summary>Creates a pseudonymiser from the configured secret; refuses with a clear message when there is none or it is too short.</summary>
    /// <param name="secret">The secret text (any characters; at least <see cref="MinimumKeyBytes"/> bytes as UTF-8).</param>
    /// <param name="source">Where the secret was looked for, named in the message.</param>
    public static Pseudonymizer FromSecret(string? secret, string source = ConfigurationKey)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ExportRefusedException(
                $"Export geweigerd: er is geen pseudonimiseringssleutel ingesteld ({source}). Zonder sleutel kunnen zaak- en " +
                $"gebruikersnummers niet worden gepseudonimiseerd. Stel een geheime sleutel van minstens {MinimumKeyBytes} tekens in " +
                "via de configuratie of een secret store, nooit in de repository. " +
                $"(Export refused: no pseudonymisation key configured at {source}.)");
        }

        var key = Encoding.UTF8.GetBytes(secret);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ExportRefusedException(
                $"Export geweigerd: de pseudonimiseringssleutel ({source}) is {key.Length} bytes; minstens {MinimumKeyBytes} zijn nodig. " +
                $"(Export refused: pseudonymisation key at {source} is too short.)");
        }

        return new Pseudonymizer(key);
    }

    /// <summary>Creates a pseudonymiser from <see cref="EnvironmentVariable"/>.</summary>
    public static Pseudonymizer FromEnvironment() =>
        FromSecret(Environment.GetEnvironmentVariable(EnvironmentVariable), $"omgevingsvariabele {EnvironmentVariable}");

    /// <summary>The pseudonym of a case id.</summary>
    public string Case(string caseId) => Hash("case", "z-", caseId);

    /// <summary>The pseudonym of a user id (actor).</summary>
    public string User(string userId) => Hash("user", "u-", userId);

    /// <summary>The pseudonym of a workflow instance id.</summary>
    public string Instance(string instanceId) => Hash("instance", "i-", instanceId);

    /// <summary>The pseudonym of a domain object id (decision, toewijzing, provider, tender), per object type.</summary>
    public string Object(string objectType, string objectId) => Hash("object:" + objectType, objectType[..1] + "-", objectId);

    private string Hash(string domain, string prefix, string value)
    {
        var data = Encoding.UTF8.GetBytes(domain + "\u001f" + value);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, data, mac);
        // 80 bits: collisions are negligible for any municipality's case count and the ids stay readable.
        return prefix + Convert.ToHexStringLower(mac[..10]);
    }
}
