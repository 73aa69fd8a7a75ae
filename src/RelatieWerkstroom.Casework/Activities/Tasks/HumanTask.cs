using System.Globalization;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.LegalTime;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;
using RelatieWerkstroom.Engine.Validation;

namespace RelatieWerkstroom.Casework.Activities.Tasks;

/// <summary>
/// Work for a person in a role: waits until someone with that role completes it with one of its actions; the form values
/// go to the case file, the journal only records which fields were filled.
/// </summary>
[Activity("RelatieWerkstroom.HumanTask", "Casework", "Human task", Blocking = true,
    Description = "Work for a role (consulent, teamleider, jurist…): a form and actions; waits until it is completed.")]
public sealed class HumanTask : Activity, IDynamicOutcomes
{
    /// <summary>The action when a definition names none.</summary>
    public const string DefaultAction = "Gereed";

    private IReadOnlyList<FormField> _fields = [];
    private string[] _actions = [DefaultAction];
    private string[] _extraRoles = [];

    /// <summary>What to do, shown in the worklist (no personal data).</summary>
    [Input(Description = "Task title shown in the worklist, e.g. 'Keukentafelgesprek voeren'.", Required = true)]
    public Input<string?> Title { get; set; } = new((string?)null);

    /// <summary>The role that does the task.</summary>
    [Input(Description = "Role that does the task, e.g. consulent, teamleider, jurist, inkoper.", Required = true)]
    public Input<string?> Role { get; set; } = new((string?)null);

    /// <summary>Instructions for the person doing the task.</summary>
    [Input(Description = "Instructions for the person doing the task.", UIHint = UIHints.MultiLine)]
    public Input<string?> Instructions { get; set; } = new((string?)null);

    /// <summary>The form: a JSON array of <c>{ name, label, type, required, options }</c>.</summary>
    [Input(Description = "Form fields: [{ name, label, type: text|textarea|number|date|boolean|choice, required, options }].",
        UIHint = UIHints.Json, SupportsExpressions = false)]
    public Input<JsonNode?> FormFields { get; set; } = new((JsonNode?)null);

    /// <summary>The actions that complete the task; each is an outcome port.</summary>
    [Input(Description = "Actions that complete the task; each is an outcome port. Default: Gereed.", UIHint = UIHints.List,
        SupportsExpressions = false, DefaultValue = new[] { DefaultAction })]
    public Input<string[]?> Actions { get; set; } = new([DefaultAction]);

    /// <summary>A user the task is assigned to from the start (optional).</summary>
    [Input(Description = "User id the task is assigned to from the start (optional).")]
    public Input<string?> Assignee { get; set; } = new((string?)null);

    /// <summary>Internal norm: the task is due this many working days after it opens.</summary>
    [Input(Description = "Internal norm: due this many working days after the task opens (weekends and holidays do not count).")]
    public Input<int?> DueInWorkingDays { get; set; } = new((int?)null);

    /// <summary>Roles that may also complete the task, besides <see cref="Role"/>.</summary>
    [Input(Description = "Other roles that may also complete the task (e.g. teamleider).", UIHint = UIHints.List, SupportsExpressions = false)]
    public Input<string[]?> ExtraRoles { get; set; } = new((string[]?)null);

    /// <summary>The submitted form values, for definitions that point this output at a variable.</summary>
    [Output(Description = "The form values the task was completed with.")]
    public object? Result { get; set; }

    /// <summary>The form as bound from the definition.</summary>
    public IReadOnlyList<FormField> Fields => _fields;

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes() => _actions;

    /// <inheritdoc />
    public override void Bind(ActivityBinder binder)
    {
        _fields = FormField.ParseList(StructuredInput.ReadJson(binder, "formFields", out _), binder);
        if (StructuredInput.ReadNames(binder, "actions", "action names") is { } actions)
        {
            if (actions.Length == 0) binder.Report("actions", ProblemCodes.ActionsNone);
            else _actions = actions;
        }
        _extraRoles = StructuredInput.ReadNames(binder, "extraRoles", "role names") ?? [];
        if (Title.IsSet && Title.IsConstant && string.IsNullOrWhiteSpace(Title.Constant)) binder.Report("title", ProblemCodes.TextEmpty, ("what", "title"));
        if (Role.IsSet && Role.IsConstant && string.IsNullOrWhiteSpace(Role.Constant)) binder.Report("role", ProblemCodes.TextEmpty, ("what", "role"));
        if (DueInWorkingDays.IsSet && DueInWorkingDays.IsConstant && DueInWorkingDays.Constant < 0)
            binder.Report("dueInWorkingDays", ProblemCodes.NumberNegative, ("input", "dueInWorkingDays"));
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var title = context.Get(Title);
        var role = context.Get(Role)?.Trim();
        if (string.IsNullOrWhiteSpace(title)) throw new InvalidOperationException($"human task '{Node.Label}' has no title");
        if (string.IsNullOrWhiteSpace(role)) throw new InvalidOperationException($"human task '{Node.Label}' names no role");
        var due = context.Get(DueInWorkingDays);
        if (due < 0) throw new InvalidOperationException($"human task '{Node.Label}': dueInWorkingDays is {due}; it cannot be negative");

        var bookmark = new HumanTaskBookmark
        {
            Title = title,
            Role = role,
            ExtraRoles = _extraRoles,
            Instructions = context.Get(Instructions),
            Assignee = context.Get(Assignee) is { Length: > 0 } assignee ? assignee.Trim() : null,
            FormFields = _fields,
            Actions = _actions,
            DueInWorkingDays = due,
            DueDate = due is { } days ? DutchTime.AddWorkingDays(DutchTime.Today(context.Now), days, DutchHolidayCalendar.Default) : null,
        };
        // The bookmark name is the role, so a database can find a role's tasks through an indexed column.
        return new(ActivityResult.Suspend(new BookmarkRequest(CaseworkBookmarkKinds.HumanTask, role, null, bookmark.ToJson())));
    }

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        var task = HumanTaskBookmark.Read(context.Bookmark?.Payload);
        var input = context.ResumePayload ?? throw new ResumeRejectedException("Geen gegevens meegegeven (no resume payload)");
        var taskRole = task.Role is { Length: > 0 } bookmarkedRole ? bookmarkedRole : context.Get(Role) ?? "";
        var problems = new List<string>();

        var user = TaskAccess.Text(input, "user");
        if (user is null) problems.Add("Gebruiker ontbreekt (user is missing)");

        var action = TaskAccess.Text(input, "action");
        if (action is null || !_actions.Contains(action, StringComparer.Ordinal))
            problems.Add($"Actie '{action}' bestaat niet voor deze taak; kies uit: {string.Join(", ", _actions)} (unknown action)");

        var role = TaskAccess.Text(input, "role");
        var allowed = new[] { taskRole }.Concat(_extraRoles).ToList();
        if (role is null) problems.Add("Rol ontbreekt (role is missing)");
        else if (!allowed.Contains(role, StringComparer.OrdinalIgnoreCase))
            problems.Add($"Rol '{role}' mag deze taak niet afronden; vereist: {string.Join(" of ", allowed)} (role not allowed)");

        var values = new JsonObject();
        var submitted = input["fields"];
        if (submitted is not null and not JsonObject) problems.Add("fields moet een object zijn (fields must be an object)");
        var fields = submitted as JsonObject ?? new JsonObject();
        foreach (var (name, _) in fields)
            if (!_fields.Any(f => f.Name == name)) problems.Add($"Onbekend veld '{name}' (unknown field)");
        foreach (var field in _fields)
        {
            if (!field.TryAccept(fields[field.Name], out var accepted, out var problem)) problems.Add(problem!);
            else if (accepted is not null) values[field.Name] = accepted;
        }

        var caseFile = await context.FindCaseFileAsync();
        var bookmarkId = context.Bookmark?.Id ?? "";
        var assignee = task.Assignee;
        if (user is not null && TaskAccess.HolderProblem(caseFile, bookmarkId, assignee, user) is { } holderProblem) problems.Add(holderProblem);
        TaskAccess.RejectIfAny(problems);

        var now = context.Now;
        var claim = caseFile?.ClaimOf(bookmarkId);
        var journal = new JsonObject
        {
            [CaseworkFields.Action] = action,
            [CaseworkFields.Role] = role,
            [CaseworkFields.Fields] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v.Key))]),
        };
        if (claim?.ClaimedBy is { } claimedBy)
        {
            journal[CaseworkFields.ClaimedBy] = claimedBy;
            journal[CaseworkFields.ClaimedAt] = claim.At.ToString("O", CultureInfo.InvariantCulture);
        }
        if (task.DueDate is { } dueDate)
        {
            journal[CaseworkFields.DueDate] = dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            journal[CaseworkFields.Late] = DutchTime.Today(now) > dueDate;
        }
        context.Journal(CaseworkEvents.TaskCompleted, journal, action);

        var submission = new FormSubmission
        {
            Title = task.Title is { Length: > 0 } taskTitle ? taskTitle : null,
            Action = action!,
            Values = values,
            SubmittedBy = user!,
            Role = role!,
            SubmittedAt = now,
            InstanceId = context.Instance.Id,
            ActivityId = Node.Id,
            BookmarkId = bookmarkId,
        };
        var instanceId = context.Instance.Id;
        await context.ChangeCaseFileAsync(file =>
        {
            file.Forms.Add(submission with { Values = (JsonObject)submission.Values.DeepClone() });
            file.RemoveClaim(bookmarkId);
            file.AddEvent(CaseEventKinds.TaskCompleted, submission.SubmittedBy, now, bookmarkId, instanceId,
                new JsonObject { ["activityId"] = submission.ActivityId, ["action"] = submission.Action });
        });
        context.SetOutputReference("result", values);
        return ActivityResult.Outcome(action!);
    }
}
