namespace RelatieWerkstroom.Casework.Documents;

/// <summary>A drafted beschikking: its title, its text (markdown, Dutch) and the rechtsmiddelenclausule with the computed last day.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Text">The letter, with a placeholder where the citizen's name goes.</param>
/// <param name="Clausule">The remedy and its last day; null for a decision without an administrative remedy.</param>
/// <param name="Grants">Whether the decision grants (part of) what was asked, so that a voorziening starts.</param>
public sealed record Beschikking(string Title, string Text, RechtsmiddelenClausule? Clausule, bool Grants);
