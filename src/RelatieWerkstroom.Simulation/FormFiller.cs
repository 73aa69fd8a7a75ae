using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities.Tasks;
using RelatieWerkstroom.Casework.Time;

namespace RelatieWerkstroom.Simulation;

/// <summary>
/// Fills a task's form as a caseworker would: every required field and about half of the optional ones, with values of
/// the field's type, following the settings' <see cref="FormValueRule"/> where a field needs a plausible value.
/// </summary>
internal sealed class FormFiller(SimulationSettings settings, Random random)
{
    /// <summary>The values for the fields of a task's form on <paramref name="now"/>.</summary>
    public JsonObject Fill(IReadOnlyList<FormField> form, DateTimeOffset now)
    {
        var values = new JsonObject();
        foreach (var field in form)
        {
            var name = field.Name;
            if (!field.Required && random.NextDouble() < 0.5) continue;
            var options = field.Options;
            var rule = settings.FormValues.GetValueOrDefault(name);
            var today = DutchTime.Today(now);
            values[name] = field.Type switch
            {
                FormFieldType.Number when rule is { Min: { } min, Max: { } max } => JsonValue.Create(min + (long)Math.Floor(random.NextDouble() * (max - min + 1))),
                FormFieldType.Number => JsonValue.Create(random.Next(1, 40)),
                FormFieldType.Date when rule?.DaysAhead is { } ahead =>
                    JsonValue.Create(today.AddDays(Math.Max(1, (int)Math.Round(ahead.Sample(random).TotalDays))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FormFieldType.Date => JsonValue.Create(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FormFieldType.Boolean => JsonValue.Create(random.NextDouble() < 0.7),
                FormFieldType.Text or FormFieldType.Textarea when rule?.Text is { } text => JsonValue.Create(text),
                FormFieldType.Choice when options.Count > 0 => JsonValue.Create(random.NextDouble() < 0.7 ? options[0] : options[random.Next(options.Count)]),
                FormFieldType.Textarea => JsonValue.Create("Toelichting vastgelegd in het dossier (simulatie)."),
                _ => JsonValue.Create("Vastgelegd (simulatie)"),
            };
        }
        return values;
    }
}
