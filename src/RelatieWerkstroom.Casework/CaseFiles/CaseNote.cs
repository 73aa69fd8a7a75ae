namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>A free-text note on a case file (may contain personal data; never journalled).</summary>
public sealed record CaseNote(string Id, string Text, string Author, DateTimeOffset CreatedAt);
