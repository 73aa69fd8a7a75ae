namespace RelatieWerkstroom.Casework.Messages;

/// <summary>CDT_Product: a productcategorie and, for a specific toewijzing, a productcode (null: aspecifiek, the whole category).</summary>
/// <param name="Categorie">WMO020 or JZ020 code, e.g. <c>02</c> (Begeleiding) or <c>45</c> (Jeugdhulp ambulant).</param>
/// <param name="Code">Productcode (five characters) from the landelijke or regionale productcodelijst, or null.</param>
public sealed record Product(string Categorie, string? Code);
