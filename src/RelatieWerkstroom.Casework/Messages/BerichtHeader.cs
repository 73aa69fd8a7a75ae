namespace RelatieWerkstroom.Casework.Messages;

/// <summary>The header of an iWmo/iJw message sent by the gemeente.</summary>
/// <param name="Bericht">The message name, e.g. <c>WMO301</c> (for readers; the code identifies it).</param>
/// <param name="BerichtCode">Vektis COD002 code, e.g. 414 for WMO301.</param>
/// <param name="BerichtVersie">Major release (3).</param>
/// <param name="BerichtSubversie">Minor release (2).</param>
/// <param name="Afzender">The gemeentecode (four digits, CBS).</param>
/// <param name="Ontvanger">The AGB code of the aanbieder (eight digits).</param>
/// <param name="BerichtIdentificatie">Id and date of the delivery.</param>
public sealed record BerichtHeader(
    string Bericht,
    int BerichtCode,
    int BerichtVersie,
    int BerichtSubversie,
    string Afzender,
    string Ontvanger,
    BerichtIdentificatie BerichtIdentificatie);
