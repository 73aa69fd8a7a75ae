using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities.Discretion;

/// <summary>
/// A place where the law leaves room to decide: waits for a choice among its options. Deviating from the default needs
/// a written reason (Awb 3:46; Awb 4:84 when the default is a beleidsregel); the choice is journalled, the reason is kept with the case file.
/// </summary>
[Activity("RelatieWerkstroom.DiscretionPoint", "Casework", "Discretion point", Blocking = true,
    Description = "A decision where the law leaves room: options, a default, the legal basis; deviating needs a reason (Awb 4:84 only when the default is a beleidsregel).")]
public sealed class DiscretionPoint : Activity, IDynamicOutcomes
{
    private IReadOnlyList<DiscretionOption> _options = [];
    private string[] _roles = [];

    /// <summary>Stable id of the discretion point across versions, e.g. <c>RW1-DP10</c>; municipality settings refer to it.</summary>
    [Input(Description = "Stable id, e.g. RW1-DP10 (municipality settings and reports refer to it).", SupportsExpressions = false)]
    public Input<string?> DiscretionId { get; set; } = new((string?)null);

    /// <summary>The question to decide.</summary>
    [Input(Description = "The question to decide, e.g. 'Maatwerkvoorziening toekennen?'.", Required = true)]
    public Input<string?> Question { get; set; } = new((string?)null);

    /// <summary>The options: a JSON array of <c>{ id, label, explanation }</c>; each id is an outcome port.</summary>
    [Input(Description = "Options: [{ id, label, explanation }]; each id is an outcome port.", Required = true,
        UIHint = UIHints.Json, SupportsExpressions = false)]
    public Input<JsonNode?> Options { get; set; } = new((JsonNode?)null);

    /// <summary>The option that needs no reason; one of the option ids.</summary>
    [Input(Description = "The default option (one of the option ids); choosing another needs a reason.", Required = true, SupportsExpressions = false)]
    public Input<string?> DefaultOption { get; set; } = new((string?)null);

    /// <summary>The article that leaves the room to decide.</summary>
    [Input(Description = "The legal basis of the discretion, e.g. 'Wmo 2015 art. 2.3.5 lid 3'.", Required = true)]
    public Input<string?> LegalBasis { get; set; } = new((string?)null);

    /// <summary>The roles that may decide (any role when empty).</summary>
    [Input(Description = "Roles that may decide (any role when empty).", UIHint = UIHints.List, SupportsExpressions = false)]
    public Input<string[]?> Roles { get; set; } = new((string[]?)null);

    /// <summary>Whether every choice needs a reason (deviating from the default always does).</summary>
    [Input(Description = "Whether every choice needs a written reason (deviating from the default always does).",
        UIHint = UIHints.Checkbox, DefaultValue = false)]
    public Input<bool> ReasonRequired { get; set; } = new(false);

    /// <summary>Whether the law leaves room here (discretion) or the point applies a rule (woonplaats, a verordening category).</summary>
    [Input(Description = "discretion: the law leaves room to decide; rule: a rule-bound check (e.g. woonplaats, a verordening category) that reports do not count as discretion.",
        UIHint = UIHints.Dropdown, Options = ["discretion", "rule"], DefaultValue = "discretion", SupportsExpressions = false)]
    public Input<string?> Kind { get; set; } = new((string?)null);

    /// <summary>What the default rests on: a beleidsregel (deviating is Awb 4:84) or a way of working.</summary>
    [Input(Description = "beleidsregel: the default is a beleidsregel, so deviating from it falls under Awb 4:84; werkwijze: a default of the workflow (deviating needs reasons, Awb 3:46).",
        UIHint = UIHints.Dropdown, Options = ["werkwijze", "beleidsregel"], DefaultValue = "werkwijze", SupportsExpressions = false)]
    public Input<string?> DefaultBasis { get; set; } = new((string?)null);

    private string PointKind => Kind.IsConstant && Kind.Constant?.Trim().ToLowerInvariant() == "rule" ? "rule" : "discretion";

    private string DefaultRests => DefaultBasis.IsConstant && DefaultBasis.Constant?.Trim().ToLowerInvariant() == "beleidsregel" ? "beleidsregel" : "werkwijze";

    /// <summary>The options as bound from the definition.</summary>
    public IReadOnlyList<DiscretionOption> OptionList => _options;

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes() => _options.Select(o => o.Id).ToList();

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        var node = StructuredInput.ReadJson(binder, "options", out var parsed);
        _options = ParseOptions(node, parsed && binder.Node.Input("options") is not null, binder);
        _roles = StructuredInput.ReadNames(binder, "roles", "role names") ?? [];

        if (DefaultOption.IsSet && DefaultOption.IsConstant && _options.Count > 0)
        {
            var defaultOption = DefaultOption.Constant?.Trim();
            if (string.IsNullOrEmpty(defaultOption)) binder.Report("defaultOption", ProblemCodes.DefaultOptionEmpty);
            else if (!_options.Any(o => o.Id == defaultOption))
                binder.Report("defaultOption", ProblemCodes.DefaultOptionUnknown, ("option", defaultOption), ("options", _options.Select(o => o.Id)));
        }
        if (LegalBasis.IsSet && LegalBasis.IsConstant && string.IsNullOrWhiteSpace(LegalBasis.Constant))
            binder.Report("legalBasis", ProblemCodes.LegalBasisEmpty);
        if (Question.IsSet && Question.IsConstant && string.IsNullOrWhiteSpace(Question.Constant)) binder.Report("question", ProblemCodes.TextEmpty, ("what", "question"));
        if (DiscretionId.IsSet && DiscretionId.IsConstant && string.IsNullOrWhiteSpace(DiscretionId.Constant))
            binder.Report("discretionId", ProblemCodes.TextEmpty, ("what", "discretion id"));
        // A misspelt value would quietly count as the default (discretion, werkwijze) in every report: refuse it.
        if (Kind.IsSet && Kind.IsConstant && Kind.Constant is { } kind && kind.Trim().ToLowerInvariant() is not ("discretion" or "rule"))
            binder.Report("kind", ProblemCodes.DiscretionKindUnknown, ("kind", kind));
        if (DefaultBasis.IsSet && DefaultBasis.IsConstant && DefaultBasis.Constant is { } basis && basis.Trim().ToLowerInvariant() is not ("werkwijze" or "beleidsregel"))
            binder.Report("defaultBasis", ProblemCodes.DefaultBasisUnknown, ("basis", basis));
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var discretionId = Id(context);
        var definitionDefault = context.Get(DefaultOption)?.Trim() ?? "";
        var settings = context.Services.GetService(typeof(IMunicipalitySettings)) as IMunicipalitySettings ?? MunicipalitySettings.Default;
        var local = settings.DefaultOptionFor(discretionId);
        if (local is not null && !_options.Any(o => o.Id == local))
            throw new InvalidOperationException(
                $"the settings of {settings.Municipality} make '{local}' the default of discretion point {discretionId}, " +
                $"but its options are {string.Join(", ", _options.Select(o => o.Id))}");
        var bookmark = new DiscretionPointBookmark
        {
            DiscretionId = discretionId,
            Question = context.Get(Question),
            Options = _options,
            DefaultOption = local ?? definitionDefault,
            DefinitionDefault = definitionDefault,
            DefaultSource = local is null ? "definition" : "municipality",
            LegalBasis = context.Get(LegalBasis),
            Roles = _roles,
            ReasonRequired = context.Get(ReasonRequired),
        };
        return new(ActivityResult.Suspend(new BookmarkRequest(CaseworkBookmarkKinds.DiscretionPoint, discretionId, null, bookmark.ToJson())));
    }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        var point = context.Bookmark?.Payload is { } payload ? DiscretionPointBookmark.Read(payload) : null;
        var input = context.ResumePayload ?? throw new ResumeRejectedException("Geen gegevens meegegeven (no resume payload)");
        var discretionId = point?.DiscretionId is { Length: > 0 } bookmarkedId ? bookmarkedId : Id(context);
        var defaultOption = point?.DefaultOption is { Length: > 0 } bookmarkedDefault ? bookmarkedDefault : context.Get(DefaultOption)?.Trim() ?? "";
        var reasonRequired = point?.ReasonRequired ?? context.Get(ReasonRequired);
        var problems = new List<string>();

        var user = TaskAccess.Text(input, "user");
        if (user is null) problems.Add("Gebruiker ontbreekt (user is missing)");

        var option = TaskAccess.Text(input, "option");
        if (option is null || !_options.Any(o => o.Id == option))
            problems.Add($"Optie '{option}' bestaat niet; kies uit: {string.Join(", ", _options.Select(o => o.Id))} (unknown option)");

        var role = TaskAccess.Text(input, "role");
        if (role is null) problems.Add("Rol ontbreekt (role is missing)");
        else if (_roles.Length > 0 && !_roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            problems.Add($"Rol '{role}' mag dit besluit niet nemen; toegestaan: {string.Join(", ", _roles)} (role not allowed)");

        var reason = TaskAccess.Text(input, "reason");
        var deviation = option is not null && option != defaultOption;
        if (reason is null && deviation)
            problems.Add($"Motivering verplicht: '{option}' wijkt af van het standaardbesluit '{defaultOption}' " +
                (DefaultRests == "beleidsregel" ? "(Awb 4:84: afwijken van een beleidsregel)" : "(Awb 3:46: deugdelijke motivering)") +
                " (reason required when deviating from the default)");
        else if (reason is null && reasonRequired)
            problems.Add("Motivering verplicht bij dit besluit (reason required)");

        var caseFile = await context.FindCaseFileAsync();
        var bookmarkId = context.Bookmark?.Id ?? "";
        if (user is not null && TaskAccess.HolderProblem(caseFile, bookmarkId, null, user) is { } holderProblem) problems.Add(holderProblem);
        TaskAccess.RejectIfAny(problems);

        var legalBasis = point?.LegalBasis ?? context.Get(LegalBasis);
        context.Journal(CaseworkEvents.DiscretionDecided, new JsonObject
        {
            [CaseworkFields.DiscretionId] = discretionId,
            [CaseworkFields.Option] = option,
            [CaseworkFields.DefaultOption] = defaultOption,
            [CaseworkFields.Deviation] = deviation,
            [CaseworkFields.ReasonLength] = reason?.Length ?? 0,
            [CaseworkFields.Role] = role,
            [CaseworkFields.LegalBasis] = legalBasis,
            [CaseworkFields.DefaultSource] = point?.DefaultSource ?? "definition",
            [CaseworkFields.PointKind] = PointKind,
            [CaseworkFields.DefaultBasis] = DefaultRests,
        }, option);

        var decision = new CaseDecision
        {
            DiscretionId = discretionId,
            Option = option!,
            DefaultOption = defaultOption,
            Deviation = deviation,
            Reason = reason,
            LegalBasis = legalBasis,
            DecidedBy = user!,
            Role = role!,
            DecidedAt = context.Now,
            InstanceId = context.Instance.Id,
            ActivityId = Node.Id,
            BookmarkId = bookmarkId,
        };
        await context.ChangeCaseFileAsync(file =>
        {
            file.Decisions.Add(decision);
            file.RemoveClaim(bookmarkId);
            file.AddEvent(CaseEventKinds.DiscretionDecided, decision.DecidedBy, decision.DecidedAt, bookmarkId, decision.InstanceId,
                new JsonObject { ["discretionId"] = decision.DiscretionId, ["option"] = decision.Option, ["deviation"] = decision.Deviation });
        });
        return ActivityResult.Outcome(option!);
    }

    private string Id(ActivityExecutionContext context) => context.Get(DiscretionId)?.Trim() is { Length: > 0 } id ? id : Node.Id;

    private static IReadOnlyList<DiscretionOption> ParseOptions(JsonNode? node, bool present, ActivityBinder binder)
    {
        var options = new List<DiscretionOption>();
        if (!present) return options; // a missing required input is reported by the compiler
        if (node is not JsonArray array)
        {
            binder.Report("options", ProblemCodes.OptionsNotAList);
            return options;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject obj)
            {
                binder.Report($"options[{i}]", ProblemCodes.OptionNotAnObject);
                continue;
            }
            var id = StructuredInput.Text(obj, "id");
            if (id is null)
            {
                binder.Report($"options[{i}].id", ProblemCodes.OptionWithoutId);
                continue;
            }
            if (options.Any(o => o.Id == id))
            {
                binder.Report($"options[{i}].id", ProblemCodes.OptionIdDuplicate, ("option", id));
                continue;
            }
            options.Add(new DiscretionOption(id, StructuredInput.Text(obj, "label") ?? id, StructuredInput.Text(obj, "explanation")));
        }
        if (options.Count < 2 && array.Count == options.Count)
            binder.Report("options", ProblemCodes.OptionsTooFew, ("count", options.Count));
        return options;
    }
}
