namespace RelatieWerkstroom.Casework.Providers;

/// <summary>The contracted aanbieders, to find who receives a toewijzing when the case does not name one.</summary>
public interface IProviderDirectory
{
    /// <summary>The aanbieder with this AGB code, or null.</summary>
    Provider? Find(string agbCode);

    /// <summary>
    /// A contracted aanbieder for the law and productcategorie, chosen the same way every time for the same case (the
    /// client's choice is recorded elsewhere; this stands in for "whoever has capacity"). Null when none is contracted.
    /// </summary>
    Provider? Choose(string wet, string productcategorie, string caseFileId);
}
