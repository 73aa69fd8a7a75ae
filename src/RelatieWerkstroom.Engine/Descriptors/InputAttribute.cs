namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>Describes an activity input for the designer and for validation.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Label shown in the property panel.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help text.</summary>
    public string? Description { get; set; }

    /// <summary>Editor hint: singleline, multiline, checkbox, dropdown, json, code, duration, cron, list.</summary>
    public string UIHint { get; set; } = UIHints.SingleLine;

    /// <summary>Whether a definition must set this input.</summary>
    public bool Required { get; set; }

    /// <summary>
    /// What Elsa 3 does when a definition leaves this input unset and it runs with its default, in Dutch and
    /// in English (<c>["schrijft een lege regel", "writes an empty line"]</c>). When given, a missing value is a warning
    /// that says so, not an error: Elsa Studio saves half-configured activities like that all the time.
    /// </summary>
    public string[]? MissingInElsa { get; set; }

    /// <summary>Default value used when the definition does not set the input.</summary>
    public object? DefaultValue { get; set; }

    /// <summary>Choices for dropdown inputs.</summary>
    public string[]? Options { get; set; }

    /// <summary>Whether expressions other than literals are allowed (false for structural inputs).</summary>
    public bool SupportsExpressions { get; set; } = true;
}

/// <summary>Editor hints understood by the designer.</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string Json = "json";
    public const string Code = "code";
    public const string Duration = "duration";
    public const string Cron = "cron";
    public const string List = "list";
    public const string Variable = "variable";
}
