using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Messages;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Time;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Steps;

/// <summary>
/// The service step a handler runs in: its case file (read and changed through the burst session, so nothing is stored
/// unless the engine commits the burst), the outbox, the journal, the Dutch date and stable ids for what it produces.
/// </summary>
public sealed class StepRun
{
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);

    private StepRun(ActivityExecutionContext context, string request)
    {
        Context = context;
        Request = request;
    }

    /// <summary>The running service step activity.</summary>
    public ActivityExecutionContext Context { get; }

    /// <summary>The request name, used in error messages.</summary>
    public string Request { get; }

    /// <summary>The runtime's clock (a fake clock in tests).</summary>
    public DateTimeOffset Now => Context.Now;

    /// <summary>Today in the Netherlands, the day statutory terms count from.</summary>
    public DateOnly Today => DutchTime.Today(Context.Now);

    /// <summary>Who caused the burst (a user id or <c>system</c>).</summary>
    public string Actor => Context.Actor;

    /// <summary>The workflow instance.</summary>
    public WorkflowInstance Instance => Context.Instance;

    /// <summary>Whether the instance is a sub-workflow (started by <c>Elsa.ExecuteWorkflow</c>) inside the case of its parent.</summary>
    public bool IsSubflow => Context.Instance.ParentInstanceId is not null;

    /// <summary>The municipality's settings (the defaults when none are registered).</summary>
    public IMunicipalitySettings Settings => Service<IMunicipalitySettings>() ?? MunicipalitySettings.Default;

    /// <summary>The outcome ports the service step declares.</summary>
    public IReadOnlyList<string> DeclaredOutcomes => Context.Node.Outcomes;

    /// <summary>The service step running on this async flow; throws when the handler was called outside one.</summary>
    public static StepRun Current(string request)
    {
        var scope = StepExecutionScope.Current
            ?? throw new InvalidOperationException(
                $"{request} stores its result with the case file, so it must be sent by a service step (RelatieWerkstroom.ServiceStep) of a workflow instance");
        return new StepRun(scope.Context, request);
    }

    /// <summary>An error that names the request and the service step, for bad inputs or a case that does not allow the step.</summary>
    public InvalidOperationException Problem(string message) => new($"{Request} (service step '{Context.Node.Id}'): {message}");

    /// <summary>The trimmed value of a required input; throws a <see cref="Problem"/> naming the input when it is missing.</summary>
    public string Required(string? value, string input) =>
        string.IsNullOrWhiteSpace(value) ? throw Problem($"input '{input}' is required") : value.Trim();

    /// <summary>The required <c>standard</c> input as an iStandaard (iWmo, iJw, iEb); a bad value becomes a <see cref="Problem"/>.</summary>
    public IStandaard RequiredStandaard(string? value)
    {
        try
        {
            return IStandaarden.Parse(Required(value, "standard"));
        }
        catch (ArgumentException ex)
        {
            throw Problem(ex.Message);
        }
    }

    /// <summary>The latest value entered for a form field of the case (from a completed human task), as text; null when never entered.</summary>
    public static string? FormText(CaseFile file, params ReadOnlySpan<string> fields)
    {
        foreach (var field in fields)
            if (file.FormValue(field) is JsonValue value)
            {
                var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                if (!string.IsNullOrWhiteSpace(text)) return text.Trim();
            }
        return null;
    }

    /// <summary>A registered service, or null.</summary>
    public T? Service<T>() where T : class => Context.Services.GetService(typeof(T)) as T;

    /// <summary>
    /// <paramref name="preferred"/> when the step declares it as an outcome, otherwise <c>Done</c> when declared: a
    /// definition that does not branch on the result need not list every outcome a handler knows.
    /// </summary>
    public string Outcome(string preferred)
    {
        var declared = DeclaredOutcomes;
        if (declared.Contains(preferred, StringComparer.Ordinal)) return preferred;
        return declared.Contains(StepResult.DefaultOutcome, StringComparer.Ordinal) ? StepResult.DefaultOutcome : preferred;
    }

    /// <summary>
    /// An id for something this run produces: the same when a burst is retried, different when the step runs again in a
    /// rework loop (it includes the instance, the activity and how often the activity ran).
    /// </summary>
    public string NewId(string prefix, string? part = null) => prefix + "-" + Convert.ToHexStringLower(Hash(part))[..12];

    /// <summary>A numeric id of <paramref name="digits"/> digits (not starting with 0), stable like <see cref="NewId"/>.</summary>
    public string NewNumber(int digits, string? part = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 18);
        var value = BitConverter.ToUInt64(Hash(part), 0);
        var low = (ulong)Math.Pow(10, digits - 1);
        return (low + value % (9 * low)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The instance's case file as this burst sees it; throws when the instance has none.</summary>
    public async Task<CaseFile> CaseFileAsync()
    {
        var id = Context.Instance.CorrelationId;
        if (string.IsNullOrWhiteSpace(id))
            throw new InvalidOperationException(
                $"{Request} needs a case file, but workflow instance {Context.Instance.Id} has none (start it through OpenCaseFile, or with the case file id as correlation id)");
        return await Context.FindCaseFileAsync()
            ?? throw new InvalidOperationException($"{Request}: case file '{id}' of workflow instance {Context.Instance.Id} does not exist");
    }

    /// <summary>The case file, which must still be open: nothing may be added to a closed case.</summary>
    public async Task<CaseFile> OpenCaseFileAsync()
    {
        var file = await CaseFileAsync();
        if (file.Status != CaseFileStatus.Open)
            throw new InvalidOperationException($"{Request}: zaak '{file.Id}' is gesloten; er is niets opgeslagen (the case file is closed)");
        return file;
    }

    /// <summary>A new document of this run.</summary>
    public CaseDocument Document(string kind, string title, string content, string contentType = "text/markdown") => new()
    {
        Id = NewId("d", kind),
        Kind = kind,
        Title = title,
        ContentType = contentType,
        Content = content,
        CreatedAt = Now,
        CreatedBy = Actor,
        InstanceId = Context.Instance.Id,
        ActivityId = Context.Node.Id,
    };

    /// <summary>
    /// Stages the document on the case file (stored after the commit) and journals <c>DocumentGenerated</c> with
    /// <paramref name="ids"/> (decisionId, toewijzingId, providerId, tenderId: identifiers only).
    /// <paramref name="facts"/> go into the case file's own log, never into the journal.
    /// </summary>
    public void Store(CaseDocument document, JsonObject? ids = null, JsonObject? facts = null)
    {
        var details = new JsonObject { ["documentId"] = document.Id, ["kind"] = document.Kind };
        Merge(details, ids);
        Merge(details, facts);
        Change(file =>
        {
            file.Documents.Add(document);
            file.AddEvent(CaseEventKinds.DocumentAdded, Actor, Now, instanceId: Context.Instance.Id, details: (JsonObject)details.DeepClone());
        });
        var payload = new JsonObject { [CaseworkFields.Kind] = document.Kind, [CaseworkFields.DocumentId] = document.Id };
        Merge(payload, ids);
        Context.Journal(CaseworkEvents.DocumentGenerated, payload);
    }

    /// <summary>A new outgoing message of this run for the case file.</summary>
    public OutboxMessage Message(string caseFileId, string kind, string? recipient, string payload) => new()
    {
        Id = NewId("m", kind + "|" + recipient),
        CaseFileId = caseFileId,
        Kind = kind,
        Recipient = recipient,
        Payload = payload,
        InstanceId = Context.Instance.Id,
        ActivityId = Context.Node.Id,
        CreatedAt = Now,
    };

    /// <summary>
    /// Stages the message for the outbox (queued after the commit), notes it in the case file's log (with
    /// <paramref name="facts"/>) and journals <c>MessageQueued</c> with <paramref name="ids"/> (identifiers only).
    /// </summary>
    public void Queue(OutboxMessage message, JsonObject? ids = null, JsonObject? facts = null)
    {
        // The outbox ignores an id it already has, so a second message with the same id would silently never be sent.
        if (!_queued.Add(message.Id))
            throw new InvalidOperationException($"{Request}: two messages of this step got the same id {message.Id} ({message.Kind} to {message.Recipient})");
        Context.SendMessage(message);
        var details = new JsonObject { ["messageId"] = message.Id, ["kind"] = message.Kind, ["recipient"] = message.Recipient };
        Merge(details, ids);
        Merge(details, facts);
        Change(file => file.AddEvent(CaseEventKinds.MessageQueued, Actor, Now, instanceId: Context.Instance.Id, details: (JsonObject)details.DeepClone()));
        var payload = new JsonObject { [CaseworkFields.Kind] = message.Kind, [CaseworkFields.MessageId] = message.Id };
        Merge(payload, ids);
        Context.Journal(CaseworkEvents.MessageQueued, payload);
    }

    /// <summary>
    /// How an organisation appears in the journal (<c>providerId</c>): an AGB or KvK number as it is, a name as a stable
    /// pseudonym, because the name of a one-person business is the name of a person.
    /// </summary>
    public static string ProviderReference(string organisation)
    {
        var trimmed = organisation.Trim();
        if (trimmed.Length is >= 6 and <= 12 && trimmed.All(char.IsAsciiDigit)) return trimmed;
        return "org-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trimmed.ToLowerInvariant())))[..12];
    }

    /// <summary>Stages a change to the instance's case file (call <see cref="CaseFileAsync"/> first).</summary>
    public void Change(Action<CaseFile> change) => Context.CaseFileSession().Change(Context.Instance.CorrelationId!, change);

    /// <summary>Adds an entry to the case file's own log.</summary>
    public void Note(string kind, JsonObject details) =>
        Change(file => file.AddEvent(kind, Actor, Now, instanceId: Context.Instance.Id, details: (JsonObject)details.DeepClone()));

    private byte[] Hash(string? part)
    {
        var instance = Context.Instance;
        var count = instance.ExecutionCounts.GetValueOrDefault(Context.Node.Id);
        return SHA256.HashData(Encoding.UTF8.GetBytes($"{instance.Id}|{Context.Node.Id}|{count}|{part}"));
    }

    private static void Merge(JsonObject target, JsonObject? source)
    {
        if (source is null) return;
        foreach (var (key, value) in source)
            if (value is not null) target[key] = value.DeepClone();
    }
}
