using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Does what a service step that issues a toewijzing does: adds a document to the case file and queues a message.</summary>
[Activity("Test.IssueToewijzing", "Test", "Issue toewijzing")]
public sealed class IssueToewijzing : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        await context.ChangeCaseFileAsync(file => file.Documents.Add(new CaseDocument
        {
            Id = "d-" + context.Instance.Id, Kind = "toewijzing", Title = "Toewijzing", ContentType = "application/json",
            Content = """{"product":"02A01"}""", CreatedAt = context.Now, InstanceId = context.Instance.Id, ActivityId = Node.Id,
        }));
        context.SendMessage(new OutboxMessage
        {
            Id = "m-" + context.Instance.Id, CaseFileId = context.Instance.CorrelationId!, Kind = "iWmo.WMO301", Recipient = "AGB 12345678",
            Payload = """{"product":"02A01"}""", InstanceId = context.Instance.Id, ActivityId = Node.Id, CreatedAt = context.Now,
        });
        return ActivityResult.Done();
    }
}
