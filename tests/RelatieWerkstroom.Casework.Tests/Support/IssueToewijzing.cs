using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>A test activity that does what a service step handler does: adds a document and queues a message.</summary>
[Activity("Test.IssueToewijzing", "Test", "Issue toewijzing")]
public sealed class IssueToewijzing : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var caseFileId = context.Instance.CorrelationId!;
        await context.ChangeCaseFileAsync(file => file.Documents.Add(new CaseDocument
        {
            Id = "d-" + context.Instance.Id, Kind = "toewijzing", Title = "Toewijzing", ContentType = "application/json",
            Content = """{"product":"02A01"}""", CreatedAt = context.Now, InstanceId = context.Instance.Id, ActivityId = Node.Id,
        }));
        context.SendMessage(new OutboxMessage
        {
            Id = "m-" + context.Instance.Id, CaseFileId = caseFileId, Kind = "iWmo.WMO301", Recipient = "AGB 12345678",
            Payload = """{"product":"02A01"}""", InstanceId = context.Instance.Id, ActivityId = Node.Id, CreatedAt = context.Now,
        });
        return ActivityResult.Done();
    }
}
