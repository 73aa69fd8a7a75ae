namespace RelatieWerkstroom.Simulation;

/// <summary>How the simulation fills a form field of a given name.</summary>
/// <param name="DaysAhead">For a date: how far after today it lies (a closing date, the end of a hersteltermijn); null: today.</param>
/// <param name="Min">For a number: the lowest value (whole numbers are drawn evenly between min and max).</param>
/// <param name="Max">For a number: the highest value.</param>
/// <param name="Text">For a text: this text (fields whose content a later step reads, such as a ranking of inschrijvers and the winner).</param>
public sealed record FormValueRule(Distribution? DaysAhead, long? Min, long? Max, string? Text = null);
