namespace RelatieWerkstroom.Casework.Tests.ReferenceWorkflows;

/// <summary>What the bezwaar sub-flow (workflows/rw5-bezwaar.json) decides for each option of RW5-B3.</summary>
public static class BezwaarExpectations
{
    public static readonly IReadOnlyDictionary<string, string> BeslissingFor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gegrond"] = "gegrond",
        ["deels"] = "deels-gegrond",
        ["ongegrond"] = "ongegrond",
        ["nietontvankelijk"] = "niet-ontvankelijk",
    };
}
