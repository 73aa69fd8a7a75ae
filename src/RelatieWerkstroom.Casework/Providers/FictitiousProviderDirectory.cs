using System.Security.Cryptography;
using System.Text;

namespace RelatieWerkstroom.Casework.Providers;

/// <summary>
/// A small fixed list of fictitious aanbieders (AGB codes 98 99 xx xx, which no real provider has) for tests and
/// simulation. A deployment registers its contract administration as <see cref="IProviderDirectory"/> instead.
/// </summary>
public sealed class FictitiousProviderDirectory : IProviderDirectory
{
    private static readonly string[] Wmo = ["Wmo 2015"];
    private static readonly string[] Jw = ["Jeugdwet"];

    /// <summary>The providers.</summary>
    public static IReadOnlyList<Provider> Providers { get; } =
    [
        new("98990001", "Thuishulp De Linde (fictief)", Wmo, ["01", "03"]),
        new("98990002", "Begeleiding Op Weg (fictief)", Wmo, ["02", "06", "07", "10"]),
        new("98990003", "Zorgcollectief Het Anker (fictief)", Wmo, ["01", "02", "03", "04", "07", "08", "09"]),
        new("98990004", "Hulpmiddelencentrum Voorbeeld (fictief)", Wmo, ["11", "12", "13", "14"]),
        new("98990005", "Beschermd Wonen De Haven (fictief)", Wmo, ["15", "16", "17", "18"]),
        new("98990011", "Jeugdhulp Samen Sterk (fictief)", Jw, ["40", "41", "45", "50", "54"]),
        new("98990012", "Gezinshuis De Boomgaard (fictief)", Jw, ["43", "44", "46"]),
        new("98990013", "Jeugd-GGZ Horizon (fictief)", Jw, ["51", "52", "53", "54", "55"]),
        new("98990014", "Gecertificeerde Instelling Regio Voorbeeld (fictief)", Jw, ["47", "48", "49"]),
        new("98990015", "Vervoer Jeugd en Zorg (fictief)", Jw, ["42"]),
    ];

    /// <inheritdoc />
    public Provider? Find(string agbCode) => Providers.FirstOrDefault(p => p.AgbCode == agbCode);

    /// <inheritdoc />
    public Provider? Choose(string wet, string productcategorie, string caseFileId)
    {
        var candidates = Providers.Where(p => p.Wetten.Contains(wet, StringComparer.OrdinalIgnoreCase) && p.Productcategorieen.Contains(productcategorie)).ToList();
        if (candidates.Count == 0) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(caseFileId + "|" + productcategorie));
        return candidates[(int)(BitConverter.ToUInt32(hash, 0) % (uint)candidates.Count)];
    }
}
