namespace RelatieWerkstroom.Casework.Messages;

/// <summary>
/// A letter waiting to be sent (post or Berichtenbox): which stored document, for whom. The sender renders the document
/// and replaces the placeholder with name and address from the subject store at that moment, so the outbox holds none.
/// </summary>
/// <param name="DocumentId">The document on the case file.</param>
/// <param name="CaseFileId">The case file.</param>
/// <param name="Soort">What the letter is (the document kind).</param>
/// <param name="Geadresseerde">The addressee: a subject placeholder (<c>{{betrokkene:s-…}}</c>) or an organisation reference.</param>
public sealed record Brief(string DocumentId, string CaseFileId, string Soort, string Geadresseerde);
