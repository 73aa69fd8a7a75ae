namespace RelatieWerkstroom.Casework.Providers;

/// <summary>A contracted aanbieder: its AGB code (the address of iWmo/iJw messages), its name and what it is contracted for.</summary>
/// <param name="AgbCode">Eight digits.</param>
/// <param name="Name">Organisation name.</param>
/// <param name="Wetten">The laws it delivers under (<c>Wmo 2015</c>, <c>Jeugdwet</c>).</param>
/// <param name="Productcategorieen">The WMO020/JZ020 categories it is contracted for.</param>
public sealed record Provider(string AgbCode, string Name, IReadOnlyList<string> Wetten, IReadOnlyList<string> Productcategorieen);
