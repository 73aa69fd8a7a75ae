namespace RelatieWerkstroom.Engine.Descriptors;

/// <summary>Describes an activity output (a value other activities can read through a variable).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>Help text.</summary>
    public string? Description { get; set; }
}
