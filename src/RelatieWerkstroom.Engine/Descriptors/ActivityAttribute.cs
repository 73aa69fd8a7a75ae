namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>Marks a class as an activity type and names it as stored definitions refer to it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName, string category, string displayName) : Attribute
{
    /// <summary>Stable type name, e.g. <c>Elsa.WriteLine</c>.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Toolbox category.</summary>
    public string Category { get; } = category;

    /// <summary>Display name (Dutch first in the UI; this is the neutral one).</summary>
    public string DisplayName { get; } = displayName;

    /// <summary>One-sentence description.</summary>
    public string? Description { get; set; }

    /// <summary>Whether the activity waits for outside input (a bookmark) when it runs.</summary>
    public bool Blocking { get; set; }
}
