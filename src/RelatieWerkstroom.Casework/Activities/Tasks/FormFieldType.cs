namespace RelatieWerkstroom.Casework.Activities.Tasks;

/// <summary>Kinds of form field a human task can ask for (written in lower case in definitions).</summary>
public enum FormFieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    Textarea,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>One of the field's options.</summary>
    Choice,
}
