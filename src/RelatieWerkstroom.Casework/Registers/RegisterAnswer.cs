namespace RelatieWerkstroom.Casework.Registers;

/// <summary>
/// One register's answer: the status and a few coded facts that the case needs (never a name, address or number of the
/// person: those stay in the register and are looked up again when a letter is rendered).
/// </summary>
/// <param name="Register">The register, e.g. <c>BRP</c>, <c>Wlz-register</c>, <c>KvK</c>.</param>
/// <param name="Status">Bekend, Onbekend or NietBeschikbaar.</param>
/// <param name="Facts">Coded facts, e.g. <c>woonplaatsbeginsel = eigen-gemeente</c>, <c>wlzIndicatie = nee</c>.</param>
/// <param name="Source">Which service answered (e.g. "simulatie" or the real endpoint's name).</param>
public sealed record RegisterAnswer(string Register, RegisterStatus Status, IReadOnlyDictionary<string, string> Facts, string Source);
