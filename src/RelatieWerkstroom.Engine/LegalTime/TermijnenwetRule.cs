namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Which provision of the Algemene termijnenwet decided the end of a term.</summary>
public enum TermijnenwetRule
{
    /// <summary>The law applies but the term already ends on a working day and contains two working days.</summary>
    NoChange,

    /// <summary>Art. 4 sub a: the term is in hours or years, or longer than 90 days, twelve weeks or three months.</summary>
    ExemptArticle4,

    /// <summary>Art. 1 lid 2: a term counted backwards is not extended.</summary>
    BackwardArticle1Lid2,

    /// <summary>Art. 1 lid 1: the term ended on a Saturday, Sunday or holiday and moved to the next working day.</summary>
    Article1,

    /// <summary>Art. 2: the term was extended so that it contains at least two working days.</summary>
    Article2,
}
