namespace RelatieWerkstroom.Casework.Documents;

/// <summary>
/// Stands in for the citizen's name and address in stored documents. Documents only carry the pseudonym; the BSN and
/// name are filled in from the subject store when a letter is rendered for the citizen, never before.
/// </summary>
public static class SubjectPlaceholder
{
    /// <summary>The opening of every placeholder.</summary>
    public const string Prefix = "{{betrokkene:";

    /// <summary><c>{{betrokkene:s-…}}</c> for the pseudonym, or <c>{{betrokkene:onbekend}}</c> for a case without a citizen.</summary>
    public static string For(string? subjectId) => Prefix + (string.IsNullOrWhiteSpace(subjectId) ? "onbekend" : subjectId) + "}}";
}
