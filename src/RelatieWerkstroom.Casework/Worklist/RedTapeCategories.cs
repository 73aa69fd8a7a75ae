namespace RelatieWerkstroom.Casework.Worklist;

/// <summary>What kind of needless red tape a caseworker flags on a step (labels live in the screens' translations).</summary>
public static class RedTapeCategories
{
    /// <summary>Information is asked again that the municipality already has.</summary>
    public const string DuplicateRequest = "duplicate-request";

    /// <summary>The step adds nothing for the decision or the citizen.</summary>
    public const string UnnecessaryStep = "unnecessary-step";

    /// <summary>The rule behind the step is unclear or contradicts another.</summary>
    public const string UnclearRule = "unclear-rule";

    /// <summary>Waiting on another party without a reason the citizen can see.</summary>
    public const string Waiting = "waiting";

    /// <summary>More forms, signatures or proof than the decision needs.</summary>
    public const string Paperwork = "paperwork";

    /// <summary>Something else (the text says what).</summary>
    public const string Other = "other";

    /// <summary>Every category, in the order the screens offer them.</summary>
    public static readonly IReadOnlyList<string> All = [DuplicateRequest, UnnecessaryStep, UnclearRule, Waiting, Paperwork, Other];
}
