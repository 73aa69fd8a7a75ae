using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities.Tasks;

/// <summary>One field of a human task's form: <c>{ name, label, type, required, options[] }</c>.</summary>
public sealed partial record FormField(string Name, string Label, FormFieldType Type, bool Required, IReadOnlyList<string> Options)
{
    /// <summary>Parses a <c>formFields</c> array; problems go to <paramref name="binder"/> with paths like <c>formFields[1].type</c>.</summary>
    public static IReadOnlyList<FormField> ParseList(JsonNode? node, ActivityBinder binder)
    {
        var fields = new List<FormField>();
        if (node is null) return fields;
        if (node is not JsonArray array)
        {
            binder.Report("formFields", ProblemCodes.FormFieldsNotAList);
            return fields;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"formFields[{i}]";
            if (array[i] is not JsonObject obj)
            {
                binder.Report(path, ProblemCodes.FormFieldNotAnObject);
                continue;
            }
            var ok = true;
            var name = obj["name"] is JsonValue n && n.TryGetValue<string>(out var s) ? s.Trim() : "";
            if (!NamePattern().IsMatch(name))
            {
                if (name.Length == 0) binder.Report($"{path}.name", ProblemCodes.FormFieldWithoutName);
                else binder.Report($"{path}.name", ProblemCodes.FormFieldNameInvalid, ("name", name));
                ok = false;
            }
            else if (fields.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                binder.Report($"{path}.name", ProblemCodes.FormFieldNameDuplicate, ("name", name));
                ok = false;
            }

            var typeText = obj["type"] is JsonValue t && t.TryGetValue<string>(out var ts) ? ts.Trim() : "text";
            if (!Enum.TryParse<FormFieldType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(typeText, out _))
            {
                binder.Report($"{path}.type", ProblemCodes.FormFieldTypeUnknown, ("type", typeText));
                ok = false;
            }

            var required = false;
            if (obj["required"] is { } r)
            {
                if (r is JsonValue rv && rv.GetValueKind() is JsonValueKind.True or JsonValueKind.False) required = rv.GetValue<bool>();
                else
                {
                    binder.Report($"{path}.required", ProblemCodes.FormFieldRequiredInvalid);
                    ok = false;
                }
            }

            var options = new List<string>();
            if (obj["options"] is JsonArray opts)
            {
                for (var j = 0; j < opts.Count; j++)
                {
                    var option = opts[j] is JsonValue ov && ov.TryGetValue<string>(out var os) ? os.Trim() : "";
                    if (option.Length == 0)
                    {
                        binder.Report($"{path}.options[{j}]", ProblemCodes.FormOptionEmpty);
                        ok = false;
                    }
                    else if (options.Contains(option, StringComparer.Ordinal))
                    {
                        binder.Report($"{path}.options[{j}]", ProblemCodes.FormOptionDuplicate, ("option", option));
                        ok = false;
                    }
                    else
                    {
                        options.Add(option);
                    }
                }
            }
            else if (obj["options"] is not null)
            {
                binder.Report($"{path}.options", ProblemCodes.FormOptionsNotAList);
                ok = false;
            }
            if (ok && type == FormFieldType.Choice && options.Count == 0)
            {
                binder.Report($"{path}.options", ProblemCodes.FormChoiceWithoutOptions, ("name", name));
                ok = false;
            }

            var label = obj["label"] is JsonValue l && l.TryGetValue<string>(out var ls) && !string.IsNullOrWhiteSpace(ls) ? ls.Trim() : name;
            if (ok) fields.Add(new FormField(name, label, type, required, options));
        }
        return fields;
    }

    /// <summary>
    /// Checks a submitted value and returns it in canonical form (numbers as numbers, dates as yyyy-MM-dd, booleans as
    /// true/false), or a problem message (Dutch first). A missing value is only a problem for a required field.
    /// </summary>
    public bool TryAccept(JsonNode? value, out JsonNode? accepted, out string? problem)
    {
        accepted = null;
        problem = null;
        if (IsEmpty(value))
        {
            if (Required) problem = $"Verplicht veld '{Name}' ontbreekt (required field missing)";
            return problem is null;
        }
        var text = value is JsonValue sv && sv.TryGetValue<string>(out var s) ? s.Trim() : null;
        switch (Type)
        {
            case FormFieldType.Text or FormFieldType.Textarea:
                if (text is null) problem = $"Veld '{Name}' moet tekst zijn (text expected)";
                else accepted = JsonValue.Create(text);
                break;
            case FormFieldType.Number:
                if (value is JsonValue nv && nv.GetValueKind() == JsonValueKind.Number) accepted = nv.DeepClone();
                else if (text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) accepted = JsonValue.Create(number);
                else problem = $"Veld '{Name}' moet een getal zijn (number expected)";
                break;
            case FormFieldType.Date:
                if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    accepted = JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                else problem = $"Veld '{Name}' moet een datum zijn in de vorm jjjj-mm-dd (date yyyy-MM-dd expected)";
                break;
            case FormFieldType.Boolean:
                if (value is JsonValue bv && bv.GetValueKind() is JsonValueKind.True or JsonValueKind.False) accepted = JsonValue.Create(bv.GetValue<bool>());
                else if (text is not null && bool.TryParse(text, out var flag)) accepted = JsonValue.Create(flag);
                else problem = $"Veld '{Name}' moet ja of nee (true/false) zijn (boolean expected)";
                break;
            case FormFieldType.Choice:
                if (text is not null && Options.Contains(text, StringComparer.Ordinal)) accepted = JsonValue.Create(text);
                else problem = $"Veld '{Name}' moet een van deze opties zijn: {string.Join(", ", Options)} (choice expected)";
                break;
        }
        return problem is null;
    }

    /// <summary>Reads a field back from <see cref="ToJson"/>'s form; null when it has no name.</summary>
    public static FormField? FromJson(JsonObject json)
    {
        if (json["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name)) return null;
        var label = json["label"] is JsonValue l && l.TryGetValue<string>(out var text) ? text : name;
        var type = json["type"] is JsonValue t && t.TryGetValue<string>(out var typeText) && Enum.TryParse<FormFieldType>(typeText, ignoreCase: true, out var parsed)
            ? parsed : FormFieldType.Text;
        var required = json["required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
        var options = (json["options"] as JsonArray ?? []).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var o) ? o : null).OfType<string>().ToList();
        return new FormField(name.Trim(), label, type, required, options);
    }

    /// <summary>The field as JSON for the bookmark payload (what the task screen renders).</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["label"] = Label,
        ["type"] = Type.ToString().ToLowerInvariant(),
        ["required"] = Required,
        ["options"] = new JsonArray([.. Options.Select(o => (JsonNode?)JsonValue.Create(o))]),
    };

    private static bool IsEmpty(JsonNode? value) =>
        value is null
        || (value is JsonValue v && v.GetValueKind() == JsonValueKind.Null)
        || (value is JsonValue s && s.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
