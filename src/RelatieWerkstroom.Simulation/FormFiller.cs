using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Time;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Fills a task's form as a caseworker would: every required field and about half of the optional ones, with values of
/// the field's type, following the settings' <see cref="FormValueRule"/> where a field needs a plausible value.
/// </summary>
internal sealed class FormFiller(SimulationSettings settings, Random random)
{
    /// <summary>The values for the fields of <paramref name="form"/> (the task's <c>formFields</c>) on <paramref name="now"/>.</summary>
    public JsonObject Fill(JsonArray? form, DateTimeOffset now)
    {
        var values = new JsonObject();
        foreach (var field in (form ?? []).OfType<JsonObject>())
        {
            var name = PayloadText.Text(field, "name");
            if (name is null) continue;
            var required = field["required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
            if (!required && random.NextDouble() < 0.5) continue;
            var options = PayloadText.Names(field["options"]);
            var rule = settings.FormValues.GetValueOrDefault(name);
            var today = DutchTime.Today(now);
            values[name] = (PayloadText.Text(field, "type") ?? "text").ToLowerInvariant() switch
            {
                "number" when rule is { Min: { } min, Max: { } max } => JsonValue.Create(min + (long)Math.Floor(random.NextDouble() * (max - min + 1))),
                "number" => JsonValue.Create(random.Next(1, 40)),
                "date" when rule?.DaysAhead is { } ahead =>
                    JsonValue.Create(today.AddDays(Math.Max(1, (int)Math.Round(ahead.Sample(random).TotalDays))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "date" => JsonValue.Create(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "boolean" => JsonValue.Create(random.NextDouble() < 0.7),
                "text" or "textarea" when rule?.Text is { } text => JsonValue.Create(text),
                "choice" when options.Count > 0 => JsonValue.Create(random.NextDouble() < 0.7 ? options[0] : options[random.Next(options.Count)]),
                "textarea" => JsonValue.Create("Toelichting vastgelegd in het dossier (simulatie)."),
                _ => JsonValue.Create("Vastgelegd (simulatie)"),
            };
        }
        return values;
    }
}
