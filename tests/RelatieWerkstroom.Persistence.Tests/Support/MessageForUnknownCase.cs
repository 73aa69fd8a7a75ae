using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>Adds a document, then queues a message for a case file that does not exist: the outbox's foreign key refuses it at commit.</summary>
[Activity("Test.MessageForUnknownCase", "Test", "Message for an unknown case")]
public sealed class MessageForUnknownCase : Activity
{
    public const string UnknownCaseFileId = "z-does-not-exist";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        await context.ChangeCaseFileAsync(file => file.Documents.Add(new CaseDocument
        {
            Id = "d-" + context.Instance.Id, Kind = "toewijzing", Title = "Toewijzing", CreatedAt = context.Now,
        }));
        context.SendMessage(new OutboxMessage
        {
            Id = "m-" + context.Instance.Id, CaseFileId = UnknownCaseFileId, Kind = "iWmo.WMO301", Payload = "{}", CreatedAt = context.Now,
        });
        return ActivityResult.Done();
    }
}
