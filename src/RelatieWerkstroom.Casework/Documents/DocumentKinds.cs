namespace RelatieWerkstroom.Casework.Documents;

/// <summary>The kinds of documents the service steps store with a case (<c>CaseDocument.Kind</c>, and <c>kind</c> in <c>DocumentGenerated</c>).</summary>
public static class DocumentKinds
{
    /// <summary>The registration of a melding, aanvraag, bezwaarschrift or verzoek om toewijzing.</summary>
    public const string Registratie = "registratie";

    /// <summary>Ontvangstbevestiging (Awb 4:3a, 6:14; Wmo 2015 art. 2.3.2 lid 1).</summary>
    public const string Ontvangstbevestiging = "ontvangstbevestiging";

    /// <summary>The result of a once-only lookup in base registers.</summary>
    public const string Registerraadpleging = "registerraadpleging";

    /// <summary>A beschikking (Awb 1:3 lid 2), also a beslissing op bezwaar.</summary>
    public const string Beschikking = "beschikking";

    /// <summary>The beschikking that sets the dwangsom bij niet tijdig beslissen (Awb 4:18).</summary>
    public const string DwangsomVaststelling = "dwangsom-vaststelling";

    /// <summary>A voorschot on bijstand (Participatiewet art. 52).</summary>
    public const string Voorschot = "voorschot";

    /// <summary>An aankondiging or uitnodiging to tender.</summary>
    public const string Aankondiging = "aankondiging";

    /// <summary>A gunningsbeslissing with reasons (Aanbestedingswet 2012 art. 1.15, 2.130).</summary>
    public const string Gunningsbeslissing = "gunningsbeslissing";

    /// <summary>The notice of the standstill period and its end date (Aanbestedingswet 2012 art. 2.127, 2.130).</summary>
    public const string Standstill = "standstill";

    /// <summary>A decision on an application for admission in a toelatingsprocedure.</summary>
    public const string Toelatingsbesluit = "toelatingsbesluit";

    /// <summary>The closing note of a case file.</summary>
    public const string Afsluiting = "afsluiting";
}
