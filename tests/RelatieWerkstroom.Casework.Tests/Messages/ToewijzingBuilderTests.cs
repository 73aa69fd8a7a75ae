using RelatieWerkstroom.Casework.Messages;

namespace RelatieWerkstroom.Casework.Tests.Messages;

public sealed class ToewijzingBuilderTests
{
    private static ToewijzingOpdracht Valid(IStandaard standaard = IStandaard.IWmo) => new()
    {
        Standaard = standaard,
        Gemeentecode = "0363",
        AanbiederAgb = "98990001",
        BerichtId = "000000000042",
        Moment = new DateTime(2026, 3, 2, 10, 15, 30),
        ClientReferentie = "s-0123456789abcdef0123",
        ToewijzingNummer = "123456789",
        Productcategorie = standaard == IStandaard.IWmo ? "01" : "45",
        Ingangsdatum = new DateOnly(2026, 3, 2),
        Variant = Uitvoeringsvariant.Inspanningsgericht,
        Omvang = new Omvang(3, "04", "2"),
    };

    [Theory]
    [InlineData(IStandaard.IWmo, "WMO301", 414)]
    [InlineData(IStandaard.IJw, "JW301", 436)]
    public void Build_ValidOpdracht_HeaderCarriesTheMessageCodeAndRelease(IStandaard standaard, string bericht, int code)
    {
        // Act
        var message = ToewijzingBuilder.Build(Valid(standaard));

        // Assert
        Assert.Equal((bericht, code, 3, 2), (message.Header.Bericht, message.Header.BerichtCode, message.Header.BerichtVersie, message.Header.BerichtSubversie));
        Assert.Equal(new TimeOnly(10, 15, 30), message.ToegewezenProducten[0].Toewijzingstijd);
    }

    public static TheoryData<ToewijzingOpdracht, string> Invalid => new()
    {
        { Valid() with { Variant = Uitvoeringsvariant.Taakgericht }, "a taakgerichte toewijzing carries no omvang" },
        { Valid() with { Omvang = null }, "an inspanningsgerichte toewijzing needs an omvang" },
        { Valid() with { Variant = Uitvoeringsvariant.Outputgericht }, "counts in stuks (82) or euro's (83)" },
        { Valid() with { Omvang = new Omvang(0, "04", "3") }, "volume 0 must be at least 1" },
        { Valid() with { Productcode = "02A" }, "productcode '02A' must have five letters or digits" },
        { Valid() with { Einddatum = new DateOnly(2026, 3, 1) }, "einddatum 2026-03-01 lies before ingangsdatum 2026-03-02" },
        { Valid() with { Verwijzer = new Verwijzer("02") }, "a verwijzer only exists in iJw" },
        { Valid() with { Gemeentecode = "GM0363" }, "gemeentecode 'GM0363' must be four digits" },
        { Valid() with { ToewijzingNummer = "12345678901" }, "toewijzingnummer '12345678901' must be one to ten digits" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Build_InvalidOpdracht_SaysWhatIsWrong(ToewijzingOpdracht opdracht, string expected)
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => ToewijzingBuilder.Build(opdracht));

        // Assert
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Build_SeveralProblems_ReportsThemAllAtOnce()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => ToewijzingBuilder.Build(Valid() with { AanbiederAgb = "123", Productcategorie = "99", Omvang = new Omvang(2, "04", "9") }));

        // Assert
        Assert.Contains("AGB code '123'", error.Message);
        Assert.Contains("productcategorie '99'", error.Message);
        Assert.Contains("frequentie '9' is not in WMO757", error.Message);
    }
}
