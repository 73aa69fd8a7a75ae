using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Settings;
using RelatieWerkstroom.Casework.Worklist;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>
/// A case about a citizen with planted personal data, opened on a small flow of service steps in a <see cref="CaseworkHost"/>;
/// helpers read what the steps stored and check that the personal data went nowhere but the subject store.
/// </summary>
public sealed class StepScenario : IDisposable
{
    public const string Bsn = "111222333";
    public const string Name = "Annabel Jansen-de Vries";

    public StepScenario(MunicipalitySettings? settings = null, Action<IServiceCollection>? configure = null) =>
        Host = new CaseworkHost(settings ?? Settings(), configure: configure);

    public CaseworkHost Host { get; }

    public OpenCaseFile.Result Opened { get; private set; } = null!;

    public string CaseFileId => Opened.CaseFileId;

    public static MunicipalitySettings Settings(int standstillDays = 20, string? gemeentecode = "0363", IReadOnlyDictionary<string, string>? variants = null,
        IReadOnlyDictionary<string, decimal>? normen = null, IReadOnlyDictionary<string, decimal>? thresholds = null) => new()
    {
        Municipality = "Voorbeeldstad",
        Gemeentecode = gemeentecode,
        StandstillDays = standstillDays,
        Uitvoeringsvarianten = variants ?? new Dictionary<string, string>(),
        Bijstandsnormen = normen ?? new Dictionary<string, decimal>(),
        ProcurementThresholds = thresholds ?? new Dictionary<string, decimal>(),
    };

    /// <summary>Opens a case of the flow's definition id (its zaaktype), about the planted citizen unless <paramref name="withSubject"/> is false.</summary>
    public async Task<OpenCaseFile.Result> OpenAsync(FlowBuilder flow, bool withSubject = true)
    {
        Opened = await Host.OpenAsync(flow.Build(), TestUsers.Consulent, withSubject ? Bsn : null, withSubject ? Name : null);
        return Opened;
    }

    public Task<RunResult> CompleteAsync(string bookmarkId, JsonObject? fields = null, string action = "Gereed") =>
        Host.SendAsync(new CompleteTask.Command(TestUsers.Consulent, bookmarkId, action, fields ?? new JsonObject(), "op-" + Guid.NewGuid().ToString("N")));

    public Task<RunResult> DecideAsync(string bookmarkId, string option, string? reason = null) =>
        Host.SendAsync(new DecideDiscretionPoint.Command(TestUsers.Consulent, bookmarkId, option, reason, "op-" + Guid.NewGuid().ToString("N")));

    public Task<CaseFile> CaseFileAsync() => Host.CaseFileAsync(CaseFileId);

    public async Task<CaseDocument> DocumentAsync(string kind) => Assert.Single((await CaseFileAsync()).Documents, d => d.Kind == kind);

    public async Task<IReadOnlyList<OutboxMessage>> MessagesAsync(string? kind = null) =>
        [.. (await Host.Outbox.FindByCaseFileAsync(CaseFileId)).Where(m => kind is null || m.Kind == kind)];

    public async Task<List<JsonObject>> JournalAsync(string kind) =>
        [.. (await Host.JournalAsync()).Where(e => e.Kind == kind).Select(e => (JsonObject)JsonNode.Parse(e.PayloadJson ?? "{}")!)];

    public async Task<WorkflowInstance> InstanceAsync() => await Host.InstanceAsync(Opened.InstanceId);

    /// <summary>The BSN and the name (or any part of it) appear in no journal payload, outbox message or stored document.</summary>
    public async Task AssertNoPersonalDataAsync()
    {
        var texts = new List<(string Where, string Text)>();
        foreach (var entry in await Host.JournalAsync()) texts.Add(($"journal {entry.Kind}", entry.PayloadJson ?? ""));
        foreach (var message in await Host.Outbox.FindByCaseFileAsync(CaseFileId)) texts.Add(($"outbox {message.Kind}", message.Payload + " " + message.Recipient));
        foreach (var document in (await CaseFileAsync()).Documents) texts.Add(($"document {document.Kind}", document.Title + " " + document.Content));
        Assert.NotEmpty(texts);
        foreach (var (where, text) in texts)
            foreach (var secret in new[] { Bsn, "111.222.333", "Annabel", "Jansen" })
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} contains '{secret}'");
    }

    public void Dispose() => Host.Dispose();
}
